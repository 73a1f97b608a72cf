"""Blind set BC: fintech and accounting back-office integrations.

Plaid (client secrets, access tokens), Xero and QuickBooks Online OAuth apps, Sage (Intacct, 50,
200, X3), FreshBooks, NetSuite token-based auth, open banking (TrueLayer, GoCardless / Nordigen,
Tink), bank SFTP and EBICS connections, QuickFIX/J and QuickFIX/n session settings and FIX logs,
SWIFT Alliance configs, broker keys in research notebooks (Interactive Brokers, Alpaca, Tradier),
tax APIs (Avalara, TaxJar, Vertex), AP and expense tools, reconciliation scripts, Airflow and cron
jobs moving ledgers, .env and settings files, Java / C# / Python clients, Excel VBA modules
exported as .bas, runbooks, and their decoys. Generated fakes only (seeds 480000-489999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
BCRYPT = "./" + ALNUM
_SEED = [480000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 490000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 490000
    return _SEED[0]


WORDS = ["Ledger", "Harbor", "Maple", "Falcon", "Cedar", "Granite", "Willow", "Summit", "Copper", "Meadow",
         "Beacon", "Quartz", "Juniper", "Kestrel", "Basalt", "Orchard", "Pewter", "Sparrow", "Tally", "Bramble"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "ember", "saddle", "orchid",
         "walnut", "harvest", "trumpet", "lagoon", "ledger", "abacus", "copper", "thimble"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "spring", "summer", "autumn", "winter"]


def words_pw() -> str:
    """A password as a person picks one: two words, a symbol, a number."""
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """The weaker forms people really choose for service accounts."""
    r = _rng()
    form = r.randint(0, 4)
    if form == 0:
        return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!#$")
    if form == 1:
        return r.choice(WORDS) + str(r.randint(1, 99)) + r.choice("!@#") + r.choice(LOWER).capitalize()
    if form == 2:
        return r.choice(["Welcome", "Finance", "Acct", "Close", "Treasury"]) + r.choice("@#!") + str(r.randint(2020, 2025))
    if form == 3:
        return r.choice(LOWER) + r.choice(LOWER).capitalize() + str(r.randint(100, 999)) + "!"
    return "Q" + str(r.randint(1, 4)) + r.choice(["close", "Close", "recon", "Recon"]) + r.choice("!#") + r.choice(WORDS) + str(r.randint(1, 9))


def url_pw() -> str:
    """A password that needs no escaping in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice("_.-~") + r.choice(LOWER) + str(r.randint(10, 999)) + r.choice(["", "X", "q"])


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


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64rand(n: int) -> str:
    return chars(n, B64)


# --- service credential shapes ---------------------------------------------------------------

def plaid_client_id() -> str:
    return hexs(24)


def plaid_secret() -> str:
    return hexs(30)


def plaid_access(env: str = "production") -> str:
    return f"access-{env}-{uuid_s()}"


def plaid_item_id() -> str:
    return chars(37, ALNUM)


def xero_client_id() -> str:
    return hexs(32).upper()


def xero_secret() -> str:
    return fakes.drawn_mixed(_seed(), 48, ALNUM + "-_")


def qbo_client_id() -> str:
    return "AB" + fakes.drawn_mixed(_seed(), 48)


def qbo_secret() -> str:
    return fakes.drawn_mixed(_seed(), 40)


def qbo_refresh() -> str:
    return "AB11" + digits(13) + fakes.drawn_mixed(_seed(), 33)


def ns_hex() -> str:
    return hexs(64)


def nordigen_key() -> str:
    return hexs(128)


def gocardless_token(env: str = "live") -> str:
    return env + "_" + fakes.drawn_mixed(_seed(), 40, ALNUM + "-_")


def alpaca_key_id(prefix: str = "PK") -> str:
    return prefix + chars(18, UPPER_DIGITS)


def alpaca_secret() -> str:
    return fakes.drawn_mixed(_seed(), 40)


def tradier_token() -> str:
    return fakes.drawn_mixed(_seed(), 28)


def avalara_license() -> str:
    return hexs(16).upper()


def taxjar_key() -> str:
    return hexs(32)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_DIGITS) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_DIGITS) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def jwt_like(payload: dict) -> str:
    head = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "kid": hexs(32).upper(), "typ": "JWT"}).encode()).decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    return head + "." + body + "." + chars(342, ALNUM + "-_")


# --- key material and look-alikes --------------------------------------------------------------

PEM_HEADS = {"RSA": "MIIEpAIBAAKCAQEA", "EC": "MIHcAgEBBEIB", "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
             "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAA", "ENCRYPTED": "MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG"}


def private_pem(kind: str = "RSA", lines: int = 12) -> str:
    r = _rng()
    body = PEM_HEADS[kind] + "".join(r.choice(B64) for _ in range(64 * lines - len(PEM_HEADS[kind]) - 20))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    label = {"": "PRIVATE KEY", "ENCRYPTED": "ENCRYPTED PRIVATE KEY"}.get(kind, kind + " PRIVATE KEY")
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def cert_pem(lines: int = 10) -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(B64) for _ in range(64 * lines - 30)) + "=="
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


def public_pem(lines: int = 3, head: str = "MIGbMBAGByqGSM49AgEGBSuBBAAjA4GGAAQB") -> str:
    r = _rng()
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) - 8))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(rows) + "\n-----END PUBLIC KEY-----"


def ssh_ed25519_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64)


def ssh_rsa_pub() -> str:
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + chars(340, B64) + "="


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, BCRYPT)


def django_hash() -> str:
    return "pbkdf2_sha256$600000$" + chars(22, ALNUM) + "$" + chars(43, B64) + "="


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + chars(22, B64) + "$" + chars(43, B64)


def vault_blob(rows: int = 6) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(rows))


def sops_enc(n: int) -> str:
    return f"ENC[AES256_GCM,data:{b64rand(n)},iv:{b64rand(43)}=,tag:{b64rand(22)}==,type:str]"


def sealed() -> str:
    return "AgB" + chars(681, B64) + "="


def git_sha() -> str:
    return hexs(40)


# --- case builders ---------------------------------------------------------------------------

CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bc/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bc/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    """Fill `@@name@@` markers (braces stay free for JSON, Jinja and Helm)."""
    for name, value in values.items():
        template = template.replace(f"@@{name}@@", value)
    assert "@@" not in template, template
    return template


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    S(fmt, what, path, T(template, V=value, **kw), value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, V=value, **kw), source)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


PLAID_SRC = "https://plaid.com/docs/api/"
XERO_SRC = "https://developer.xero.com/documentation/guides/oauth2/auth-flow"
QBO_SRC = "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0"
NS_SRC = "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4247337262.html"
INTACCT_SRC = "https://developer.intacct.com/web-services/"
FB_SRC = "https://www.freshbooks.com/api/authentication"
TL_SRC = "https://docs.truelayer.com/docs/sign-your-payments-requests"
GC_SRC = "https://developer.gocardless.com/bank-account-data/quick-start-guide"
TINK_SRC = "https://docs.tink.com/resources/api-setup/set-up-your-account"
EBICS_SRC = "https://www.ebics.org/en/technical-information"
QFJ_SRC = "https://www.quickfixj.org/usermanual/2.3.0/usage/configuration.html"
QFN_SRC = "https://quickfixn.org/tutorial/configuration.html"
SWIFT_SRC = "https://www.swift.com/our-solutions/interfaces-and-integration/alliance-access"
IBC_SRC = "https://github.com/IbcAlpha/IBC/blob/master/resources/config.ini"
ALPACA_SRC = "https://docs.alpaca.markets/docs/authentication"
TRADIER_SRC = "https://documentation.tradier.com/brokerage-api/overview/authentication"
AVALARA_SRC = "https://developer.avalara.com/avatax/authentication-in-avatax/"
TAXJAR_SRC = "https://developers.taxjar.com/api/reference/#authentication"
AIRFLOW_SRC = "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html"
WINSCP_SRC = "https://winscp.net/eng/docs/scripting"
JUPYTER_SRC = "https://nbformat.readthedocs.io/en/latest/format_description.html"
VBA_SRC = "https://learn.microsoft.com/en-us/office/vba/access/concepts/activex-data-objects/connect-to-a-database"
K8S_SRC = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOTENV_SRC = "https://github.com/theskumar/python-dotenv#file-format"


def nb(cells: list) -> str:
    """A notebook as Jupyter writes it (indent 1), cells given as (kind, source, outputs)."""
    out = []
    for kind, source, outputs in cells:
        lines = source.split("\n")
        src = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        cell = {"cell_type": kind, "metadata": {}, "source": src}
        if kind == "code":
            cell["execution_count"] = None if outputs is None else len(out) + 1
            cell["outputs"] = [] if outputs is None else [{"name": "stdout", "output_type": "stream",
                                                           "text": [line + "\n" for line in outputs.split("\n")]}]
        out.append(cell)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


# ============================================================================================
# Plaid
# ============================================================================================

_v = plaid_secret()
S("dotenv", "plaid-secret", ".env.production",
  T("""# bank-feeds service — production
APP_ENV=production
LOG_LEVEL=info
PORT=8080

# Plaid (dashboard > Team settings > Keys)
PLAID_CLIENT_ID=@@CID@@
PLAID_SECRET=@@V@@
PLAID_ENV=production
PLAID_PRODUCTS=transactions,auth
PLAID_COUNTRY_CODES=US,CA
PLAID_REDIRECT_URI=https://app.ledgerly.io/oauth/plaid

DATABASE_URL=postgres://bankfeeds@db.internal:5432/bankfeeds
""", V=_v, CID=plaid_client_id()), _v, PLAID_SRC)

_v = plaid_secret()
S("python", "plaid-secret", "bankfeeds/plaid_client.py",
  T('''"""Thin wrapper around plaid-python used by the nightly transaction sync."""
import plaid
from plaid.api import plaid_api
from plaid.model.transactions_sync_request import TransactionsSyncRequest

PLAID_CLIENT_ID = "@@CID@@"
PLAID_SECRET = "@@V@@"  # TODO move to SSM before go-live


def make_client() -> plaid_api.PlaidApi:
    configuration = plaid.Configuration(
        host=plaid.Environment.Production,
        api_key={
            "clientId": PLAID_CLIENT_ID,
            "secret": PLAID_SECRET,
        },
    )
    return plaid_api.PlaidApi(plaid.ApiClient(configuration))


def sync(client: plaid_api.PlaidApi, access_token: str, cursor: str = ""):
    request = TransactionsSyncRequest(access_token=access_token, cursor=cursor)
    return client.transactions_sync(request)
''', V=_v, CID=plaid_client_id()), _v, "https://github.com/plaid/plaid-python")

_v = plaid_access("production")
S("python", "plaid-access-token", "scripts/recon/backfill_chase_operating.py",
  T('''#!/usr/bin/env python3
"""One-off: backfill Chase operating account (x4410) into the GL staging table.

Ran 2024-03-02 by finance-eng after the item went into ITEM_LOGIN_REQUIRED and was re-linked.
"""
import datetime as dt
import os

from bankfeeds.plaid_client import make_client
from plaid.model.transactions_get_request import TransactionsGetRequest

ACCESS_TOKEN = "@@V@@"
START = dt.date(2023, 10, 1)
END = dt.date(2024, 2, 29)

client = make_client()
resp = client.transactions_get(TransactionsGetRequest(access_token=ACCESS_TOKEN, start_date=START, end_date=END))
print(len(resp["transactions"]), "transactions")
with open(os.path.expanduser("~/chase_backfill.csv"), "w") as fh:
    for t in resp["transactions"]:
        fh.write(f"{t['date']},{t['amount']},{t['name']!r}\\n")
''', V=_v), _v, PLAID_SRC)

_v = plaid_access("development")
S("notebook", "plaid-access-token", "notebooks/plaid_exchange_debug.ipynb",
  nb([("markdown", "# Debug: public token exchange for the Brex sweep item", None),
      ("code", "from bankfeeds.plaid_client import make_client\nfrom plaid.model.item_public_token_exchange_request import ItemPublicTokenExchangeRequest\nclient = make_client()", ""),
      ("code", "resp = client.item_public_token_exchange(ItemPublicTokenExchangeRequest(public_token=pt))\nprint(resp.to_dict())",
       "{'access_token': '" + _v + "',\n 'item_id': '" + plaid_item_id() + "',\n 'request_id': '" + chars(15, ALNUM) + "'}")]),
  _v, JUPYTER_SRC)

_v = plaid_secret()
S("javascript", "plaid-secret", "server/plaid.js",
  T("""const { Configuration, PlaidApi, PlaidEnvironments } = require('plaid');

// keys for the "ledgerly-prod" team
const configuration = new Configuration({
  basePath: PlaidEnvironments.production,
  baseOptions: {
    headers: {
      'PLAID-CLIENT-ID': '@@CID@@',
      'PLAID-SECRET': '@@V@@',
      'Plaid-Version': '2020-09-14',
    },
  },
});

module.exports = new PlaidApi(configuration);
""", V=_v, CID=plaid_client_id()), _v, "https://github.com/plaid/plaid-node")

_v = plaid_access("production")
S("markdown", "plaid-access-token", "docs/runbooks/plaid-item-relink.md",
  T("""# Runbook: Plaid item needs re-link

When the `ITEM_LOGIN_REQUIRED` webhook fires for an operating account the sync job stops.

1. Find the item in the admin (`/admin/bank-connections`), note the `item_id`.
2. Check the item status directly:

```bash
curl -s -X POST https://production.plaid.com/item/get \\
  -H 'Content-Type: application/json' \\
  -d '{
    "client_id": "'"$PLAID_CLIENT_ID"'",
    "secret": "'"$PLAID_SECRET"'",
    "access_token": "@@V@@"
  }' | jq .item.error
```

3. Send the customer the update-mode Link URL from the admin page.
4. After re-link, trigger `make sync ITEM=<item_id>`.
""", V=_v), _v, PLAID_SRC)

_v = plaid_secret()
S("docker-compose", "plaid-secret", "docker-compose.override.yml",
  T("""services:
  api:
    build: .
    environment:
      PLAID_ENV: development
      PLAID_CLIENT_ID: "@@CID@@"
      PLAID_SECRET: "@@V@@"
      DATABASE_URL: postgres://postgres:postgres@db:5432/ledgerly_dev
    ports:
      - "8080:8080"
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres
""", V=_v, CID=plaid_client_id()), _v, "https://docs.docker.com/compose/compose-file/05-services/#environment")

_v = plaid_secret()
S("k8s-secret", "plaid-secret", "deploy/k8s/bankfeeds-secret.yaml",
  T("""apiVersion: v1
kind: Secret
metadata:
  name: bankfeeds-plaid
  namespace: finance
  labels:
    app.kubernetes.io/name: bankfeeds
type: Opaque
data:
  PLAID_CLIENT_ID: @@CID@@
  PLAID_SECRET: @@V@@
  PLAID_ENV: cHJvZHVjdGlvbg==
""", V=b64(_v), CID=b64(plaid_client_id())), _v, K8S_SRC)

D("dotenv", "placeholder", ".env.example",
  """# Copy to .env and fill in from the Plaid dashboard
PLAID_CLIENT_ID=
PLAID_SECRET=your-plaid-secret-here
PLAID_ENV=sandbox
PLAID_PRODUCTS=transactions
PLAID_COUNTRY_CODES=US
# Leave blank unless testing OAuth institutions
PLAID_REDIRECT_URI=
""", "https://github.com/plaid/quickstart/blob/master/.env.example")

D("json", "plaid-ids", "tests/fixtures/plaid/webhook_sync_updates.json",
  T("""{
  "webhook_type": "TRANSACTIONS",
  "webhook_code": "SYNC_UPDATES_AVAILABLE",
  "item_id": "@@ITEM@@",
  "initial_update_complete": true,
  "historical_update_complete": false,
  "environment": "production",
  "request_id": "@@REQ@@",
  "account_ids": [
    "@@A1@@",
    "@@A2@@"
  ]
}
""", ITEM=plaid_item_id(), REQ=chars(15, ALNUM), A1=plaid_item_id(), A2=plaid_item_id()),
  "https://plaid.com/docs/api/products/transactions/#sync_updates_available")

D("python", "plaid-sandbox-test-credentials", "tests/integration/test_plaid_sandbox.py",
  '''"""Runs against Plaid Sandbox only; uses the documented test user."""
import os

import pytest
from plaid.model.sandbox_public_token_create_request import SandboxPublicTokenCreateRequest
from plaid.model.products import Products

pytestmark = pytest.mark.skipif("PLAID_SANDBOX_SECRET" not in os.environ, reason="no sandbox keys")

# Plaid's sandbox institution accepts these for every bank (see docs: Sandbox test credentials)
SANDBOX_USERNAME = "user_good"
SANDBOX_PASSWORD = "pass_good"
INSTITUTION = "ins_109508"  # First Platypus Bank


def test_create_public_token(sandbox_client):
    req = SandboxPublicTokenCreateRequest(institution_id=INSTITUTION, initial_products=[Products("transactions")])
    resp = sandbox_client.sandbox_public_token_create(req)
    assert resp["public_token"].startswith("public-sandbox-")
''', "https://plaid.com/docs/sandbox/test-credentials/")

D("helm", "template-expression", "charts/bankfeeds/templates/deployment.yaml",
  """apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "bankfeeds.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: api
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: PLAID_ENV
              value: {{ .Values.plaid.env | quote }}
            - name: PLAID_CLIENT_ID
              value: {{ .Values.plaid.clientId | quote }}
            - name: PLAID_SECRET
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.plaid.existingSecret }}
                  key: secret
""", "https://helm.sh/docs/chart_template_guide/values_files/")

D("python", "secret-manager-reference", "bankfeeds/config.py",
  T('''"""Runtime configuration. Secrets come from AWS Secrets Manager, never from the repo."""
import json
import os
from functools import lru_cache

import boto3

PLAID_SECRET_ARN = os.environ.get(
    "PLAID_SECRET_ARN",
    "arn:aws:secretsmanager:us-east-1:@@ACCT@@:secret:prod/bankfeeds/plaid-@@SFX@@",
)


@lru_cache(maxsize=1)
def plaid_keys() -> dict:
    sm = boto3.client("secretsmanager")
    payload = sm.get_secret_value(SecretId=PLAID_SECRET_ARN)["SecretString"]
    keys = json.loads(payload)
    return {"clientId": keys["client_id"], "secret": keys["secret"]}
''', ACCT=digits(12), SFX=chars(6, ALNUM)), "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets-python.html")

D("python", "zero-uuid-fake-token", "tests/unit/test_sync_cursor.py",
  '''from unittest import mock

from bankfeeds.sync import SyncJob

FAKE_ACCESS_TOKEN = "access-sandbox-00000000-0000-0000-0000-000000000000"


def test_cursor_is_persisted(db):
    client = mock.Mock()
    client.transactions_sync.return_value = {"added": [], "modified": [], "removed": [],
                                             "next_cursor": "cursor-2", "has_more": False}
    job = SyncJob(client, FAKE_ACCESS_TOKEN, db)
    job.run()
    assert db.cursor_for(FAKE_ACCESS_TOKEN) == "cursor-2"
''', PLAID_SRC)

# ============================================================================================
# Xero
# ============================================================================================

_v = xero_secret()
S("python", "xero-client-secret", "integrations/xero/settings.py",
  T('''# Xero app "Ledgerly Sync (prod)" — https://developer.xero.com/app/manage
XERO_CLIENT_ID = "@@CID@@"
XERO_CLIENT_SECRET = "@@V@@"
XERO_REDIRECT_URI = "https://app.ledgerly.io/integrations/xero/callback"
XERO_SCOPES = [
    "offline_access",
    "accounting.transactions",
    "accounting.contacts",
    "accounting.settings.read",
]
XERO_TOKEN_URL = "https://identity.xero.com/connect/token"
XERO_API_BASE = "https://api.xero.com/api.xro/2.0"
XERO_PAGE_SIZE = 100
''', V=_v, CID=xero_client_id()), _v, XERO_SRC)

_v = hexs(64)
S("json", "xero-refresh-token", "var/xero_token.json",
  T("""{
  "tenant_id": "@@TEN@@",
  "tenant_name": "Acme Holdings Pty Ltd",
  "token": {
    "token_type": "Bearer",
    "expires_in": 1800,
    "expires_at": 1712034512.118,
    "scope": ["offline_access", "accounting.transactions", "accounting.contacts"],
    "refresh_token": "@@V@@"
  }
}
""", V=_v, TEN=uuid_s()), _v, "https://github.com/XeroAPI/xero-python#oauth2")

_v = xero_secret()
S("appsettings", "xero-client-secret", "src/Ledgerly.Xero/appsettings.Production.json",
  T("""{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "XeroConfiguration": {
    "ClientId": "@@CID@@",
    "ClientSecret": "@@V@@",
    "CallbackUri": "https://sync.ledgerly.io/xero/callback",
    "Scope": "openid profile email offline_access accounting.transactions accounting.settings",
    "State": "ledgerly"
  },
  "AllowedHosts": "*"
}
""", V=_v, CID=xero_client_id()), _v, "https://github.com/XeroAPI/Xero-NetStandard")

_v = xero_secret()
S("airflow-connection", "xero-client-secret", "airflow/.env",
  T("""AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:airflow@postgres/airflow
# Xero custom connection (client credentials grant) for the AU entity
AIRFLOW_CONN_XERO_AU='{"conn_type": "http", "host": "api.xero.com", "schema": "https", "login": "@@CID@@", "password": "@@V@@", "extra": {"tenant": "acme-au"}}'
AIRFLOW_VAR_GL_EXPORT_BUCKET=s3://acme-finance-gl-exports
""", V=_v, CID=xero_client_id()), _v, AIRFLOW_SRC)

_v = xero_secret()
_cid = xero_client_id()
S("shell", "xero-basic-auth-base64", "scripts/xero_refresh.sh",
  T("""#!/usr/bin/env bash
# refresh the Xero token for the month-end export; writes var/xero_token.json
set -euo pipefail

REFRESH_TOKEN=$(jq -r .token.refresh_token var/xero_token.json)

curl -sS https://identity.xero.com/connect/token \\
  -H "authorization: Basic @@AUTH@@" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  --data-urlencode "grant_type=refresh_token" \\
  --data-urlencode "refresh_token=${REFRESH_TOKEN}" \\
  | jq '{token: .}' > var/xero_token.json.new
mv var/xero_token.json.new var/xero_token.json
""", AUTH=b64(_cid + ":" + _v)), _v, XERO_SRC)

D("steampipe-spc", "public-client-id", "steampipe/config/xero.spc",
  T("""connection "xero" {
  plugin = "lawsafrica/xero"

  # OAuth client id of the "Finance read-only" app (not secret)
  client_id = "@@CID@@"

  # client_secret is read from XERO_CLIENT_SECRET in the environment,
  # see docs/runbooks/steampipe.md

  tenant_name = "Acme Holdings Pty Ltd"
}
""", CID=xero_client_id()), "https://hub.steampipe.io/plugins/lawsafrica/xero")

D("json", "webhook-signature", "tests/fixtures/xero/invoice_webhook.json",
  T("""{
  "headers": {
    "x-xero-signature": "@@SIG@@",
    "content-type": "application/json; charset=utf-8"
  },
  "body": {
    "events": [
      {
        "resourceUrl": "https://api.xero.com/api.xro/2.0/Invoices/@@R@@",
        "resourceId": "@@R@@",
        "eventDateUtc": "2024-04-02T03:11:45.733",
        "eventType": "UPDATE",
        "eventCategory": "INVOICE",
        "tenantId": "@@TEN@@",
        "tenantType": "ORGANISATION"
      }
    ],
    "firstEventSequence": 3,
    "lastEventSequence": 3,
    "entropy": "@@ENT@@"
  }
}
""", SIG=b64rand(43) + "=", R=uuid_s(), TEN=uuid_s(), ENT=chars(20, string.ascii_uppercase)),
  "https://developer.xero.com/documentation/guides/webhooks/overview/")

D("python", "pkce-public-client", "tools/xero_cli/auth.py",
  T('''"""PKCE login for the desktop export tool. A PKCE app has a client id and no secret."""
import base64
import hashlib
import secrets
import webbrowser
from urllib.parse import urlencode

CLIENT_ID = "@@CID@@"
REDIRECT_URI = "http://localhost:8765/callback"
SCOPES = "openid profile offline_access accounting.reports.read"


def authorize_url() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(64)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    query = urlencode({"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": REDIRECT_URI,
                       "scope": SCOPES, "code_challenge": challenge, "code_challenge_method": "S256",
                       "state": secrets.token_hex(8)})
    return "https://login.xero.com/identity/connect/authorize?" + query, verifier


if __name__ == "__main__":
    url, _ = authorize_url()
    webbrowser.open(url)
''', CID=xero_client_id()), "https://developer.xero.com/documentation/guides/oauth2/pkce-flow")

# ============================================================================================
# QuickBooks Online
# ============================================================================================

_v = qbo_secret()
S("python", "qbo-client-secret", "integrations/qbo/auth.py",
  T('''from intuitlib.client import AuthClient
from intuitlib.enums import Scopes

auth_client = AuthClient(
    client_id="@@CID@@",
    client_secret="@@V@@",
    redirect_uri="https://app.ledgerly.io/integrations/qbo/callback",
    environment="production",
)

SCOPES = [Scopes.ACCOUNTING, Scopes.OPENID, Scopes.EMAIL]


def authorize_url(state: str) -> str:
    return auth_client.get_authorization_url(SCOPES, state_token=state)
''', V=_v, CID=qbo_client_id()), _v, "https://github.com/intuit/oauth-pythonclient")

_v = qbo_refresh()
S("json", "qbo-refresh-token", "token_prod.json",
  T("""{
  "realm_id": "@@REALM@@",
  "token_type": "bearer",
  "x_refresh_token_expires_in": 8726400,
  "refresh_token": "@@V@@",
  "expires_in": 3600,
  "obtained_at": "2024-05-06T22:41:09Z"
}
""", V=_v, REALM=digits(19)), _v, QBO_SRC)

_v = qbo_secret()
S("java", "qbo-client-secret", "src/main/java/io/ledgerly/qbo/QboOAuthConfig.java",
  T("""package io.ledgerly.qbo;

import com.intuit.oauth2.client.OAuth2PlatformClient;
import com.intuit.oauth2.config.Environment;
import com.intuit.oauth2.config.OAuth2Config;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class QboOAuthConfig {

    @Bean
    public OAuth2Config oauth2Config() {
        return new OAuth2Config.OAuth2ConfigBuilder(
                "@@CID@@",
                "@@V@@")
            .callDiscoveryAPI(Environment.PRODUCTION)
            .buildConfig();
    }

    @Bean
    public OAuth2PlatformClient platformClient(OAuth2Config config) {
        return new OAuth2PlatformClient(config);
    }
}
""", V=_v, CID=qbo_client_id()), _v, "https://github.com/intuit/QuickBooks-V3-Java-SDK")

_v = qbo_secret()
S("properties", "qbo-client-secret", "src/main/resources/application.properties",
  T("""# QuickBooks OAuth2 sample app settings
server.port=8080

#OAuth2 App Configuration
OAuth2AppClientId=@@CID@@
OAuth2AppClientSecret=@@V@@
OAuth2AppRedirectUri=https://qbo-sync.internal.ledgerly.io/oauth2redirect

#QBO API endpoint
IntuitAccountingAPIHost=https://quickbooks.api.intuit.com
DiscoveryAPIHost=https://developer.api.intuit.com/.well-known/openid_configuration

logging.level.com.intuit=INFO
""", V=_v, CID=qbo_client_id()), _v, "https://github.com/IntuitDeveloper/OAuth2-JavaWithSDK")

_v = qbo_secret()
S("php", "qbo-client-secret", "config/quickbooks.php",
  T("""<?php

return [
    'auth_mode' => 'oauth2',
    'ClientID' => '@@CID@@',
    'ClientSecret' => '@@V@@',
    'RedirectURI' => 'https://portal.acme-bookkeeping.com/quickbooks/callback',
    'scope' => 'com.intuit.quickbooks.accounting',
    'baseUrl' => 'Production',
    'minor_version' => 70,
    'logging' => [
        'enabled' => env('QBO_LOG', false),
        'location' => storage_path('logs/quickbooks'),
    ],
];
""", V=_v, CID=qbo_client_id()), _v, "https://github.com/intuit/QuickBooks-V3-PHP-SDK")

_iv = chars(22, ALNUM + "-_")
_v = ("eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0.." + _iv + "." + chars(420, ALNUM + "-_") + "." + chars(22, ALNUM + "-_"))
S("postman", "qbo-access-token", "postman/QBO-prod.postman_environment.json",
  T("""{
  "id": "@@ID@@",
  "name": "QBO prod",
  "values": [
    { "key": "baseurl", "value": "https://quickbooks.api.intuit.com", "enabled": true },
    { "key": "companyid", "value": "@@REALM@@", "enabled": true },
    { "key": "minorversion", "value": "70", "enabled": true },
    { "key": "access_token", "value": "@@V@@", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-07T15:02:31.118Z",
  "_postman_exported_using": "Postman/10.24.3"
}
""", V=_v, ID=uuid_s(), REALM=digits(19)), _v, "https://learning.postman.com/docs/sending-requests/managing-environments/")

D("javascript", "env-reference", "src/lib/qbo.js",
  """import OAuthClient from 'intuit-oauth';

export const oauthClient = new OAuthClient({
  clientId: process.env.QBO_CLIENT_ID,
  clientSecret: process.env.QBO_CLIENT_SECRET,
  environment: process.env.QBO_ENVIRONMENT || 'sandbox',
  redirectUri: process.env.QBO_REDIRECT_URI || 'http://localhost:3000/api/qbo/callback',
  logging: process.env.NODE_ENV !== 'production',
});

export function authUri(state) {
  return oauthClient.authorizeUri({
    scope: [OAuthClient.scopes.Accounting, OAuthClient.scopes.OpenId],
    state,
  });
}
""", "https://github.com/intuit/oauth-jsclient")

D("properties", "template-expression", "qbo-sync/src/main/resources/application-prod.properties",
  """# values are injected by the platform (see deploy/helm/qbo-sync/values-prod.yaml)
OAuth2AppClientId=${QBO_CLIENT_ID}
OAuth2AppClientSecret=${QBO_CLIENT_SECRET}
OAuth2AppRedirectUri=https://qbo-sync.internal.ledgerly.io/oauth2redirect
IntuitAccountingAPIHost=https://quickbooks.api.intuit.com
spring.datasource.url=jdbc:postgresql://qbo-sync-db:5432/qbo
spring.datasource.username=qbo_sync
spring.datasource.password=${QBO_DB_PASSWORD}
""", "https://docs.spring.io/spring-boot/reference/features/external-config.html")

D("json", "qbo-ids", "tests/fixtures/qbo/cdc_response.json",
  T("""{
  "CDCResponse": [{
    "QueryResponse": [{
      "Invoice": [{
        "Id": "1448", "SyncToken": "3", "DocNumber": "INV-20240412",
        "MetaData": {"CreateTime": "2024-04-12T09:14:03-07:00", "LastUpdatedTime": "2024-04-15T11:02:44-07:00"},
        "CustomerRef": {"value": "217", "name": "Brightline Dental"},
        "TotalAmt": 1840.5, "Balance": 0,
        "domain": "QBO"
      }],
      "startPosition": 1, "maxResults": 1
    }]
  }],
  "time": "2024-04-16T06:00:01.332-07:00",
  "realmId": "@@REALM@@",
  "intuit_tid": "@@TID@@"
}
""", REALM=digits(19), TID=hexs(32)), "https://developer.intuit.com/app/developer/qbo/docs/learn/explore-the-quickbooks-online-api/change-data-capture")

# ============================================================================================
# Sage (Intacct, 50, 200, X3, Business Cloud)
# ============================================================================================

_v = words_pw()
S("xml", "intacct-sender-password", "integrations/intacct/requests/read_gl_batches.xml",
  T("""<?xml version="1.0" encoding="UTF-8"?>
<request>
  <control>
    <senderid>ledgerly_mpp</senderid>
    <password>@@V@@</password>
    <controlid>{{ control_id }}</controlid>
    <uniqueid>false</uniqueid>
    <dtdversion>3.0</dtdversion>
    <includewhitespace>false</includewhitespace>
  </control>
  <operation>
    <authentication>
      <sessionid>{{ session_id }}</sessionid>
    </authentication>
    <content>
      <function controlid="read-batches">
        <readByQuery>
          <object>GLBATCH</object>
          <fields>RECORDNO,BATCHNO,BATCH_TITLE,JOURNAL,BATCH_DATE</fields>
          <query>BATCH_DATE &gt;= '{{ since }}'</query>
          <pagesize>1000</pagesize>
        </readByQuery>
      </function>
    </content>
  </operation>
</request>
""", V=_v), _v, INTACCT_SRC)

_v = human_pw()
S("ini", "intacct-user-password", "deploy/intacct/credentials.ini",
  T("""; Sage Intacct SDK profile file (read by ProfileCredentialProvider)
; sender credentials come from INTACCT_SENDER_ID / INTACCT_SENDER_PASSWORD

[default]
company_id = acme-holdings
user_id = xml_gateway
user_password = @@V@@

[sandbox]
company_id = acme-holdings-sbx
user_id = xml_gateway
user_password =
""", V=_v), _v, "https://developer.intacct.com/tools/sdk-net/getting-started/")

_v = human_pw()
S("vba", "sage50-odbc-password", "finance-macros/modSageExport.bas",
  crlf(T("""Attribute VB_Name = "modSageExport"
Option Explicit

' Pulls open AR from Sage 50 (Peachtree) via the ODBC driver into the Aging sheet.
' Requires the "SAGE50_ACME" system DSN on the finance terminal server.

Private Const CONN_STR As String = "DSN=SAGE50_ACME;UID=Peachtree;PWD=@@V@@;"

Public Sub RefreshAging()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN_STR
    Set rs = cn.Execute("SELECT CustomerID, Name, Balance FROM Customers WHERE Balance <> 0")
    With ThisWorkbook.Worksheets("Aging")
        .Range("A2:C5000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close: cn.Close
End Sub
""", V=_v)), _v, VBA_SRC)

_v = words_pw()
S("dotnet-config", "sage200-sql-password", "Acme.Sage200.Bridge/App.config",
  crlf(T("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="Sage200"
         connectionString="Data Source=SAGE-SQL01\\SAGE200;Initial Catalog=Sage200_AcmeLtd;User ID=sage_bridge;Password=@@V@@;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="CompanyName" value="Acme Ltd" />
    <add key="PostingBatchSize" value="250" />
    <add key="ExportFolder" value="\\\\fs01\\finance\\sage-bridge\\out" />
  </appSettings>
</configuration>
""", V=_v)), _v, "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files")

_v = rand_pw(16, "!#%")
S("properties", "sage-x3-password", "x3-connector/conf/x3.properties",
  T("""# Sage X3 SOAP web services (CAdxWebServiceXmlCC)
x3.ws.url=https://x3.acme.local:8124/soap-generic/syracuse/collaboration/syracuse/CAdxWebServiceXmlCC
x3.pool.alias=SEED
x3.language=ENG
x3.codeUser=WSLEDGER
x3.password=@@V@@
x3.request.timeout.ms=60000
x3.journal.type=ODI
x3.export.cron=0 15 1 * * *
""", V=_v), _v, "https://online-help.sageerpx3.com/erp/12/wp-static-content/static-pages/en_US/SOAP/webservices.html")

D("dotenv", "placeholder", "sage-accounting/.env.sample",
  """# Sage Business Cloud Accounting (developer.sage.com) app credentials
SAGE_CLIENT_ID=<your client id>
SAGE_CLIENT_SECRET=<your client secret>
SAGE_CALLBACK_URL=http://localhost:8080/auth/callback
SAGE_API_URL=https://api.accounting.sage.com/v3.1
# refresh tokens are stored in the db, not here
""", "https://developer.sage.com/accounting/guides/authenticating/authentication/")

D("ini", "env-reference", "deploy/intacct/credentials.ini.example",
  """; Copy to credentials.ini on the integration host (chmod 600). Do NOT commit the real file.
[default]
company_id = acme-holdings
user_id = xml_gateway
user_password = ${INTACCT_USER_PASSWORD}

[sandbox]
company_id = acme-holdings-sbx
user_id = xml_gateway
user_password = ${INTACCT_SBX_USER_PASSWORD}
""", "https://developer.intacct.com/tools/sdk-net/getting-started/")

# ============================================================================================
# FreshBooks
# ============================================================================================

_v = hexs(64)
S("python", "freshbooks-client-secret", "integrations/freshbooks/client.py",
  T('''from freshbooks import Client

FRESHBOOKS_CLIENT_ID = "@@CID@@"


def get_client(access_token: str | None = None) -> Client:
    return Client(
        client_id=FRESHBOOKS_CLIENT_ID,
        client_secret="@@V@@",
        redirect_uri="https://app.ledgerly.io/integrations/freshbooks/callback",
        access_token=access_token,
    )


def fetch_invoices(client: Client, account_id: str):
    from freshbooks import PaginateBuilder
    return client.invoices.list(account_id, builders=[PaginateBuilder(1, 100)])
''', V=_v, CID=hexs(64)), _v, "https://github.com/freshbooks/freshbooks-python-sdk")

_v = hexs(64)
S("crontab", "freshbooks-bearer-token", "ops/cron/freshbooks-export.cron",
  T("""# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=finance-ops@acme-studio.co
# nightly export of FreshBooks invoices to the ledger share
15 2 * * * curl -sf -H "Authorization: Bearer @@V@@" -H "Api-Version: alpha" "https://api.freshbooks.com/accounting/account/Xk4mP/invoices/invoices?per_page=100" > /srv/ledger/freshbooks/invoices-$(date +\\%F).json
45 2 * * * /usr/local/bin/ledger-import --source freshbooks --dir /srv/ledger/freshbooks
""", V=_v), _v, FB_SRC)

D("python", "webhook-verifier-test", "tests/freshbooks/test_webhook_signature.py",
  '''import base64
import hashlib
import hmac

from integrations.freshbooks.webhooks import verify_signature

# Any value works here: the test signs its own payload.
VERIFIER = "test-verifier"


def sign(payload: dict) -> str:
    msg = "&".join(f"{k}={v}" for k, v in payload.items()).encode()
    return base64.b64encode(hmac.new(VERIFIER.encode(), msg, hashlib.sha256).digest()).decode()


def test_valid_signature_is_accepted():
    payload = {"name": "invoice.create", "object_id": "1234", "account_id": "Xk4mP"}
    assert verify_signature(payload, sign(payload), VERIFIER)
''', "https://www.freshbooks.com/api/webhooks")

# ============================================================================================
# NetSuite token-based auth, SuiteAnalytics Connect, OAuth 2.0 M2M
# ============================================================================================

_v = ns_hex()
S("python", "netsuite-token-secret", "etl/netsuite/restlet_client.py",
  T('''import json

import requests
from requests_oauthlib import OAuth1

ACCOUNT = "@@ACCT@@"
CONSUMER_KEY = "@@CK@@"
CONSUMER_SECRET = "@@CS@@"
TOKEN_ID = "@@TID@@"
TOKEN_SECRET = "@@V@@"

URL = f"https://{ACCOUNT}.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=1187&deploy=1"

auth = OAuth1(
    client_key=CONSUMER_KEY,
    client_secret=CONSUMER_SECRET,
    resource_owner_key=TOKEN_ID,
    resource_owner_secret=TOKEN_SECRET,
    realm=ACCOUNT,
    signature_method="HMAC-SHA256",
)


def post_journal(entry: dict) -> dict:
    resp = requests.post(URL, auth=auth, data=json.dumps(entry), headers={"Content-Type": "application/json"})
    resp.raise_for_status()
    return resp.json()
''', V=_v, ACCT=digits(7), CK=ns_hex(), CS=ns_hex(), TID=ns_hex()), _v, NS_SRC)

_v = ns_hex()
S("json", "netsuite-consumer-secret", "meltano/tap-netsuite/config.json",
  T("""{
  "ns_account": "@@ACCT@@_SB1",
  "ns_consumer_key": "@@CK@@",
  "ns_consumer_secret": "@@V@@",
  "ns_token_key": "",
  "ns_token_secret": "",
  "select_fields_by_default": true,
  "start_date": "2023-01-01T00:00:00Z",
  "is_sandbox": true
}
""", V=_v, ACCT=digits(7), CK=ns_hex()), _v, "https://github.com/hotgluexyz/tap-netsuite")

_v = ns_hex()
S("java", "netsuite-token-secret", "src/main/java/com/acme/ns/PassportFactory.java",
  T("""package com.acme.ns;

import com.netsuite.webservices.platform.core_2023_2.TokenPassport;
import com.netsuite.webservices.platform.core_2023_2.TokenPassportSignature;

public final class PassportFactory {

    private static final String ACCOUNT = "@@ACCT@@";
    private static final String CONSUMER_KEY = System.getenv("NS_CONSUMER_KEY");
    private static final String CONSUMER_SECRET = System.getenv("NS_CONSUMER_SECRET");
    private static final String TOKEN_ID = "@@TID@@";
    private static final String TOKEN_SECRET = "@@V@@";

    public static TokenPassport create() {
        String nonce = Nonce.next();
        long timestamp = System.currentTimeMillis() / 1000L;
        String baseString = String.join("&", ACCOUNT, CONSUMER_KEY, TOKEN_ID, nonce, Long.toString(timestamp));
        String key = CONSUMER_SECRET + "&" + TOKEN_SECRET;
        TokenPassport passport = new TokenPassport();
        passport.setAccount(ACCOUNT);
        passport.setConsumerKey(CONSUMER_KEY);
        passport.setToken(TOKEN_ID);
        passport.setNonce(nonce);
        passport.setTimestamp(timestamp);
        TokenPassportSignature sig = new TokenPassportSignature(Hmac.sha256(baseString, key));
        sig.setAlgorithm("HMAC-SHA256");
        passport.setSignature(sig);
        return passport;
    }
}
""", V=_v, ACCT=digits(7), TID=ns_hex()), _v, "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4395630653.html")

_v = ns_hex()
S("csharp", "netsuite-consumer-secret", "Acme.NetSuite/TbaSettings.cs",
  crlf(T("""namespace Acme.NetSuite
{
    // TBA integration record "Acme AP Automation" (created 2023-08-14, owner: j.okafor)
    public static class TbaSettings
    {
        public const string AccountId = "@@ACCT@@";
        public const string ConsumerKey = "@@CK@@";
        public const string ConsumerSecret = "@@V@@";

        // token id / secret are per-role and live in the vault
        public static string TokenId => Vault.Get("netsuite/ap-automation/token-id");
        public static string TokenSecret => Vault.Get("netsuite/ap-automation/token-secret");
    }
}
""", V=_v, ACCT=digits(7), CK=ns_hex())), _v, NS_SRC)

_v = human_pw()
S("odbc-ini", "netsuite-connect-password", "etc/odbc.ini",
  T("""[ODBC Data Sources]
NetSuite2 = NetSuite Drivers 64bit

[NetSuite2]
Driver = /opt/netsuite/odbcclient/lib64/ivoa27.so
Description = SuiteAnalytics Connect (NetSuite2.com)
Host = @@ACCT@@.connect.api.netsuite.com
Port = 1708
ServerDataSource = NetSuite2.com
Encrypted = 1
Truststore = /opt/netsuite/odbcclient/cert/ca3.cer
CustomProperties = AccountID=@@ACCT@@;RoleID=1042
UID = bi.connect@acme-holdings.com
PWD = @@V@@
""", V=_v, ACCT=digits(7)), _v, "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_3994742720.html")

_v = private_pem("", 25)
S("yaml", "netsuite-m2m-private-key", "config/netsuite-m2m.yaml",
  T("""netsuite:
  account_id: "@@ACCT@@"
  token_url: https://@@ACCT@@.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token
  client_id: "@@CID@@"
  certificate_id: "@@CERT@@"
  scopes: [restlets, rest_webservices]
  private_key: |
@@KEY@@
  algorithm: PS256
""", ACCT=digits(7), CID=ns_hex(), CERT=chars(43, ALNUM + "-_"),
    KEY="\n".join("    " + line for line in _v.split("\n"))), _v,
  "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/article_0901040918.html")

D("yaml", "env-reference", "meltano.yml",
  """version: 1
default_environment: prod
project_id: acme-finance-elt
plugins:
  extractors:
  - name: tap-netsuite
    variant: hotglue
    pip_url: git+https://github.com/hotgluexyz/tap-netsuite.git
    config:
      ns_account: $TAP_NETSUITE_ACCOUNT
      ns_consumer_key: $TAP_NETSUITE_CONSUMER_KEY
      ns_consumer_secret: $TAP_NETSUITE_CONSUMER_SECRET
      ns_token_key: $TAP_NETSUITE_TOKEN_KEY
      ns_token_secret: $TAP_NETSUITE_TOKEN_SECRET
      start_date: '2022-01-01T00:00:00Z'
  loaders:
  - name: target-snowflake
    variant: meltanolabs
    config:
      account: acme-finance
      user: MELTANO
      password: $TARGET_SNOWFLAKE_PASSWORD
""", "https://docs.meltano.com/concepts/project/")

D("suitescript", "internal-ids", "src/FileCabinet/SuiteScripts/acme_gl_restlet.js",
  """/**
 * @NApiVersion 2.1
 * @NScriptType Restlet
 * @NModuleScope SameAccount
 */
define(['N/record', 'N/log'], (record, log) => {
    const SUBSIDIARY_US = 2;
    const ACCT_CLEARING = 1187;

    const post = (body) => {
        const je = record.create({ type: record.Type.JOURNAL_ENTRY, isDynamic: true });
        je.setValue({ fieldId: 'subsidiary', value: SUBSIDIARY_US });
        je.setValue({ fieldId: 'memo', value: body.memo });
        body.lines.forEach((l) => {
            je.selectNewLine({ sublistId: 'line' });
            je.setCurrentSublistValue({ sublistId: 'line', fieldId: 'account', value: l.account || ACCT_CLEARING });
            je.setCurrentSublistValue({ sublistId: 'line', fieldId: l.amount > 0 ? 'debit' : 'credit', value: Math.abs(l.amount) });
            je.commitLine({ sublistId: 'line' });
        });
        const id = je.save();
        log.audit('je created', id);
        return { id };
    };

    return { post };
});
""", "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4387799403.html")

D("markdown", "placeholder", "docs/netsuite-tba-setup.md",
  """# NetSuite token-based auth for the AP sync

1. Setup > Integration > Manage Integrations > New. Tick **Token-Based Authentication**,
   untick TBA: Authorization Flow. Save and copy the consumer key / secret **once**.
2. Setup > Users/Roles > Access Tokens > New: app = the integration above, user =
   `ap.sync@acme-holdings.com`, role = `Acme AP Integration`.
3. Store all four values in Vault under `kv/netsuite/ap-sync`:

```bash
vault kv put kv/netsuite/ap-sync \\
  consumer_key='<CONSUMER_KEY>' consumer_secret='<CONSUMER_SECRET>' \\
  token_id='<TOKEN_ID>' token_secret='<TOKEN_SECRET>'
```

4. Restart the `ap-sync` deployment; it reads the path at boot.
""", NS_SRC)

D("pem", "public-certificate", "config/netsuite/m2m-cert.pem",
  cert_pem(14) + "\n", "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/article_0901040918.html")

# ============================================================================================
# Open banking: TrueLayer, GoCardless / Nordigen, Tink, Yapily
# ============================================================================================

_v = uuid_s()
S("appsettings", "truelayer-client-secret", "src/Payouts.Api/appsettings.json",
  T("""{
  "Serilog": { "MinimumLevel": "Information" },
  "TrueLayer": {
    "ClientId": "sandbox-acmepayouts-@@SUF@@",
    "ClientSecret": "@@V@@",
    "UseSandbox": true,
    "Payments": {
      "SigningKey": {
        "KeyId": "@@KID@@",
        "PrivateKeyPath": "/run/secrets/truelayer-signing-key.pem"
      }
    },
    "MerchantAccounts": {
      "GBP": "@@MA@@"
    }
  }
}
""", V=_v, SUF=hexs(6), KID=uuid_s(), MA=uuid_s()), _v, "https://github.com/TrueLayer/truelayer-dotnet")

_v = private_pem("EC", 4)
S("pem", "truelayer-signing-key", "keys/truelayer/ec512-private-key.pem", _v + "\n", _v, TL_SRC)

_v = rand_pw(36, "-")
S("python", "truelayer-client-secret", "payouts/truelayer_auth.py",
  T('''import requests

AUTH_URL = "https://auth.truelayer.com/connect/token"
CLIENT_ID = "acmepayouts-@@SUF@@"
CLIENT_SECRET = "@@V@@"


def client_credentials_token(scope: str = "payments") -> str:
    resp = requests.post(
        AUTH_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "scope": scope,
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
''', V=_v, SUF=hexs(6)), _v, "https://docs.truelayer.com/docs/generate-a-client-credentials-token")

D("pem", "public-key", "keys/truelayer/ec512-public-key.pem",
  public_pem(3) + "\n", TL_SRC)

_v = nordigen_key()
S("python", "nordigen-secret-key", "bank_sync/gocardless_bad.py",
  T('''"""GoCardless Bank Account Data (formerly Nordigen): pull balances for the EUR entities."""
from nordigen import NordigenClient

client = NordigenClient(
    secret_id="@@SID@@",
    secret_key="@@V@@",
)
token_data = client.generate_token()

REQUISITIONS = {
    "acme-nl-rabobank": "@@R1@@",
    "acme-de-deutsche": "@@R2@@",
}

for name, requisition_id in REQUISITIONS.items():
    accounts = client.requisition.get_requisition_by_id(requisition_id=requisition_id)["accounts"]
    for account_id in accounts:
        balances = client.account_api(id=account_id).get_balances()
        print(name, account_id, balances["balances"][0]["balanceAmount"])
''', V=_v, SID=uuid_s(), R1=uuid_s(), R2=uuid_s()), _v, "https://github.com/nordigen/nordigen-python")

_v = nordigen_key()
S("dotenv", "nordigen-secret-key", "bank-sync/.env",
  T("""# GoCardless Bank Account Data — user secrets (https://bankaccountdata.gocardless.com/user-secrets/)
GC_BAD_SECRET_ID=@@SID@@
GC_BAD_SECRET_KEY=@@V@@
GC_BAD_BASE_URL=https://bankaccountdata.gocardless.com/api/v2
REDIRECT_URL=https://treasury.acme.eu/bank/callback
SYNC_DAYS=90
""", V=_v, SID=uuid_s()), _v, GC_SRC)

_v = gocardless_token("live")
S("ruby", "gocardless-access-token", "config/initializers/gocardless.rb",
  T("""# frozen_string_literal: true

require "gocardless_pro"

GOCARDLESS = GoCardlessPro::Client.new(
  access_token: Rails.env.production? ? "@@V@@" : ENV.fetch("GOCARDLESS_SANDBOX_TOKEN", ""),
  environment: Rails.env.production? ? :live : :sandbox,
  connection_options: { request: { timeout: 20 } }
)

Rails.application.config.gocardless_creditor_id = "CR000@@CR@@"
""", V=_v, CR=chars(9, UPPER_DIGITS)), _v, "https://github.com/gocardless/gocardless-pro-ruby")

_v = gocardless_token("live")
S("k8s-secret", "gocardless-access-token", "deploy/overlays/prod/collections-secret.yaml",
  T("""apiVersion: v1
kind: Secret
metadata:
  name: collections-gocardless
  namespace: billing-ops
type: Opaque
stringData:
  GOCARDLESS_ENVIRONMENT: live
  GOCARDLESS_ACCESS_TOKEN: "@@V@@"
  GOCARDLESS_WEBHOOK_ENDPOINT: https://collections.acme.co.uk/webhooks/gocardless
""", V=_v), _v, K8S_SRC)

_v = rand_pw(40)
S("yaml", "gocardless-webhook-secret", "collections/config/settings.prod.yml",
  T("""collections:
  provider: gocardless
  gocardless:
    environment: live
    access_token: ${GOCARDLESS_ACCESS_TOKEN}
    webhook_secret: @@V@@
    creditor_id: CR000@@CR@@
  retry:
    max_attempts: 3
    backoff_days: [3, 5, 7]
  ledger:
    clearing_account: "1105-GC-CLEARING"
    fees_account: "6120-BANK-FEES"
""", V=_v, CR=chars(9, UPPER_DIGITS)), _v, "https://developer.gocardless.com/getting-started/staying-up-to-date-with-webhooks")

D("json", "institution-ids", "bank_sync/fixtures/institutions_nl.json",
  """[
  {
    "id": "ABNAMRO_ABNANL2A",
    "name": "ABN AMRO",
    "bic": "ABNANL2A",
    "transaction_total_days": "540",
    "countries": ["NL"],
    "logo": "https://cdn-logos.gocardless.com/ais/ABNAMRO_FTSBDEFAXXX.png"
  },
  {
    "id": "RABOBANK_RABONL2U",
    "name": "Rabobank",
    "bic": "RABONL2U",
    "transaction_total_days": "730",
    "countries": ["NL"],
    "logo": "https://cdn-logos.gocardless.com/ais/RABOBANK_RABONL2U.png"
  },
  {
    "id": "SANDBOXFINANCE_SFIN0000",
    "name": "Sandbox Finance",
    "bic": "SFIN0000",
    "transaction_total_days": "90",
    "countries": ["XX"],
    "logo": "https://cdn-logos.gocardless.com/ais/SANDBOXFINANCE_SFIN0000.png"
  }
]
""", "https://developer.gocardless.com/bank-account-data/endpoints")

D("json", "requisition-ids", "bank_sync/fixtures/requisition_created.json",
  T("""{
  "id": "@@ID@@",
  "created": "2024-02-11T09:32:18.451Z",
  "redirect": "https://treasury.acme.eu/bank/callback",
  "status": "CR",
  "institution_id": "RABOBANK_RABONL2U",
  "agreement": "@@AG@@",
  "reference": "acme-nl-@@REF@@",
  "accounts": [],
  "user_language": "EN",
  "link": "https://ob.gocardless.com/ob-psd2/start/@@LINK@@/RABOBANK_RABONL2U",
  "ssn": null,
  "account_selection": false,
  "redirect_immediate": false
}
""", ID=uuid_s(), AG=uuid_s(), REF=hexs(8), LINK=uuid_s()), GC_SRC)

_v = hexs(32)
S("spring-yaml", "tink-client-secret", "src/main/resources/application-prod.yml",
  T("""server:
  port: 8443
spring:
  application:
    name: account-aggregation
tink:
  base-url: https://api.tink.com
  client-id: @@CID@@
  client-secret: @@V@@
  market: SE
  scopes: accounts:read,balances:read,transactions:read,provider-consents:read
  link:
    redirect-uri: https://aggregation.acme.se/tink/callback
management:
  endpoints:
    web:
      exposure:
        include: health,info
""", V=_v, CID=hexs(32)), _v, TINK_SRC)

D("markdown", "public-client-id", "docs/tink-link.md",
  T("""# Tink Link for onboarding

The onboarding page sends the customer to Tink Link. The URL only carries our public
client id; the secret stays on the aggregation service (see `application-prod.yml`,
injected from Vault).

```
https://link.tink.com/1.0/transactions/connect-accounts?client_id=@@CID@@&redirect_uri=https%3A%2F%2Faggregation.acme.se%2Ftink%2Fcallback&market=SE&locale=sv_SE
```

After the callback we exchange `code` for a user token server-side. Codes expire after
30 seconds, so do not test this by copying codes around.
""", CID=hexs(32)), "https://docs.tink.com/resources/tink-link-web")

D("dotenv", "placeholder", "bank-sync/.env.sandbox",
  """GC_BAD_SECRET_ID=00000000-0000-0000-0000-000000000000
GC_BAD_SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
GC_BAD_BASE_URL=https://bankaccountdata.gocardless.com/api/v2
INSTITUTION_ID=SANDBOXFINANCE_SFIN0000
REDIRECT_URL=http://localhost:8000/bank/callback
""", GC_SRC)

_v = private_pem("", 26)
S("helm", "qwac-transport-key", "deploy/helm/psd2-gateway/values-prod.yaml",
  T("""replicaCount: 2
image:
  repository: registry.acme.eu/psd2-gateway
  tag: "2.14.1"

ingress:
  enabled: true
  host: psd2.acme.eu

mtls:
  # eIDAS QWAC used for the ASPSP mutual TLS connections
  certificateSecret: psd2-qwac-cert
  privateKey: |
@@KEY@@

yapily:
  applicationUuid: "@@APP@@"
  applicationSecretRef: psd2-yapily-app-secret
""", KEY="\n".join("    " + line for line in _v.split("\n")), APP=uuid_s()), _v,
  "https://helm.sh/docs/chart_template_guide/values_files/")

# ============================================================================================
# Bank connectivity: EBICS, SFTP, PGP
# ============================================================================================

_v = words_pw()
S("properties", "ebics-keystore-password", "ebics-client/conf/ebics.properties",
  T("""# EBICS 3.0 connection to the house bank (payments + statements)
ebics.bank.name=Commerzbank
ebics.bank.url=https://ebics.commerzbank.de/ebicsweb/ebicsweb
ebics.host.id=COBAEBICS
ebics.partner.id=ACMEGMBH01
ebics.user.id=ACMEBATCH
ebics.version=H005
ebics.signature.version=A006
ebics.keystore.path=/opt/ebics/keys/ACMEBATCH.p12
ebics.keystore.password=@@V@@
ebics.order.types.download=C53,C52,Z01
ebics.order.types.upload=CCT,CDD
ebics.download.dir=/srv/treasury/inbound
""", V=_v), _v, "https://github.com/ebics-java/ebics-java-client")

_v = passphrase()
S("python", "ebics-keyring-passphrase", "treasury/ebics_fetch.py",
  T('''"""Daily camt.053 download via EBICS (python `fintech` package)."""
from datetime import date, timedelta

from fintech.ebics import EbicsBank, EbicsClient, EbicsKeyRing, EbicsUser

keyring = EbicsKeyRing(keys="/opt/treasury/ebics/acme_keys", passphrase="@@V@@")
bank = EbicsBank(keyring=keyring, hostid="HYPOEBICS", url="https://ebics.hypovereinsbank.de/ebicsweb/ebicsweb")
user = EbicsUser(keyring=keyring, partnerid="ACME0001", userid="TREASURY1")
client = EbicsClient(bank, user, version="H004")

yesterday = date.today() - timedelta(days=1)
data = client.C53(start=yesterday, end=yesterday)
for name, xml in data.items():
    with open(f"/srv/treasury/inbound/{name}", "wb") as fh:
        fh.write(xml)
client.confirm_download()
''', V=_v), _v, "https://www.joonis.de/en/fintech/doc/ebics/")

_v = rand_pw(24, "!@#")
S("k8s-secret", "ebics-keystore-password", "deploy/treasury/ebics-secret.yaml",
  T("""---
apiVersion: v1
kind: Secret
metadata:
  name: ebics-keystore
  namespace: treasury
  annotations:
    owner: treasury-platform
type: Opaque
data:
  EBICS_KEYSTORE_PASSWORD: @@V@@
  EBICS_USER_ID: @@U@@
""", V=b64(_v), U=b64("ACMEBATCH")), _v, K8S_SRC)

D("text", "key-hash-letter", "treasury/ebics/INI-letter-ACMEBATCH.txt",
  T("""EBICS initialisation letter (INI)
=================================
Date            : 2024-01-15
Host ID         : COBAEBICS
Partner ID      : ACMEGMBH01
User ID         : ACMEBATCH
Version         : A006 (signature)

Hash value of the public key (SHA-256):
@@H1@@
@@H2@@

Signature: _______________________   (authorised signatory)

HIA letter (authentication X002 / encryption E002)
X002 hash: @@H3@@
E002 hash: @@H4@@
""", H1=" ".join(hexs(2).upper() for _ in range(16)), H2=" ".join(hexs(2).upper() for _ in range(16)),
    H3=hexs(64).upper(), H4=hexs(64).upper()), EBICS_SRC)

D("xml", "bank-public-keys", "treasury/ebics/hpb_COBAEBICS.xml",
  T("""<?xml version="1.0" encoding="UTF-8"?>
<HPBResponseOrderData xmlns="urn:org:ebics:H005" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
  <AuthenticationPubKeyInfo>
    <PubKeyValue>
      <ds:RSAKeyValue>
        <ds:Modulus>@@M1@@</ds:Modulus>
        <ds:Exponent>AQAB</ds:Exponent>
      </ds:RSAKeyValue>
    </PubKeyValue>
    <AuthenticationVersion>X002</AuthenticationVersion>
  </AuthenticationPubKeyInfo>
  <EncryptionPubKeyInfo>
    <PubKeyValue>
      <ds:RSAKeyValue>
        <ds:Modulus>@@M2@@</ds:Modulus>
        <ds:Exponent>AQAB</ds:Exponent>
      </ds:RSAKeyValue>
    </PubKeyValue>
    <EncryptionVersion>E002</EncryptionVersion>
  </EncryptionPubKeyInfo>
  <HostID>COBAEBICS</HostID>
</HPBResponseOrderData>
""", M1=b64rand(342) + "==", M2=b64rand(342) + "=="), EBICS_SRC)

D("properties", "template-expression", "ebics-client/conf/ebics-prod.properties",
  """# production overlay; the keystore password is injected by the systemd unit (EnvironmentFile)
ebics.bank.url=https://ebics.commerzbank.de/ebicsweb/ebicsweb
ebics.host.id=COBAEBICS
ebics.partner.id=ACMEGMBH01
ebics.user.id=ACMEBATCH
ebics.keystore.path=/opt/ebics/keys/ACMEBATCH.p12
ebics.keystore.password=${EBICS_KEYSTORE_PASSWORD}
ebics.download.dir=/srv/treasury/inbound
""", "https://github.com/ebics-java/ebics-java-client")

_v = url_pw()
S("airflow-dag", "sftp-url-password", "dags/bank_statements_sftp.py",
  T('''"""Pull BAI2 files from the bank's SFTP and land them in the statements bucket."""
import os
from datetime import datetime

from airflow import DAG
from airflow.models.connection import Connection
from airflow.providers.sftp.operators.sftp import SFTPOperator

# TODO(treasury): move into the Airflow metastore
os.environ["AIRFLOW_CONN_BANK_SFTP"] = Connection(
    conn_id="bank_sftp",
    uri="sftp://acme_treasury:@@V@@@sftp.fundstransfer.jpmorgan.com:22",
).get_uri()

with DAG("bank_statements_sftp", start_date=datetime(2024, 1, 1), schedule="30 6 * * 1-5", catchup=False) as dag:
    fetch = SFTPOperator(
        task_id="fetch_bai2",
        ssh_conn_id="bank_sftp",
        remote_filepath="/outbound/BAI2/ACME_{{ ds_nodash }}.bai",
        local_filepath="/data/statements/ACME_{{ ds_nodash }}.bai",
        operation="get",
    )
''', V=_v), _v, AIRFLOW_SRC)

_v = private_pem("OPENSSH", 7)
S("ssh-key", "bank-sftp-private-key", "deploy/keys/bank_sftp_ed25519", _v + "\n", _v,
  "https://man.openbsd.org/ssh-keygen")

_v = words_pw()
S("winscp-script", "sftp-password", "scripts/winscp/upload_payments.txt",
  crlf(T("""# WinSCP script: upload approved payment files to the bank
# run: winscp.com /ini=nul /script=upload_payments.txt /log=upload.log
option batch abort
option confirm off
open sftp://ACMEPAY01:@@V@@@transfer.bankofamerica.com/ -hostkey="ssh-ed25519 255 @@FP@@"
cd /inbound/pain001
lcd \\\\fs01\\treasury\\payments\\approved
put -delete *.xml
close
exit
""", V=_v, FP=b64rand(43))), _v, WINSCP_SRC)

_v = human_pw()
S("shell", "sshpass-password", "bin/pull_lockbox.sh",
  T("""#!/bin/bash
# Lockbox remittance files from Wells Fargo (runs 07:10 on the recon host)
set -e
DEST=/srv/recon/lockbox/$(date +%Y%m%d)
mkdir -p "$DEST"

sshpass -p '@@V@@' sftp -oBatchMode=no -oStrictHostKeyChecking=yes \\
  acmelbx@sftp.wellsfargo.com <<SFTP
cd /outbound/lockbox
lcd $DEST
mget *.txt
bye
SFTP

find "$DEST" -name '*.txt' -exec /opt/recon/bin/lockbox-import {} \\;
""", V=_v), _v, "https://linux.die.net/man/1/sshpass")

_v = rand_pw(18, "#%")
S("python", "paramiko-password", "recon/sftp_fetch.py",
  T('''import os
import stat

import paramiko

HOST = "sftp.svb-transfer.com"
USER = "acme_recon"


def fetch(remote_dir: str = "/outbound", local_dir: str = "/srv/recon/svb") -> list[str]:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password="@@V@@")
    sftp = paramiko.SFTPClient.from_transport(transport)
    fetched = []
    for entry in sftp.listdir_attr(remote_dir):
        if stat.S_ISREG(entry.st_mode) and entry.filename.endswith(".csv"):
            sftp.get(f"{remote_dir}/{entry.filename}", os.path.join(local_dir, entry.filename))
            fetched.append(entry.filename)
    sftp.close()
    transport.close()
    return fetched
''', V=_v), _v, "https://docs.paramiko.org/en/stable/api/transport.html")

_v = words_pw()
S("java", "jsch-password", "src/main/java/com/acme/treasury/BankSftpClient.java",
  T("""package com.acme.treasury;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

public class BankSftpClient {
    private static final String HOST = "mft.citibank.com";
    private static final int PORT = 22;

    public void upload(String localFile, String remoteDir) throws Exception {
        JSch jsch = new JSch();
        jsch.setKnownHosts("/etc/treasury/known_hosts");
        Session session = jsch.getSession("ACMETRSY", HOST, PORT);
        session.setPassword("@@V@@");
        session.connect(30_000);
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect();
        sftp.cd(remoteDir);
        sftp.put(localFile, remoteDir);
        sftp.disconnect();
        session.disconnect();
    }
}
""", V=_v), _v, "http://www.jcraft.com/jsch/examples/Sftp.java.html")

_v = human_pw()
S("csharp", "sshnet-password", "Treasury.Jobs/PositivePayUpload.cs",
  crlf(T("""using System.IO;
using Renci.SshNet;

namespace Treasury.Jobs
{
    public class PositivePayUpload
    {
        // Positive pay issue file for the disbursement account (x8812)
        public void Run(string path)
        {
            using var client = new SftpClient("sftp.pnc.com", 22, "acme_ppay", "@@V@@");
            client.Connect();
            using var fs = File.OpenRead(path);
            client.UploadFile(fs, "/incoming/positivepay/" + Path.GetFileName(path));
            client.Disconnect();
        }
    }
}
""", V=_v)), _v, "https://github.com/sshnet/SSH.NET")

_r = _rng()
_v = chars(_r.randint(30, 40), ALNUM + "-_")
S("rclone-conf", "obscured-sftp-password", "ops/rclone/rclone.conf",
  T("""[bank-sftp]
type = sftp
host = sftp.hsbcnet.com
user = ACMEUK01
port = 22
pass = @@V@@
shell_type = unix
md5sum_command = none
sha1sum_command = none

[statements-s3]
type = s3
provider = AWS
env_auth = true
region = eu-west-2
""", V=_v), _v, "https://rclone.org/sftp/")

_v = passphrase()
S("shell", "gpg-passphrase", "bin/decrypt_statements.sh",
  T("""#!/usr/bin/env bash
# Decrypt PGP-encrypted MT940 files from the bank before import.
set -euo pipefail
IN=/srv/treasury/inbound
OUT=/srv/treasury/decrypted

for f in "$IN"/*.pgp; do
  gpg --batch --yes --pinentry-mode loopback \\
      --passphrase '@@V@@' \\
      --output "$OUT/$(basename "${f%.pgp}")" --decrypt "$f"
  mv "$f" "$IN/processed/"
done
""", V=_v), _v, "https://www.gnupg.org/documentation/manuals/gnupg/GPG-Esoteric-Options.html")

D("known-hosts", "host-public-keys", "deploy/treasury/known_hosts",
  T("""# bank SFTP endpoints (verified by phone with bank support 2024-01-09)
sftp.fundstransfer.jpmorgan.com @@K1@@
mft.citibank.com @@K2@@
sftp.wellsfargo.com @@K3@@
[transfer.bankofamerica.com]:22 @@K4@@
sftp.pnc.com @@K5@@
""", K1=ssh_ed25519_pub(), K2=ssh_rsa_pub(), K3=ssh_ed25519_pub(), K4=ssh_ed25519_pub(), K5=ssh_ed25519_pub()),
  "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")

D("ssh-config", "key-file-path", "deploy/treasury/ssh_config",
  """Host jpm-sftp
    HostName sftp.fundstransfer.jpmorgan.com
    User acme_treasury
    IdentityFile /opt/treasury/keys/jpm_sftp_ed25519
    IdentitiesOnly yes
    UserKnownHostsFile /etc/treasury/known_hosts

Host citi-mft
    HostName mft.citibank.com
    User ACMETRSY
    IdentityFile /opt/treasury/keys/citi_rsa4096
    PubkeyAcceptedAlgorithms +ssh-rsa
""", "https://man.openbsd.org/ssh_config")

_r = _rng()
D("pgp", "public-key-block", "treasury/keys/bank_pgp_public.asc",
  "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: JPMorgan Chase Host-to-Host 2024\n\nmQINBG" + "\n".join(
      "".join(_r.choice(B64) for _ in range(64)) for _ in range(14)) + "\n=" + chars(4, B64) + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
  "https://www.rfc-editor.org/rfc/rfc4880#section-6.2")

D("appsettings", "keyvault-reference", "Treasury.Jobs/appsettings.Production.json",
  """{
  "Sftp": {
    "Host": "sftp.pnc.com",
    "Port": 22,
    "Username": "acme_ppay",
    "Password": "@Microsoft.KeyVault(SecretUri=https://kv-treasury-prod.vault.azure.net/secrets/pnc-sftp-password/)",
    "RemoteDir": "/incoming/positivepay"
  },
  "Schedule": "0 30 17 * * 1-5"
}
""", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

D("text", "gpg-fingerprint", "treasury/keys/recipients.conf",
  T("""# PGP recipients for outbound payment files. Public key fingerprints only.
# bank                 fingerprint
jpmorgan-h2h           @@F1@@
citi-mft               @@F2@@
hsbc-net               @@F3@@
# our own signing key (private part is on the HSM)
acme-treasury-sign     @@F4@@
""", F1=hexs(40).upper(), F2=hexs(40).upper(), F3=hexs(40).upper(), F4=hexs(40).upper()),
  "https://www.gnupg.org/documentation/manuals/gnupg/Specify-a-User-ID.html")

# ============================================================================================
# FIX: QuickFIX/J, QuickFIX/n, QuickFIX (Python), FIX message logs
# ============================================================================================


def fix_msg(body: list, begin: str = "FIX.4.4", sep: str = "\x01") -> str:
    """A FIX message with a right BodyLength(9) and CheckSum(10)."""
    inner = "".join(f"{tag}={value}\x01" for tag, value in body)
    head = f"8={begin}\x019={len(inner)}\x01"
    total = sum((head + inner).encode()) % 256
    return (head + inner + f"10={total:03d}\x01").replace("\x01", sep)


_v = words_pw()
S("quickfix-cfg", "fix-logon-password", "fix-gateway/config/initiator.cfg",
  T("""# QuickFIX/J initiator: order routing to the prime broker
[DEFAULT]
ConnectionType=initiator
ReconnectInterval=5
FileStorePath=/var/lib/fixgw/store
FileLogPath=/var/log/fixgw
StartTime=00:05:00
EndTime=23:55:00
TimeZone=America/New_York
UseDataDictionary=Y
DataDictionary=FIX44.xml
ValidateUserDefinedFields=N

[SESSION]
BeginString=FIX.4.4
SenderCompID=ACMECAP
TargetCompID=PBPRIME
SocketConnectHost=fix-uat.primebroker.example-markets.com
SocketConnectPort=9878
HeartBtInt=30
Username=acmecap_oms
Password=@@V@@
ResetOnLogon=Y
""", V=_v), _v, QFJ_SRC)

_v = url_pw()
S("quickfix-cfg", "fix-jdbc-password", "fix-gateway/config/acceptor.cfg",
  T("""[DEFAULT]
ConnectionType=acceptor
SocketAcceptPort=9880
StartTime=00:00:00
EndTime=00:00:00
HeartBtInt=30
# message store + log in Postgres so the drop-copy can be replayed
JdbcDriver=org.postgresql.Driver
JdbcURL=jdbc:postgresql://fixdb.acme.internal:5432/quickfix
JdbcUser=quickfix
JdbcPassword=@@V@@
JdbcStoreMessagesTableName=messages
JdbcStoreSessionsTableName=sessions
JdbcLogIncomingTable=messages_log
JdbcLogOutgoingTable=messages_log

[SESSION]
BeginString=FIX.4.2
SenderCompID=ACMEDC
TargetCompID=EXECBROKER1
""", V=_v), _v, "https://www.quickfixj.org/usermanual/2.3.0/usage/configuration.html#Storage")

_v = rand_pw(14, "!#")
S("quickfix-cfg", "fix-ssl-certificate-password", "FixClient/quickfix-prod.cfg",
  crlf(T("""[DEFAULT]
ConnectionType=initiator
ReconnectInterval=10
FileStorePath=store
FileLogPath=log
StartTime=22:00:00
EndTime=21:00:00
UseDataDictionary=Y
DataDictionary=spec/FIX44.xml
SSLEnable=Y
SSLServerName=fix.lmax-example.com
SSLCertificate=certs\\acme-fix-client.pfx
SSLCertificatePassword=@@V@@
SSLCACertificate=certs\\broker-ca.cer

[SESSION]
BeginString=FIX.4.4
SenderCompID=ACME_TRD
TargetCompID=LMXBL
SocketConnectHost=fix.lmax-example.com
SocketConnectPort=443
HeartBtInt=30
""", V=_v)), _v, QFN_SRC)

_v = human_pw()
S("java", "fix-logon-password", "src/main/java/com/acme/oms/fix/RoutingApplication.java",
  T("""package com.acme.oms.fix;

import quickfix.*;
import quickfix.field.*;

public class RoutingApplication extends MessageCracker implements Application {

    @Override
    public void toAdmin(Message message, SessionID sessionId) {
        try {
            if (MsgType.LOGON.equals(message.getHeader().getString(MsgType.FIELD))) {
                message.setField(new Username("acmecap_oms"));
                message.setField(new Password("@@V@@"));
                message.setField(new ResetSeqNumFlag(true));
            }
        } catch (FieldNotFound e) {
            throw new IllegalStateException(e);
        }
    }

    @Override public void onCreate(SessionID sessionId) { }
    @Override public void onLogon(SessionID sessionId) { System.out.println("logon " + sessionId); }
    @Override public void onLogout(SessionID sessionId) { System.out.println("logout " + sessionId); }
    @Override public void fromAdmin(Message message, SessionID sessionId) { }
    @Override public void toApp(Message message, SessionID sessionId) { }
    @Override public void fromApp(Message message, SessionID sessionId)
            throws FieldNotFound, IncorrectTagValue, UnsupportedMessageType {
        crack(message, sessionId);
    }
}
""", V=_v), _v, "https://www.quickfixj.org/usermanual/2.3.0/usage/application.html")

_v = words_pw()
S("python", "fix-logon-password", "fixbot/application.py",
  T('''import quickfix as fix


class Application(fix.Application):
    """Drop-copy listener for the EMS. Logon needs 553/554 per the broker's RoE."""

    def onCreate(self, sessionID):
        self.sessionID = sessionID

    def onLogon(self, sessionID):
        print("Logon", sessionID.toString())

    def onLogout(self, sessionID):
        print("Logout", sessionID.toString())

    def toAdmin(self, message, sessionID):
        msg_type = fix.MsgType()
        message.getHeader().getField(msg_type)
        if msg_type.getValue() == fix.MsgType_Logon:
            message.setField(fix.Username("ACME-DC-01"))
            message.setField(fix.Password("@@V@@"))

    def fromAdmin(self, message, sessionID):
        pass

    def toApp(self, message, sessionID):
        pass

    def fromApp(self, message, sessionID):
        print(message.toString().replace("\\x01", "|"))
''', V=_v), _v, "https://quickfixengine.org/c/documentation/")

_v = rand_pw(12, "!$")
S("csharp", "fix-logon-password", "FixClient/TradeClientApp.cs",
  crlf(T("""using System;
using QuickFix;
using QuickFix.Fields;

namespace FixClient
{
    public class TradeClientApp : MessageCracker, IApplication
    {
        public void ToAdmin(Message message, SessionID sessionID)
        {
            if (message.Header.GetString(Tags.MsgType) == MsgType.LOGON)
            {
                message.SetField(new Username("ACME_TRD"));
                message.SetField(new Password("@@V@@"));
            }
        }

        public void OnCreate(SessionID sessionID) { }
        public void OnLogon(SessionID sessionID) => Console.WriteLine("Logon - " + sessionID);
        public void OnLogout(SessionID sessionID) => Console.WriteLine("Logout - " + sessionID);
        public void FromAdmin(Message message, SessionID sessionID) { }
        public void ToApp(Message message, SessionID sessionID) { }
        public void FromApp(Message message, SessionID sessionID) => Crack(message, sessionID);
    }
}
""", V=_v)), _v, "https://quickfixn.org/tutorial/sending-messages.html")

_v = human_pw()
_logon = fix_msg([(35, "A"), (34, 1), (49, "ACMECAP"), (52, "20240405-13:30:01.112"), (56, "PBPRIME"),
                  (98, 0), (108, 30), (141, "Y"), (553, "acmecap_oms"), (554, _v)])
_ack = fix_msg([(35, "A"), (34, 1), (49, "PBPRIME"), (52, "20240405-13:30:01.298"), (56, "ACMECAP"),
                (98, 0), (108, 30), (141, "Y")])
_hb = [(f"20240405-13:{30 + n // 2:02d}:{(n * 30) % 60:02d}",
        fix_msg([(35, "0"), (34, n), (49, "ACMECAP"), (52, f"20240405-13:{30 + n // 2:02d}:{(n * 30) % 60:02d}.004"), (56, "PBPRIME")]))
       for n in range(2, 6)]
S("fix-log", "fix-logon-password", "fix-gateway/log/FIX.4.4-ACMECAP-PBPRIME.messages.log",
  "20240405-13:30:01.113: " + _logon + "\n" + "20240405-13:30:01.299: " + _ack + "\n"
  + "".join(f"{stamp}.005: " + m + "\n" for stamp, m in _hb), _v,
  "https://www.quickfixj.org/usermanual/2.3.0/usage/configuration.html#Logging")

D("fix-log", "fix-messages-no-credential", "support/tickets/EXEC-4471/exec-reports.log",
  "".join(f"{i:02d} " + fix_msg([(35, "8"), (34, 100 + i), (49, "EXECBROKER1"), (52, f"20240311-14:02:{10 + i:02d}.551"),
                                (56, "ACMEDC"), (6, "187.42"), (11, f"ACME-{hexs(8).upper()}"), (14, 100 * i),
                                (17, f"E{digits(10)}"), (31, "187.42"), (32, 100), (37, f"O{digits(9)}"),
                                (39, "1" if i < 6 else "2"), (54, 1), (55, "MSFT"), (150, "F"), (151, 600 - 100 * i)],
                               begin="FIX.4.2", sep="|") + "\n" for i in range(1, 7))
  + "# attached by desk support; SOH shown as |\n",
  "https://www.fixtrading.org/standards/tagvalue/")

D("quickfix-cfg", "template-expression", "fix-gateway/config/initiator-prod.cfg",
  """# production: credentials are resolved from system properties at start
# (java -Dfix.username=... -Dfix.password=... set by the systemd unit from Vault agent output)
[DEFAULT]
ConnectionType=initiator
FileStorePath=/var/lib/fixgw/store
FileLogPath=/var/log/fixgw
StartTime=00:05:00
EndTime=23:55:00
TimeZone=America/New_York

[SESSION]
BeginString=FIX.4.4
SenderCompID=ACMECAP
TargetCompID=PBPRIME
SocketConnectHost=fix.primebroker.example-markets.com
SocketConnectPort=9878
HeartBtInt=30
Username=${fix.username}
Password=${fix.password}
""", QFJ_SRC)

D("xml", "fix-dictionary", "fix-gateway/spec/FIX44-custom.xml",
  """<fix major="4" minor="4" servicepack="0" type="FIX">
  <header>
    <field name="BeginString" required="Y"/>
    <field name="BodyLength" required="Y"/>
    <field name="MsgType" required="Y"/>
  </header>
  <messages>
    <message name="Logon" msgtype="A" msgcat="admin">
      <field name="EncryptMethod" required="Y"/>
      <field name="HeartBtInt" required="Y"/>
      <field name="ResetSeqNumFlag" required="N"/>
      <field name="Username" required="N"/>
      <field name="Password" required="N"/>
      <field name="NewPassword" required="N"/>
    </message>
  </messages>
  <fields>
    <field number="553" name="Username" type="STRING"/>
    <field number="554" name="Password" type="STRING"/>
    <field number="925" name="NewPassword" type="STRING"/>
    <field number="9001" name="AcmeDeskCode" type="STRING"/>
  </fields>
</fix>
""", "https://github.com/quickfix-j/quickfixj/blob/master/quickfixj-messages/quickfixj-messages-fix44/src/main/resources/FIX44.xml")

_v = words_pw()
S("spring-yaml", "fix-logon-password", "oms-fix/src/main/resources/application.yml",
  T("""spring:
  application:
    name: oms-fix
quickfixj:
  client:
    enabled: true
    auto-startup: true
    config-string: |
      [default]
      ConnectionType=initiator
      FileStorePath=target/data/store
      FileLogPath=target/data/log
      StartTime=00:00:00
      EndTime=00:00:00
      HeartBtInt=30
      ReconnectInterval=5

      [session]
      BeginString=FIX.4.4
      SenderCompID=ACMEOMS
      TargetCompID=ALGOBRKR
      SocketConnectHost=fix.algobroker.example-markets.com
      SocketConnectPort=7001
      Username=ACMEOMS
      Password=@@V@@
    jmx-enabled: false
""", V=_v), _v, "https://github.com/esanchezros/quickfixj-spring-boot-starter")

D("quickfix-cfg", "empty-password", "FixClient/quickfix-dev.cfg",
  """[DEFAULT]
ConnectionType=initiator
FileStorePath=store
FileLogPath=log
StartTime=00:00:00
EndTime=00:00:00
UseDataDictionary=Y
DataDictionary=spec/FIX44.xml
# local simulator: no TLS, no client certificate
SSLEnable=N
SSLCertificatePassword=

[SESSION]
BeginString=FIX.4.4
SenderCompID=ACME_TRD
TargetCompID=SIMULATOR
SocketConnectHost=127.0.0.1
SocketConnectPort=5001
HeartBtInt=30
""", QFN_SRC)

# ============================================================================================
# SWIFT Alliance
# ============================================================================================

_v = rand_pw(16, "#$")
S("properties", "swift-mq-keystore-password", "swift-adapter/conf/mqha.properties",
  T("""# Alliance Access MQ Host Adapter (MQHA) - back-office side
saa.instance=SAAPROD1
saa.logical.terminal=ACMEUS33AXXX
mq.queue.manager=QMSWIFTP
mq.host=mqswift01.acme.internal
mq.port=1414
mq.channel=ACME.SWIFT.SVRCONN
mq.queue.to.saa=SWIFT.TO.SAA
mq.queue.from.saa=SWIFT.FROM.SAA
mq.ssl.cipher=TLS_RSA_WITH_AES_256_GCM_SHA384
mq.ssl.keystore=/opt/swift-adapter/ssl/adapter.jks
mq.ssl.keystore.password=@@V@@
message.format=XMLv2
lau.enabled=true
lau.key.file=/opt/swift-adapter/lau/lau.key
""", V=_v), _v, SWIFT_SRC)

_v = chars(32, UPPER_DIGITS + string.ascii_lowercase)
S("ini", "swift-lau-key", "swift-adapter/conf/lau.ini",
  T("""; Local Authentication (LAU) between the payments hub and Alliance Access.
; Key changed at the quarterly key ceremony (2024-Q2), both halves entered by
; security officers in SAA: Message Partner "PAYHUB_MQ".
[lau]
algorithm = HMAC-SHA256
message_partner = PAYHUB_MQ
key = @@V@@
key_version = 7
""", V=_v), _v, "https://www2.swift.com/knowledgecentre/publications/sa_lau_tg")

_v = url_pw()
S("python", "alliance-db-password", "reports/swift_daily_volumes.py",
  T('''"""Daily MT/MX volume report from the Alliance Access reporting replica."""
import csv
import datetime as dt

import oracledb

DSN = "saa_report/@@V@@@saadb-replica.acme.internal:1521/SAAREP"

SQL = """
SELECT mesg_type, COUNT(*) FROM rmesg
WHERE mesg_crea_date_time >= :since
GROUP BY mesg_type ORDER BY 2 DESC
"""

with oracledb.connect(DSN) as conn, open(f"/srv/reports/swift-{dt.date.today()}.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["message_type", "count"])
    for row in conn.cursor().execute(SQL, since=dt.datetime.now() - dt.timedelta(days=1)):
        w.writerow(row)
''', V=_v), _v, "https://python-oracledb.readthedocs.io/en/latest/user_guide/connection_handling.html")

_v = words_pw()
S("python", "alliance-web-operator-password", "automation/awp_release_queue.py",
  T('''"""Selenium helper for the ops team: exports the Alliance Web Platform 'To Authorise' queue.

Only for UAT. Usage: python awp_release_queue.py --env uat
"""
import argparse

from selenium import webdriver
from selenium.webdriver.common.by import By

URLS = {"uat": "https://awp-uat.acme.internal/swp/group/alliance"}
OPERATOR = "ops_automation"
PASSWORD = "@@V@@"

parser = argparse.ArgumentParser()
parser.add_argument("--env", default="uat")
args = parser.parse_args()

driver = webdriver.Chrome()
driver.get(URLS[args.env])
driver.find_element(By.ID, "username").send_keys(OPERATOR)
driver.find_element(By.ID, "password").send_keys(PASSWORD)
driver.find_element(By.ID, "login").click()
driver.find_element(By.LINK_TEXT, "Messenger").click()
print(driver.find_element(By.CSS_SELECTOR, "table.queue").text)
driver.quit()
''', V=_v), _v, SWIFT_SRC)

D("swift-mt", "mt103-sample", "tests/fixtures/swift/mt103_outbound.fin",
  T("""{1:F01ACMEUS33AXXX0000000000}{2:I103DEUTDEFFXXXXN}{3:{108:PAY@@REF@@}{121:@@UETR@@}}{4:
:20:PAY@@REF@@
:23B:CRED
:32A:240412EUR48250,00
:33B:EUR48250,00
:50K:/US12000123456789
ACME HOLDINGS INC
200 PARK AVE NEW YORK NY
:59:/DE89370400440532013000
MUELLER MASCHINENBAU GMBH
:70:INV 2024-0388 2024-0391
:71A:SHA
-}{5:{MAC:@@MAC@@}{CHK:@@CHK@@}}
""", REF=digits(10), UETR=uuid_s(), MAC=hexs(8).upper(), CHK=hexs(12).upper()),
  "https://www2.swift.com/knowledgecentre/publications/usgf_20230720/2.0")

D("xml", "pacs008-sample", "tests/fixtures/swift/pacs008_sample.xml",
  T("""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08">
  <FIToFICstmrCdtTrf>
    <GrpHdr>
      <MsgId>ACME@@ID@@</MsgId>
      <CreDtTm>2024-04-12T10:15:02Z</CreDtTm>
      <NbOfTxs>1</NbOfTxs>
      <SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf>
    </GrpHdr>
    <CdtTrfTxInf>
      <PmtId>
        <InstrId>PAY@@ID@@</InstrId>
        <EndToEndId>E2E-INV-2024-0388</EndToEndId>
        <UETR>@@UETR@@</UETR>
      </PmtId>
      <IntrBkSttlmAmt Ccy="EUR">48250.00</IntrBkSttlmAmt>
      <IntrBkSttlmDt>2024-04-12</IntrBkSttlmDt>
      <ChrgBr>SHAR</ChrgBr>
      <Dbtr><Nm>ACME HOLDINGS INC</Nm></Dbtr>
      <DbtrAgt><FinInstnId><BICFI>ACMEUS33XXX</BICFI></FinInstnId></DbtrAgt>
      <CdtrAgt><FinInstnId><BICFI>DEUTDEFFXXX</BICFI></FinInstnId></CdtrAgt>
      <Cdtr><Nm>MUELLER MASCHINENBAU GMBH</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></CdtrAcct>
    </CdtTrfTxInf>
  </FIToFICstmrCdtTrf>
</Document>
""", ID=digits(10), UETR=uuid_s()), "https://www.iso20022.org/iso-20022-message-definitions")

D("properties", "file-reference", "swift-adapter/conf/mqha-prod.properties",
  """saa.instance=SAAPROD1
mq.queue.manager=QMSWIFTP
mq.host=mqswift01.acme.internal
mq.channel=ACME.SWIFT.SVRCONN
mq.ssl.keystore=/opt/swift-adapter/ssl/adapter.jks
# keystore password is read from a root-only file provisioned by the HSM team
mq.ssl.keystore.password.file=/etc/swift-adapter/keystore.pass
lau.key.file=/opt/swift-adapter/lau/lau.key
hsm.pin.source=pkcs11:token=SWIFT-HSM;object=lau-key
""", SWIFT_SRC)

# ============================================================================================
# Brokers in research: Interactive Brokers (IBC, Client Portal), Alpaca, Tradier, data vendors
# ============================================================================================

_v = human_pw()
S("ini", "ibkr-login-password", "ibc/config.ini",
  T("""# IBC configuration for the paper-trading gateway on research-box-02
# (copied from IBC's resources/config.ini, unused sections removed)

FIX=no

IbLoginId=acmeqr042
IbPassword=@@V@@
SecondFactorDevice=
ReloginAfterSecondFactorAuthenticationTimeout=yes

TradingMode=paper
AcceptNonBrokerageAccountWarning=yes
ExistingSessionDetectedAction=primary
ReadOnlyApi=no
OverrideTwsApiPort=4002
CommandServerPort=7462
ControlFrom=127.0.0.1
AllowBlindTrading=no
DismissPasswordExpiryWarning=no
""", V=_v), _v, IBC_SRC)

_v = words_pw()
S("docker-compose", "ibkr-login-password", "research/ib-gateway/docker-compose.yml",
  T("""version: "3.8"
services:
  ib-gateway:
    image: ghcr.io/gnzsnz/ib-gateway:stable
    restart: always
    environment:
      TWS_USERID: acmeqr042
      TWS_PASSWORD: '@@V@@'
      TRADING_MODE: paper
      READ_ONLY_API: "no"
      TIME_ZONE: America/New_York
      TWOFA_TIMEOUT_ACTION: restart
    ports:
      - "127.0.0.1:4002:4004"
      - "127.0.0.1:5900:5900"
""", V=_v), _v, "https://github.com/gnzsnz/ib-gateway-docker")

_v = alpaca_secret()
S("notebook", "alpaca-secret-key", "research/notebooks/momentum_paper.ipynb",
  nb([("markdown", "## Momentum sleeve - paper account\nPulls daily bars and rebalances top decile.", None),
      ("code", "import alpaca_trade_api as tradeapi\nimport pandas as pd\n\nAPI_KEY = \"" + alpaca_key_id("PK") + "\"\nSECRET_KEY = \"" + _v
       + "\"\nBASE_URL = \"https://paper-api.alpaca.markets\"\n\napi = tradeapi.REST(API_KEY, SECRET_KEY, BASE_URL, api_version=\"v2\")", None),
      ("code", "account = api.get_account()\nprint(account.status, account.equity)", "ACTIVE 100412.37"),
      ("code", "bars = api.get_bars([\"AAPL\", \"MSFT\", \"NVDA\"], \"1Day\", start=\"2024-01-01\").df\nbars.groupby(\"symbol\").close.last()", None)]),
  _v, ALPACA_SRC)

_v = alpaca_secret()
S("dotenv", "alpaca-secret-key", "research/.env",
  T("""# alpaca live account (small allocation, approved by PM 2024-02)
APCA_API_KEY_ID=@@KID@@
APCA_API_SECRET_KEY=@@V@@
APCA_API_BASE_URL=https://api.alpaca.markets
APCA_API_DATA_URL=https://data.alpaca.markets
POLYGON_ENABLED=false
""", V=_v, KID=alpaca_key_id("AK")), _v, ALPACA_SRC)

_v = tradier_token()
S("notebook", "tradier-access-token", "research/notebooks/spx_options_chain.ipynb",
  nb([("code", "import requests\nimport pandas as pd\n\nTOKEN = \"" + _v + "\"\nHEADERS = {\"Authorization\": f\"Bearer {TOKEN}\", \"Accept\": \"application/json\"}", None),
      ("code", "r = requests.get(\"https://api.tradier.com/v1/markets/options/chains\",\n                 params={\"symbol\": \"SPX\", \"expiration\": \"2024-04-19\", \"greeks\": \"true\"},\n                 headers=HEADERS)\nchain = pd.json_normalize(r.json()[\"options\"][\"option\"])\nchain.shape",
       "(1248, 42)"),
      ("markdown", "Skew looks steep on the 5-delta puts, compare with last month.", None)]),
  _v, TRADIER_SRC)

_v = tradier_token()
S("python", "tradier-access-token", "research/tradier_orders.py",
  T('''import requests

SANDBOX = False
BASE = "https://sandbox.tradier.com/v1" if SANDBOX else "https://api.tradier.com/v1"
ACCOUNT_ID = "6YA@@ACC@@"
ACCESS_TOKEN = '@@V@@'


def place_equity_order(symbol: str, qty: int, side: str = "buy") -> dict:
    resp = requests.post(
        f"{BASE}/accounts/{ACCOUNT_ID}/orders",
        data={"class": "equity", "symbol": symbol, "side": side, "quantity": qty, "type": "market", "duration": "day"},
        headers={"Authorization": "Bearer " + ACCESS_TOKEN, "Accept": "application/json"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["order"]
''', V=_v, ACC=digits(5)), _v, TRADIER_SRC)

_v = b64rand(340) + "=="
S("json", "ibkr-oauth-access-token-secret", "research/ibkr/oauth_config.json",
  T("""{
  "consumer_key": "ACMEQRCON",
  "realm": "limited_poa",
  "access_token": "@@AT@@",
  "access_token_secret": "@@V@@",
  "signature_key_fp": "./keys/private_signature.pem",
  "encryption_key_fp": "./keys/private_encryption.pem",
  "dh_prime": "./keys/dhparam.pem",
  "base_url": "https://api.ibkr.com/v1/api"
}
""", V=_v, AT=hexs(20)), _v, "https://www.interactivebrokers.com/campus/ibkr-api-page/oauth-1-0a-extended/")

_v = fakes.drawn_mixed(_seed(), 32)
S("r", "polygon-api-key", "research/R/.Rprofile",
  T("""options(repos = c(CRAN = "https://packagemanager.posit.co/cran/latest"))
options(scipen = 999, digits.secs = 3)

# market data
Sys.setenv(POLYGON_API_KEY = "@@V@@")
Sys.setenv(APCA_API_BASE_URL = "https://paper-api.alpaca.markets")

if (interactive()) {
  suppressMessages(library(data.table))
  message("Rprofile loaded for quant-research")
}
""", V=_v), _v, "https://polygon.io/docs/stocks/getting-started")

D("notebook", "env-reference", "research/notebooks/pairs_backtest.ipynb",
  nb([("code", "import os\nfrom alpaca.data.historical import StockHistoricalDataClient\nfrom alpaca.data.requests import StockBarsRequest\nfrom alpaca.data.timeframe import TimeFrame\n\nclient = StockHistoricalDataClient(os.environ[\"APCA_API_KEY_ID\"], os.environ[\"APCA_API_SECRET_KEY\"])", None),
      ("code", "req = StockBarsRequest(symbol_or_symbols=[\"KO\", \"PEP\"], timeframe=TimeFrame.Day, start=\"2019-01-01\")\nbars = client.get_stock_bars(req).df\nprint(bars.shape)", "(2680, 7)"),
      ("code", "acct = trading.get_account()\nprint(acct.id, acct.account_number)", uuid_s() + " PA3" + chars(9, UPPER_DIGITS))]),
  JUPYTER_SRC)

D("notebook", "local-gateway", "research/notebooks/ib_positions.ipynb",
  nb([("code", "from ib_insync import IB, util\nutil.startLoop()\nib = IB()\nib.connect(\"127.0.0.1\", 4002, clientId=17)", None),
      ("code", "for p in ib.positions():\n    print(p.account, p.contract.symbol, p.position, round(p.avgCost, 2))",
       "DU7" + digits(6) + " SPY 300.0 512.44\nDU7" + digits(6) + " TLT -150.0 91.02"),
      ("markdown", "Paper account only. Live gateway runs on the trading host, not here.", None)]),
  "https://ib-insync.readthedocs.io/")

D("markdown", "placeholder", "research/README.md",
  """# quant-research

Notebooks and scripts for the systematic sleeves. **Never paste keys into notebooks**;
`research/.env` is git-ignored and loaded by `dotenv`.

```bash
cp .env.example .env
# then edit:
APCA_API_KEY_ID=<YOUR_API_KEY_ID>
APCA_API_SECRET_KEY=<YOUR_API_SECRET_KEY>
TRADIER_TOKEN=<token from https://web.tradier.com/user/api>
```

IB: run the gateway from `ibc/` (paper) and connect on port 4002.
""", ALPACA_SRC)

D("notebook", "data-checksums", "research/notebooks/data_lineage.ipynb",
  nb([("code", "import hashlib, pathlib\nfor p in sorted(pathlib.Path(\"data/raw\").glob(\"*.parquet\")):\n    print(hashlib.sha256(p.read_bytes()).hexdigest(), p.name)",
       "\n".join(f"{hexs(64)} {name}" for name in ["bars_2019.parquet", "bars_2020.parquet", "bars_2021.parquet", "fundamentals.parquet"])),
      ("code", "!git rev-parse HEAD", git_sha())]),
  JUPYTER_SRC)

# ============================================================================================
# Tax APIs: Avalara AvaTax, TaxJar, Vertex
# ============================================================================================

_v = avalara_license()
S("python", "avalara-license-key", "tax/avatax_client.py",
  T('''from avalara import AvataxClient

ACCOUNT_ID = "@@ACC@@"
LICENSE_KEY = "@@V@@"

client = AvataxClient("ledgerly-billing", "1.4", "billing-worker", "production")
client = client.add_credentials(ACCOUNT_ID, LICENSE_KEY)


def quote(lines: list[dict], ship_to: dict, customer_code: str) -> dict:
    tax_document = {
        "companyCode": "ACMEUS",
        "type": "SalesOrder",
        "customerCode": customer_code,
        "addresses": {"ShipFrom": {"line1": "2000 Main St", "city": "Irvine", "region": "CA", "country": "US", "postalCode": "92614"},
                      "ShipTo": ship_to},
        "lines": lines,
        "commit": False,
        "currencyCode": "USD",
    }
    return client.create_transaction(tax_document).json()
''', V=_v, ACC=digits(10)), _v, "https://github.com/avadev/AvaTax-REST-V2-Python-SDK")

_v = avalara_license()
S("csharp", "avalara-license-key", "Billing.Tax/AvaTaxFactory.cs",
  crlf(T("""using Avalara.AvaTax.RestClient;

namespace Billing.Tax
{
    public static class AvaTaxFactory
    {
        public static AvaTaxClient Create()
        {
            return new AvaTaxClient("Billing.Tax", "3.2", Environment.MachineName, AvaTaxEnvironment.Production)
                .WithSecurity(@@ACC@@, "@@V@@");
        }
    }
}
""", V=_v, ACC=digits(10))), _v, "https://github.com/avadev/AvaTax-REST-V2-DotNet-SDK")

_v = avalara_license()
S("gha-workflow", "avalara-license-key", ".github/workflows/tax-regression.yml",
  T("""name: tax-regression
on:
  schedule:
    - cron: "0 6 * * 1"
  workflow_dispatch:

jobs:
  regression:
    runs-on: ubuntu-latest
    env:
      AVATAX_ENV: sandbox
      AVATAX_ACCOUNT_ID: "@@ACC@@"
      AVATAX_LICENSE_KEY: "@@V@@"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements-dev.txt
      - run: pytest tests/tax -m regression
""", V=_v, ACC=digits(10)), _v, "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#env")

_v = human_pw()
S("postman", "avalara-basic-password", "postman/AvaTax-sandbox.postman_environment.json",
  T("""{
  "id": "@@ID@@",
  "name": "AvaTax sandbox",
  "values": [
    { "key": "baseUrl", "value": "https://sandbox-rest.avatax.com/api/v2", "enabled": true },
    { "key": "username", "value": "tax-team@acme-retail.com", "enabled": true },
    { "key": "password", "value": "@@V@@", "enabled": true },
    { "key": "companyCode", "value": "ACMERETAIL", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", V=_v, ID=uuid_s()), _v, AVALARA_SRC)

_v = avalara_license()
S("vba", "avalara-license-key", "finance-macros/modTaxCheck.bas",
  crlf(T("""Attribute VB_Name = "modTaxCheck"
Option Explicit

' Checks the tax on the rows in the "Quotes" sheet against AvaTax (sales tax team tool)
Private Const AVATAX_URL As String = "https://rest.avatax.com/api/v2/transactions/create"
Private Const AVATAX_ACCOUNT As String = "@@ACC@@"
Private Const AVATAX_LICENSE As String = "@@V@@"

Public Function AvaTaxAuthHeader() As String
    AvaTaxAuthHeader = "Basic " & EncodeBase64(AVATAX_ACCOUNT & ":" & AVATAX_LICENSE)
End Function

Public Sub CheckQuotes()
    Dim http As Object, r As Long
    Set http = CreateObject("MSXML2.XMLHTTP.6.0")
    For r = 2 To Sheets("Quotes").Cells(Rows.Count, 1).End(xlUp).Row
        http.Open "POST", AVATAX_URL, False
        http.setRequestHeader "Authorization", AvaTaxAuthHeader()
        http.setRequestHeader "Content-Type", "application/json"
        http.send BuildTransaction(Sheets("Quotes").Rows(r))
        Sheets("Quotes").Cells(r, 9).Value = ParseTotalTax(http.responseText)
    Next r
End Sub
""", V=_v, ACC=digits(10))), _v, AVALARA_SRC)

_v = taxjar_key()
S("ruby", "taxjar-api-token", "app/services/sales_tax.rb",
  T("""# frozen_string_literal: true

class SalesTax
  CLIENT = Taxjar::Client.new(
    api_key: '@@V@@',
    api_url: Taxjar::API_URL
  )

  def self.for_order(order)
    CLIENT.tax_for_order(
      from_country: 'US', from_zip: '94107', from_state: 'CA',
      to_country: order.country, to_zip: order.zip, to_state: order.state,
      amount: order.subtotal.to_f, shipping: order.shipping.to_f,
      line_items: order.items.map { |i| { quantity: i.qty, unit_price: i.price.to_f, product_tax_code: i.ptc } }
    )
  end
end
""", V=_v), _v, "https://github.com/taxjar/taxjar-ruby")

_v = taxjar_key()
S("php", "taxjar-api-token", "app/Services/TaxJarService.php",
  T("""<?php

namespace App\\Services;

use TaxJar\\Client;

class TaxJarService
{
    private Client $client;

    public function __construct()
    {
        $this->client = Client::withApiKey('@@V@@');
        $this->client->setApiConfig('headers', ['x-api-version' => '2022-01-24']);
    }

    public function nexusRegions(): array
    {
        return $this->client->nexusRegions();
    }
}
""", V=_v), _v, "https://github.com/taxjar/taxjar-php")

_v = uuid_s().replace("-", "").upper()[:24]
S("xml", "vertex-trusted-id", "tax/vertex/quotation_request.xml",
  T("""<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:vertexinc:o-series:tps:9:0">
  <soapenv:Body>
    <urn:VertexEnvelope>
      <urn:Login>
        <urn:TrustedId>@@V@@</urn:TrustedId>
      </urn:Login>
      <urn:QuotationRequest documentDate="2024-04-12" transactionType="SALE">
        <urn:Seller><urn:Company>ACME</urn:Company></urn:Seller>
        <urn:Customer>
          <urn:Destination><urn:City>Austin</urn:City><urn:MainDivision>TX</urn:MainDivision><urn:PostalCode>78701</urn:PostalCode></urn:Destination>
        </urn:Customer>
        <urn:LineItem lineItemNumber="1"><urn:Product>SKU-1001</urn:Product><urn:Quantity>2</urn:Quantity><urn:ExtendedPrice>250.00</urn:ExtendedPrice></urn:LineItem>
      </urn:QuotationRequest>
    </urn:VertexEnvelope>
  </soapenv:Body>
</soapenv:Envelope>
""", V=_v), _v, "https://developer.vertexinc.com/o-series/docs")

D("dotenv", "placeholder", "billing/.env.example",
  """# Avalara AvaTax: use the sandbox account for local work
AVATAX_ENV=sandbox
AVATAX_ACCOUNT_ID=1100000000
AVATAX_LICENSE_KEY=XXXXXXXXXXXXXXXX
AVATAX_COMPANY_CODE=DEFAULT
# TaxJar (legacy region only)
TAXJAR_API_KEY=
""", AVALARA_SRC)

D("ruby", "env-reference", "config/initializers/taxjar.rb",
  """# frozen_string_literal: true

TAXJAR = Taxjar::Client.new(
  api_key: ENV.fetch("TAXJAR_API_KEY"),
  api_url: Rails.env.production? ? Taxjar::API_URL : Taxjar::API_SANDBOX_URL,
  headers: { "x-api-version" => "2022-01-24" }
)
""", "https://github.com/taxjar/taxjar-ruby")

D("json", "tax-transaction-ids", "tests/fixtures/avatax/create_transaction_response.json",
  T("""{
  "id": @@ID@@,
  "code": "@@CODE@@",
  "companyId": @@CID@@,
  "date": "2024-04-12",
  "status": "Committed",
  "type": "SalesInvoice",
  "currencyCode": "USD",
  "totalAmount": 500.0,
  "totalTax": 41.25,
  "totalTaxCalculated": 41.25,
  "locationCode": "IRVINE-HQ",
  "softwareVersion": "24.4.0.0",
  "summary": [
    {"country": "US", "region": "TX", "jurisType": "State", "jurisName": "TEXAS", "rate": 0.0625, "tax": 31.25},
    {"country": "US", "region": "TX", "jurisType": "City", "jurisName": "AUSTIN", "rate": 0.01, "tax": 5.0},
    {"country": "US", "region": "TX", "jurisType": "Special", "jurisName": "AUSTIN MTA", "rate": 0.01, "tax": 5.0}
  ]
}
""", ID=digits(11), CODE=uuid_s(), CID=digits(7)), "https://developer.avalara.com/api-reference/avatax/rest/v2/methods/Transactions/CreateTransaction/")

# ============================================================================================
# AP, expense and treasury SaaS: Bill.com, Expensify, Coupa, Ramp, Mercury, Wise, Codat, Merge
# ============================================================================================

_v = chars(4, UPPER_DIGITS) + chars(32, ALNUM)
S("python", "billcom-dev-key", "ap/billcom_session.py",
  T('''import os

import requests

BASE = "https://api.bill.com/api/v2"
DEV_KEY = "@@V@@"


def login() -> str:
    resp = requests.post(f"{BASE}/Login.json", data={
        "userName": "ap-automation@acme-holdings.com",
        "password": os.environ["BILLCOM_PASSWORD"],
        "orgId": "00801@@ORG@@",
        "devKey": DEV_KEY,
    }, timeout=30)
    resp.raise_for_status()
    return resp.json()["response_data"]["sessionId"]
''', V=_v, ORG=chars(10, ALNUM)), _v, "https://developer.bill.com/docs/home")

_v = hexs(40)
S("shell", "expensify-partner-secret", "scripts/expensify_export.sh",
  T("""#!/bin/sh
# Export approved reports to CSV for the AP accrual (run on the 1st business day)
curl -sS -X POST 'https://integrations.expensify.com/Integration-Server/ExpensifyIntegrations' \\
  -d 'requestJobDescription={
    "type": "file",
    "credentials": {
      "partnerUserID": "aa_finance_acme_com",
      "partnerUserSecret": "@@V@@"
    },
    "onReceive": {"immediateResponse": ["returnRandomFileName"]},
    "inputSettings": {"type": "combinedReportData", "filters": {"reportState": "APPROVED"}},
    "outputSettings": {"fileExtension": "csv"}
  }' \\
  --data-urlencode 'template@expensify_template.ftl' > /tmp/expensify_file
""", V=_v), _v, "https://integrations.expensify.com/Integration-Server/doc/")

_v = "ramp_sec_" + fakes.drawn_mixed(_seed(), 48)
S("dotenv", "ramp-client-secret", "spend-sync/.env.local",
  T("""RAMP_CLIENT_ID=ramp_id_@@CID@@
RAMP_CLIENT_SECRET=@@V@@
RAMP_SCOPES=transactions:read bills:read reimbursements:read
NETSUITE_ACCOUNT=@@ACCT@@
SYNC_LOOKBACK_DAYS=7
""", V=_v, CID=fakes.drawn_mixed(_seed(), 40), ACCT=digits(7)), _v, "https://docs.ramp.com/developer-api/v1/authorization")

_v = "secret-token:mercury_production_wma_" + fakes.drawn_mixed(_seed(), 44) + "_yrucrem"
S("python", "mercury-api-token", "treasury/mercury_balances.py",
  T('''import requests

MERCURY_TOKEN = "@@V@@"


def balances() -> list[tuple[str, float]]:
    r = requests.get(
        "https://api.mercury.com/api/v1/accounts",
        headers={"Authorization": f"Bearer {MERCURY_TOKEN}", "Accept": "application/json"},
        timeout=15,
    )
    r.raise_for_status()
    return [(a["name"], a["availableBalance"]) for a in r.json()["accounts"]]


if __name__ == "__main__":
    for name, bal in balances():
        print(f"{name:30} {bal:>14,.2f}")
''', V=_v), _v, "https://docs.mercury.com/reference/getaccounts")

_v = uuid_s()
S("python", "wise-api-token", "treasury/wise_fx_payouts.py",
  T('''"""Weekly EUR/GBP contractor payouts through Wise (business profile)."""
import uuid

import requests

WISE_API = "https://api.wise.com"
WISE_API_TOKEN = "@@V@@"  # personal token of the treasury service user
PROFILE_ID = @@PID@@

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {WISE_API_TOKEN}"})


def quote(source: str, target: str, amount: float) -> dict:
    body = {"sourceCurrency": source, "targetCurrency": target, "targetAmount": amount, "payOut": "BANK_TRANSFER"}
    return session.post(f"{WISE_API}/v3/profiles/{PROFILE_ID}/quotes", json=body).json()


def transfer(quote_id: str, recipient_id: int, reference: str) -> dict:
    body = {"targetAccount": recipient_id, "quoteUuid": quote_id, "customerTransactionId": str(uuid.uuid4()),
            "details": {"reference": reference}}
    return session.post(f"{WISE_API}/v1/transfers", json=body).json()
''', V=_v, PID=digits(8)), _v, "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens")

_v = fakes.drawn_mixed(_seed(), 40)
S("typescript", "codat-basic-auth-base64", "src/integrations/codat/client.ts",
  T("""import axios from 'axios';

// Codat expects "Basic " + base64(apiKey)
export const codat = axios.create({
  baseURL: 'https://api.codat.io',
  headers: {
    Authorization: 'Basic @@AUTH@@',
    Accept: 'application/json',
  },
  timeout: 20_000,
});

export async function companyAccounts(companyId: string) {
  const { data } = await codat.get(`/companies/${companyId}/data/accounts`, { params: { page: 1, pageSize: 500 } });
  return data.results;
}
""", AUTH=b64(_v)), _v, "https://docs.codat.io/using-the-api/authentication")

_v = fakes.drawn_mixed(_seed(), 64, ALNUM + "-_")
S("python", "merge-api-key", "integrations/merge_accounting.py",
  T('''from merge import Merge

# production key for the "ledgerly" Merge organisation
client = Merge(api_key="@@V@@", account_token=None)


def journal_entries(account_token: str, modified_after: str):
    client.account_token = account_token
    return client.accounting.journal_entries.list(modified_after=modified_after, page_size=100)
''', V=_v), _v, "https://docs.merge.dev/basics/authentication/")

_v = hexs(40)
S("yaml", "coupa-api-key", "ap/coupa/config.yaml",
  T("""coupa:
  instance: https://acme.coupahost.com
  api_key: @@V@@
  endpoints:
    invoices: /api/invoices?status=approved&exported=false
    suppliers: /api/suppliers
  mark_exported: true
erp:
  target: netsuite
  subsidiary: 2
  ap_account: 2000
""", V=_v), _v, "https://compass.coupa.com/en-us/products/core-platform/integration-playbooks-and-resources/integration-knowledge-articles/api-keys")

_v = hexs(50)
S("yaml", "dwolla-secret", "payouts/config/dwolla.yml",
  T("""production:
  environment: production
  key: @@KEY@@
  secret: @@V@@
  funding_source: https://api.dwolla.com/funding-sources/@@FS@@
  webhook_url: https://payouts.acme.io/webhooks/dwolla
""", V=_v, KEY=fakes.drawn_mixed(_seed(), 50), FS=uuid_s()), _v, "https://developers.dwolla.com/docs/balance/api-reference/tokens")

D("markdown", "placeholder", "docs/integrations/expensify.md",
  """# Expensify export

The export job authenticates with an Expensify partner credential pair that belongs to the
`aa_finance_acme_com` integration user. Generate it at https://www.expensify.com/tools/integrations/.

```json
"credentials": {
  "partnerUserID": "_REPLACE_",
  "partnerUserSecret": "_REPLACE_"
}
```

In production the job reads `EXPENSIFY_PARTNER_USER_SECRET` from 1Password Connect
(`vaults/finance-automation/items/expensify-partner`).
""", "https://integrations.expensify.com/Integration-Server/doc/")

# ============================================================================================
# Ledgers, reconciliation and ETL: Airflow, cron, dbt, databases, ERP connectors
# ============================================================================================

_v = url_pw()
S("docker-compose", "ledger-db-url-password", "airflow/docker-compose.yaml",
  T("""x-airflow-common: &airflow-common
  image: apache/airflow:2.9.1-python3.11
  environment: &airflow-env
    AIRFLOW__CORE__EXECUTOR: CeleryExecutor
    AIRFLOW__CORE__LOAD_EXAMPLES: "false"
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:airflow@postgres/airflow
    AIRFLOW__CELERY__BROKER_URL: redis://:@redis:6379/0
    AIRFLOW_CONN_LEDGER_DB: postgresql://gl_loader:@@V@@@ledger-prod.cluster-c9x2.us-east-1.rds.amazonaws.com:5432/ledger
  volumes:
    - ./dags:/opt/airflow/dags

services:
  airflow-scheduler:
    <<: *airflow-common
    command: scheduler
  airflow-worker:
    <<: *airflow-common
    command: celery worker
""", V=_v), _v, "https://airflow.apache.org/docs/apache-airflow/stable/howto/docker-compose/index.html")

_v = human_pw()
S("yaml", "ledger-db-password", "airflow/airflow_settings.yaml",
  T("""# Astronomer local settings (astro dev start imports these)
airflow:
  connections:
    - conn_id: netsuite_warehouse
      conn_type: snowflake
      conn_host: acme-finance.snowflakecomputing.com
      conn_schema: NETSUITE
      conn_login: AIRFLOW_FINANCE
      conn_password: @@V@@
      conn_port:
      conn_extra:
        account: acme-finance
        warehouse: FINANCE_WH
        role: FINANCE_ETL
  variables:
    - variable_name: close_calendar_bucket
      variable_value: s3://acme-finance-close/calendar
  pools:
    - pool_name: netsuite_api
      pool_slot: 4
      pool_description: NetSuite concurrency limit
""", V=_v), _v, "https://www.astronomer.io/docs/astro/cli/develop-project#configure-airflow_settingsyaml-local-development-only")

_v = human_pw()
S("crontab", "pg-password-env", "ops/cron/gl-backup.crontab",
  T("""# GL database logical backup, encrypted to the finance backup key
MAILTO=dba@acme-holdings.com
PATH=/usr/local/bin:/usr/bin:/bin
0 1 * * * PGPASSWORD='@@V@@' pg_dump -h gl-db01.acme.internal -U gl_backup -Fc ledger | gpg --encrypt -r finance-backup@acme-holdings.com > /backup/gl/ledger-$(date +\\%Y\\%m\\%d).dump.gpg
30 1 * * 0 find /backup/gl -name 'ledger-*.dump.gpg' -mtime +35 -delete
""", V=_v), _v, "https://www.postgresql.org/docs/current/libpq-envars.html")

_v = words_pw()
S("makefile", "mysql-cli-password", "recon/Makefile",
  T(""".PHONY: load-statements match report clean

MONTH ?= $(shell date -d 'last month' +%Y-%m)
DB_HOST = recon-db.acme.internal

load-statements:
\tpython -m recon.load --month $(MONTH) --dir data/statements/$(MONTH)

match:
\tmysql -h $(DB_HOST) -u recon_batch -p'@@V@@' recon < sql/match_rules.sql

report: match
\tpython -m recon.report --month $(MONTH) --out out/recon-$(MONTH).xlsx

clean:
\trm -rf out/*.xlsx data/tmp
""", V=_v), _v, "https://dev.mysql.com/doc/refman/8.0/en/connecting.html")

_v = rand_pw(16, "!$%")
S("python", "mssql-odbc-password", "recon/ap_subledger_tieout.py",
  T('''"""Tie out the AP subledger to the GL control account (2000) for a period."""
import sys

import pandas as pd
import pyodbc

CONN = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=erp-sql02.acme.internal,1433;"
    "DATABASE=AcmeERP;"
    "UID=recon_ro;"
    "PWD=@@V@@;"
    "TrustServerCertificate=yes;"
)


def main(period: str) -> int:
    with pyodbc.connect(CONN) as cn:
        sub = pd.read_sql("SELECT SUM(open_amount) AS amt FROM ap_open_items WHERE period = ?", cn, params=[period])
        gl = pd.read_sql("SELECT SUM(balance) AS amt FROM gl_balances WHERE account = '2000' AND period = ?", cn, params=[period])
    diff = round(float(sub.amt[0]) - float(gl.amt[0]), 2)
    print(f"{period}: subledger - GL = {diff:,.2f}")
    return 0 if abs(diff) < 0.01 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
''', V=_v), _v, "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

_v = rand_pw(22)
S("dbt-profiles", "snowflake-password", "finance_dbt/profiles.yml",
  T("""finance_dbt:
  target: prod
  outputs:
    dev:
      type: snowflake
      account: acme-finance
      user: "{{ env_var('DBT_USER') }}"
      authenticator: externalbrowser
      role: FINANCE_DEV
      database: FINANCE_DEV
      warehouse: FINANCE_WH
      schema: "dbt_{{ env_var('DBT_USER') | lower }}"
      threads: 8
    prod:
      type: snowflake
      account: acme-finance
      user: DBT_FINANCE_PROD
      password: @@V@@
      role: FINANCE_TRANSFORMER
      database: FINANCE
      warehouse: FINANCE_WH
      schema: marts
      threads: 16
""", V=_v), _v, "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup")

_v = human_pw()
S("pgpass", "ledger-db-password", "ops/recon-host/.pgpass",
  T("""# ~/.pgpass on recon-host-01 (mode 0600)
# hostname:port:database:username:password
gl-db01.acme.internal:5432:ledger:recon_ro:@@V@@
gl-db02-replica.acme.internal:5432:ledger:recon_ro:@@V@@
localhost:5432:*:postgres:
""", V=_v), _v, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

_v = words_pw()
S("java", "jdbc-password", "recon-batch/src/main/java/com/acme/recon/BankMatchJob.java",
  T("""package com.acme.recon;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;

public class BankMatchJob {

    private static final String URL = "jdbc:postgresql://gl-db01.acme.internal:5432/ledger";

    public static void main(String[] args) throws Exception {
        LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.now().minusDays(1);
        try (Connection cn = DriverManager.getConnection(URL, "recon_batch", "@@V@@");
             PreparedStatement ps = cn.prepareStatement("CALL recon.match_bank_lines(?)")) {
            ps.setObject(1, asOf);
            ps.execute();
        }
        System.out.println("matched bank lines for " + asOf);
    }
}
""", V=_v), _v, "https://jdbc.postgresql.org/documentation/use/")

_v = human_pw()
S("powershell", "securestring-plaintext", "scripts/Import-BankStatements.ps1",
  crlf(T("""<#
.SYNOPSIS
  Imports BAI2 files from the treasury share into the ERP staging database.
#>
param(
    [string]$InboundPath = "\\\\fs01\\treasury\\inbound",
    [string]$SqlServer = "erp-sql02.acme.internal"
)

$user = "ACME\\svc_bankimport"
$securePwd = ConvertTo-SecureString "@@V@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $securePwd)

Get-ChildItem -Path $InboundPath -Filter *.bai | ForEach-Object {
    Write-Host "Importing $($_.Name)"
    Invoke-Command -ComputerName $SqlServer -Credential $cred -ScriptBlock {
        param($file) & "C:\\Program Files\\AcmeERP\\bai2import.exe" --file $file --commit
    } -ArgumentList $_.FullName
    Move-Item $_.FullName -Destination (Join-Path $InboundPath "processed")
}
""", V=_v)), _v, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring")

_v = words_pw()
S("vba", "ado-connection-password", "finance-macros/modMonthEndClose.bas",
  crlf(T("""Attribute VB_Name = "modMonthEndClose"
Option Explicit

' Month-end close workbook: pulls trial balance from the GL warehouse.
' Owner: Controller's office. Last change: add intercompany elimination tab.

Public Function GLConnection() As Object
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.ConnectionString = "Provider=SQLOLEDB;Data Source=FINDW01;Initial Catalog=GL_Warehouse;" & _
                          "User ID=excel_close;Password=@@V@@;"
    cn.CommandTimeout = 300
    cn.Open
    Set GLConnection = cn
End Function

Public Sub PullTrialBalance()
    Dim rs As Object, period As String
    period = ThisWorkbook.Names("ClosePeriod").RefersToRange.Value
    Set rs = GLConnection().Execute("EXEC dbo.usp_TrialBalance @Period = '" & period & "'")
    With Worksheets("TB")
        .Cells.ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
End Sub
""", V=_v)), _v, VBA_SRC)

_v = human_pw()
S("vba", "winscp-com-password", "finance-macros/modSendRemittance.bas",
  crlf(T("""Attribute VB_Name = "modSendRemittance"
Option Explicit

' Uploads the approved remittance advice CSV to the bank using the WinSCP .NET assembly (COM).
Public Sub UploadRemittance(ByVal localFile As String)
    Dim opts As Object, sess As Object
    Set opts = CreateObject("WinSCP.SessionOptions")
    With opts
        .Protocol = 0            ' Protocol_Sftp
        .HostName = "sftp.firstcitizens.com"
        .UserName = "acmeremit"
        .Password = "@@V@@"
        .SshHostKeyFingerprint = "ssh-ed25519 255 @@FP@@"
    End With
    Set sess = CreateObject("WinSCP.Session")
    sess.Open opts
    sess.PutFiles(localFile, "/inbound/remittance/").Check
    sess.Dispose
End Sub
""", V=_v, FP=b64rand(43))), _v, "https://winscp.net/eng/docs/library_vb")

_v = url_pw()
S("django-settings", "database-password", "backoffice/settings/production.py",
  T('''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["backoffice.acme-holdings.com"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "backoffice",
        "USER": "backoffice_app",
        "PASSWORD": "@@V@@",
        "HOST": "backoffice-db.acme.internal",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/2")
CSRF_TRUSTED_ORIGINS = ["https://backoffice.acme-holdings.com"]
''', V=_v), _v, "https://docs.djangoproject.com/en/5.0/ref/settings/#databases")

_v = fakes.django_secret_key(_seed())
S("django-settings", "django-secret-key", "invoicing/invoicing/settings.py",
  T('''"""Django settings for the invoicing portal (AR self-service)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@V@@"

DEBUG = os.environ.get("DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "invoices",
    "payments",
]

DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": os.environ.get("DB_NAME", "invoicing"),
                         "HOST": os.environ.get("DB_HOST", "localhost"), "USER": os.environ.get("DB_USER", "invoicing"),
                         "PASSWORD": os.environ.get("DB_PASSWORD", "")}}
''', V=_v), _v, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

_v = url_pw()
S("notebook", "db-url-password", "notebooks/intercompany_recon_2024Q1.ipynb",
  nb([("markdown", "# Intercompany recon Q1 2024\nUS (1000) vs UK (2000) vs NL (3000) due-to/due-from.", None),
      ("code", "import pandas as pd\nfrom sqlalchemy import create_engine\n\nengine = create_engine(\"postgresql+psycopg2://fin_analyst:" + _v
       + "@gl-db01.acme.internal:5432/ledger\")", None),
      ("code", "ic = pd.read_sql(\"select entity, counterparty, sum(amount) amt from ic_balances where period='2024-03' group by 1,2\", engine)\nic.pivot(index='entity', columns='counterparty', values='amt')",
       "counterparty        1000        2000       3000\nentity\n1000                 NaN  -412003.11  88120.40\n2000           412003.11         NaN   -1204.00\n3000           -88120.40     1204.00        NaN")]),
  _v, JUPYTER_SRC)

_v = words_pw()
S("markdown", "psql-password", "docs/runbooks/month-end-gl-lock.md",
  T("""# Month-end: locking the GL period

Owner: finance-systems. Run after the Controller signs off on the close checklist.

1. Confirm no open batches:

   ```sql
   select count(*) from gl.batches where status <> 'POSTED' and period = '2024-04';
   ```

2. Lock the period (needs the `gl_admin` role):

   ```bash
   psql "host=gl-db01.acme.internal dbname=ledger user=gl_admin password=@@V@@ sslmode=require" \\
     -c "call gl.lock_period('2024-04')"
   ```

3. Post in #finance-close that the period is locked.
4. If a late adjustment arrives, get written approval from the Controller before unlocking.
""", V=_v), _v, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING")

_v = human_pw()
S("shell", "heredoc-netrc", "provision/recon_host.sh",
  T("""#!/usr/bin/env bash
# Provision the reconciliation host (run once as the recon user)
set -euo pipefail

sudo apt-get install -y postgresql-client lftp jq

mkdir -p ~/recon/{inbound,out,logs}

cat > ~/.netrc <<EOF
machine ftp.bankstatements.firstbank.com
login acme_recon
password @@V@@
EOF
chmod 600 ~/.netrc

crontab - <<'CRON'
10 7 * * 1-5 lftp -e "mirror /outbound ~/recon/inbound; bye" ftp.bankstatements.firstbank.com
CRON
""", V=_v), _v, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

_v = rand_pw(20)
S("netrc", "api-basic-password", "ops/finance-bot/.netrc",
  T("""machine api.bill.com
  login ap-automation@acme-holdings.com
  password @@V@@

machine acme.coupahost.com
  login integration.user
""", V=_v), _v, "https://everything.curl.dev/usingcurl/netrc.html")

_v = words_pw()
S("terraform", "rds-master-password", "infra/finance/prod.auto.tfvars",
  T("""environment        = "prod"
region             = "us-east-1"
ledger_db_instance = "db.r6g.xlarge"
ledger_db_name     = "ledger"
ledger_db_username = "ledger_admin"
ledger_db_password = "@@V@@"
ledger_db_multi_az = true
backup_retention   = 35
allowed_cidrs      = ["10.40.0.0/16", "10.41.0.0/16"]
tags = {
  cost_center = "finance-systems"
  data_class  = "confidential"
}
""", V=_v), _v, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

_v = human_pw()
S("jenkinsfile", "sqlplus-password", "Jenkinsfile",
  T("""pipeline {
    agent { label 'finance-batch' }
    triggers { cron('H 4 * * 1-5') }
    environment {
        ORACLE_HOME = '/opt/oracle/instantclient_21_12'
        EBS_TNS     = 'EBSPROD'
    }
    stages {
        stage('Load GL interface') {
            steps {
                sh '''
                  $ORACLE_HOME/sqlplus -s GL_INTERFACE/@@V@@@${EBS_TNS} @sql/load_gl_interface.sql
                '''
            }
        }
        stage('Run Journal Import') {
            steps {
                sh './bin/submit_conc_request.sh GLLEZL'
            }
        }
    }
    post {
        failure { mail to: 'finance-systems@acme-holdings.com', subject: 'GL load failed', body: env.BUILD_URL }
    }
}
""", V=_v), _v, "https://www.jenkins.io/doc/book/pipeline/syntax/")

_v = rand_pw(20, "#!")
S("k8s-configmap", "ledger-db-password", "deploy/ledger-loader/configmap.yaml",
  T("""apiVersion: v1
kind: ConfigMap
metadata:
  name: ledger-loader-config
  namespace: finance
data:
  LOG_LEVEL: info
  application.properties: |
    spring.datasource.url=jdbc:postgresql://gl-db01.acme.internal:5432/ledger
    spring.datasource.username=ledger_loader
    spring.datasource.password=@@V@@
    spring.jpa.open-in-view=false
    loader.batch-size=5000
    loader.source-dir=/data/inbound
""", V=_v), _v, "https://kubernetes.io/docs/concepts/configuration/configmap/")

_v = human_pw()
S("spring-yaml", "ledger-db-password", "gl-api/src/main/resources/application.yml",
  T("""server:
  port: 8081
spring:
  datasource:
    url: jdbc:sqlserver://erp-sql02.acme.internal:1433;databaseName=AcmeERP;encrypt=true;trustServerCertificate=true
    username: gl_api
    password: "@@V@@"
    hikari:
      maximum-pool-size: 10
  jpa:
    hibernate:
      ddl-auto: validate
gl:
  default-ledger: PRIMARY
  posting-cutoff: "17:00"
""", V=_v), _v, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data")

_v = words_pw()
S("appsettings", "sql-connection-password", "src/Acme.Ledger.Api/appsettings.json",
  T("""{
  "ConnectionStrings": {
    "Ledger": "Server=tcp:acme-ledger.database.windows.net,1433;Initial Catalog=ledger;User ID=ledger_api;Password=@@V@@;Encrypt=True;Connection Timeout=30;"
  },
  "Ledger": {
    "FunctionalCurrency": "USD",
    "FiscalYearStartMonth": 7,
    "AutoReverseAccruals": true
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", V=_v), _v, "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings")

_v = slack_webhook()
S("python", "slack-webhook-url", "recon/notify.py",
  T('''import json
import urllib.request

# #finance-recon-alerts
WEBHOOK = "@@V@@"


def post_breaks(period: str, breaks: list[dict]) -> None:
    lines = [f"*{len(breaks)} unmatched items for {period}*"]
    lines += [f"- {b['account']} {b['amount']:,.2f} {b['description'][:40]}" for b in breaks[:20]]
    body = json.dumps({"text": "\\n".join(lines)}).encode()
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', V=_v), _v, "https://api.slack.com/messaging/webhooks")

_v = rand_pw(16)
S("ini", "smtp-password", "recon/config/recon.ini",
  T("""[general]
period_close_day = 5
tolerance = 0.01
output_dir = /srv/recon/out

[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = recon-robot@acme-holdings.com
password = @@V@@
to = controller@acme-holdings.com, ap-lead@acme-holdings.com

[bank]
statement_dir = /srv/recon/inbound
formats = bai2, camt053
""", V=_v), _v, "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure")

_v = words_pw()
S("shell", "curl-user-password", "scripts/fusion_gl_balances.sh",
  T("""#!/bin/bash
# Oracle Fusion ERP: export GL balances for the consolidation model
LEDGER="US Primary Ledger"
PERIOD=${1:?usage: $0 MMM-YY}

curl -s -u 'INTEG.FINANCE:@@V@@' \\
  -G "https://ehyy.fa.us2.oraclecloud.com/fscmRestApi/resources/11.13.18.05/ledgerBalances" \\
  --data-urlencode "finder=AccountBalanceFinder;accountCombination=%,accountingPeriod=${PERIOD},currency=USD,ledgerSetName=${LEDGER}" \\
  -H 'REST-Framework-Version: 4' \\
  | jq -r '.items[] | [.DetailAccountCombination, .PeriodActivity, .EndingBalance] | @csv' \\
  > "out/gl_balances_${PERIOD}.csv"
""", V=_v), _v, "https://docs.oracle.com/en/cloud/saas/financials/24b/farfa/api-ledger-balances.html")

_v = human_pw()
S("python", "sap-rfc-password", "sap/pull_fi_documents.py",
  T('''"""Reads FI documents (BKPF/BSEG) via RFC_READ_TABLE for the audit sample."""
from pyrfc import Connection

conn = Connection(
    ashost="sapecc-prd.acme.internal",
    sysnr="00",
    client="100",
    user="RFC_AUDIT",
    passwd="@@V@@",
    lang="EN",
)

result = conn.call(
    "RFC_READ_TABLE",
    QUERY_TABLE="BKPF",
    DELIMITER="|",
    OPTIONS=[{"TEXT": "BUKRS = '1000' AND GJAHR = '2024' AND MONAT = '03'"}],
    FIELDS=[{"FIELDNAME": f} for f in ("BELNR", "BLART", "BUDAT", "USNAM")],
    ROWCOUNT=500,
)
for row in result["DATA"]:
    print(row["WA"])
''', V=_v), _v, "https://sap.github.io/PyRFC/client.html")

_v = fakes.drawn_mixed(_seed(), 40)
S("yaml", "kyriba-client-secret", "treasury/kyriba/connector.yaml",
  T("""kyriba:
  environment: production
  token_url: https://demo.kyriba.com/gateway/oauth/token
  api_base: https://demo.kyriba.com/gateway/api/v1
  client_id: ACME-GL-CONNECTOR
  client_secret: "@@V@@"
  scopes: [cash-balances, bank-statements]
sync:
  bank_accounts: ["US-OPERATING", "US-PAYROLL", "UK-OPERATING", "NL-OPERATING"]
  lookback_days: 3
  target_table: treasury.cash_positions
""", V=_v), _v, "https://developer.kyriba.com/site/global/apis/index.gsp")

_v = url_pw()
S("xml", "ssis-dtsconfig-password", "etl/ssis/GLLoad.dtsConfig",
  crlf(T("""<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="ACME\\etl.dev" GeneratedFromPackageName="GLLoad" GeneratedDate="3/14/2024 9:12:44 AM"/>
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[ERP].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=erp-sql02;User ID=ssis_gl;Password=@@V@@;Initial Catalog=AcmeERP;Provider=SQLNCLI11.1;</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::ExportFolder].Properties[Value]" ValueType="String">
    <ConfiguredValue>\\\\fs01\\finance\\gl-load</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
""", V=_v)), _v, "https://learn.microsoft.com/en-us/sql/integration-services/packages/legacy-package-deployment-ssis")

_v = words_pw()
S("python", "docstring-example-password", "ledgerclient/client.py",
  T('''"""Small client for the internal GL posting API.

Example (the reconciliation service account, as used by the nightly job)::

    >>> from ledgerclient import LedgerClient
    >>> gl = LedgerClient("https://gl-api.acme.internal", user="svc_recon", password="@@V@@")
    >>> gl.post_journal(period="2024-03", lines=[...])
"""
from __future__ import annotations

import requests


class LedgerClient:
    def __init__(self, base_url: str, user: str, password: str, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.auth = (user, password)
        self.timeout = timeout

    def post_journal(self, period: str, lines: list[dict]) -> dict:
        resp = self.session.post(f"{self.base_url}/journals", json={"period": period, "lines": lines}, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
''', V=_v), _v, "https://peps.python.org/pep-0257/")

_v = human_pw()
S("toml", "db-password", "reconciler/config/prod.toml",
  T("""[service]
name = "reconciler"
workers = 4

[database]
host = "recon-db.acme.internal"
port = 3306
name = "recon"
user = "reconciler"
password = "@@V@@"
pool_size = 8

[matching]
date_window_days = 3
amount_tolerance = "0.01"
rules = ["exact-ref", "amount-date", "fuzzy-payee"]
""", V=_v), _v, "https://toml.io/en/v1.0.0")

_v = fakes.aws_secret_key(_seed())
S("dotenv", "aws-secret-key", "gl-export/.env",
  T("""# GL export job -> s3://acme-finance-gl-exports
AWS_ACCESS_KEY_ID=@@KID@@
AWS_SECRET_ACCESS_KEY=@@V@@
AWS_DEFAULT_REGION=us-east-1
EXPORT_BUCKET=acme-finance-gl-exports
EXPORT_PREFIX=netsuite/daily/
""", V=_v, KID=fakes.aws_key_id(_seed())), _v, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")

# --- decoys of the ledger / ETL world ---------------------------------------------------------

D("airflow-dag", "secret-backend-reference", "dags/netsuite_to_snowflake.py",
  '''"""Incremental NetSuite -> Snowflake load. Credentials live in the Vault secrets backend."""
from datetime import datetime

from airflow.decorators import dag, task
from airflow.hooks.base import BaseHook
from airflow.models import Variable


@dag(schedule="0 3 * * *", start_date=datetime(2024, 1, 1), catchup=False, tags=["finance", "netsuite"])
def netsuite_to_snowflake():
    @task
    def extract(ds=None):
        conn = BaseHook.get_connection("netsuite_tba")  # resolved from vault: airflow/connections/netsuite_tba
        token_secret = conn.extra_dejson["token_secret"]
        plaid_secret = Variable.get("plaid_secret")  # airflow/variables/plaid_secret
        from etl.netsuite import pull_transactions
        return pull_transactions(conn.login, conn.password, token_secret, since=ds)

    @task
    def load(path: str):
        from etl.snowflake import copy_into
        copy_into("RAW.NETSUITE_TRANSACTIONS", path)

    load(extract())


netsuite_to_snowflake()
''', "https://airflow.apache.org/docs/apache-airflow-providers-hashicorp/stable/secrets-backends/hashicorp-vault.html")

D("dbt-profiles", "env-var-expression", "analytics/finance/profiles.yml",
  """finance:
  target: prod
  outputs:
    prod:
      type: postgres
      host: "{{ env_var('DBT_HOST') }}"
      port: 5432
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      dbname: ledger
      schema: marts
      threads: 4
      sslmode: require
""", "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var")

D("docker-compose", "env-interpolation", "recon/docker-compose.prod.yml",
  """services:
  reconciler:
    image: registry.acme.internal/finance/reconciler:1.18.2
    environment:
      DB_HOST: recon-db
      DB_USER: reconciler
      DB_PASSWORD: ${RECON_DB_PASSWORD:?set RECON_DB_PASSWORD}
      SMTP_PASSWORD_FILE: /run/secrets/smtp_password
    secrets:
      - smtp_password
  recon-db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: recon
      MYSQL_USER: reconciler
      MYSQL_PASSWORD: ${RECON_DB_PASSWORD}
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
    secrets:
      - mysql_root

secrets:
  smtp_password:
    file: ./secrets/smtp_password.txt
  mysql_root:
    file: ./secrets/mysql_root.txt
""", "https://docs.docker.com/compose/how-tos/use-secrets/")

D("ansible-vault", "encrypted-vars", "ansible/group_vars/treasury/vault.yml",
  vault_blob(14) + "\n", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

D("sops", "encrypted-values", "deploy/secrets/bankfeeds.enc.yaml",
  T("""plaid:
    client_id: @@E1@@
    secret: @@E2@@
netsuite:
    token_secret: @@E3@@
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:@@ACCT@@:key/@@KEY@@
          created_at: "2024-03-02T18:22:10Z"
          enc: @@KENC@@
          aws_profile: ""
    lastmodified: "2024-03-02T18:22:11Z"
    mac: @@MAC@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", E1=sops_enc(32), E2=sops_enc(40), E3=sops_enc(88), ACCT=digits(12), KEY=uuid_s(),
    KENC=b64rand(180) + "==", MAC=sops_enc(44)), "https://github.com/getsops/sops#encrypting-using-aws-kms")

D("sealed-secret", "encrypted-data", "deploy/k8s/sealed/ebics-keystore.yaml",
  T("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ebics-keystore
  namespace: treasury
spec:
  encryptedData:
    EBICS_KEYSTORE_PASSWORD: @@S1@@
    EBICS_USER_ID: @@S2@@
  template:
    metadata:
      name: ebics-keystore
      namespace: treasury
    type: Opaque
""", S1=sealed(), S2=sealed()), "https://github.com/bitnami-labs/sealed-secrets")

D("external-secret", "secret-manager-reference", "deploy/k8s/external/gocardless.yaml",
  """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: collections-gocardless
  namespace: billing-ops
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: collections-gocardless
  data:
    - secretKey: GOCARDLESS_ACCESS_TOKEN
      remoteRef:
        key: prod/collections/gocardless
        property: access_token
    - secretKey: GOCARDLESS_WEBHOOK_SECRET
      remoteRef:
        key: prod/collections/gocardless
        property: webhook_secret
""", "https://external-secrets.io/latest/api/externalsecret/")

D("terraform", "generated-password", "infra/finance/ledger_db.tf",
  """resource "random_password" "ledger_admin" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "ledger_admin" {
  name = "prod/finance/ledger-db/admin"
}

resource "aws_secretsmanager_secret_version" "ledger_admin" {
  secret_id     = aws_secretsmanager_secret.ledger_admin.id
  secret_string = jsonencode({ username = var.ledger_db_username, password = random_password.ledger_admin.result })
}

resource "aws_db_instance" "ledger" {
  identifier          = "ledger-prod"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = var.ledger_db_instance
  username            = var.ledger_db_username
  password            = random_password.ledger_admin.result
  multi_az            = true
  storage_encrypted   = true
  deletion_protection = true
}
""", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

D("terraform", "changeme-example", "infra/finance/terraform.tfvars.example",
  """# Copy to <env>.auto.tfvars. The real password comes from `make db-password` (Secrets Manager).
environment        = "dev"
region             = "us-east-1"
ledger_db_instance = "db.t4g.medium"
ledger_db_name     = "ledger"
ledger_db_username = "ledger_admin"
ledger_db_password = "changeme"
ledger_db_multi_az = false
""", "https://developer.hashicorp.com/terraform/language/values/variables")

D("json", "django-password-hashes", "backoffice/fixtures/staff_users.json",
  T("""[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "controller",
      "email": "controller@acme-holdings.com",
      "password": "@@H1@@",
      "is_staff": true,
      "is_superuser": true
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "ap.clerk",
      "email": "ap@acme-holdings.com",
      "password": "@@H2@@",
      "is_staff": true,
      "is_superuser": false
    }
  }
]
""", H1=django_hash(), H2=django_hash()), "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords")

D("htpasswd", "bcrypt-hashes", "deploy/recon-dashboard/.htpasswd",
  T("""controller:@@H1@@
ap-lead:@@H2@@
auditor-ext:@@H3@@
treasury:@@H4@@
cfo:@@H5@@
""", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash(), H4=bcrypt_hash(), H5=bcrypt_hash()),
  "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

D("sql", "argon2-hashes", "ap-portal/db/seed/010_vendor_users.sql",
  T("""-- Vendor portal seed for the UAT environment (passwords are argon2id hashes of throwaway values)
INSERT INTO vendor_users (id, vendor_id, email, password_hash, mfa_enabled) VALUES
  ('@@U1@@', 'V-10042', 'billing@brightline-dental.example', '@@H1@@', true),
  ('@@U2@@', 'V-10077', 'ar@mueller-maschinenbau.example', '@@H2@@', false),
  ('@@U3@@', 'V-10102', 'accounts@harbor-logistics.example', '@@H3@@', true);
""", U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), H1=argon2_hash(), H2=argon2_hash(), H3=argon2_hash()),
  "https://www.rfc-editor.org/rfc/rfc9106.html")

D("checksums", "sha256sums", "treasury/inbound/2024-04-12/SHA256SUMS",
  "".join(f"{hexs(64)}  {name}\n" for name in
          ["ACME_20240412.bai", "ACME_20240412_camt053.xml", "LOCKBOX_0412.txt", "POSPAY_RETURN_0412.csv", "MT940_NL_0412.sta"]),
  "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html")

D("markdown", "commit-shas", "CHANGELOG.md",
  T("""# Changelog

## 1.18.2 (2024-04-10)
- Fix rounding on multi-currency bank fees (@@C1@@)
- Match camt.053 batch bookings by `AcctSvcrRef` (@@C2@@)

## 1.18.1 (2024-03-28)
- Skip zero-amount BAI2 type 399 records (@@C3@@)
- Bump plaid-python to 20.0.1 (@@C4@@)

## 1.18.0 (2024-03-15)
- NetSuite TBA signature moved to HMAC-SHA256 (@@C5@@)
""", C1=git_sha()[:12], C2=git_sha(), C3=git_sha()[:7], C4=git_sha(), C5=git_sha()[:12]),
  "https://keepachangelog.com/en/1.1.0/")

D("gha-workflow", "secrets-context", ".github/workflows/bankfeeds-deploy.yml",
  """name: deploy-bankfeeds
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/bankfeeds-deploy
          aws-region: us-east-1
      - name: Smoke test Plaid
        env:
          PLAID_CLIENT_ID: ${{ vars.PLAID_CLIENT_ID }}
          PLAID_SECRET: ${{ secrets.PLAID_SECRET }}
          PLAID_ENV: production
        run: python -m bankfeeds.smoke
      - run: make deploy ENV=prod
""", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

D("vba", "inputbox-prompt", "finance-macros/modBankRecPull.bas",
  crlf("""Attribute VB_Name = "modBankRecPull"
Option Explicit

' Asks the user for their own warehouse password each time; nothing is stored in the workbook.
Public Sub PullBankLines()
    Dim pwd As String, cn As Object, rs As Object
    pwd = InputBox("Password for " & Environ$("USERNAME") & " on FINDW01:", "Bank rec")
    If Len(pwd) = 0 Then Exit Sub
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=FINDW01;Initial Catalog=Treasury;" & _
            "User ID=" & Environ$("USERNAME") & ";Password=" & pwd & ";"
    Set rs = cn.Execute("SELECT * FROM dbo.vw_UnmatchedBankLines")
    Worksheets("Unmatched").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
    pwd = vbNullString
End Sub
"""), VBA_SRC)

D("vba", "integrated-security", "finance-macros/modFxRates.bas",
  crlf("""Attribute VB_Name = "modFxRates"
Option Explicit

' Month-end FX rates from the treasury database (Windows authentication, no stored password)
Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=FINDW01;Initial Catalog=Treasury;Integrated Security=SSPI;"

Public Sub LoadRates()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Worksheets("FX").Range("A2").CopyFromRecordset cn.Execute("SELECT ccy, rate_date, closing_rate FROM dbo.fx_month_end")
    cn.Close
End Sub
"""), VBA_SRC)

D("notebook", "getpass-prompt", "notebooks/vendor_duplicate_payments.ipynb",
  nb([("code", "import getpass\nimport pandas as pd\nfrom sqlalchemy import create_engine\n\npw = getpass.getpass(\"ledger password: \")\nengine = create_engine(f\"postgresql+psycopg2://{getpass.getuser()}:{pw}@gl-db01.acme.internal/ledger\")", None),
      ("code", "dupes = pd.read_sql(open(\"sql/duplicate_payments.sql\").read(), engine)\nlen(dupes)", "37"),
      ("markdown", "37 candidate duplicates, 4 confirmed after review with AP (see ticket FIN-2291).", None)]),
  JUPYTER_SRC)

D("markdown", "password-manager-reference", "docs/runbooks/bank-sftp-rotation.md",
  """# Rotating bank SFTP credentials

| Bank | Host | User | Credential |
|------|------|------|-----------|
| JPM  | sftp.fundstransfer.jpmorgan.com | acme_treasury | SSH key `jpm_sftp_ed25519` (Vault `kv/treasury/jpm-sftp`) |
| Citi | mft.citibank.com | ACMETRSY | password in 1Password: "Citi MFT - prod" |
| PNC  | sftp.pnc.com | acme_ppay | Key Vault secret `pnc-sftp-password` |

Steps:
1. Generate a new key: `ssh-keygen -t ed25519 -f jpm_sftp_ed25519 -C acme-treasury-2024`.
2. Send **only the .pub** to the bank's onboarding mailbox; wait for their confirmation.
3. `vault kv put kv/treasury/jpm-sftp private_key=@jpm_sftp_ed25519`, then shred the local file.
4. Passwords: change in the bank portal, paste into the vault entry, never into tickets.
""", "https://developer.hashicorp.com/vault/docs/commands/kv/put")

D("vault-template", "template-expression", "deploy/vault-agent/netsuite.env.ctmpl",
  """{{- with secret "kv/data/netsuite/ap-sync" -}}
NS_ACCOUNT={{ .Data.data.account }}
NS_CONSUMER_KEY={{ .Data.data.consumer_key }}
NS_CONSUMER_SECRET={{ .Data.data.consumer_secret }}
NS_TOKEN_ID={{ .Data.data.token_id }}
NS_TOKEN_SECRET={{ .Data.data.token_secret }}
{{- end }}
""", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

D("python", "docker-secret-file", "tax/settings.py",
  '''"""Settings for the tax worker. Docker/Kubernetes mount secrets as files under /run/secrets."""
from pathlib import Path

SECRETS_DIR = Path("/run/secrets")


def _secret(name: str, default: str = "") -> str:
    path = SECRETS_DIR / name
    return path.read_text().strip() if path.exists() else default


AVATAX_ACCOUNT_ID = _secret("avatax_account_id")
AVATAX_LICENSE_KEY = _secret("avatax_license_key")
TAXJAR_API_KEY = _secret("taxjar_api_key")
AVATAX_ENVIRONMENT = "production"
AVATAX_COMPANY_CODE = "ACMEUS"
''', "https://docs.docker.com/engine/swarm/secrets/")

D("requirements", "hash-pins", "requirements.txt",
  T("""# generated by pip-compile --generate-hashes
plaid-python==20.0.1 \\
    --hash=sha256:@@H1@@ \\
    --hash=sha256:@@H2@@
xero-python==5.0.0 \\
    --hash=sha256:@@H3@@
python-quickbooks==0.9.7 \\
    --hash=sha256:@@H4@@
nordigen==1.4.1 \\
    --hash=sha256:@@H5@@
""", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64)),
  "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

D("package-lock", "integrity-hashes", "web/package-lock.json",
  T("""{
  "name": "ledgerly-web",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/plaid": {
      "version": "21.0.0",
      "resolved": "https://registry.npmjs.org/plaid/-/plaid-21.0.0.tgz",
      "integrity": "sha512-@@I1@@=="
    },
    "node_modules/intuit-oauth": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/intuit-oauth/-/intuit-oauth-4.1.0.tgz",
      "integrity": "sha512-@@I2@@=="
    },
    "node_modules/xero-node": {
      "version": "5.1.0",
      "resolved": "https://registry.npmjs.org/xero-node/-/xero-node-5.1.0.tgz",
      "integrity": "sha512-@@I3@@=="
    }
  }
}
""", I1=b64rand(86), I2=b64rand(86), I3=b64rand(86)), "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

D("python", "iban-test-data", "tests/fixtures/iban_samples.py",
  '''"""Valid-checksum IBANs from the ISO 13616 registry examples, used by the payment-file tests."""

VALID_IBANS = {
    "DE": "DE89370400440532013000",
    "GB": "GB29NWBK60161331926819",
    "NL": "NL91ABNA0417164300",
    "FR": "FR1420041010050500013M02606",
    "ES": "ES9121000418450200051332",
    "BE": "BE68539007547034",
}

INVALID_IBANS = ["DE89370400440532013001", "GB00NWBK60161331926819", "NL91ABNA041716430"]

BICS = {"DEUTDEFF": "Deutsche Bank", "NWBKGB2L": "NatWest", "ABNANL2A": "ABN AMRO"}
''', "https://www.swift.com/standards/data-standards/iban-international-bank-account-number")

D("nacha", "ach-file-sample", "tests/fixtures/ach/ppd_payroll_sample.ach",
  """101 091000019 12345678902404120830A094101WELLS FARGO BANK       ACME HOLDINGS INC
5200ACME HOLDINGS INC                   1234567890PPDPAYROLL   240412240415   1091000010000001
622091000019123456789        0000245000EMP-0042       JANE DOE                0091000010000001
622021000021987654321        0000318050EMP-0077       JOHN ROE                0091000010000002
822000000200011200004000000000000000005630501234567890                         091000010000001
9000001000001000000020011200004000000000000000005630500000000000000000000000000000000000000000
9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999
""", "https://achdevguide.nacha.org/ach-file-overview")

D("camt053", "statement-sample", "tests/fixtures/camt/camt053_nl_sample.xml",
  T("""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>@@MSG@@</MsgId><CreDtTm>2024-04-13T05:01:12</CreDtTm></GrpHdr>
    <Stmt>
      <Id>@@SID@@</Id>
      <Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">182430.55</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-04-12</Dt></Dt></Bal>
      <Ntry>
        <Amt Ccy="EUR">48250.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2024-04-12</Dt></BookgDt>
        <AcctSvcrRef>@@REF@@</AcctSvcrRef>
        <NtryDtls><TxDtls><Refs><EndToEndId>E2E-INV-2024-0388</EndToEndId></Refs></TxDtls></NtryDtls>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
""", MSG=hexs(24).upper(), SID=hexs(16).upper(), REF=digits(16)), "https://www.iso20022.org/iso-20022-message-definitions")

D("mt940", "statement-sample", "tests/fixtures/mt940/rabo_sample.sta",
  """:20:940S240412
:25:NL91RABO0123456789 EUR
:28C:00071
:60F:C240411EUR182430,55
:61:2404120412D48250,00NTRFE2E-INV-2024-0388//1234567890
:86:/EREF/E2E-INV-2024-0388/BENM//NAME/MUELLER MASCHINENBAU GMBH/REMI/INV 2024-0388
:61:2404120412C1204,00NTRFNONREF
:86:/ORDP//NAME/ACME HOLDINGS UK LTD/REMI/IC SETTLEMENT MAR
:62F:C240412EUR135384,55
-
""", "https://www2.swift.com/knowledgecentre/publications/us9m_20230720/2.0")

D("ofx", "template-placeholder", "bank_sync/templates/ofx_statement_request.ofx",
  """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:{newfileuid}

<OFX>
<SIGNONMSGSRQV1><SONRQ>
<DTCLIENT>{dtclient}
<USERID>{userid}
<USERPASS>{password}
<LANGUAGE>ENG
<FI><ORG>{fi_org}<FID>{fi_id}</FI>
<APPID>QWIN<APPVER>2700
</SONRQ></SIGNONMSGSRQV1>
<BANKMSGSRQV1><STMTTRNRQ><TRNUID>{trnuid}
<STMTRQ><BANKACCTFROM><BANKID>{routing}<ACCTID>{account}<ACCTTYPE>CHECKING</BANKACCTFROM>
<INCTRAN><DTSTART>{dtstart}<INCLUDE>Y</INCTRAN></STMTRQ>
</STMTTRNRQ></BANKMSGSRQV1>
</OFX>
""", "https://www.financialdataexchange.org/FDX/About/OFX-Work-Group.aspx")

D("iif", "quickbooks-export", "exports/qb_desktop/journal_2024-03.iif",
  """!TRNS\tTRNSID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO
!SPL\tSPLID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO
!ENDTRNS
TRNS\t\tGENERAL JOURNAL\t03/31/2024\tAccrued Expenses\t\t-12500.00\tJE-0331-01\tMarch audit fee accrual
SPL\t\tGENERAL JOURNAL\t03/31/2024\tProfessional Fees\t\t12500.00\tJE-0331-01\tMarch audit fee accrual
ENDTRNS
TRNS\t\tGENERAL JOURNAL\t03/31/2024\tPrepaid Insurance\t\t-2083.33\tJE-0331-02\tInsurance amortisation
SPL\t\tGENERAL JOURNAL\t03/31/2024\tInsurance Expense\t\t2083.33\tJE-0331-02\tInsurance amortisation
ENDTRNS
""", "https://quickbooks.intuit.com/learn-support/en-us/help-article/import-export-data-files/iif-overview-import-kit-sample-files-headers/L5CSRjvOL_US_en_US")

D("csv", "match-ids", "recon/out/recon-2024-03-matches.csv",
  "match_id,bank_line_id,gl_line_id,rule,amount,hash\n" + "".join(
      f"{uuid_s()},{plaid_item_id()},{digits(8)},{rule},{amt},{hexs(40)}\n"
      for rule, amt in [("exact-ref", "48250.00"), ("amount-date", "1204.00"), ("exact-ref", "318.05"),
                        ("fuzzy-payee", "2450.00"), ("amount-date", "99.99")]),
  "https://www.rfc-editor.org/rfc/rfc4180")

D("jenkinsfile", "credentials-binding", "ci/Jenkinsfile.gl-load",
  """pipeline {
    agent { label 'finance-batch' }
    stages {
        stage('Load GL interface') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'ebs-gl-interface',
                                                  usernameVariable: 'GL_USER',
                                                  passwordVariable: 'GL_PASS')]) {
                    sh '''
                      $ORACLE_HOME/sqlplus -s "$GL_USER/$GL_PASS@EBSPROD" @sql/load_gl_interface.sql
                    '''
                }
            }
        }
    }
}
""", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

D("powershell", "secret-management", "scripts/Export-Payroll.ps1",
  crlf("""#Requires -Modules Microsoft.PowerShell.SecretManagement
param([string]$Period = (Get-Date).AddMonths(-1).ToString('yyyy-MM'))

# The vault is registered per user (SecretStore); nothing sensitive lives in this script.
$cred = Get-Secret -Name 'AdpWorkforceNow' -Vault 'FinanceOps'
$headers = @{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(
    "$($cred.UserName):$($cred.GetNetworkCredential().Password)")) }

Invoke-RestMethod -Uri "https://api.adp.com/payroll/v1/payroll-output?period=$Period" -Headers $headers |
    ConvertTo-Json -Depth 8 | Out-File ".\\out\\payroll-$Period.json"
"""), "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

D("log", "masked-password", "logs/gl-load-2024-04-12.log",
  """2024-04-12 04:00:02,118 INFO  gl_load: starting run for period 2024-03
2024-04-12 04:00:02,119 INFO  gl_load: connecting to postgresql://gl_loader:********@gl-db01.acme.internal:5432/ledger
2024-04-12 04:00:02,342 INFO  gl_load: netsuite token secret=****************************** (from vault)
2024-04-12 04:00:41,907 INFO  gl_load: 18,244 lines staged, 0 rejected
2024-04-12 04:01:10,553 INFO  gl_load: posted batch GL-2024-03-0412 (checksum 9f1c2e7a)
2024-04-12 04:01:10,554 INFO  gl_load: done in 68.4s
""", "https://docs.python.org/3/library/logging.html#logrecord-attributes")

D("appsettings", "integrated-security", "src/Acme.Ledger.Api/appsettings.Development.json",
  """{
  "ConnectionStrings": {
    "Ledger": "Server=(localdb)\\\\MSSQLLocalDB;Database=ledger_dev;Integrated Security=True;MultipleActiveResultSets=True"
  },
  "Ledger": {
    "FunctionalCurrency": "USD",
    "FiscalYearStartMonth": 7
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings")

D("spring-yaml", "template-expression", "gl-api/src/main/resources/application-prod.yml",
  """spring:
  datasource:
    url: jdbc:sqlserver://erp-sql02.acme.internal:1433;databaseName=AcmeERP;encrypt=true
    username: ${GL_API_DB_USER}
    password: ${GL_API_DB_PASSWORD}
tink:
  client-id: ${TINK_CLIENT_ID}
  client-secret: ${TINK_CLIENT_SECRET:}
avatax:
  account-id: ${AVATAX_ACCOUNT_ID}
  license-key: ${AVATAX_LICENSE_KEY}
""", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")
