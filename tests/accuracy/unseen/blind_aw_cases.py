"""Blind set AW: business-systems and ERP/CRM integration teams using Python.

Odoo (odoo.conf, XML-RPC and odoorpc scripts), SAP (pyrfc, sapnwrfc.ini, BTP service keys and
default-env.json), NetSuite token-based auth and M2M keys, Salesforce (simple-salesforce, security
tokens, connected apps, JWT keys, sfdx auth URLs), Dynamics 365 / Dataverse / Power Automate,
Zendesk, Freshdesk, HubSpot, Jira/Confluence, QuickBooks/Xero/Sage, DocuSign, Workday, ServiceNow,
Zoho, Pipedrive, Airtable, Notion, Zapier/Make webhooks, MuleSoft and Boomi configs, and their
decoys. Generated fakes only (seeds 420000-429999).
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
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
_SEED = [420000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 430000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 430000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Ledger", "Invoice", "Pallet", "Tango", "Sierra", "Delta", "Nimbus", "Pioneer"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "ledger", "barrel", "copper", "spruce"]
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "Welcome", "Sunshine", "Monday", "Odoo", "Netsuite", "Sales"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])) + r.choice(["!", "#", "@", "!!", "$", "*"])


def human_pw() -> str:
    r = _rng()
    forms = [
        lambda: r.choice(WORDS) + r.choice(WORDS).lower() + str(r.randint(1, 99)) + r.choice("!?#"),
        lambda: r.choice(LOWER).capitalize() + "_" + r.choice(LOWER) + str(r.randint(100, 999)),
        lambda: r.choice(WORDS)[:4] + "@" + str(r.randint(1000, 9999)) + r.choice(LOWER)[:3].upper(),
        lambda: r.choice(LOWER) + r.choice(["&", "%", "+"]) + r.choice(LOWER) + r.choice(["42", "77", "2023", "19"]),
    ]
    return r.choice(forms)()


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return chars(n, HEX)


def hexu(n: int) -> str:
    return chars(n, HEX.upper())


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def urlsafe_rand(n: int) -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip("=")


# --- theme token shapes --------------------------------------------------------------------------
def odoo_api_key() -> str:
    return hexs(40)  # secrets.token_hex(20), as res.users.apikeys makes one


def btp_client_secret() -> str:
    return uuid_s() + "$" + urlsafe_rand(32) + "="


def btp_client_id(app: str) -> str:
    return f"sb-{app}!t{digits(5)}"


def ns_hex() -> str:
    return hexs(64)


def sf_security_token() -> str:
    return fakes.drawn_mixed(_seed(), 25)


def sf_access_token() -> str:
    return "00D" + chars(12, UPNUM) + "!" + "AQ" + chars(4, ALNUM) + "AQ" + chars(92, ALNUM + "._")


def sf_refresh_token() -> str:
    return "5Aep861" + chars(80, ALNUM + "._")


def sf_consumer_key() -> str:
    return "3MVG9" + chars(80, ALNUM + "._")


def sf_consumer_secret() -> str:
    return hexu(64)


def sf_id(prefix: str) -> str:
    return prefix + chars(12, ALNUM) + chars(3, string.ascii_uppercase)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def pa_sig() -> str:
    return urlsafe_rand(32)


def zendesk_token() -> str:
    return fakes.drawn_mixed(_seed(), 40)


def freshdesk_key() -> str:
    return fakes.drawn_mixed(_seed(), 20)


def hubspot_pat(region: str = "na1") -> str:
    return f"pat-{region}-" + uuid_s()


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + chars(170, URLSAFE) + "=" + hexu(8)


def jira_dc_pat() -> str:
    r = _rng()
    raw = (str(r.randint(100000000000, 999999999999)) + ":").encode() + bytes(r.getrandbits(8) for _ in range(20))
    return base64.b64encode(raw).decode()


def qbo_secret() -> str:
    return fakes.drawn_mixed(_seed(), 40)


def qbo_refresh() -> str:
    return "AB11" + digits(13) + chars(33, ALNUM)


def xero_secret() -> str:
    return chars(48, URLSAFE)


def zoho_refresh() -> str:
    return "1000." + hexs(32) + "." + hexs(32)


def zoho_secret() -> str:
    return chars(42, LOWNUM)


def airtable_pat() -> str:
    return "pat" + fakes.drawn_mixed(_seed(), 14) + "." + hexs(64)


def notion_secret() -> str:
    return "secret_" + fakes.drawn_mixed(_seed(), 43)


def notion_ntn() -> str:
    return "ntn_" + digits(11) + fakes.drawn_mixed(_seed(), 35)


def make_hook(region: str = "eu1") -> str:
    return f"https://hook.{region}.make.com/" + chars(32, LOWNUM)


def zapier_hook() -> str:
    return f"https://hooks.zapier.com/hooks/catch/{digits(7)}/{chars(7, LOWNUM)}/"


def power_automate_url() -> str:
    r = _rng()
    return (f"https://prod-{r.randint(10, 99)}.{r.choice(['westeurope', 'eastus', 'westus', 'uksouth'])}.logic.azure.com:443"
            f"/workflows/{hexs(32)}/triggers/manual/paths/invoke?api-version=2016-06-01"
            f"&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={pa_sig()}")


# --- key material and look-alikes --------------------------------------------------------------
_PEM_HEADS = {
    "RSA PRIVATE KEY": "MIIEowIBAAKCAQEA",
    "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
    "EC PRIVATE KEY": "MHcCAQEEI",
}


def pem(kind: str = "RSA PRIVATE KEY") -> str:
    r = _rng()
    head = _PEM_HEADS[kind]
    total = 220 if kind == "EC PRIVATE KEY" else 1620
    body = head + "".join(r.choice(B64) for _ in range(total - len(head)))
    if kind == "EC PRIVATE KEY":
        body = body[:len(body) - len(body) % 4]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def ec_pkcs8() -> str:
    r = _rng()
    body = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg" + "".join(r.choice(B64) for _ in range(136))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = "MIIDdzCCAl+gAwIBAgIU" + "".join(r.choice(B64) for _ in range(1160))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def public_key_pem() -> str:
    r = _rng()
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(B64) for _ in range(344 - 44 - 8)) + "IDAQAB"
    body = body[:-6] + "IDAQAB"
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


_AB64 = ALNUM + "./"


def pbkdf2_sha512() -> str:
    return "$pbkdf2-sha512$25000$" + chars(22, _AB64) + "$" + chars(86, _AB64)


def pbkdf2_sha256_django() -> str:
    return "pbkdf2_sha256$600000$" + chars(22, ALNUM) + "$" + b64rand(32)


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, _AB64)


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64rand(16).rstrip("=") + "$" + b64rand(32).rstrip("=")


def sap_issha() -> str:
    return "{x-issha, 1024}" + b64rand(28)


def ansible_vault() -> str:
    r = _rng()
    blob = "".join(r.choice(HEX) for _ in range(560))
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(blob[i:i + 80] for i in range(0, len(blob), 80))


def sops_enc(n: int = 24) -> str:
    return f"ENC[AES256_GCM,data:{b64rand(n)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]"


def sealed() -> str:
    return "AgB" + chars(600, B64) + "=="


def mule_secure() -> str:
    return "![" + b64rand(24) + "]"


def maven_enc() -> str:
    return "{" + b64rand(32) + "}"


def git_sha() -> str:
    return hexs(40)


def sha256ish() -> str:
    return hexs(64)


def notebook(cells: list) -> str:
    """A Jupyter notebook as nbformat 4 writes it; cells are (source, outputs-text or None)."""
    nb_cells = []
    for i, (src, out) in enumerate(cells, 1):
        cell = {"cell_type": "code", "execution_count": i, "metadata": {}, "outputs": [],
                "source": [line + "\n" for line in src.split("\n")[:-1]] + [src.split("\n")[-1]]}
        if out is not None:
            cell["outputs"] = [{"name": "stdout", "output_type": "stream",
                                "text": [line + "\n" for line in out.split("\n")[:-1]] + [out.split("\n")[-1]]}]
        nb_cells.append(cell)
    doc = {"cells": nb_cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                           "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-aw/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-aw/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("@" + key.upper() + "@", value)
    assert "@" + "V@" not in out
    return out


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    text = T(template, v=value, **kw)
    assert value in text, path
    S(fmt, what, path, text, value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, v=value, **kw), source)


# =================================================================================================
# Odoo
# =================================================================================================
ODOO_SRC = "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html"
XMLRPC_SRC = "https://www.odoo.com/documentation/17.0/developer/reference/external_api.html"

ODOO_CONF_ADMIN = """[options]
; This is the password that allows database operations:
admin_passwd = @V@
db_host = False
db_port = False
db_user = odoo
db_password = False
dbfilter = ^%d$
list_db = False
addons_path = /opt/odoo/odoo/addons,/opt/odoo/enterprise,/opt/odoo/custom/addons
data_dir = /var/lib/odoo
logfile = /var/log/odoo/odoo-server.log
log_level = info
proxy_mode = True
workers = 6
max_cron_threads = 2
limit_memory_hard = 2684354560
limit_memory_soft = 2147483648
limit_request = 8192
limit_time_cpu = 600
limit_time_real = 1200
http_port = 8069
gevent_port = 8072
"""
SV("odoo-conf", "odoo-admin-passwd", "etc/odoo/odoo.conf", ODOO_CONF_ADMIN, rand_pw(24, "-_"), ODOO_SRC)
SV("odoo-conf", "odoo-admin-passwd", "deploy/staging/odoo-staging.conf", ODOO_CONF_ADMIN, words_pw(), ODOO_SRC)

ODOO_CONF_DB = """[options]
admin_passwd = @HASH@
db_host = @HOST@
db_port = 5432
db_user = odoo_prod
db_password = @V@
db_maxconn = 64
db_sslmode = require
without_demo = all
addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
server_wide_modules = base,web,queue_job
proxy_mode = True
workers = 8

[queue_job]
channels = root:4,root:mail:1
"""
SV("odoo-conf", "database-password", "deploy/odoo-prod.conf", ODOO_CONF_DB, human_pw(), ODOO_SRC,
   hash=pbkdf2_sha512(), host="odoo-prod.cluster-c9xk2fj1.eu-west-1.rds.amazonaws.com")
SV("odoo-conf", "database-password", "config/odoo.conf", ODOO_CONF_DB, season_pw(), ODOO_SRC,
   hash=pbkdf2_sha512(), host="10.20.4.17")

DV("odoo-conf", "password-hash", "odoo/conf/odoo-server.conf", """[options]
; admin_passwd is stored hashed (Odoo rewrites it with passlib on first save)
admin_passwd = @V@
db_host = postgres
db_port = 5432
db_user = odoo
db_password = False
db_name = False
addons_path = /opt/odoo/addons,/opt/odoo/oca/web,/opt/odoo/oca/server-tools
proxy_mode = True
log_handler = :INFO,werkzeug:WARNING
workers = 4
""", pbkdf2_sha512(), ODOO_SRC)

DV("jinja", "template-expression", "ansible/roles/odoo/templates/odoo.conf.j2", """# {{ ansible_managed }}
[options]
admin_passwd = {{ odoo_admin_passwd }}
db_host = {{ odoo_db_host }}
db_port = {{ odoo_db_port | default(5432) }}
db_user = {{ odoo_db_user }}
db_password = {{ odoo_db_password }}
dbfilter = {{ odoo_dbfilter | default('^%d$') }}
list_db = {{ odoo_list_db | default(False) }}
addons_path = {{ odoo_addons_path | join(',') }}
workers = {{ (ansible_processor_vcpus * 2) + 1 }}
max_cron_threads = 2
logfile = /var/log/odoo/odoo.log
@V@
""", "proxy_mode = True", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/template_module.html")

SV("shell", "odoo-admin-passwd", "docker/odoo/entrypoint.sh", """#!/bin/bash
set -euo pipefail

# Render the server config before starting Odoo; the DB credentials come from the task env.
cat > /etc/odoo/odoo.conf <<EOF
[options]
admin_passwd = @V@
db_host = ${DB_HOST}
db_port = ${DB_PORT:-5432}
db_user = ${DB_USER}
db_password = ${DB_PASSWORD}
addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
proxy_mode = True
workers = ${ODOO_WORKERS:-4}
EOF

wait-for-psql.py --db_host "${DB_HOST}" --db_port "${DB_PORT:-5432}" --db_user "${DB_USER}" \\
    --db_password "${DB_PASSWORD}" --timeout=30

exec odoo -c /etc/odoo/odoo.conf "$@"
""", rand_pw(20), "https://github.com/odoo/docker/blob/master/17.0/entrypoint.sh")

DV("shell", "env-reference", "docker/odoo-staging/entrypoint.sh", """#!/bin/bash
set -e

: "${ODOO_ADMIN_PASSWD:?ODOO_ADMIN_PASSWD must be set}"
: "${PGPASSWORD:?PGPASSWORD must be set}"

cat > /etc/odoo/odoo.conf <<EOF
[options]
admin_passwd = ${ODOO_ADMIN_PASSWD}
db_host = ${PGHOST}
db_user = ${PGUSER}
db_password = ${PGPASSWORD}
addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
@V@
EOF

exec odoo -c /etc/odoo/odoo.conf "$@"
""", "proxy_mode = True", "https://github.com/odoo/docker/blob/master/17.0/entrypoint.sh")

XMLRPC_PW = '''"""Nightly push of confirmed web orders into Odoo as sale.order records."""
import csv
import sys
import xmlrpc.client

URL = "https://erp.@ORG@.com"
DB = "@ORG@_prod"
USERNAME = "integration@@ORG@.com"
PASSWORD = "@V@"

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USERNAME, PASSWORD, {})
if not uid:
    sys.exit("Odoo login failed")
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")


def partner_id(email):
    ids = models.execute_kw(DB, uid, PASSWORD, "res.partner", "search", [[["email", "=", email]]], {"limit": 1})
    return ids[0] if ids else None


with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        pid = partner_id(row["email"])
        if pid is None:
            print("skip, unknown customer", row["email"])
            continue
        order = models.execute_kw(DB, uid, PASSWORD, "sale.order", "create", [{
            "partner_id": pid,
            "client_order_ref": row["order_no"],
        }])
        print("created sale.order", order)
'''
SV("python", "odoo-password", "scripts/push_web_orders.py", XMLRPC_PW, words_pw(), XMLRPC_SRC, org="northwindfoods")
SV("python", "odoo-password", "integrations/odoo/sync_orders.py", XMLRPC_PW, human_pw(), XMLRPC_SRC, org="brightlane")

SV("python", "odoo-api-key", "tools/import_vendor_bills.py", '''import base64
import pathlib
import xmlrpc.client

# API key generated under Preferences > Account Security for the "ap-bot" user
common = xmlrpc.client.ServerProxy("https://acme-erp.odoo.com/xmlrpc/2/common")
uid = common.authenticate("acme-erp-main-4821733", "ap-bot@acme.io", "@V@", {})
models = xmlrpc.client.ServerProxy("https://acme-erp.odoo.com/xmlrpc/2/object")

for pdf in pathlib.Path("inbox").glob("*.pdf"):
    move_id = models.execute_kw(
        "acme-erp-main-4821733", uid, "@V@",
        "account.move", "create", [{"move_type": "in_invoice"}],
    )
    models.execute_kw(
        "acme-erp-main-4821733", uid, "@V@",
        "ir.attachment", "create", [{
            "name": pdf.name,
            "res_model": "account.move",
            "res_id": move_id,
            "datas": base64.b64encode(pdf.read_bytes()).decode(),
        }],
    )
    print(pdf.name, "->", move_id)
''', odoo_api_key(), XMLRPC_SRC)

SV("env", "odoo-api-key", "services/shop-sync/.env", """# shop-sync service (Shopify -> Odoo)
ODOO_URL=https://odoo.kessler-outdoor.de
ODOO_DB=kessler
ODOO_USER=shop-sync@kessler-outdoor.de
ODOO_API_KEY=@V@
SYNC_INTERVAL_SECONDS=300
LOG_LEVEL=INFO
SENTRY_ENVIRONMENT=production
""", odoo_api_key(), XMLRPC_SRC)

DV("python", "env-reference", "scripts/odoo_stock_report.py", '''"""Weekly stock valuation export (reads credentials from the environment)."""
import os
import xmlrpc.client

URL = os.environ["ODOO_URL"]
DB = os.environ["ODOO_DB"]
USER = os.environ.get("ODOO_USER", "reporting@acme.io")
KEY = os.environ["ODOO_API_KEY"]

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, KEY, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")
quants = models.execute_kw(DB, uid, KEY, "stock.quant", "search_read",
                           [[["location_id.usage", "=", "internal"]]],
                           {"fields": ["product_id", "quantity", "value"], "limit": 0})
total = sum(q["value"] for q in quants)
print(f"{len(quants)} quants, valuation {total:,.2f}")
@V@
''', "", XMLRPC_SRC)

S("notebook", "odoo-password", "notebooks/odoo_inventory_audit.ipynb", notebook([
    ("import odoorpc\nimport pandas as pd", None),
    ("odoo = odoorpc.ODOO('erp.lindqvist-mobler.se', protocol='jsonrpc+ssl', port=443)\n"
     "odoo.login('lindqvist', 'anna.berg@lindqvist-mobler.se', '" + (_nb_pw := words_pw()) + "')\n"
     "print(odoo.env.user.name, odoo.env.user.company_id.name)", "Anna Berg Lindqvist Möbler AB"),
    ("Product = odoo.env['product.product']\n"
     "ids = Product.search([('type', '=', 'product'), ('qty_available', '<', 0)])\n"
     "df = pd.DataFrame(Product.read(ids, ['default_code', 'name', 'qty_available']))\n"
     "df.head()", "   id default_code           name  qty_available\n0  412     SOFA-0031  Sofa Ekholm 3         -2.0"),
]), _nb_pw, "https://pythonhosted.org/OdooRPC/")

SV("makefile", "odoo-db-password", "Makefile", """ODOO_BIN ?= ./odoo/odoo-bin
ADDONS   := odoo/addons,enterprise,custom
DB       ?= staging_$(shell date +%Y%m%d)

.PHONY: update test shell

update:
\t$(ODOO_BIN) --addons-path=$(ADDONS) -d $(DB) \\
\t\t--db_host=pg-staging.internal --db_user=odoo --db_password='@V@' \\
\t\t-u all --stop-after-init

test:
\t$(ODOO_BIN) --addons-path=$(ADDONS) -d test_ci -i acme_sale,acme_stock \\
\t\t--test-enable --test-tags /acme_sale,/acme_stock --stop-after-init --log-level=test

shell:
\t$(ODOO_BIN) shell --addons-path=$(ADDONS) -d $(DB)
""", season_pw(), "https://www.odoo.com/documentation/17.0/developer/reference/cli.html")

SV("docker-compose", "database-password", "docker-compose.yml", """version: "3.8"
services:
  web:
    image: odoo:17.0
    depends_on:
      - db
    ports:
      - "8069:8069"
    environment:
      - HOST=db
      - USER=odoo
      - PASSWORD=@V@
    volumes:
      - odoo-web-data:/var/lib/odoo
      - ./config:/etc/odoo
      - ./addons:/mnt/extra-addons
  db:
    image: postgres:15
    environment:
      - POSTGRES_DB=postgres
      - POSTGRES_USER=odoo
      - POSTGRES_PASSWORD=@V@
    volumes:
      - odoo-db-data:/var/lib/postgresql/data
volumes:
  odoo-web-data:
  odoo-db-data:
""", words_pw(), "https://hub.docker.com/_/odoo")

DV("docker-compose", "secret-file", "deploy/compose.prod.yml", """services:
  web:
    image: registry.acme.io/odoo-custom:17.0-@V@
    depends_on: [db]
    environment:
      HOST: db
      USER: odoo
      PASSWORD_FILE: /run/secrets/postgresql_password
    secrets:
      - postgresql_password
    volumes:
      - odoo-data:/var/lib/odoo
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: postgres
      POSTGRES_USER: odoo
      POSTGRES_PASSWORD_FILE: /run/secrets/postgresql_password
    secrets:
      - postgresql_password
secrets:
  postgresql_password:
    file: ./secrets/odoo_pg_pass.txt
volumes:
  odoo-data:
""", git_sha()[:12], "https://hub.docker.com/_/odoo")

SV("k8s-configmap", "odoo-admin-passwd", "k8s/odoo/configmap.yaml", """apiVersion: v1
kind: ConfigMap
metadata:
  name: odoo-config
  namespace: erp
  labels:
    app.kubernetes.io/name: odoo
data:
  odoo.conf: |
    [options]
    admin_passwd = @V@
    db_host = odoo-postgresql.erp.svc.cluster.local
    db_port = 5432
    db_user = odoo
    list_db = False
    proxy_mode = True
    workers = 4
    max_cron_threads = 1
    data_dir = /var/lib/odoo
    addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
""", rand_pw(18), "https://kubernetes.io/docs/concepts/configuration/configmap/")

_k8s_pw = words_pw()
S("k8s-secret", "odoo-admin-passwd", "k8s/odoo/secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: odoo-credentials
  namespace: erp
type: Opaque
data:
  ODOO_DB_HOST: {b64("odoo-postgresql.erp.svc.cluster.local")}
  ODOO_DB_USER: {b64("odoo")}
  ODOO_ADMIN_PASSWD: {b64(_k8s_pw)}
""", _k8s_pw, "https://kubernetes.io/docs/concepts/configuration/secret/")

SV("xml", "hubspot-token", "addons/acme_hubspot_sync/data/ir_config_parameter.xml", """<?xml version="1.0" encoding="utf-8"?>
<odoo>
    <data noupdate="1">
        <record id="param_hubspot_portal" model="ir.config_parameter">
            <field name="key">acme_hubspot_sync.portal_id</field>
            <field name="value">24681357</field>
        </record>
        <record id="param_hubspot_token" model="ir.config_parameter">
            <field name="key">acme_hubspot_sync.access_token</field>
            <field name="value">@V@</field>
        </record>
        <record id="param_hubspot_batch" model="ir.config_parameter">
            <field name="key">acme_hubspot_sync.batch_size</field>
            <field name="value">100</field>
        </record>
    </data>
</odoo>
""", hubspot_pat("eu1"), "https://www.odoo.com/documentation/17.0/developer/reference/backend/data.html")

DV("xml", "uuid", "addons/acme_base/data/ir_config_parameter_demo.xml", """<?xml version="1.0" encoding="utf-8"?>
<odoo>
    <data noupdate="1">
        <record id="param_web_base_url" model="ir.config_parameter">
            <field name="key">web.base.url</field>
            <field name="value">https://erp-demo.acme.io</field>
        </record>
        <record id="param_report_url" model="ir.config_parameter">
            <field name="key">report.url</field>
            <field name="value">http://localhost:8069</field>
        </record>
        <record id="param_tenant_ref" model="ir.config_parameter">
            <field name="key">acme_base.tenant_uuid</field>
            <field name="value">@V@</field>
        </record>
    </data>
</odoo>
""", uuid_s(), "https://www.odoo.com/documentation/17.0/developer/reference/backend/data.html")

SV("ansible", "odoo-admin-passwd", "inventories/prod/group_vars/odoo.yml", """---
odoo_version: "17.0"
odoo_user: odoo
odoo_home: /opt/odoo
odoo_http_port: 8069
odoo_workers: 9
odoo_db_host: pg01.prod.acme.lan
odoo_db_user: odoo
odoo_db_password: "{{ vault_odoo_db_password }}"
odoo_admin_passwd: "@V@"
odoo_list_db: false
odoo_dbfilter: "^erp$"
odoo_addons_repos:
  - name: oca-web
    repo: https://github.com/OCA/web.git
    version: "17.0"
""", passphrase(), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html")

DV("ansible", "vault-ciphertext", "inventories/staging/group_vars/odoo.yml", """---
odoo_version: "16.0"
odoo_db_host: pg01.staging.acme.lan
odoo_db_user: odoo
odoo_db_password: !vault |
          @V@
odoo_admin_passwd: "{{ vault_odoo_admin_passwd }}"
odoo_workers: 3
""", ansible_vault().replace("\n", "\n          "), "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html")

DV("python", "field-definition", "addons/acme_edi/models/edi_endpoint.py", '''from odoo import fields, models


class EdiEndpoint(models.Model):
    _name = "acme.edi.endpoint"
    _description = "EDI partner endpoint"

    name = fields.Char(required=True)
    partner_id = fields.Many2one("res.partner", required=True)
    protocol = fields.Selection([("sftp", "SFTP"), ("as2", "AS2"), ("https", "HTTPS")], default="sftp")
    host = fields.Char()
    port = fields.Integer(default=22)
    username = fields.Char()
    password = fields.Char(groups="base.group_system", copy=False)
    private_key_attachment_id = fields.Many2one("ir.attachment", groups="base.group_system")
    api_token = fields.Char(string="API token", groups="base.group_system", copy=False)
    active = fields.Boolean(default=True)

    def _get_auth(self):
        self.ensure_one()
        return (self.username, self.sudo().password)
@V@''', "", "https://www.odoo.com/documentation/17.0/developer/reference/backend/orm.html")

DV("python", "demo-credentials", "addons/acme_portal/tests/test_portal_tour.py", '''from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestPortalTour(HttpCase):

    def test_01_portal_invoice_download(self):
        # Demo database users: admin/admin and portal/portal are created by the base demo data.
        self.start_tour("/my/invoices", "acme_portal_invoice_download", login="portal")

    def test_02_backend_dashboard(self):
        self.authenticate("admin", "admin")
        response = self.url_open("/web/dataset/call_kw/acme.dashboard/get_kpis", data="{}",
                                 headers={"Content-Type": "application/json"})
        self.assertEqual(response.status_code, 200)
@V@''', "", "https://www.odoo.com/documentation/17.0/developer/reference/backend/testing.html")

DV("yaml", "commit-sha", "repos.yaml", """./odoo:
  remotes:
    odoo: https://github.com/odoo/odoo.git
  target: odoo 17.0
  merges:
    - odoo @V@
  defaults:
    depth: 1
./oca/web:
  remotes:
    oca: https://github.com/OCA/web.git
  target: oca 17.0
  merges:
    - oca @SHA2@
./oca/server-tools:
  remotes:
    oca: https://github.com/OCA/server-tools.git
    acme: git@github.com:acme-erp/server-tools.git
  target: acme 17.0-acme
  merges:
    - oca 17.0
    - acme @SHA3@
""", git_sha(), "https://github.com/acsone/git-aggregator", sha2=git_sha(), sha3=git_sha())

DV("helm-values", "existing-secret", "charts/odoo/values-prod.yaml", """## Bitnami Odoo chart overrides for production
odooEmail: it-ops@acme.io
existingSecret: odoo-admin-credentials
loadDemoData: false
replicaCount: 2
resources:
  requests:
    cpu: 500m
    memory: 1Gi
ingress:
  enabled: true
  hostname: erp.acme.io
  tls: true
postgresql:
  enabled: false
externalDatabase:
  host: odoo-prod.cluster-ro-c7a1.eu-central-1.rds.amazonaws.com
  port: 5432
  user: odoo
  database: bitnami_odoo
  existingSecret: odoo-db-credentials
  existingSecretPasswordKey: password
extraEnvVars:
  - name: ODOO_SKIP_MODULES_UPDATE
    value: "@V@"
""", "no", "https://github.com/bitnami/charts/tree/main/bitnami/odoo")

SV("python", "database-password", "reporting/odoo_margin_export.py", '''"""Read-only margin export straight from the Odoo database (the BI team's replica)."""
import csv
import sys

import psycopg2

DSN = "host=odoo-replica.acme.lan port=5432 dbname=acme_prod user=bi_readonly password=@V@ sslmode=require"

QUERY = """
SELECT so.name, rp.name AS customer, so.amount_untaxed, so.margin
FROM sale_order so JOIN res_partner rp ON rp.id = so.partner_id
WHERE so.state = 'sale' AND so.date_order >= %s
"""

with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
    cur.execute(QUERY, (sys.argv[1],))
    writer = csv.writer(sys.stdout)
    writer.writerow([d.name for d in cur.description])
    writer.writerows(cur.fetchall())
''', rand_pw(16), "https://www.psycopg.org/docs/module.html#psycopg2.connect")

# =================================================================================================
# SAP: pyrfc, sapnwrfc.ini, BTP service keys, HANA, OData
# =================================================================================================
PYRFC_SRC = "https://sap.github.io/PyRFC/client.html"
BTP_SRC = "https://help.sap.com/docs/btp/sap-business-technology-platform/create-service-keys"

SV("python", "sap-rfc-password", "sap/rfc_material_sync.py", '''"""Pull material master changes from ECC via BAPI and stage them for the PIM import."""
from datetime import date, timedelta

from pyrfc import Connection

conn = Connection(
    ashost="sapecc-prd.corp.acme.lan",
    sysnr="00",
    client="100",
    user="RFC_PIM",
    passwd="@V@",
    lang="EN",
)

since = (date.today() - timedelta(days=1)).strftime("%Y%m%d")
result = conn.call("BAPI_MATERIAL_GETLIST", MATNRSELECTION=[{"SIGN": "I", "OPTION": "CP", "MATL_LOW": "*"}],
                   MAXROWS=5000)
for row in result["MATNRLIST"]:
    print(row["MATERIAL"], row["MATL_DESC"])
conn.close()
''', words_pw(), PYRFC_SRC)

SV("python", "sap-rfc-password", "etl/sap/rfc_params.py", '''# Connection parameters for the BW extraction jobs (see etl/sap/extract.py)
SAP_SYSTEMS = {
    "ECQ": {
        "ashost": "10.41.2.15",
        "sysnr": "02",
        "client": "300",
        "user": "ETL_BW_Q",
        "passwd": "@V@",
        "lang": "DE",
        "trace": "0",
    },
    "ECP": {
        "mshost": "sapmsecp.acme.lan",
        "msserv": "3600",
        "sysid": "ECP",
        "group": "PUBLIC",
        "client": "100",
        "snc_partnername": "p:CN=ECP, O=ACME, C=DE",
        "snc_qop": "9",
        "snc_myname": "p:CN=svc_etl_bw, O=ACME, C=DE",
        "snc_lib": "/usr/sap/sapcrypto/libsapcrypto.so",
    },
}
''', season_pw(), PYRFC_SRC)

_ini = """# sapnwrfc.ini - RFC destinations used by the pyrfc jobs on this host
DEST=ECC_PRD
ASHOST=sapecc-prd.corp.acme.lan
SYSNR=00
CLIENT=100
USER=RFC_WMS
PASSWD=@V@
LANG=EN
TRACE=0

DEST=S4_QAS
MSHOST=s4qas-ms.corp.acme.lan
MSSERV=3601
R3NAME=QS4
GROUP=SPACE
CLIENT=200
SNC_PARTNERNAME=p:CN=QS4, OU=SAP, O=ACME, C=US
SNC_QOP=8
SNC_LIB=C:\\SAP\\CommonCryptoLib\\sapcrypto.dll
"""
_ini_pw = rand_pw(14, "#!")
S("ini", "sap-rfc-password", "deploy/windows/wms-gateway/sapnwrfc.ini", T(_ini, v=_ini_pw).replace("\n", "\r\n"), _ini_pw,
  "https://help.sap.com/docs/SAP_NETWEAVER_750/753088fc00704d0a80e7fbd6803c8adb/48ce50e418d3424be10000000a421937.html")

D("ini", "snc-no-password", "config/sapnwrfc.ini", """# RFC destinations for the interface server. Production uses SNC single sign-on;
# no user passwords are stored here (X.509 PSE in /usr/sap/sec/SAPSNCS.pse).
DEST=S4P
MSHOST=s4p-ms.corp.acme.lan
MSSERV=3600
R3NAME=S4P
GROUP=RFC
CLIENT=100
SNC_MODE=1
SNC_PARTNERNAME=p:CN=S4P, OU=Basis, O=ACME, C=DE
SNC_MYNAME=p:CN=IFSRV01, OU=Basis, O=ACME, C=DE
SNC_QOP=9
SNC_LIB=/usr/sap/sapcrypto/libsapcrypto.so
X509CERT=/usr/sap/sec/ifsrv01.crt
""", "https://help.sap.com/docs/SAP_NETWEAVER_750/753088fc00704d0a80e7fbd6803c8adb/48ce50e418d3424be10000000a421937.html")

DV("ini", "placeholder", "config/sapnwrfc.ini.sample", """# Copy to sapnwrfc.ini and fill in your own RFC user; never commit the real file.
DEST=ECC_DEV
ASHOST=sapecc-dev.corp.acme.lan
SYSNR=00
CLIENT=100
USER=<your RFC user>
PASSWD=@V@
LANG=EN
""", "<your RFC password>", PYRFC_SRC)

SV("yaml", "sap-rfc-password", "config/sap.yaml", """sap:
  rfc:
    ashost: s4hana-prd.eu.acme.cloud
    sysnr: "10"
    client: "100"
    user: IF_LOGISTICS
    passwd: '@V@'
    lang: EN
    pool_size: 4
  odata:
    base_url: https://s4hana-prd.eu.acme.cloud:44300/sap/opu/odata/sap
    services:
      - API_SALES_ORDER_SRV
      - API_BUSINESS_PARTNER
  retry:
    attempts: 3
    backoff_seconds: 10
""", human_pw(), PYRFC_SRC)

_btp_secret = btp_client_secret()
S("json", "btp-client-secret", "btp/service-keys/xsuaa-acme-orders.json", json.dumps({
    "credentials": {
        "tenantmode": "dedicated",
        "sburl": "https://internal-xsuaa.authentication.eu10.hana.ondemand.com",
        "subaccountid": uuid_s(),
        "credential-type": "binding-secret",
        "clientid": btp_client_id("acme-orders-" + hexs(8)),
        "xsappname": "acme-orders-" + hexs(8) + "!t" + digits(5),
        "clientsecret": _btp_secret,
        "serviceInstanceId": uuid_s(),
        "url": "https://acme-prod.authentication.eu10.hana.ondemand.com",
        "uaadomain": "authentication.eu10.hana.ondemand.com",
        "verificationkey": public_key_pem(),
        "apiurl": "https://api.authentication.eu10.hana.ondemand.com",
        "identityzone": "acme-prod",
        "identityzoneid": uuid_s(),
        "tenantid": uuid_s(),
        "zoneid": uuid_s(),
    }
}, indent=2) + "\n", _btp_secret, BTP_SRC)

_btp_dest_secret = btp_client_secret()
S("json", "btp-client-secret", "app/approuter/default-env.json", json.dumps({
    "VCAP_SERVICES": {
        "destination": [{
            "label": "destination",
            "name": "acme-destination",
            "plan": "lite",
            "credentials": {
                "uri": "https://destination-configuration.cfapps.us10.hana.ondemand.com",
                "clientid": btp_client_id("clone" + hexs(32)) + "|destination-xsappname!b404",
                "clientsecret": _btp_dest_secret,
                "url": "https://acme-dev.authentication.us10.hana.ondemand.com",
                "identityzone": "acme-dev",
                "tenantid": uuid_s(),
            },
        }]
    },
    "destinations": [{"name": "backend", "url": "http://localhost:4004", "forwardAuthToken": True}],
}, indent=2) + "\n", _btp_dest_secret, "https://www.npmjs.com/package/@sap/approuter#local-development")

D("json", "placeholder", "app/approuter/default-env.example.json", json.dumps({
    "VCAP_SERVICES": {
        "xsuaa": [{
            "label": "xsuaa",
            "name": "acme-uaa",
            "plan": "application",
            "credentials": {
                "clientid": "<clientid from `cf service-key acme-uaa acme-uaa-key`>",
                "clientsecret": "<clientsecret from the same service key>",
                "url": "https://<subdomain>.authentication.eu10.hana.ondemand.com",
                "xsappname": "acme-orders",
                "identityzone": "<subdomain>",
            },
        }]
    },
    "PORT": 5000,
}, indent=2) + "\n", "https://www.npmjs.com/package/@sap/approuter#local-development")

D("json", "security-descriptor", "btp/xs-security.json", json.dumps({
    "xsappname": "acme-orders",
    "tenant-mode": "dedicated",
    "scopes": [{"name": "$XSAPPNAME.Read", "description": "Read orders"},
               {"name": "$XSAPPNAME.Write", "description": "Create and change orders"}],
    "role-templates": [{"name": "Viewer", "scope-references": ["$XSAPPNAME.Read"]},
                       {"name": "Editor", "scope-references": ["$XSAPPNAME.Read", "$XSAPPNAME.Write"]}],
    "oauth2-configuration": {"token-validity": 3600, "redirect-uris": ["https://*.cfapps.eu10.hana.ondemand.com/**"],
                             "credential-types": ["binding-secret", "x509"]},
}, indent=2) + "\n", "https://help.sap.com/docs/btp/sap-business-technology-platform/application-security-descriptor-configuration-syntax")

_x509_key = pem("RSA PRIVATE KEY")
_x509_key_json = _x509_key.replace("\n", "\\n")
S("json", "private-key", "btp/service-keys/xsuaa-x509-key.json", """{
  "credentials": {
    "tenantmode": "dedicated",
    "credential-type": "x509",
    "clientid": "@CID@",
    "certificate": "@CERT@",
    "key": "@KEY@",
    "certurl": "https://acme-prod.authentication.cert.eu10.hana.ondemand.com",
    "url": "https://acme-prod.authentication.eu10.hana.ondemand.com",
    "xsappname": "acme-orders!t48211",
    "identityzone": "acme-prod",
    "uaadomain": "authentication.eu10.hana.ondemand.com"
  }
}
""".replace("@CID@", btp_client_id("acme-orders")).replace("@CERT@", cert_pem().replace("\n", "\\n")).replace("@KEY@", _x509_key_json),
  _x509_key_json, BTP_SRC)

SV("python", "database-password", "analytics/hana_extract.py", '''import os

import pandas as pd
from hdbcli import dbapi

# HANA Cloud instance of the planning team (BTP subaccount acme-analytics)
conn = dbapi.connect(
    address="4b1f7c2e-9a3d-4c11-b7e0-5d2f8a61c0d3.hana.prod-eu10.hanacloud.ondemand.com",
    port=443,
    user="DBADMIN",
    password="@V@",
    encrypt=True,
    sslValidateCertificate=True,
)

df = pd.read_sql("SELECT * FROM \\"PLANNING\\".\\"FORECAST_V\\" WHERE PERIOD >= ?", conn, params=[os.getenv("FROM_PERIOD", "2024001")])
df.to_parquet("out/forecast.parquet", index=False)
print(len(df), "rows")
''', words_pw(), "https://help.sap.com/docs/SAP_HANA_CLIENT/f1b440ded6144a54ada97ff95dac7adf/d12c86af7cb442d1b9f8520e2aba7758.html")

SV("gitlab-ci", "sap-btp-password", ".gitlab-ci.yml", """stages:
  - build
  - deploy

build-mtar:
  stage: build
  image: devxci/mbtci-java17-node18:latest
  script:
    - mbt build -p=cf -t=dist --mtar=acme-orders.mtar
  artifacts:
    paths: [dist/acme-orders.mtar]

deploy-prod:
  stage: deploy
  image: ppiper/cf-cli:latest
  only: [main]
  script:
    - cf login -a https://api.cf.eu10.hana.ondemand.com -u cicd-deployer@acme.io -p '@V@' -o acme-prod -s orders
    - cf deploy dist/acme-orders.mtar -f --retries 1
""", season_pw(), "https://docs.gitlab.com/ee/ci/yaml/")

D("gitlab-ci", "ci-variable", "deploy/.gitlab-ci.btp.yml", """deploy-qa:
  stage: deploy
  image: ppiper/cf-cli:latest
  variables:
    CF_API: https://api.cf.us10.hana.ondemand.com
    CF_ORG: acme-qa
    CF_SPACE: integration
  script:
    - cf login -a "$CF_API" -u "$CF_USER" -p "$CF_PASSWORD" -o "$CF_ORG" -s "$CF_SPACE"
    - cf deploy dist/acme-integration.mtar -f
  rules:
    - if: $CI_COMMIT_BRANCH == "develop"
""", "https://docs.gitlab.com/ee/ci/variables/")

_usr02 = ["MANDT,BNAME,USTYP,CLASS,GLTGB,PWDSALTEDHASH,PWDCHGDATE,UFLAG"]
for _u in ["RFC_PIM", "RFC_WMS", "ETL_BW_Q", "IF_LOGISTICS", "JDOE", "MSCHMIDT", "BATCH_FI"]:
    _usr02.append(f"100,{_u},{'B' if _u.startswith(('RFC', 'ETL', 'IF', 'BATCH')) else 'A'},,99991231,{sap_issha()},2024{_rng().randint(1, 12):02d}{_rng().randint(1, 28):02d},0")
D("csv", "password-hash", "audit/usr02_extract_2024q3.csv", "\n".join(_usr02) + "\n",
  "https://help.sap.com/docs/SAP_NETWEAVER_750/c6e6d078ab99452db94ed7b3b7bbcccf/4ac3f18f8c352470e10000000a42189c.html")

SV("python", "sap-odata-password", "integrations/s4/business_partner_sync.py", '''import requests

S4_HOST = "https://my412345-api.s4hana.ondemand.com"
SERVICE = "/sap/opu/odata/sap/API_BUSINESS_PARTNER"

session = requests.Session()
session.auth = ("COMM_USER_CRM_SYNC", "@V@")
session.headers.update({"Accept": "application/json"})


def fetch_changed(since_iso):
    url = f"{S4_HOST}{SERVICE}/A_BusinessPartner"
    params = {"$filter": f"LastChangeDate ge datetime'{since_iso}'", "$top": 500, "$format": "json"}
    resp = session.get(url, params=params, timeout=60)
    resp.raise_for_status()
    return resp.json()["d"]["results"]


if __name__ == "__main__":
    for bp in fetch_changed("2024-06-01T00:00:00"):
        print(bp["BusinessPartner"], bp["BusinessPartnerFullName"])
''', rand_pw(36, "{}[]<>"), "https://api.sap.com/api/API_BUSINESS_PARTNER/overview")

SV("env", "btp-client-secret", "genai-hub/.env", """# SAP AI Core service key (acme-aicore / default resource group)
AICORE_AUTH_URL=https://acme-ml.authentication.eu10.hana.ondemand.com
AICORE_CLIENT_ID=@CID@
AICORE_CLIENT_SECRET=@V@
AICORE_BASE_URL=https://api.ai.prod.eu-central-1.aws.ml.hana.ondemand.com/v2
AICORE_RESOURCE_GROUP=default
""", btp_client_secret(), "https://help.sap.com/docs/sap-ai-core/sap-ai-core-service-guide/create-service-key",
   cid=btp_client_id("a1b2" + hexs(28) + "|aicore!b540"))

D("yaml", "service-reference", "mta.yaml", """_schema-version: "3.1"
ID: acme-orders
version: 1.4.2
modules:
  - name: acme-orders-srv
    type: python
    path: srv
    parameters:
      buildpack: python_buildpack
      memory: 512M
    requires:
      - name: acme-uaa
      - name: acme-destination
    properties:
      S4_DESTINATION: S4HANA_CLOUD
      LOG_LEVEL: info
resources:
  - name: acme-uaa
    type: org.cloudfoundry.managed-service
    parameters:
      service: xsuaa
      service-plan: application
      path: ./xs-security.json
  - name: acme-destination
    type: org.cloudfoundry.managed-service
    parameters:
      service: destination
      service-plan: lite
""", "https://help.sap.com/docs/btp/sap-business-technology-platform/mta-development-descriptor")

# =================================================================================================
# NetSuite
# =================================================================================================
NS_TBA_SRC = "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4247337262.html"

SV("python", "netsuite-token-secret", "erp/netsuite/client.py", '''import os

from netsuitesdk import NetSuiteConnection

NS_ACCOUNT = "4820117"

def connect():
    return NetSuiteConnection(
        account=NS_ACCOUNT,
        consumer_key=os.environ["NS_CONSUMER_KEY"],
        consumer_secret=os.environ["NS_CONSUMER_SECRET"],
        token_key=os.environ["NS_TOKEN_KEY"],
        token_secret="@V@",
        caching=False,
    )


if __name__ == "__main__":
    nc = connect()
    vendors = nc.vendors.get_all_generator(page_size=200)
    for v in vendors:
        print(v["internalId"], v["entityId"])
''', ns_hex(), "https://github.com/fylein/netsuite-sdk-py")

SV("env", "netsuite-consumer-secret", "netsuite-bridge/.env.production", """NS_ACCOUNT_ID=4820117
NS_REALM=4820117
NS_REST_URL=https://4820117.suitetalk.api.netsuite.com/services/rest
NS_CONSUMER_SECRET=@V@
NS_TOKEN_ID=${VAULT_NS_TOKEN_ID}
NS_TOKEN_SECRET=${VAULT_NS_TOKEN_SECRET}
NS_PAGE_SIZE=1000
""", ns_hex(), NS_TBA_SRC)

_ns_split = ns_hex()
S("python", "netsuite-token-secret", "netsuite/restlet_client.py", f'''"""Calls the customscript_acme_so_export RESTlet with token-based authentication."""
import os

import requests
from requests_oauthlib import OAuth1

ACCOUNT = "4820117_SB1"
RESTLET = ("https://4820117-sb1.restlets.api.netsuite.com/app/site/hosting/restlet.nl"
           "?script=customscript_acme_so_export&deploy=1")

auth = OAuth1(
    client_key=os.environ["NS_CONSUMER_KEY"],
    client_secret=os.environ["NS_CONSUMER_SECRET"],
    resource_owner_key=os.environ["NS_TOKEN_ID"],
    resource_owner_secret=("{_ns_split[:32]}"
                           "{_ns_split[32:]}"),
    signature_method="HMAC-SHA256",
    realm=ACCOUNT,
)

resp = requests.get(RESTLET, auth=auth, params={{"since": "2024-06-01"}}, timeout=90)
resp.raise_for_status()
for so in resp.json()["orders"]:
    print(so["tranid"], so["total"])
''', _ns_split, "https://requests-oauthlib.readthedocs.io/en/latest/oauth1_workflow.html")

_ns_m2m = ec_pkcs8()
S("pem", "private-key", "certs/netsuite-m2m/private.pem", _ns_m2m + "\n", _ns_m2m,
  "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/article_0120095135.html")

_ns_pm = ns_hex()
S("json", "netsuite-token-secret", "postman/NetSuite-SB1.postman_environment.json", json.dumps({
    "id": uuid_s(),
    "name": "NetSuite SB1",
    "values": [
        {"key": "ACCOUNT_ID", "value": "4820117_SB1", "type": "default", "enabled": True},
        {"key": "CONSUMER_KEY", "value": "{{vault:ns-consumer-key}}", "type": "secret", "enabled": True},
        {"key": "CONSUMER_SECRET", "value": "{{vault:ns-consumer-secret}}", "type": "secret", "enabled": True},
        {"key": "TOKEN_ID", "value": "{{vault:ns-token-id}}", "type": "secret", "enabled": True},
        {"key": "TOKEN_SECRET", "value": _ns_pm, "type": "secret", "enabled": True},
        {"key": "BASE_URL", "value": "https://4820117-sb1.suitetalk.api.netsuite.com/services/rest/record/v1", "type": "default", "enabled": True},
    ],
    "_postman_variable_scope": "environment",
    "_postman_exported_at": "2024-05-14T09:12:44.118Z",
    "_postman_exported_using": "Postman/10.24.3",
}, indent="\t") + "\n", _ns_pm, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

_ns_af = ns_hex()
S("json", "netsuite-token-secret", "airflow/connections/netsuite_prod.json", json.dumps({
    "netsuite_prod": {
        "conn_type": "http",
        "host": "https://4820117.suitetalk.api.netsuite.com",
        "description": "SuiteTalk REST - integration role ACME_INTEGRATION",
        "extra": {
            "account": "4820117",
            "consumer_key_ref": "secret:netsuite/consumer_key",
            "consumer_secret_ref": "secret:netsuite/consumer_secret",
            "token_id_ref": "secret:netsuite/token_id",
            "token_secret": _ns_af,
            "signature_method": "HMAC-SHA256",
        },
    }
}, indent=2) + "\n", _ns_af, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html")

DV("env", "placeholder", "netsuite-bridge/.env.example", """# Token-based auth for SuiteTalk. Create an integration record and an access token in
# Setup > Users/Roles > Access Tokens; paste the values below (never commit the filled file).
NS_ACCOUNT_ID=1234567
NS_CONSUMER_KEY=<64-character consumer key>
NS_CONSUMER_SECRET=<64-character consumer secret>
NS_TOKEN_ID=<64-character token id>
NS_TOKEN_SECRET=@V@
NS_PAGE_SIZE=1000
""", "<64-character token secret>", NS_TBA_SRC)

D("javascript", "secret-reference", "src/FileCabinet/SuiteScripts/acme_shipstation_sync.js", """/**
 * @NApiVersion 2.1
 * @NScriptType ScheduledScript
 */
define(['N/https', 'N/search', 'N/log'], (https, search, log) => {
  const SHIPSTATION_URL = 'https://ssapi.shipstation.com/orders';

  const execute = () => {
    // The API key lives in Setup > Company > API Secrets as custsecret_acme_shipstation_key.
    const auth = https.createSecureString({ input: 'Basic {custsecret_acme_shipstation_key}' });
    const response = https.get({
      url: SHIPSTATION_URL + '?orderStatus=awaiting_shipment',
      headers: { Authorization: auth, Accept: 'application/json' },
      credentials: ['custsecret_acme_shipstation_key'],
    });
    log.audit({ title: 'ShipStation', details: response.code });
  };

  return { execute };
});
""", "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/article_161953449.html")

_ns_nb = ns_hex()
S("notebook", "netsuite-token-secret", "notebooks/suiteql_ar_aging.ipynb", notebook([
    ("import os, requests\nfrom requests_oauthlib import OAuth1", None),
    ("auth = OAuth1(os.environ['NS_CK'], os.environ['NS_CS'], os.environ['NS_TI'],\n"
     "              '" + _ns_nb + "',\n"
     "              signature_method='HMAC-SHA256', realm='4820117')", None),
    ("q = \"SELECT entity, SUM(foreignamountunpaid) AS open FROM transaction WHERE type = 'CustInvc' GROUP BY entity\"\n"
     "r = requests.post('https://4820117.suitetalk.api.netsuite.com/services/rest/query/v1/suiteql',\n"
     "                  json={'q': q}, headers={'Prefer': 'transient'}, auth=auth)\n"
     "r.json()['totalResults']", "412"),
]), _ns_nb, "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_157909186990.html")

D("python", "hmac-computation", "netsuite/oauth1_signer.py", '''"""OAuth 1.0a header for SuiteTalk REST (TBA): the secrets come from the environment at runtime."""
import base64
import hashlib
import hmac
import os
import secrets
import time
from urllib.parse import quote


def _q(value: str) -> str:
    return quote(value, safe="~")


def auth_header(method: str, url: str, realm: str) -> str:
    params = {
        "oauth_consumer_key": os.environ["NS_CONSUMER_KEY"],
        "oauth_token": os.environ["NS_TOKEN_ID"],
        "oauth_nonce": secrets.token_hex(11),
        "oauth_timestamp": str(int(time.time())),
        "oauth_signature_method": "HMAC-SHA256",
        "oauth_version": "1.0",
    }
    base = "&".join([method.upper(), _q(url), _q("&".join(f"{k}={_q(v)}" for k, v in sorted(params.items())))])
    key = f"{_q(os.environ['NS_CONSUMER_SECRET'])}&{_q(os.environ['NS_TOKEN_SECRET'])}"
    digest = hmac.new(key.encode(), base.encode(), hashlib.sha256).digest()
    params["oauth_signature"] = base64.b64encode(digest).decode()
    return f'OAuth realm="{realm}",' + ",".join(f'{k}="{_q(v)}"' for k, v in params.items())
''', "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_1534941088.html")

# =================================================================================================
# Salesforce
# =================================================================================================
SSF_SRC = "https://github.com/simple-salesforce/simple-salesforce#readme"
SFJWT_SRC = "https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_jwt_flow.htm"

SV("python", "salesforce-password", "crm/sf_lead_import.py", '''import csv
import os

from simple_salesforce import Salesforce

sf = Salesforce(
    username="integration.user@harborview-logistics.com",
    password="@V@",
    security_token=os.environ.get("SF_SECURITY_TOKEN", ""),
    domain="login",
)

with open("leads.csv", newline="", encoding="utf-8") as fh:
    rows = [
        {"LastName": r["last_name"], "Company": r["company"], "Email": r["email"], "LeadSource": "Trade Show"}
        for r in csv.DictReader(fh)
    ]

results = sf.bulk.Lead.insert(rows, batch_size=2000)
failed = [r for r in results if not r["success"]]
print(f"inserted {len(results) - len(failed)}, failed {len(failed)}")
''', words_pw(), SSF_SRC)

SV("python", "salesforce-password", "sync/salesforce_accounts.py", '''from simple_salesforce import Salesforce, SalesforceLogin

SF_USER = "svc-erp@brightlane.io.uat"

session_id, instance = SalesforceLogin(username=SF_USER, password="@V@", domain="test")
sf = Salesforce(instance=instance, session_id=session_id)

accounts = sf.query_all("SELECT Id, Name, ERP_Customer_No__c FROM Account WHERE ERP_Customer_No__c != null")
for rec in accounts["records"]:
    print(rec["Id"], rec["ERP_Customer_No__c"], rec["Name"])
''', season_pw(), SSF_SRC)

SV("python", "salesforce-security-token", "jobs/opportunity_snapshot.py", '''import datetime as dt
import keyring
from simple_salesforce import Salesforce

USERNAME = "reporting@northwindfoods.com"

sf = Salesforce(
    username=USERNAME,
    password=keyring.get_password("salesforce", USERNAME),
    security_token="@V@",
)

soql = ("SELECT Id, StageName, Amount, CloseDate, Owner.Name FROM Opportunity "
        "WHERE IsClosed = false AND CloseDate = THIS_FISCAL_QUARTER")
rows = sf.query_all(soql)["records"]
stamp = dt.date.today().isoformat()
print(stamp, len(rows), sum((r["Amount"] or 0) for r in rows))
''', sf_security_token(), SSF_SRC)

_sf_doc_tok = sf_security_token()
S("python", "salesforce-security-token", "acme_crm/salesforce.py", f'''"""Thin wrapper around simple-salesforce for the ERP bridge.

Example (sandbox, used by the nightly smoke test)::

    >>> from acme_crm.salesforce import connect
    >>> sf = connect(username="bridge@acme.io.full", password=os.environ["SF_PW"],
    ...              security_token="{_sf_doc_tok}", domain="test")
    >>> sf.query("SELECT COUNT() FROM Account")["totalSize"]
    18211
"""
from __future__ import annotations

from simple_salesforce import Salesforce


def connect(username: str, password: str, security_token: str = "", domain: str = "login") -> Salesforce:
    return Salesforce(username=username, password=password, security_token=security_token, domain=domain)
''', _sf_doc_tok, SSF_SRC)

_sf_nb_tok = sf_access_token()
S("notebook", "salesforce-access-token", "notebooks/sf_pipeline_review.ipynb", notebook([
    ("import os\nfrom simple_salesforce import Salesforce\n"
     "sf = Salesforce(username=os.environ['SF_USER'], password=os.environ['SF_PASS'],\n"
     "                security_token=os.environ['SF_TOKEN'])", None),
    ("print(sf.sf_instance)\nprint(sf.session_id)", "acme.my.salesforce.com\n" + _sf_nb_tok),
    ("df = sf.query_all('SELECT StageName, COUNT(Id) n FROM Opportunity GROUP BY StageName')\n"
     "df['totalSize']", "9"),
]), _sf_nb_tok, SSF_SRC)

_sf_rt = sf_refresh_token()
S("github-actions", "salesforce-refresh-token", ".github/workflows/deploy-uat.yml", f"""name: Deploy to UAT
on:
  push:
    branches: [release/*]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install Salesforce CLI
        run: npm install --global @salesforce/cli
      - name: Authenticate UAT
        run: |
          echo "force://PlatformCLI::{_sf_rt}@acme--uat.sandbox.my.salesforce.com" > ./uat-auth.txt
          sf org login sfdx-url --sfdx-url-file ./uat-auth.txt --alias uat --set-default
          rm ./uat-auth.txt
      - name: Deploy source
        run: sf project deploy start --source-dir force-app --test-level RunLocalTests --wait 60
""", _sf_rt, "https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm")

D("github-actions", "secrets-context", ".github/workflows/validate-pr.yml", """name: Validate PR
on:
  pull_request:
    paths: [force-app/**]

jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm install --global @salesforce/cli
      - name: Authenticate via JWT
        env:
          SF_JWT_KEY: ${{ secrets.SF_JWT_KEY }}
        run: |
          echo "$SF_JWT_KEY" > server.key
          sf org login jwt --client-id ${{ vars.SF_CONSUMER_KEY }} --jwt-key-file server.key \\
            --username ${{ vars.SF_CI_USERNAME }} --instance-url https://test.salesforce.com --alias ci
          shred -u server.key
      - run: sf project deploy validate --source-dir force-app --test-level RunLocalTests --target-org ci
""", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

_sf_key = pem("RSA PRIVATE KEY")
S("pem", "private-key", "config/jwt/server.key", _sf_key + "\n", _sf_key, SFJWT_SRC)

D("pem", "certificate", "config/jwt/server.crt", cert_pem() + "\n", SFJWT_SRC)

SV("python", "salesforce-consumer-secret", "crmbridge/settings/production.py", '''from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["crmbridge.acme.io"]

# Salesforce connected app "ACME CRM Bridge" (web server flow)
SALESFORCE_LOGIN_URL = "https://login.salesforce.com"
SALESFORCE_CONSUMER_KEY = "@CK@"
SALESFORCE_CONSUMER_SECRET = "@V@"
SALESFORCE_CALLBACK_URL = "https://crmbridge.acme.io/oauth/salesforce/callback"
SALESFORCE_API_VERSION = "v60.0"

CELERY_BROKER_URL = "redis://redis.crmbridge.svc:6379/0"
LOGGING["root"]["level"] = "INFO"  # noqa: F405
''', sf_consumer_secret(), "https://help.salesforce.com/s/articleView?id=sf.connected_app_create_api_integration.htm", ck=sf_consumer_key())

SV("env", "salesforce-password", "airflow/.env", """AIRFLOW_UID=50000
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW_CONN_SALESFORCE_DEFAULT='{"conn_type": "salesforce", "login": "etl@acme.io", "password": "@V@", "extra": {"security_token": "", "domain": "login"}}'
AIRFLOW_CONN_WAREHOUSE='postgresql://airflow@warehouse.acme.lan:5432/dwh'
""", human_pw(), "https://airflow.apache.org/docs/apache-airflow-providers-salesforce/stable/connections/salesforce.html")

_sf_k8s = words_pw()
S("k8s-secret", "salesforce-password", "deploy/k8s/salesforce-credentials.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: salesforce-credentials
  namespace: crm-sync
  labels:
    app: crm-sync
type: Opaque
data:
  SF_USERNAME: {b64("crm-sync@acme.io")}
  SF_PASSWORD: {b64(_sf_k8s)}
  SF_DOMAIN: {b64("login")}
""", _sf_k8s, "https://kubernetes.io/docs/concepts/configuration/secret/")

_sf_disp = sf_access_token()
_org = "00D" + chars(12, UPNUM)
S("json", "salesforce-access-token", "scratch/org-display-prod.json", json.dumps({
    "status": 0,
    "result": {
        "id": _org,
        "apiVersion": "60.0",
        "accessToken": _sf_disp,
        "instanceUrl": "https://acme.my.salesforce.com",
        "username": "release.manager@acme.io",
        "clientId": "PlatformCLI",
        "connectedStatus": "Connected",
        "alias": "acme-prod",
    },
    "warnings": ["This command will expose sensitive information that allows for subsequent activity using your current authenticated session."],
}, indent=2) + "\n", _sf_disp, "https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm")

_sf_ant_pw = season_pw() + sf_security_token()
S("properties", "salesforce-password", "build/build.properties", f"""# build.properties for the Ant Migration Tool
# Specify the login credentials for the desired Salesforce organization
sf.username = deploy@acme.io
# The password is the account password followed by the security token
sf.password = {_sf_ant_pw}
#sf.sessionId = <Insert your Salesforce session id here.  Use this or username/password above.  Cannot use both>
#sf.pkgName = <Insert comma separated package names to be retrieved>
#sf.zipFile = <Insert path of the zipfile to be retrieved>

# Use 'https://login.salesforce.com' for production or developer edition
sf.serverurl = https://login.salesforce.com

sf.maxPoll = 200
""", _sf_ant_pw, "https://developer.salesforce.com/docs/atlas.en-us.daas.meta/daas/forcemigrationtool_connect.htm")

SV("makefile", "salesforce-access-token", "ops/Makefile", """SF_INSTANCE := https://acme.my.salesforce.com
API := $(SF_INSTANCE)/services/data/v60.0
TOKEN := @V@

.PHONY: limits jobs abort-stuck

limits:
\tcurl -s -H "Authorization: Bearer $(TOKEN)" $(API)/limits | jq '.DailyApiRequests'

jobs:
\tcurl -s -H "Authorization: Bearer $(TOKEN)" "$(API)/jobs/ingest?isPkChunkingEnabled=false" | jq '.records[] | {id, state, object}'

abort-stuck:
\t@for id in $$(cat stuck_jobs.txt); do \\
\t\tcurl -s -X PATCH -H "Authorization: Bearer $(TOKEN)" -H "Content-Type: application/json" \\
\t\t\t-d '{"state":"Aborted"}' $(API)/jobs/ingest/$$id; \\
\tdone
""", sf_access_token(), "https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/get_all_jobs.htm")

_sf_sess = sf_access_token()
S("python", "salesforce-access-token", "scripts/fix_case_owners.py", f'''# one-off: reassign cases owned by deactivated agents (run 2024-04-02, ticket OPS-1882)
from simple_salesforce import Salesforce

sf = Salesforce(instance="acme.my.salesforce.com",
                session_id="{_sf_sess}")

QUEUE_ID = "00G5e000004TQbhEAG"
cases = sf.query_all("SELECT Id FROM Case WHERE Owner.IsActive = false AND IsClosed = false")["records"]
for c in cases:
    sf.Case.update(c["Id"], {{"OwnerId": QUEUE_ID}})
print("reassigned", len(cases))
''', _sf_sess, SSF_SRC)

D("python", "env-reference", "crm/sf_client.py", '''import os

from simple_salesforce import Salesforce


def client() -> Salesforce:
    """Username-password login; all values come from the deployment's secret store via env."""
    return Salesforce(
        username=os.environ["SF_USERNAME"],
        password=os.environ["SF_PASSWORD"],
        security_token=os.environ.get("SF_SECURITY_TOKEN", ""),
        domain=os.environ.get("SF_DOMAIN", "login"),
        client_id="acme-crm-bridge",
    )
''', SSF_SRC)

D("xml", "consumer-key-and-cert", "force-app/main/default/connectedApps/ACME_ERP_Bridge.connectedApp-meta.xml",
  f"""<?xml version="1.0" encoding="UTF-8"?>
<ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
    <contactEmail>salesforce-admins@acme.io</contactEmail>
    <label>ACME ERP Bridge</label>
    <oauthConfig>
        <callbackUrl>https://erp-bridge.acme.io/oauth/callback</callbackUrl>
        <certificate>{cert_pem()}</certificate>
        <consumerKey>{sf_consumer_key()}</consumerKey>
        <isAdminApproved>true</isAdminApproved>
        <isConsumerSecretOptional>false</isConsumerSecretOptional>
        <scopes>Api</scopes>
        <scopes>RefreshToken</scopes>
    </oauthConfig>
    <oauthPolicy>
        <ipRelaxation>ENFORCE</ipRelaxation>
        <refreshTokenPolicy>infinite</refreshTokenPolicy>
    </oauthPolicy>
</ConnectedApp>
""", "https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_connectedapp.htm")

D("json", "package-ids", "sfdx-project.json", json.dumps({
    "packageDirectories": [{"path": "force-app", "default": True, "package": "ACME Core", "versionName": "ver 2.3",
                            "versionNumber": "2.3.0.NEXT"}],
    "name": "acme-core",
    "namespace": "",
    "sfdcLoginUrl": "https://login.salesforce.com",
    "sourceApiVersion": "60.0",
    "packageAliases": {
        "ACME Core": "0Ho" + chars(12, ALNUM) + "AAA",
        "ACME Core@2.1.0-4": "04t" + chars(12, ALNUM) + "AAA",
        "ACME Core@2.2.0-1": "04t" + chars(12, ALNUM) + "AAE",
    },
}, indent=2) + "\n", "https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_ws_config.htm")

_ids = "\n".join(f'    "{k}": "{sf_id(p)}",' for k, p in [
    ("Customer", "012"), ("Partner", "012"), ("Prospect", "012"), ("Distributor", "012")])
_owners = "\n".join(f'    "{k}": "{sf_id("005")}",' for k in ["emea", "amer", "apac"])
D("python", "salesforce-ids", "migration/sf_mappings.py", f'''"""Static mappings for the legacy CRM -> Salesforce migration (18-character record ids)."""

RECORD_TYPES = {{
{_ids}
}}

DEFAULT_OWNERS = {{
{_owners}
}}

PRICEBOOK_STANDARD = "{sf_id("01s")}"
''', "https://help.salesforce.com/s/articleView?id=000385008&type=1")

D("yaml", "placeholder", "config/salesforce.example.yml", """# Copy to config/salesforce.yml. Reset your security token under
# Settings > My Personal Information > Reset My Security Token.
salesforce:
  username: you@example.com
  password: "<your Salesforce password>"
  security_token: "<your security token>"
  domain: test          # "login" for production
  api_version: "60.0"
  bulk:
    batch_size: 10000
    poll_interval: 5
""", SSF_SRC)

D("notebook", "masked-output", "notebooks/sf_login_check.ipynb", notebook([
    ("import os\nfrom simple_salesforce import Salesforce\n"
     "sf = Salesforce(username=os.environ['SF_USER'], password=os.environ['SF_PASS'], security_token=os.environ['SF_TOKEN'])",
     None),
    ("# never print the whole session id\nprint(sf.sf_instance, sf.session_id[:15] + '…')", "acme.my.salesforce.com 00D5e000000Gx1Q…"),
    ("sf.query('SELECT COUNT() FROM Contact')['totalSize']", "48211"),
]), SSF_SRC)

D("xml", "named-credential", "force-app/main/default/namedCredentials/NetSuite_REST.namedCredential-meta.xml", """<?xml version="1.0" encoding="UTF-8"?>
<NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">
    <allowMergeFieldsInBody>false</allowMergeFieldsInBody>
    <allowMergeFieldsInHeader>true</allowMergeFieldsInHeader>
    <calloutStatus>Enabled</calloutStatus>
    <generateAuthorizationHeader>false</generateAuthorizationHeader>
    <label>NetSuite REST</label>
    <namedCredentialParameters>
        <parameterName>Url</parameterName>
        <parameterType>Url</parameterType>
        <parameterValue>https://4820117.suitetalk.api.netsuite.com</parameterValue>
    </namedCredentialParameters>
    <namedCredentialParameters>
        <externalCredential>NetSuite_TBA</externalCredential>
        <parameterName>ExternalCredential</parameterName>
        <parameterType>Authentication</parameterType>
    </namedCredentialParameters>
    <namedCredentialType>SecuredEndpoint</namedCredentialType>
</NamedCredential>
""", "https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_namedcredential.htm")

# =================================================================================================
# Dynamics 365 / Dataverse / Power Platform
# =================================================================================================
DV_SRC = "https://learn.microsoft.com/en-us/power-apps/developer/data-platform/xrm-tooling/use-connection-strings-xrm-tooling-connect"

SV("env", "dataverse-client-secret", "dataverse-sync/.env", """# Dataverse (Dynamics 365 Sales) - app registration "erp-dataverse-sync"
DATAVERSE_URL=https://acme-sales.crm4.dynamics.com
AZURE_TENANT_ID=@TEN@
AZURE_CLIENT_ID=@CID@
AZURE_CLIENT_SECRET=@V@
DATAVERSE_API_VERSION=9.2
""", azure_secret(), "https://learn.microsoft.com/en-us/power-apps/developer/data-platform/authenticate-oauth",
   ten=uuid_s(), cid=uuid_s())

SV("python", "dataverse-client-secret", "d365/webapi_client.py", '''import msal
import requests

TENANT = "contoso.onmicrosoft.com"
CLIENT_ID = "@CID@"
RESOURCE = "https://contoso.crm.dynamics.com"

app = msal.ConfidentialClientApplication(
    CLIENT_ID,
    authority=f"https://login.microsoftonline.com/{TENANT}",
    client_credential="@V@",
)


def get(path, **params):
    token = app.acquire_token_for_client(scopes=[f"{RESOURCE}/.default"])["access_token"]
    resp = requests.get(f"{RESOURCE}/api/data/v9.2/{path}", params=params,
                        headers={"Authorization": f"Bearer {token}", "OData-MaxVersion": "4.0"})
    resp.raise_for_status()
    return resp.json()["value"]


if __name__ == "__main__":
    for acc in get("accounts", **{"$select": "name,accountnumber", "$top": 10}):
        print(acc["accountnumber"], acc["name"])
''', azure_secret(), "https://learn.microsoft.com/en-us/entra/msal/python/", cid=uuid_s())

_pa_url = power_automate_url()
S("python", "power-automate-webhook", "notify/approval_trigger.py", f'''"""Kicks off the "PO approval" Power Automate flow when a purchase order exceeds the limit."""
import requests

FLOW_URL = "{_pa_url}"


def request_approval(po_number: str, amount: float, requester: str) -> None:
    payload = {{"poNumber": po_number, "amount": amount, "requester": requester}}
    resp = requests.post(FLOW_URL, json=payload, timeout=30)
    resp.raise_for_status()
''', _pa_url, "https://learn.microsoft.com/en-us/power-automate/triggers-introduction")

_pa_url2 = power_automate_url()
S("yaml", "power-automate-webhook", "config/alerts.yaml", f"""alerts:
  failed_invoice_posting:
    severity: high
    channel: teams
    # Teams channel "ERP Ops" via the "Post to channel" flow (HTTP request trigger)
    webhook: "{_pa_url2}"
  stale_sync:
    severity: medium
    channel: email
    recipients: [erp-ops@acme.io]
    threshold_minutes: 90
""", _pa_url2, "https://learn.microsoft.com/en-us/power-automate/triggers-introduction")

SV("json", "dataverse-password", "functions/local.settings.json", """{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "DataverseConnectionString": "AuthType=OAuth;Url=https://acme-uat.crm4.dynamics.com;Username=svc-crm-uat@acme.onmicrosoft.com;Password=@V@;AppId=51f81489-12ee-4a9e-aaae-a2591f45987d;RedirectUri=app://58145B91-0C36-4500-8554-080854F2AC97;LoginPrompt=Never",
    "SyncBatchSize": "250"
  }
}
""", words_pw(), DV_SRC)

SV("azure-pipelines", "dataverse-client-secret", "pipelines/export-solution.yml", """trigger: none
schedules:
  - cron: "0 2 * * *"
    displayName: Nightly solution export
    branches:
      include: [main]

pool:
  vmImage: windows-latest

steps:
  - script: dotnet tool install --global Microsoft.PowerApps.CLI.Tool
    displayName: Install pac
  - script: >
      pac auth create --environment https://acme-dev.crm4.dynamics.com
      --applicationId @CID@
      --clientSecret @V@
      --tenant @TEN@
    displayName: Authenticate
  - script: pac solution export --name AcmeSales --path $(Build.ArtifactStagingDirectory)/AcmeSales.zip --managed false
    displayName: Export
  - publish: $(Build.ArtifactStagingDirectory)
    artifact: solutions
""", azure_secret(), "https://learn.microsoft.com/en-us/power-platform/developer/cli/reference/auth", cid=uuid_s(), ten=uuid_s())

D("azure-pipelines", "pipeline-variable", "pipelines/deploy-solution.yml", """trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  - group: powerplatform-prod   # ClientSecret is a secret variable in the library group

steps:
  - task: microsoft-IsvExpTools.PowerPlatform-BuildTools.tool-installer.PowerPlatformToolInstaller@2
  - task: microsoft-IsvExpTools.PowerPlatform-BuildTools.import-solution.PowerPlatformImportSolution@2
    inputs:
      authenticationType: PowerPlatformSPN
      PowerPlatformSPN: acme-prod-spn
      SolutionInputFile: $(Pipeline.Workspace)/solutions/AcmeSales_managed.zip
      AsyncOperation: true
      MaxAsyncWaitTime: 60
  - powershell: |
      pac auth create --environment $(EnvironmentUrl) --applicationId $(ClientId) --clientSecret $(ClientSecret) --tenant $(TenantId)
      pac solution list
""", "https://learn.microsoft.com/en-us/power-platform/alm/devops-build-tools")

D("json", "flow-definition", "solutions/AcmeSales/Workflows/NotifyOnLargeDeal.json", json.dumps({
    "properties": {
        "connectionReferences": {
            "shared_commondataserviceforapps": {
                "runtimeSource": "embedded",
                "connection": {"connectionReferenceLogicalName": "acme_sharedcommondataserviceforapps_4f2a1"},
                "api": {"name": "shared_commondataserviceforapps"},
            }
        },
        "definition": {
            "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
            "parameters": {"$connections": {"defaultValue": {}, "type": "Object"},
                           "$authentication": {"defaultValue": {}, "type": "SecureObject"}},
            "triggers": {"When_an_opportunity_is_updated": {
                "type": "OpenApiConnectionWebhook",
                "inputs": {"host": {"connectionName": "shared_commondataserviceforapps",
                                    "operationId": "SubscribeWebhookTrigger",
                                    "apiId": "/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps"},
                           "parameters": {"subscriptionRequest/message": 3, "subscriptionRequest/entityname": "opportunity",
                                          "subscriptionRequest/filterexpression": "estimatedvalue gt 250000"},
                           "authentication": "@parameters('$authentication')"}}},
            "actions": {},
        },
    },
    "schemaVersion": "1.0.0.0",
}, indent=2) + "\n", "https://learn.microsoft.com/en-us/power-automate/export-import-flow-non-solution")

D("python", "keyvault-reference", "d365/credentials.py", '''"""Dataverse credentials resolved at runtime from Key Vault (managed identity in Azure)."""
from functools import lru_cache

from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient

VAULT_URL = "https://kv-acme-integration.vault.azure.net"
CLIENT_ID = "5c2e9f41-8a7b-4d63-b1f0-2e7a6c9d0b18"


@lru_cache(maxsize=1)
def client_secret() -> str:
    client = SecretClient(vault_url=VAULT_URL, credential=DefaultAzureCredential())
    return client.get_secret("dataverse-sync-client-secret").value


def connection_string(url: str) -> str:
    return f"AuthType=ClientSecret;Url={url};ClientId={CLIENT_ID};ClientSecret={client_secret()}"
''', "https://learn.microsoft.com/en-us/python/api/overview/azure/keyvault-secrets-readme")

D("markdown", "flow-run-url", "docs/runbooks/po-approval-flow.md", """# PO approval flow — runbook

The flow lives in the **ACME Procurement** environment. When an approval is stuck:

1. Open the run history:
   https://make.powerautomate.com/environments/Default-3f2b9c1e-77aa-4b0e-9e61-1d2c4f5a6b7c/flows/8e1f0c2a-5b3d-4e6f-a7b8-c9d0e1f2a3b4/runs
2. Find the run by PO number (the trigger body shows `poNumber`).
3. If the approver left the company, reassign in **Approvals > Received**.

The trigger URL is stored in Key Vault as `po-approval-flow-url`; rotate it by re-saving the trigger
("Regenerate" under the HTTP trigger's settings) and update the secret.
""", "https://learn.microsoft.com/en-us/power-automate/fix-flow-failures")

# =================================================================================================
# Zendesk, Freshdesk
# =================================================================================================
ZD_SRC = "https://developer.zendesk.com/api-reference/introduction/security-and-auth/"

SV("python", "zendesk-token", "support/zendesk_backfill.py", '''from zenpy import Zenpy
from zenpy.lib.api_objects import Ticket, User

creds = {
    "email": "support-bot@harborview-logistics.com",
    "token": "@V@",
    "subdomain": "harborview",
}
zenpy_client = Zenpy(**creds)


def open_ticket(order_no: str, customer_email: str, body: str) -> int:
    ticket = zenpy_client.tickets.create(Ticket(
        subject=f"Delivery exception for order {order_no}",
        description=body,
        requester=User(email=customer_email),
        tags=["erp", "delivery-exception"],
    ))
    return ticket.ticket.id
''', zendesk_token(), "https://docs.facetoe.com.au/zenpy.html")

SV("shell", "zendesk-token", "scripts/export_zendesk_macros.sh", """#!/usr/bin/env bash
# Dump all shared macros to macros/ for review before the help-center migration.
set -euo pipefail
SUBDOMAIN=acmehelp
OUT=macros
mkdir -p "$OUT"

url="https://${SUBDOMAIN}.zendesk.com/api/v2/macros.json?access=shared&per_page=100"
page=1
while [ -n "$url" ] && [ "$url" != "null" ]; do
  curl -sS -u "it-admin@acme.io/token:@V@" "$url" -o "$OUT/page-$page.json"
  url=$(jq -r '.next_page' "$OUT/page-$page.json")
  page=$((page + 1))
done
echo "exported $((page - 1)) pages"
""", zendesk_token(), ZD_SRC)

SV("env", "zendesk-token", "helpdesk-bridge/.env.production", """APP_ENV=production
ZENDESK_SUBDOMAIN=acmehelp
ZENDESK_EMAIL=integrations@acme.io
ZENDESK_API_TOKEN=@V@
ODOO_URL=https://erp.acme.io
ODOO_DB=acme
ODOO_USER=helpdesk-bridge@acme.io
ODOO_API_KEY=${ODOO_API_KEY}
""", zendesk_token(), ZD_SRC)

_zd_pm = zendesk_token()
S("json", "zendesk-token", "postman/Zendesk.postman_environment.json", json.dumps({
    "id": uuid_s(),
    "name": "Zendesk prod",
    "values": [
        {"key": "subdomain", "value": "acmehelp", "type": "default", "enabled": True},
        {"key": "email", "value": "it-admin@acme.io", "type": "default", "enabled": True},
        {"key": "api_token", "value": _zd_pm, "type": "secret", "enabled": True},
    ],
    "_postman_variable_scope": "environment",
    "_postman_exported_at": "2024-02-27T15:40:03.512Z",
    "_postman_exported_using": "Postman/10.23.5",
}, indent="\t") + "\n", _zd_pm, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

SV("yaml", "zendesk-oauth-token", "config/helpdesk.yaml", """helpdesk:
  provider: zendesk
  subdomain: brightlane
  # OAuth client "erp-connector" (scope: tickets:write users:read), token from the admin center
  oauth_access_token: @V@
  default_group_id: 360011234567
  brand_id: 360004432198
  custom_fields:
    order_number: 360029931112
    erp_customer_id: 360029931132
""", hexs(64), "https://developer.zendesk.com/api-reference/ticketing/oauth/oauth_tokens/")

D("json", "app-manifest", "zendesk-app/manifest.json", json.dumps({
    "name": "ACME ERP Orders",
    "author": {"name": "ACME IT", "email": "it@acme.io", "url": "https://acme.io"},
    "defaultLocale": "en",
    "private": True,
    "location": {"support": {"ticket_sidebar": {"url": "assets/iframe.html", "flexible": True}}},
    "version": "1.4.0",
    "frameworkVersion": "2.0",
    "parameters": [
        {"name": "erp_base_url", "type": "url", "required": True},
        {"name": "erp_api_key", "type": "text", "secure": True, "required": True},
        {"name": "show_invoices", "type": "checkbox", "default": True},
    ],
    "domainWhitelist": ["erp.acme.io"],
}, indent=2) + "\n", "https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/")

D("python", "webhook-signing", "helpdesk_bridge/webhooks.py", '''import base64
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SIGNING_SECRET = os.environ["ZENDESK_WEBHOOK_SIGNING_SECRET"].encode()


def _valid(body: bytes, signature: str, timestamp: str) -> bool:
    digest = hmac.new(SIGNING_SECRET, timestamp.encode() + body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), signature)


@app.post("/zendesk/ticket-solved")
def ticket_solved():
    sig = request.headers.get("X-Zendesk-Webhook-Signature", "")
    ts = request.headers.get("X-Zendesk-Webhook-Signature-Timestamp", "")
    if not _valid(request.get_data(), sig, ts):
        abort(401)
    return {"ok": True}
''', "https://developer.zendesk.com/documentation/webhooks/verifying/")

SV("python", "freshdesk-key", "support/freshdesk_sync.py", '''from freshdesk.api import API

a = API("acmeretail.freshdesk.com", "@V@")

for ticket in a.tickets.list_tickets(filter_name="new_and_my_open"):
    contact = a.contacts.get_contact(ticket.requester_id)
    print(ticket.id, ticket.subject, contact.email)
''', freshdesk_key(), "https://python-freshdesk.readthedocs.io/en/latest/")

SV("python", "freshdesk-key", "integrations/freshdesk/client.py", '''import requests

DOMAIN = "https://brightlane.freshdesk.com"
API_KEY = "@V@"


class FreshdeskClient:
    def __init__(self, api_key: str = API_KEY):
        self.session = requests.Session()
        # Freshdesk basic auth: the API key as user name and any password ("X")
        self.session.auth = (api_key, "X")

    def create_ticket(self, email: str, subject: str, description: str, priority: int = 2) -> dict:
        payload = {"email": email, "subject": subject, "description": description,
                   "priority": priority, "status": 2, "tags": ["erp"]}
        resp = self.session.post(f"{DOMAIN}/api/v2/tickets", json=payload, timeout=20)
        resp.raise_for_status()
        return resp.json()
''', freshdesk_key(), "https://developers.freshdesk.com/api/#authentication")

SV("ini", "freshdesk-key", "config/settings.ini", """[general]
environment = production
timezone = Europe/Berlin

[freshdesk]
domain = kessler-outdoor.freshdesk.com
api_key = @V@
group_id = 48000123456
default_priority = 2

[odoo]
url = https://odoo.kessler-outdoor.de
database = kessler
user = helpdesk@kessler-outdoor.de
""", freshdesk_key(), "https://developers.freshdesk.com/api/#authentication")

D("markdown", "placeholder", "docs/freshdesk-integration.md", """# Freshdesk integration

The connector talks to the Freshdesk v2 API with basic auth, the API key being the user name:

```bash
curl -v -u YOUR_API_KEY:X -H "Content-Type: application/json" \\
  -X GET "https://yourdomain.freshdesk.com/api/v2/tickets?per_page=1"
```

Find the key under **Profile settings > Your API Key**, then put it into the deployment's secret
store as `FRESHDESK_API_KEY` (see `deploy/README.md`). Never paste it into `config/settings.ini`.
""", "https://developers.freshdesk.com/api/#authentication")

# =================================================================================================
# HubSpot
# =================================================================================================
HS_SRC = "https://developers.hubspot.com/docs/api/private-apps"

SV("python", "hubspot-token", "crm/hubspot_contacts_sync.py", '''from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate
from hubspot.crm.contacts.exceptions import ApiException

api_client = HubSpot(access_token="@V@")


def upsert_contact(email: str, first: str, last: str, erp_id: str) -> None:
    props = {"email": email, "firstname": first, "lastname": last, "erp_customer_id": erp_id}
    try:
        api_client.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties=props))
    except ApiException as exc:
        if exc.status != 409:
            raise
        api_client.crm.contacts.basic_api.update(email, {"properties": props}, id_property="email")
''', hubspot_pat("na1"), "https://github.com/HubSpot/hubspot-api-python")

SV("env", "hubspot-token", "marketing-sync/.env", """# HubSpot private app "ERP Sync" (crm.objects.contacts.write, crm.objects.companies.write)
HUBSPOT_ACCESS_TOKEN=@V@
HUBSPOT_PORTAL_ID=25512345
ERP_BASE_URL=https://erp.kessler-outdoor.de
BATCH_SIZE=100
""", hubspot_pat("eu1"), HS_SRC)

SV("python", "hubspot-legacy-key", "legacy/hubspot_deals_export.py", '''# Legacy export (2021) - still scheduled on the old reporting box.
import csv
import requests

HAPIKEY = "@V@"
URL = "https://api.hubapi.com/crm/v3/objects/deals"

params = {"hapikey": HAPIKEY, "limit": 100, "properties": "dealname,amount,dealstage,closedate"}
with open("deals.csv", "w", newline="") as fh:
    writer = csv.writer(fh)
    writer.writerow(["id", "dealname", "amount", "dealstage", "closedate"])
    while True:
        data = requests.get(URL, params=params, timeout=30).json()
        for d in data["results"]:
            p = d["properties"]
            writer.writerow([d["id"], p["dealname"], p["amount"], p["dealstage"], p["closedate"]])
        after = data.get("paging", {}).get("next", {}).get("after")
        if not after:
            break
        params["after"] = after
''', uuid_s(), "https://developers.hubspot.com/changelog/upcoming-api-key-sunset")

SV("python", "hubspot-client-secret", "webhooks/hubspot_signature.py", '''import hashlib
import hmac
import base64
import time

# Public app "ACME Connector" (app id 2841177)
CLIENT_SECRET = "@V@"


def valid_v3(method: str, uri: str, body: bytes, signature: str, timestamp: str) -> bool:
    if abs(time.time() * 1000 - int(timestamp)) > 300_000:
        return False
    source = (method + uri + body.decode() + timestamp).encode()
    digest = hmac.new(CLIENT_SECRET.encode(), source, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), signature)
''', uuid_s(), "https://developers.hubspot.com/docs/api/webhooks/validating-requests")

D("json", "secret-names", "hubspot-project/src/app/app.functions/serverless.json", json.dumps({
    "runtime": "nodejs18.x",
    "version": "1.0",
    "appFunctions": {
        "erp-lookup": {"file": "erp-lookup.js", "secrets": ["ERP_API_KEY", "PRIVATE_APP_ACCESS_TOKEN"]},
        "create-quote": {"file": "create-quote.js", "secrets": ["ERP_API_KEY"]},
    },
}, indent=2) + "\n", "https://developers.hubspot.com/docs/platform/serverless-functions")

D("python", "docs-example", "webhooks/test_signature.py", '''"""Checks our v1 signature code against the example in HubSpot's docs."""
import hashlib

# Values straight from the HubSpot documentation example (not our app's secret).
CLIENT_SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy"
BODY = '[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]'


def v1_signature(secret: str, body: str) -> str:
    return hashlib.sha256((secret + body).encode()).hexdigest()


def test_v1_signature_is_hex_sha256():
    sig = v1_signature(CLIENT_SECRET, BODY)
    assert len(sig) == 64
    assert sig == v1_signature(CLIENT_SECRET, BODY)
''', "https://developers.hubspot.com/docs/api/webhooks/validating-requests")

D("yaml", "crm-ids", "config/hubspot_mapping.yaml", f"""portal_id: 25512345
pipelines:
  sales:
    id: default
    stages:
      qualified: appointmentscheduled
      proposal: "{digits(8)}"
      won: closedwon
  renewals:
    id: "{digits(8)}"
owners:
  emea: "{digits(9)}"
  amer: "{digits(9)}"
properties:
  erp_customer_id: erp_customer_id
  credit_limit: credit_limit__eur
association_types:
  deal_to_company: 5
  contact_to_company: 1
""", "https://developers.hubspot.com/docs/api/crm/pipelines")

# =================================================================================================
# Jira / Confluence
# =================================================================================================
ATL_SRC = "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/"

SV("python", "atlassian-token", "tools/jira_release_notes.py", '''"""Builds release notes from the Jira fixVersion and posts them to the ERP change log."""
import sys

from jira import JIRA

jira = JIRA(
    server="https://acme-erp.atlassian.net",
    basic_auth=("release-bot@acme.io", "@V@"),
)

version = sys.argv[1]
issues = jira.search_issues(f'project = ERP AND fixVersion = "{version}" ORDER BY issuetype', maxResults=False)
for issue in issues:
    print(f"* [{issue.key}] {issue.fields.summary} ({issue.fields.issuetype.name})")
''', atlassian_token(), "https://jira.readthedocs.io/examples.html#authentication")

SV("netrc", "atlassian-token", "ci/netrc", """machine acme-erp.atlassian.net
  login ci-bot@acme.io
  password @V@

default
  login anonymous
  password anonymous@acme.io
""", atlassian_token(), "https://everything.curl.dev/usingcurl/netrc.html")

_atl_split = atlassian_token()
S("python", "atlassian-token", "docs_publisher/confluence_publish.py", f'''from atlassian import Confluence

confluence = Confluence(
    url="https://brightlane.atlassian.net/wiki",
    username="docs-publisher@brightlane.io",
    password=("{_atl_split[:96]}"
              "{_atl_split[96:]}"),
    cloud=True,
)

SPACE = "ERP"
PARENT_ID = 2284945409


def publish(title: str, html: str) -> None:
    page_id = confluence.get_page_id(SPACE, title)
    if page_id:
        confluence.update_page(page_id, title, html, representation="storage")
    else:
        confluence.create_page(SPACE, title, html, parent_id=PARENT_ID, representation="storage")
''', _atl_split, "https://atlassian-python-api.readthedocs.io/confluence.html")

SV("shell", "jira-dc-pat", "release/tag_jira_versions.sh", """#!/bin/sh
# Marks the Jira (Data Center) fix version as released after a successful prod deploy.
JIRA=https://jira.corp.acme.lan
VERSION_ID="$1"

curl -fsS -X PUT "$JIRA/rest/api/2/version/$VERSION_ID" \\
  -H "Authorization: Bearer @V@" \\
  -H "Content-Type: application/json" \\
  -d "{\\"released\\": true, \\"releaseDate\\": \\"$(date +%F)\\"}"
""", jira_dc_pat(), "https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html")

SV("yaml", "atlassian-token-legacy", "jira-sync.yml", """# ERP <-> Jira Service Management sync (runs every 10 min on the integration VM)
jira:
  url: https://acmeservice.atlassian.net
  user: erp-sync@acme.io
  api_token: @V@
  project: SUP
  issue_type: "Service Request"
erp:
  url: https://erp.acme.io
  model: helpdesk.ticket
mapping:
  priority:
    Highest: "3"
    High: "2"
    Medium: "1"
    Low: "0"
""", fakes.drawn_mixed(_seed(), 24), ATL_SRC)

SV("github-actions", "atlassian-token", ".github/workflows/jira-transition.yml", """name: Jira transition on merge
on:
  pull_request:
    types: [closed]

jobs:
  transition:
    if: github.event.pull_request.merged == true
    runs-on: ubuntu-latest
    env:
      JIRA_BASE_URL: https://acme-erp.atlassian.net
      JIRA_USER_EMAIL: github-bot@acme.io
      JIRA_API_TOKEN: @V@
    steps:
      - name: Login
        uses: atlassian/gajira-login@v3
      - name: Find issue key
        id: find
        uses: atlassian/gajira-find-issue-key@v3
        with:
          string: ${{ github.event.pull_request.title }}
      - name: Transition
        uses: atlassian/gajira-transition@v3
        with:
          issue: ${{ steps.find.outputs.issue }}
          transition: "Ready for QA"
""", atlassian_token(), "https://github.com/atlassian/gajira-login")

SV("yaml", "atlassian-token", "mkdocs.yml", """site_name: ERP Integration Handbook
repo_url: https://github.com/acme/erp-integrations
theme:
  name: material
nav:
  - Home: index.md
  - Odoo: odoo.md
  - Salesforce: salesforce.md
plugins:
  - search
  - mkdocs-with-confluence:
      host_url: https://acme-erp.atlassian.net/wiki/rest/api/content
      space: ERPDOC
      parent_page_name: Integration Handbook
      username: docs-bot@acme.io
      password: @V@
      enabled_if_env: MKDOCS_TO_CONFLUENCE
      verbose: false
""", atlassian_token(), "https://github.com/pawelsikora/mkdocs-with-confluence")

D("yaml", "keyring-source", "dotfiles/.jira.d/config.yml", """endpoint: https://acme-erp.atlassian.net
user: jdoe@acme.io
login: jdoe@acme.io
authentication-method: api-token
password-source: keyring
project: ERP
custom-commands:
  - name: mine
    help: display issues assigned to me
    script: |-
      {{jira}} list --template table --query "resolution = unresolved and assignee=currentuser() ORDER BY priority asc, created"
""", "https://github.com/go-jira/jira#authentication")

D("json", "account-ids", "jira/automation/auto-assign-erp-bugs.json", json.dumps({
    "name": "Auto-assign ERP integration bugs",
    "state": "ENABLED",
    "authorAccountId": "5b10ac8d82e05b22cc7d4ef5",
    "actor": {"type": "ACCOUNT_ID", "value": "557058:" + uuid_s()},
    "trigger": {"component": "TRIGGER", "type": "jira.issue.event.trigger:created",
                "value": {"eventKey": "jira:issue_created"}},
    "components": [
        {"component": "CONDITION", "type": "jira.jql.condition",
         "value": "project = ERP AND issuetype = Bug AND component = \"Salesforce sync\""},
        {"component": "ACTION", "type": "jira.issue.assign",
         "value": {"assignType": "SPECIFIC_USER", "assignee": {"type": "ID", "value": "712020:" + uuid_s()}}},
        {"component": "ACTION", "type": "jira.issue.comment",
         "value": {"comment": "Assigned to the CRM integration on-call ({{issue.reporter.displayName}} reported it)."}},
    ],
    "projects": [{"projectId": "10042"}],
}, indent=2) + "\n", "https://support.atlassian.com/cloud-automation/docs/jira-automation-triggers/")

D("python", "env-reference", "tools/jira_client.py", '''import os

from atlassian import Jira


def jira() -> Jira:
    return Jira(
        url=os.environ.get("JIRA_URL", "https://acme-erp.atlassian.net"),
        username=os.environ["JIRA_USER"],
        password=os.environ["JIRA_API_TOKEN"],
        cloud=True,
    )


def open_incident(summary: str, description: str) -> str:
    issue = jira().issue_create(fields={
        "project": {"key": "OPS"},
        "summary": summary,
        "description": description,
        "issuetype": {"name": "Incident"},
    })
    return issue["key"]
''', "https://atlassian-python-api.readthedocs.io/jira.html")

D("markdown", "placeholder", "CONTRIBUTING.md", """# Contributing

## Running the Jira sync locally

1. Create an API token at https://id.atlassian.com/manage-profile/security/api-tokens.
2. Export it, never write it into a file in the repo:

   ```bash
   export JIRA_USER=me@example.com
   export JIRA_API_TOKEN=<api-token>
   curl -s --user "$JIRA_USER:$JIRA_API_TOKEN" https://your-site.atlassian.net/rest/api/3/myself | jq .accountId
   ```

3. Run `make sync-dry-run`; it prints the transitions it would make without touching Jira.
""", ATL_SRC)

# =================================================================================================
# QuickBooks Online, Xero, Sage
# =================================================================================================
QBO_SRC = "https://developer.intuit.com/app/developer/qbo/docs/develop/sdks-and-samples-collections/python"
XERO_SRC = "https://github.com/XeroAPI/xero-python"

SV("python", "qbo-client-secret", "accounting/qbo_auth.py", '''from intuitlib.client import AuthClient
from intuitlib.enums import Scopes

auth_client = AuthClient(
    client_id="@CID@",
    client_secret="@V@",
    redirect_uri="https://finance-tools.acme.io/qbo/callback",
    environment="production",
)


def authorize_url() -> str:
    return auth_client.get_authorization_url([Scopes.ACCOUNTING])


def exchange(code: str, realm_id: str) -> dict:
    auth_client.get_bearer_token(code, realm_id=realm_id)
    return {"access_token": auth_client.access_token, "refresh_token": auth_client.refresh_token,
            "realm_id": realm_id}
''', qbo_secret(), "https://github.com/intuit/oauth-pythonclient", cid="AB" + fakes.drawn_mixed(_seed(), 48))

_qbo_rt = qbo_refresh()
S("json", "qbo-refresh-token", "accounting/.tokens/qbo_tokens.json", json.dumps({
    "realm_id": "9130357012345678",
    "token_type": "bearer",
    "refresh_token": _qbo_rt,
    "x_refresh_token_expires_in": 8726400,
    "expires_in": 3600,
    "updated_at": "2024-06-03T07:14:52Z",
}, indent=2) + "\n", _qbo_rt, "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0")

SV("python", "xero-client-secret", "finance/xero_settings.py", '''"""Xero OAuth2 app "ACME Finance Sync" (Web app)."""
from xero_python.api_client import ApiClient
from xero_python.api_client.configuration import Configuration
from xero_python.api_client.oauth2 import OAuth2Token

XERO_CLIENT_ID = "@CID@"
XERO_CLIENT_SECRET = "@V@"
XERO_SCOPES = "offline_access accounting.transactions accounting.contacts accounting.settings.read"

api_client = ApiClient(
    Configuration(
        debug=False,
        oauth2_token=OAuth2Token(client_id=XERO_CLIENT_ID, client_secret=XERO_CLIENT_SECRET),
    ),
    pool_threads=1,
)
''', xero_secret(), XERO_SRC, cid=hexu(32))

SV("env", "xero-client-secret", "xero-bridge/.env.local", """FLASK_ENV=development
XERO_CLIENT_ID=@CID@
XERO_CLIENT_SECRET=@V@
XERO_REDIRECT_URI=http://localhost:5000/callback
XERO_TENANT_NAME="ACME Trading Ltd"
""", xero_secret(), XERO_SRC, cid=hexu(32))

SV("python", "sage-intacct-sender-password", "intacct/request.py", '''import os
import uuid
from datetime import datetime

import requests

ENDPOINT = "https://api.intacct.com/ia/xml/xmlgw.phtml"
SENDER_ID = "ACMEPartner"
SENDER_PASSWORD = "@V@"

TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<request>
  <control>
    <senderid>{sender_id}</senderid>
    <password>{sender_password}</password>
    <controlid>{control_id}</controlid>
    <uniqueid>false</uniqueid>
    <dtdversion>3.0</dtdversion>
  </control>
  <operation>
    <authentication>
      <login>
        <userid>{user_id}</userid>
        <companyid>ACME-US</companyid>
        <password>{user_password}</password>
      </login>
    </authentication>
    <content>{content}</content>
  </operation>
</request>"""


def call(content: str) -> str:
    body = TEMPLATE.format(sender_id=SENDER_ID, sender_password=SENDER_PASSWORD, control_id=uuid.uuid4(),
                           user_id=os.environ["INTACCT_USER_ID"], user_password=os.environ["INTACCT_USER_PASSWORD"],
                           content=content)
    resp = requests.post(ENDPOINT, data=body.encode(), headers={"Content-Type": "application/xml"}, timeout=60)
    resp.raise_for_status()
    return resp.text
''', rand_pw(16, "!@#$"), "https://developer.intacct.com/web-services/requests/")

_sage_pw = words_pw()
S("ini", "database-password", "config/sage300.ini", T("""; Sage 300 company database used by the EDI import (read/write on APxxx and OExxx tables)
[sage300]
server = SAGE-SQL01\\SAGE300
company = ACMDAT
connection = Driver={ODBC Driver 18 for SQL Server};Server=SAGE-SQL01\\SAGE300;Database=ACMDAT;UID=edi_import;PWD=@V@;Encrypt=yes;TrustServerCertificate=yes

[import]
inbox = \\\\fileserver01\\edi\\inbound
archive = \\\\fileserver01\\edi\\archive
batch_prefix = EDI
""", v=_sage_pw).replace("\n", "\r\n"), _sage_pw, "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

D("json", "tenant-ids", "tests/fixtures/xero_connections.json", json.dumps([
    {"id": uuid_s(), "authEventId": uuid_s(), "tenantId": uuid_s(), "tenantType": "ORGANISATION",
     "tenantName": "ACME Trading Ltd", "createdDateUtc": "2024-01-15T10:22:31.5350550",
     "updatedDateUtc": "2024-05-02T08:11:04.1020940"},
    {"id": uuid_s(), "authEventId": uuid_s(), "tenantId": uuid_s(), "tenantType": "ORGANISATION",
     "tenantName": "ACME Trading (NZ) Ltd", "createdDateUtc": "2024-02-01T13:02:11.0020000",
     "updatedDateUtc": "2024-02-01T13:02:11.0020000"},
], indent=2) + "\n", "https://developer.xero.com/documentation/guides/oauth2/tenants")

D("python", "placeholder", "samples/qbo_config.py", '''# Copy this file to config.py and fill in your app's keys from the Intuit developer portal
# (Dashboard > your app > Keys & credentials). config.py is git-ignored.

CLIENT_ID = "<EnterClientIDHere>"
CLIENT_SECRET = "<EnterClientSecretHere>"
REDIRECT_URI = "http://localhost:8000/callback"
ENVIRONMENT = "sandbox"

# Company (realm) id of the sandbox company you test against
REALM_ID = "<EnterRealmIDHere>"
''', QBO_SRC)

D("python", "test-ids", "tests/test_qbo_invoice_mapping.py", '''import json

from accounting.qbo_mapping import invoice_from_qbo

REALM_ID = "4620816365213467890"
INTUIT_TID = "1-6658b3c2-4a7d9e0f12ab34cd56ef7890"


def test_invoice_mapping(snapshot):
    payload = {
        "Invoice": {"Id": "1043", "DocNumber": "INV-2024-0113", "SyncToken": "2", "TotalAmt": 1280.5,
                    "CustomerRef": {"value": "58", "name": "Kessler Outdoor GmbH"},
                    "MetaData": {"CreateTime": "2024-05-03T11:20:45-07:00"}},
        "time": "2024-05-03T11:21:02.118-07:00",
    }
    inv = invoice_from_qbo(payload, realm_id=REALM_ID, intuit_tid=INTUIT_TID)
    assert inv.number == "INV-2024-0113"
    assert json.dumps(inv.as_dict(), sort_keys=True) == snapshot
''', QBO_SRC)

# =================================================================================================
# DocuSign
# =================================================================================================
DS_SRC = "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/"

_ds_key = pem("RSA PRIVATE KEY")
S("python", "private-key", "esign/docusign_jwt.py", f'''"""JWT grant for the contract-signing service (impersonates the integration user)."""
from docusign_esign import ApiClient

INTEGRATION_KEY = "{uuid_s()}"
IMPERSONATED_USER_ID = "{uuid_s()}"
AUTH_SERVER = "account.docusign.com"
SCOPES = ["signature", "impersonation"]

PRIVATE_KEY = """{_ds_key}
"""


def api_client() -> ApiClient:
    client = ApiClient()
    client.set_oauth_host_name(AUTH_SERVER)
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY,
        user_id=IMPERSONATED_USER_ID,
        oauth_host_name=AUTH_SERVER,
        private_key_bytes=PRIVATE_KEY.encode(),
        expires_in=3600,
        scopes=SCOPES,
    )
    client.set_default_header("Authorization", f"Bearer {{token.access_token}}")
    return client
''', _ds_key, "https://github.com/docusign/docusign-esign-python-client")

SV("python", "docusign-secret-key", "esign/settings.py", '''# DocuSign authorization code grant (the user signs in; we store their refresh token)
DOCUSIGN = {
    "integration_key": "@IK@",
    "secret_key": "@V@",
    "redirect_uri": "https://contracts.acme.io/docusign/callback",
    "authorization_server": "https://account-d.docusign.com",
    "base_path": "https://demo.docusign.net/restapi",
    "scopes": ["signature", "extended"],
}
''', uuid_s(), "https://developers.docusign.com/platform/auth/authcode/authcode-get-token/", ik=uuid_s())

_ds_helm = pem("RSA PRIVATE KEY")
S("helm-values", "private-key", "charts/contracts/values-prod.yaml", """replicaCount: 2
image:
  repository: registry.acme.io/contracts-service
  tag: "3.8.1"
env:
  DOCUSIGN_AUTH_SERVER: account.docusign.com
  DOCUSIGN_ACCOUNT_ID: "@ACC@"
  DOCUSIGN_INTEGRATION_KEY: "@IK@"
docusign:
  privateKey: |
    @V@
ingress:
  enabled: true
  host: contracts.acme.io
""".replace("@ACC@", uuid_s()).replace("@IK@", uuid_s()).replace("@V@", _ds_helm.replace("\n", "\n    ")), _ds_helm, DS_SRC)

SV("env", "docusign-connect-hmac", "contracts-service/.env", """DOCUSIGN_ACCOUNT_ID=@ACC@
DOCUSIGN_BASE_PATH=https://eu.docusign.net/restapi
DOCUSIGN_PRIVATE_KEY_PATH=/run/secrets/docusign_private.pem
# Connect (webhook) HMAC key #1 from Settings > Connect > Connect Keys
DOCUSIGN_CONNECT_HMAC_KEY=@V@
""", b64rand(32), "https://developers.docusign.com/platform/webhooks/connect/hmac/", acc=uuid_s())

D("json", "key-path", "esign/jwt_config.json", json.dumps({
    "ds_client_id": uuid_s(),
    "ds_impersonated_user_id": uuid_s(),
    "private_key_file": "/etc/contracts/keys/docusign_private.pem",
    "authorization_server": "https://account-d.docusign.com",
    "signer_email": "legal-test@acme.io",
    "signer_name": "Legal Test",
    "cc_email": "contracts@acme.io",
}, indent=2) + "\n", "https://github.com/docusign/code-examples-python/blob/master/app/ds_config_sample.py")

_ds_pub = public_key_pem()
D("pem", "public-key", "esign/keys/docusign_public.pem", _ds_pub + "\n", DS_SRC)

D("python", "template-ids", "esign/templates.py", f'''"""DocuSign templates used by the contract service (ids copied from the eSignature admin)."""

TEMPLATES = {{
    "nda_mutual": "{uuid_s()}",
    "msa_v4": "{uuid_s()}",
    "order_form": "{uuid_s()}",
    "dpa_gdpr": "{uuid_s()}",
}}

BRAND_ID = "{uuid_s()}"
ACCOUNT_ID = "{uuid_s()}"
''', "https://developers.docusign.com/docs/esign-rest-api/reference/templates/templates/")

# =================================================================================================
# Workday
# =================================================================================================
WD_SRC = "https://community.workday.com/sites/default/files/file-hosting/productionapi/index.html"

SV("xml", "workday-password", "workday/requests/get_workers.xml", """<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:bsvc="urn:com.workday/bsvc">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1"
        xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>ISU_HR_Integrations@acme</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@V@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <bsvc:Get_Workers_Request bsvc:version="v41.0">
      <bsvc:Request_Criteria>
        <bsvc:Exclude_Inactive_Workers>true</bsvc:Exclude_Inactive_Workers>
      </bsvc:Request_Criteria>
      <bsvc:Response_Filter>
        <bsvc:Page>1</bsvc:Page>
        <bsvc:Count>200</bsvc:Count>
      </bsvc:Response_Filter>
    </bsvc:Get_Workers_Request>
  </soapenv:Body>
</soapenv:Envelope>
""", rand_pw(22, "!#%&*"), WD_SRC)

SV("python", "workday-password", "hr/raas_headcount.py", '''import requests

RAAS_URL = ("https://wd5-services1.myworkday.com/ccx/service/customreport2/acme/"
            "ISU_Finance_Integrations/CR_INT_Headcount_by_Cost_Center")

resp = requests.get(
    RAAS_URL,
    params={"format": "json", "Effective_as_of_Date": "2024-06-30-07:00"},
    auth=("ISU_Finance_Integrations", "@V@"),
    timeout=120,
)
resp.raise_for_status()
for row in resp.json()["Report_Entry"]:
    print(row["Cost_Center"], row["Headcount"])
''', words_pw(), "https://doc.workday.com/admin-guide/en-us/reporting-and-analytics/custom-reports/reports-as-a-service/")

SV("python", "workday-refresh-token", "hr/workday_oauth.py", '''import requests

WORKDAY = {
    "token_url": "https://wd2-impl-services1.workday.com/ccx/oauth2/acme_preview/token",
    "rest_base": "https://wd2-impl-services1.workday.com/ccx/api/v1/acme_preview",
    "client_id": "@CID@",
    "client_secret_env": "WD_CLIENT_SECRET",
    "refresh_token": "@V@",
}


def access_token(client_secret: str) -> str:
    resp = requests.post(WORKDAY["token_url"], data={
        "grant_type": "refresh_token",
        "refresh_token": WORKDAY["refresh_token"],
    }, auth=(WORKDAY["client_id"], client_secret), timeout=30)
    resp.raise_for_status()
    return resp.json()["access_token"]
''', chars(100, LOWNUM), "https://doc.workday.com/admin-guide/en-us/authentication-and-security/authentication/oauth/",
   cid=b64rand(36).rstrip("="))

SV("yaml", "workday-client-secret", "connectors/workday.yaml", """connector: workday
tenant: acme
host: wd5-services1.myworkday.com
auth:
  type: oauth2_client_credentials
  token_url: https://wd5-services1.myworkday.com/ccx/oauth2/acme/token
  client_id: @CID@
  client_secret: @V@
reports:
  - name: CR_INT_New_Hires
    schedule: "0 6 * * *"
  - name: CR_INT_Terminations
    schedule: "30 6 * * *"
""", chars(90, LOWNUM), "https://doc.workday.com/admin-guide/en-us/authentication-and-security/authentication/oauth/",
   cid=b64rand(36).rstrip("="))

D("xml", "certificate", "sso/workday-idp-metadata.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://www.workday.com/acme">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>{"".join(cert_pem().splitlines()[1:-1])}</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
        Location="https://wd5-impl.workday.com/acme/login-saml2.flex"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf")

D("python", "workday-ids", "hr/wd_reference_ids.py", f'''"""Workday IDs (WIDs) of the reference data the HR sync maps to."""

COMPANY_WID = {{
    "ACME Inc.": "{hexs(32)}",
    "ACME GmbH": "{hexs(32)}",
}}

COST_CENTER_WID = {{
    "CC-1000 Finance": "{hexs(32)}",
    "CC-2000 Sales": "{hexs(32)}",
    "CC-3000 Operations": "{hexs(32)}",
}}

WORKER_TYPE = {{"Employee": "Employee_ID", "Contingent": "Contingent_Worker_ID"}}
''', WD_SRC)

# =================================================================================================
# ServiceNow
# =================================================================================================
SN_SRC = "https://pysnow.readthedocs.io/en/latest/"

SV("python", "servicenow-password", "itsm/create_change.py", '''import pysnow

c = pysnow.Client(instance="acme", user="svc_erp_integration", password="@V@")
c.parameters.display_value = False
c.parameters.exclude_reference_link = True

change = c.resource(api_path="/table/change_request")


def open_change(short_description: str, ci_sys_id: str) -> str:
    result = change.create(payload={
        "short_description": short_description,
        "cmdb_ci": ci_sys_id,
        "type": "standard",
        "assignment_group": "ERP Operations",
    })
    return result["number"]
''', human_pw(), SN_SRC)

SV("python", "servicenow-client-secret", "itsm/sn_oauth.py", '''import requests

INSTANCE = "https://acmeprod.service-now.com"
CLIENT_ID = "@CID@"
CLIENT_SECRET = "@V@"


def token() -> str:
    resp = requests.post(f"{INSTANCE}/oauth_token.do", data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }, timeout=30)
    resp.raise_for_status()
    return resp.json()["access_token"]


def incidents(query: str):
    headers = {"Authorization": f"Bearer {token()}", "Accept": "application/json"}
    r = requests.get(f"{INSTANCE}/api/now/table/incident", params={"sysparm_query": query, "sysparm_limit": 100},
                     headers=headers, timeout=60)
    return r.json()["result"]
''', rand_pw(28, "!@#$%^&*()-_"), "https://docs.servicenow.com/bundle/washingtondc-platform-security/page/administer/security/concept/c_OAuthApplications.html",
   cid=hexs(32))

SV("yaml", "servicenow-password", "inventory/now.yml", """plugin: servicenow.itsm.now
instance:
  host: https://acmeprod.service-now.com
  username: ansible_cmdb
  password: "@V@"
table: cmdb_ci_linux_server
columns:
  - name
  - ip_address
  - os
  - u_environment
keyed_groups:
  - key: u_environment
    prefix: env
compose:
  ansible_host: ip_address
""", season_pw(), "https://docs.ansible.com/ansible/latest/collections/servicenow/itsm/now_inventory.html")

_sn_bat_pw = words_pw()
S("batch", "servicenow-password", "scripts/run_cmdb_export.bat", T("""@echo off
REM Nightly CMDB export for the asset register (Task Scheduler: ERP-CMDB-EXPORT)
set SN_INSTANCE=https://acmeprod.service-now.com
set SN_USER=svc_cmdb_export
set SN_PASSWORD=@V@
set OUT_DIR=D:\\exports\\cmdb

cd /d C:\\tools\\cmdb-export
call .venv\\Scripts\\activate.bat
python export_cmdb.py --instance %SN_INSTANCE% --user %SN_USER% --password "%SN_PASSWORD%" --out %OUT_DIR%
if errorlevel 1 exit /b 1
""", v=_sn_bat_pw).replace("\n", "\r\n"), _sn_bat_pw, "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1")

D("python", "sys-ids", "itsm/sn_constants.py", f'''"""sys_ids of ServiceNow records referenced by the ERP integration (prod instance)."""

ASSIGNMENT_GROUPS = {{
    "ERP Operations": "{hexs(32)}",
    "CRM Support": "{hexs(32)}",
}}

CMDB_CI = {{
    "odoo-prod": "{hexs(32)}",
    "netsuite-connector": "{hexs(32)}",
    "sf-bridge": "{hexs(32)}",
}}

STANDARD_CHANGE_TEMPLATE = "{hexs(32)}"
''', "https://docs.servicenow.com/bundle/washingtondc-platform-administration/page/administer/table-administration/concept/c_UniqueRecordIdentifier.html")

D("yaml", "sops-ciphertext", "secrets/servicenow.enc.yaml", f"""servicenow:
    instance: https://acmeprod.service-now.com
    username: {sops_enc(12)}
    password: {sops_enc(20)}
    client_secret: {sops_enc(32)}
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            {b64rand(45)}
            {b64rand(45)}
            {b64rand(27)}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-21T10:12:44Z"
    mac: {sops_enc(32)}
    pgp: []
    unencrypted_regex: ^(instance)$
    version: 3.8.1
""", "https://github.com/getsops/sops#encrypting-using-age")

# =================================================================================================
# Zoho, Pipedrive
# =================================================================================================
ZOHO_SRC = "https://www.zoho.com/crm/developer/docs/api/v6/refresh.html"

SV("python", "zoho-refresh-token", "crm/zoho_client.py", '''import os
import time

import requests

ACCOUNTS = "https://accounts.zoho.eu"
API = "https://www.zohoapis.eu/crm/v6"
CLIENT_ID = "@CID@"
REFRESH_TOKEN = "@V@"

_cache = {"token": None, "exp": 0}


def access_token() -> str:
    if _cache["token"] and _cache["exp"] > time.time() + 60:
        return _cache["token"]
    r = requests.post(f"{ACCOUNTS}/oauth/v2/token", params={
        "refresh_token": REFRESH_TOKEN,
        "client_id": CLIENT_ID,
        "client_secret": os.environ["ZOHO_CLIENT_SECRET"],
        "grant_type": "refresh_token",
    }, timeout=30)
    r.raise_for_status()
    body = r.json()
    _cache.update(token=body["access_token"], exp=time.time() + body["expires_in"])
    return _cache["token"]


def get_leads(page: int = 1):
    h = {"Authorization": f"Zoho-oauthtoken {access_token()}"}
    return requests.get(f"{API}/Leads", headers=h, params={"page": page, "per_page": 200}, timeout=30).json()
''', zoho_refresh(), ZOHO_SRC, cid="1000." + chars(30, UPNUM))

SV("json", "zoho-client-secret", "crm/self_client.json", """{
  "client_id": "@CID@",
  "client_secret": "@V@",
  "grant_type": "authorization_code",
  "scope": ["ZohoCRM.modules.ALL", "ZohoCRM.settings.READ"],
  "expiry_time": 1718011122712
}
""", zoho_secret(), "https://www.zoho.com/accounts/protocol/oauth/self-client/overview.html", cid="1000." + chars(30, UPNUM))

D("env", "placeholder", "crm/.env.example", """# Zoho CRM (EU data center). Create a Self Client at https://api-console.zoho.eu and
# generate a grant token with scope ZohoCRM.modules.ALL, then run `python -m crm.bootstrap`.
ZOHO_ACCOUNTS_URL=https://accounts.zoho.eu
ZOHO_CLIENT_ID=1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
ZOHO_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
ZOHO_REFRESH_TOKEN=1000.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
ZOHO_ORG_ID=
""", ZOHO_SRC)

SV("python", "pipedrive-token", "sales/pipedrive_won_deals.py", '''import datetime as dt

import requests

BASE = "https://kessleroutdoor.pipedrive.com/api/v1"
TOKEN = "@V@"


def won_deals(since: dt.date):
    start = 0
    while True:
        r = requests.get(f"{BASE}/deals?status=won&start={start}&limit=500&api_token={TOKEN}", timeout=30)
        r.raise_for_status()
        body = r.json()
        for deal in body["data"] or []:
            if deal["won_time"] and deal["won_time"][:10] >= since.isoformat():
                yield deal
        more = body["additional_data"]["pagination"]["more_items_in_collection"]
        if not more:
            return
        start = body["additional_data"]["pagination"]["next_start"]
''', hexs(40), "https://pipedrive.readme.io/docs/core-api-concepts-authentication")

SV("yaml", "pipedrive-token", "config/crm.yaml", """crm:
  vendor: pipedrive
  company_domain: brightlane
  api_token: "@V@"
  pipelines:
    new_business: 1
    renewals: 3
  sync:
    interval_minutes: 15
    push_invoices: true
    create_missing_orgs: false
""", hexs(40), "https://pipedrive.readme.io/docs/how-to-find-the-api-token")

D("python", "custom-field-keys", "sales/pipedrive_fields.py", f'''"""Pipedrive custom field keys (40-character hashes Pipedrive assigns to each custom field)."""

DEAL_FIELDS = {{
    "erp_order_number": "{hexs(40)}",
    "contract_end": "{hexs(40)}",
    "region": "{hexs(40)}",
}}

ORG_FIELDS = {{
    "vat_id": "{hexs(40)}",
    "netsuite_customer_id": "{hexs(40)}",
}}
''', "https://pipedrive.readme.io/docs/core-api-concepts-custom-fields")

# =================================================================================================
# Airtable, Notion
# =================================================================================================
AT_SRC = "https://airtable.com/developers/web/guides/personal-access-tokens"

SV("python", "airtable-token", "ops/airtable_inventory_sync.py", '''from pyairtable import Api

api = Api("@V@")
table = api.table("appq3Z8kL2xY7wR1b", "tblInventory")


def push_stock_levels(levels: dict[str, float]) -> None:
    existing = {r["fields"]["SKU"]: r["id"] for r in table.all(fields=["SKU"])}
    updates = [{"id": existing[sku], "fields": {"On hand": qty}} for sku, qty in levels.items() if sku in existing]
    table.batch_update(updates)
''', airtable_pat(), "https://pyairtable.readthedocs.io/en/stable/getting-started.html")

SV("env", "airtable-token", "event-ops/.env", """AIRTABLE_TOKEN=@V@
AIRTABLE_BASE_ID=appX1b2C3d4E5f6G7
AIRTABLE_TABLE=Registrations
HUBSPOT_PORTAL_ID=25512345
TZ=Europe/Amsterdam
""", airtable_pat(), AT_SRC)

SV("toml", "airtable-legacy-key", "config/airtable.toml", """# Content calendar automation (legacy API key, created 2021)
[airtable]
api_key = "@V@"
base = "appM9nB8vC7xZ6lK5"
table = "Content Calendar"
view = "Scheduled"

[publish]
dry_run = false
timezone = "America/New_York"
""", "key" + fakes.drawn_mixed(_seed(), 14), "https://support.airtable.com/docs/airtable-api-key-deprecation-notice")

D("python", "base-ids", "ops/airtable_schema.py", f'''"""Airtable ids used by the ops sync: bases (app…), tables (tbl…), views (viw…) and fields (fld…)."""

BASE_OPS = "app{fakes.drawn_mixed(_seed(), 14)}"
TABLES = {{
    "Inventory": "tbl{fakes.drawn_mixed(_seed(), 14)}",
    "Suppliers": "tbl{fakes.drawn_mixed(_seed(), 14)}",
    "Purchase Orders": "tbl{fakes.drawn_mixed(_seed(), 14)}",
}}
VIEW_REORDER = "viw{fakes.drawn_mixed(_seed(), 14)}"
FIELD_SKU = "fld{fakes.drawn_mixed(_seed(), 14)}"
''', "https://support.airtable.com/docs/finding-airtable-ids")

D("javascript", "script-input", "airtable/automations/notify_sales.js", """// Airtable automation: "When record matches conditions" -> Run script.
// The token is passed in from the automation's input variables (configured in the UI), not stored here.
const { recordId, hubspotToken, dealOwnerEmail } = input.config();

const table = base.getTable('Deals');
const record = await table.selectRecordAsync(recordId);

const response = await fetch('https://api.hubapi.com/crm/v3/objects/notes', {
  method: 'POST',
  headers: { Authorization: `Bearer ${hubspotToken}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ properties: { hs_note_body: `Deal ${record.name} moved to Won`, hs_timestamp: Date.now() } }),
});
output.set('status', response.status);
output.set('owner', dealOwnerEmail);
""", "https://airtable.com/developers/scripting/api/input")

NOTION_SRC = "https://developers.notion.com/docs/authorization"

SV("python", "notion-token", "automation/notion_release_log.py", '''import datetime as dt

from notion_client import Client

notion = Client(auth="@V@")
DATABASE_ID = "8f2c1d6e4b3a49e0a7c5d2f1e0b9a8c7"


def log_release(version: str, summary: str) -> None:
    notion.pages.create(
        parent={"database_id": DATABASE_ID},
        properties={
            "Version": {"title": [{"text": {"content": version}}]},
            "Date": {"date": {"start": dt.date.today().isoformat()}},
            "Summary": {"rich_text": [{"text": {"content": summary}}]},
        },
    )
''', notion_secret(), "https://github.com/ramnes/notion-sdk-py")

SV("env", "notion-token", "kb-sync/.env", """NOTION_TOKEN=@V@
NOTION_ROOT_PAGE=3c9a81f0d2b44e6fa1c7e5d8b9f02a46
CONFLUENCE_SPACE=ERPDOC
CONFLUENCE_URL=https://acme-erp.atlassian.net/wiki
SYNC_DRY_RUN=false
""", notion_ntn(), NOTION_SRC)

SV("yaml", "notion-token", "config/roadmap_sync.yaml", """# Jira epics -> Notion roadmap database
notion:
  token: @V@
  roadmap_db: 5b7e2a91c4d84f03b6e1a2c9d8f7e6a5
  status_property: Status
jira:
  url: https://acme-erp.atlassian.net
  jql: project = ERP AND issuetype = Epic AND statusCategory != Done
  token_env: JIRA_API_TOKEN
""", notion_ntn(), NOTION_SRC)

D("python", "database-ids", "automation/notion_ids.py", f'''"""Notion databases and pages the automations write to (ids from each page's share link)."""

DATABASES = {{
    "release_log": "{hexs(32)}",
    "vendor_onboarding": "{hexs(32)}",
    "erp_change_requests": "{hexs(32)}",
}}

PAGES = {{
    "integration_runbook": "{uuid_s()}",
    "oncall_rota": "{uuid_s()}",
}}
''', "https://developers.notion.com/reference/intro#conventions")

# =================================================================================================
# Zapier, Make
# =================================================================================================
_mk = make_hook("eu1")
S("python", "make-webhook", "events/make_forwarder.py", f'''"""Forwards paid invoices to the Make scenario that updates the finance Google Sheet."""
import requests

MAKE_WEBHOOK = "{_mk}"


def forward_invoice(invoice: dict) -> None:
    payload = {{
        "number": invoice["name"],
        "partner": invoice["partner_id"][1],
        "amount": invoice["amount_total"],
        "currency": invoice["currency_id"][1],
        "paid_on": invoice["payment_date"],
    }}
    requests.post(MAKE_WEBHOOK, json=payload, timeout=15).raise_for_status()
''', _mk, "https://www.make.com/en/help/tools/webhooks")

_zh = zapier_hook()
S("yaml", "zapier-webhook", "config/notifications.yaml", f"""notifications:
  new_enterprise_lead:
    enabled: true
    # Zap "Enterprise lead -> Slack #sales + Salesforce task"
    url: {_zh}
    fields: [email, company, employees, country]
  churn_risk:
    enabled: false
    url: null
""", _zh, "https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks")

SV("python", "make-api-token", "tools/make_scenarios.py", '''"""Lists Make scenarios of the ERP team and turns off the ones with errors."""
import requests

MAKE_API = "https://eu1.make.com/api/v2"
HEADERS = {"Authorization": "Token @V@"}
TEAM_ID = 184223

scenarios = requests.get(f"{MAKE_API}/scenarios", params={"teamId": TEAM_ID}, headers=HEADERS, timeout=30).json()
for sc in scenarios["scenarios"]:
    if sc.get("isinvalid"):
        requests.post(f"{MAKE_API}/scenarios/{sc['id']}/stop", headers=HEADERS, timeout=30)
        print("stopped", sc["id"], sc["name"])
''', uuid_s(), "https://developers.make.com/api-documentation/authentication/api-tokens")

_zh2 = zapier_hook()
S("env", "zapier-webhook", "shop/.env", f"""SHOP_NAME=kessler-outdoor
ORDER_WEBHOOK_ZAPIER={_zh2}
ODOO_URL=https://odoo.kessler-outdoor.de
LOG_LEVEL=info
ENABLE_REVIEWS=true
""", _zh2, "https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks")

D("json", "blueprint", "make/blueprints/netsuite-to-sheets.blueprint.json", json.dumps({
    "name": "NetSuite invoices -> Finance sheet",
    "flow": [
        {"id": 1, "module": "gateway:CustomWebHook", "version": 1, "parameters": {"hook": 812233, "maxResults": 1},
         "mapper": {}, "metadata": {"designer": {"x": 0, "y": 0}}},
        {"id": 2, "module": "google-sheets:addRow", "version": 2,
         "parameters": {"__IMTCONN__": 2281945},
         "mapper": {"spreadsheetId": "/finance/AR-2024", "sheetId": "Invoices",
                    "values": {"0": "{{1.number}}", "1": "{{1.partner}}", "2": "{{1.amount}}", "3": "{{formatDate(1.paid_on; \"YYYY-MM-DD\")}}"}},
         "metadata": {"designer": {"x": 300, "y": 0}}},
    ],
    "metadata": {"instant": True, "version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3, "autoCommit": True}},
}, indent=4) + "\n", "https://www.make.com/en/help/scenarios/scenario-blueprints")

D("markdown", "placeholder", "docs/zapier.md", """# Zapier hand-offs

Each Zap that starts from our app uses a **Catch Hook** trigger. Zapier shows a URL of the form

    https://hooks.zapier.com/hooks/catch/XXXXXXX/XXXXXXX/

Put it into the deployment's secret store (`ZAPIER_*_WEBHOOK`), not into `config/notifications.yaml`;
anyone with the URL can start the Zap. To test locally, use a RequestBin URL such as
`https://example.requestcatcher.com/test` instead.
""", "https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks")

# =================================================================================================
# MuleSoft, Boomi
# =================================================================================================
MULE_SRC = "https://docs.mulesoft.com/mule-runtime/latest/configuring-properties"

SV("yaml", "salesforce-password", "src/main/resources/config-prod.yaml", """http:
  listener:
    host: "0.0.0.0"
    port: "8081"
sfdc:
  url: "https://login.salesforce.com/services/Soap/u/60.0"
  username: "mule-integration@acme.io"
  password: "@V@"
  token: ""
netsuite:
  account: "4820117"
  roleId: "1042"
  wsdlVersion: "2023_2"
scheduler:
  frequency: "300000"
""", words_pw(), MULE_SRC)

D("yaml", "mule-secure-property", "src/main/resources/secure-config-prod.yaml", f"""sfdc:
  password: "{mule_secure()}"
  token: "{mule_secure()}"
netsuite:
  consumerSecret: "{mule_secure()}"
  tokenSecret: "{mule_secure()}"
db:
  password: "{mule_secure()}"
""", "https://docs.mulesoft.com/mule-runtime/latest/secure-configuration-properties")

_any_id, _any_secret = hexs(32), hexu(32)
S("maven-settings", "anypoint-client-secret", ".maven/settings.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 http://maven.apache.org/xsd/settings-1.0.0.xsd">
  <pluginGroups>
    <pluginGroup>org.mule.tools</pluginGroup>
  </pluginGroups>
  <servers>
    <server>
      <id>anypoint-exchange-v3</id>
      <username>~~~Client~~~</username>
      <password>{_any_id}~?~{_any_secret}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>mule</id>
      <activation><activeByDefault>true</activeByDefault></activation>
      <repositories>
        <repository>
          <id>anypoint-exchange-v3</id>
          <url>https://maven.anypoint.mulesoft.com/api/v3/maven</url>
        </repository>
      </repositories>
    </profile>
  </profiles>
</settings>
""", _any_secret, "https://docs.mulesoft.com/exchange/to-publish-assets-maven")

D("maven-settings", "maven-encrypted", "ci/settings.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>anypoint-exchange-v3</id>
      <username>~~~Client~~~</username>
      <password>${{env.ANYPOINT_CLIENT_ID}}~?~${{env.ANYPOINT_CLIENT_SECRET}}</password>
    </server>
    <server>
      <id>MuleRepository</id>
      <username>acme-nexus-ee</username>
      <password>{maven_enc()}</password>
    </server>
    <server>
      <id>acme-nexus</id>
      <username>${{env.NEXUS_USER}}</username>
      <password>${{env.NEXUS_PASSWORD}}</password>
    </server>
  </servers>
</settings>
""", "https://maven.apache.org/guides/mini/guide-encryption.html")

SV("makefile", "mule-secure-key", "Makefile.mule", """APP      := acme-order-sync
ENV      ?= dev
RUNTIME  := 4.6.3

.PHONY: package deploy-dev deploy-prod

package:
\tmvn -B clean package -DskipMunitTests

deploy-dev:
\tmvn -B deploy -DmuleDeploy -Denv=dev -Dmule.key=@V@ \\
\t  -Danypoint.client.id=$(ANYPOINT_CLIENT_ID) -Danypoint.client.secret=$(ANYPOINT_CLIENT_SECRET) \\
\t  -Dapp.runtime=$(RUNTIME) -Dcloudhub.application.name=$(APP)-dev

deploy-prod:
\tmvn -B deploy -DmuleDeploy -Denv=prod -Dmule.key=$(MULE_KEY_PROD) \\
\t  -Danypoint.client.id=$(ANYPOINT_CLIENT_ID) -Danypoint.client.secret=$(ANYPOINT_CLIENT_SECRET) \\
\t  -Dapp.runtime=$(RUNTIME) -Dcloudhub.application.name=$(APP)
""", rand_pw(16), "https://docs.mulesoft.com/mule-runtime/latest/secure-configuration-properties")

SV("python", "boomi-token", "boomi/atom_status.py", '''"""Reports offline Atoms / Molecules via the AtomSphere platform API."""
import requests

ACCOUNT_ID = "acmecorp-K7Q2XM"
BASE = f"https://api.boomi.com/api/rest/v1/{ACCOUNT_ID}"
AUTH = ("BOOMI_TOKEN.integration-admin@acme.io", "@V@")

query = {"QueryFilter": {"expression": {"operator": "EQUALS", "property": "status", "argument": ["OFFLINE"]}}}
resp = requests.post(f"{BASE}/Atom/query", json=query, auth=AUTH,
                     headers={"Accept": "application/json"}, timeout=30)
resp.raise_for_status()
for atom in resp.json().get("result", []):
    print(atom["id"], atom["name"], atom["status"])
''', uuid_s(), "Boomi AtomSphere API documentation, API tokens (help.boomi.com)")

_boomi_pw = season_pw()
S("json", "salesforce-password", "boomi/env-extensions/prod-update.json", json.dumps({
    "@type": "EnvironmentExtensions",
    "environmentId": uuid_s(),
    "id": uuid_s(),
    "partial": True,
    "connections": {"@type": "Connections", "connection": [{
        "@type": "Connection",
        "id": uuid_s(),
        "name": "Salesforce Prod",
        "field": [
            {"@type": "Field", "id": "url", "value": "https://login.salesforce.com/services/Soap/u/60.0", "useDefault": False},
            {"@type": "Field", "id": "user", "value": "boomi-integration@acme.io", "useDefault": False},
            {"@type": "Field", "id": "password", "value": _boomi_pw, "usesEncryption": True,
             "encryptedValueSet": False, "useDefault": False},
        ],
    }]},
}, indent=2) + "\n", _boomi_pw, "Boomi AtomSphere API documentation, Environment Extensions object (help.boomi.com)")

D("json", "encrypted-flag", "boomi/env-extensions/prod-current.json", json.dumps({
    "@type": "EnvironmentExtensions",
    "environmentId": uuid_s(),
    "id": uuid_s(),
    "connections": {"@type": "Connections", "connection": [{
        "@type": "Connection", "id": uuid_s(), "name": "Salesforce Prod",
        "field": [
            {"@type": "Field", "id": "url", "value": "https://login.salesforce.com/services/Soap/u/60.0", "useDefault": False},
            {"@type": "Field", "id": "user", "value": "boomi-integration@acme.io", "useDefault": False},
            {"@type": "Field", "id": "password", "usesEncryption": True, "encryptedValueSet": True, "useDefault": False},
        ],
    }]},
    "processProperties": {"@type": "OverrideProcessProperties", "ProcessProperty": []},
}, indent=2) + "\n", "Boomi AtomSphere API documentation, Environment Extensions object (help.boomi.com)")

SV("properties", "database-password", "src/main/resources/mule-app.properties", """# Non-secure defaults for local runs (Anypoint Studio)
http.port=8081
db.host=mysql-wms.acme.lan
db.port=3306
db.database=wms
db.user=mule_wms
db.password=@V@
wms.poll.frequency=60000
sfdc.username=${sfdc.user}
""", human_pw(), MULE_SRC)

D("properties", "secure-reference", "src/main/resources/config-dev.properties", """http.port=8081
sfdc.url=https://test.salesforce.com/services/Soap/u/60.0
sfdc.username=mule-integration@acme.io.uat
sfdc.password=${secure::sfdc.password}
sfdc.token=${secure::sfdc.token}
netsuite.tokenSecret=${secure::netsuite.tokenSecret}
api.autodiscovery.id=18899311
""", "https://docs.mulesoft.com/mule-runtime/latest/secure-configuration-properties")

D("json", "secure-property-names", "mule-artifact.json", json.dumps({
    "minMuleVersion": "4.6.0",
    "javaSpecificationVersions": ["17"],
    "secureProperties": ["sfdc.password", "sfdc.token", "netsuite.consumerSecret", "netsuite.tokenSecret",
                         "anypoint.platform.client_secret", "db.password"],
}, indent=2) + "\n", "https://docs.mulesoft.com/mule-runtime/latest/secure-application-properties")

SV("env", "anypoint-client-secret", "ops/anypoint.env", """# anypoint-cli-v4 connected app "cli-automation" (scopes: Runtime Manager, Exchange Contributor)
ANYPOINT_CLIENT_ID=@CID@
ANYPOINT_CLIENT_SECRET=@V@
ANYPOINT_ORG=Acme Corp
ANYPOINT_ENV=Production
ANYPOINT_HOST=eu1.anypoint.mulesoft.com
""", hexu(32), "https://docs.mulesoft.com/anypoint-cli/latest/auth", cid=hexs(32))

SV("xml", "salesforce-password", "src/main/mule/global-config.xml", """<?xml version="1.0" encoding="UTF-8"?>
<mule xmlns="http://www.mulesoft.org/schema/mule/core"
      xmlns:salesforce="http://www.mulesoft.org/schema/mule/salesforce"
      xmlns:secure-properties="http://www.mulesoft.org/schema/mule/secure-properties"
      xmlns:doc="http://www.mulesoft.org/schema/mule/documentation">

    <configuration-properties file="config-${env}.yaml" doc:name="Configuration properties"/>
    <secure-properties:config name="Secure_Properties" file="secure-config-${env}.yaml" key="${mule.key}">
        <secure-properties:encrypt algorithm="Blowfish"/>
    </secure-properties:config>

    <salesforce:sfdc-config name="Salesforce_Config" doc:name="Salesforce Config">
        <salesforce:basic-connection username="${sfdc.username}" password="@V@"
            securityToken="${secure::sfdc.token}" url="${sfdc.url}"/>
    </salesforce:sfdc-config>
</mule>
""", words_pw(), "https://docs.mulesoft.com/salesforce-connector/latest/salesforce-connector-config-topics")

# =================================================================================================
# More carriers and look-alikes across the stack
# =================================================================================================
SV("dockerfile", "database-password", "backup/Dockerfile", """FROM postgres:15-alpine

RUN apk add --no-cache aws-cli bash tzdata
ENV TZ=Europe/Berlin \\
    PGHOST=odoo-prod-db.acme.lan \\
    PGUSER=odoo_backup \\
    PGPASSWORD=@V@ \\
    PGDATABASE=acme_prod \\
    S3_BUCKET=acme-odoo-backups

COPY backup.sh /usr/local/bin/backup.sh
RUN chmod +x /usr/local/bin/backup.sh
CMD ["/usr/local/bin/backup.sh"]
""", rand_pw(20), "https://www.postgresql.org/docs/current/libpq-envars.html")

SV("toml", "hubspot-token", "dashboards/pipeline/.streamlit/secrets.toml", """# Streamlit secrets for the pipeline dashboard
[hubspot]
token = "@V@"
portal_id = 25512345

[odoo]
url = "https://erp.acme.io"
db = "acme"
user = "dashboards@acme.io"
""", hubspot_pat("na1"), "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

_log_pw = words_pw()
_basic = b64("COMM_USER_ODATA_RPT:" + _log_pw)
S("log", "sap-odata-password", "logs/odata-debug-2024-06-11.log", f"""2024-06-11 06:00:01,112 INFO  s4sync.job starting delta sync since 2024-06-10T06:00:00
2024-06-11 06:00:01,240 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): my412345-api.s4hana.ondemand.com:443
2024-06-11 06:00:01,241 DEBUG s4sync.http send: GET /sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder?$filter=LastChangeDateTime%20ge%20datetimeoffset'2024-06-10T06:00:00Z'&$top=500
2024-06-11 06:00:01,241 DEBUG s4sync.http header: Accept: application/json
2024-06-11 06:00:01,241 DEBUG s4sync.http header: Authorization: Basic {_basic}
2024-06-11 06:00:01,242 DEBUG s4sync.http header: x-csrf-token: fetch
2024-06-11 06:00:02,918 DEBUG urllib3.connectionpool https://my412345-api.s4hana.ondemand.com:443 "GET /sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder HTTP/1.1" 200 None
2024-06-11 06:00:03,004 INFO  s4sync.job fetched 214 sales orders
2024-06-11 06:00:07,551 INFO  s4sync.job upserted 214 orders into odoo (12 new)
""", _log_pw, "https://datatracker.ietf.org/doc/html/rfc7617")

SV("pgpass", "database-password", "ops/odoo/.pgpass", """# ~/.pgpass for the odoo backup cron (chmod 0600)
# hostname:port:database:username:password
odoo-prod-db.acme.lan:5432:acme_prod:odoo_backup:@V@
# the read replica uses the same backup role
odoo-replica-db.acme.lan:5432:acme_prod:odoo_backup:@V@
""", season_pw(), "https://www.postgresql.org/docs/current/libpq-pgpass.html")

SV("odoo-conf", "smtp-password", "deploy/odoo-mail.conf", """[options]
admin_passwd = @HASH@
db_host = db
db_user = odoo
db_password = False
email_from = erp-noreply@brightlane.io
smtp_server = smtp.office365.com
smtp_port = 587
smtp_ssl = False
smtp_user = erp-noreply@brightlane.io
smtp_password = @V@
proxy_mode = True
""", human_pw(), ODOO_SRC, hash=pbkdf2_sha512())

SV("terraform", "sap-btp-password", "infra/btp/terraform.tfvars", """globalaccount   = "acme-ga-7f3c21"
subaccount_name = "acme-integration-prod"
region          = "eu10"
btp_username    = "terraform-btp@acme.io"
btp_password    = "@V@"
admins          = ["btp-admins@acme.io"]
entitlements = {
  "integrationsuite" = "enterprise_agreement"
  "destination"      = "lite"
}
""", words_pw(), "https://registry.terraform.io/providers/SAP/btp/latest/docs")

D("k8s", "sealed-secret", "deploy/k8s/netsuite-sealedsecret.yaml", f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: netsuite-tba
  namespace: erp-sync
spec:
  encryptedData:
    NS_CONSUMER_KEY: {sealed()}
    NS_CONSUMER_SECRET: {sealed()}
    NS_TOKEN_ID: {sealed()}
    NS_TOKEN_SECRET: {sealed()}
  template:
    metadata:
      name: netsuite-tba
      namespace: erp-sync
    type: Opaque
""", "https://github.com/bitnami-labs/sealed-secrets")

D("k8s", "external-secret", "deploy/k8s/zendesk-externalsecret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: zendesk-credentials
  namespace: helpdesk-bridge
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: zendesk-credentials
    creationPolicy: Owner
  data:
    - secretKey: ZENDESK_API_TOKEN
      remoteRef:
        key: prod/helpdesk-bridge/zendesk
        property: api_token
    - secretKey: ZENDESK_EMAIL
      remoteRef:
        key: prod/helpdesk-bridge/zendesk
        property: email
""", "https://external-secrets.io/latest/api/externalsecret/")

D("requirements", "pip-hash", "requirements.txt", f"""# pip-compile --generate-hashes requirements.in
simple-salesforce==1.12.6 \\
    --hash=sha256:{sha256ish()} \\
    --hash=sha256:{sha256ish()}
zenpy==2.0.49 \\
    --hash=sha256:{sha256ish()}
pyrfc==3.3.1 \\
    --hash=sha256:{sha256ish()}
hubspot-api-client==9.0.0 \\
    --hash=sha256:{sha256ish()} \\
    --hash=sha256:{sha256ish()}
netsuitesdk==2.23.0 \\
    --hash=sha256:{sha256ish()}
""", "https://pip.pypa.io/en/stable/topics/secure-installs/")

D("json", "password-hash", "portal/fixtures/integration_users.json", json.dumps([
    {"model": "auth.user", "pk": i + 1, "fields": {
        "username": u, "email": f"{u}@acme.io", "is_staff": i == 0, "is_superuser": False,
        "password": pbkdf2_sha256_django(), "date_joined": "2024-01-08T09:00:00Z"}}
    for i, u in enumerate(["ops-admin", "sf-sync", "ns-sync"])
], indent=2) + "\n", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/")

D("htpasswd", "password-hash", "nginx/odoo.htpasswd", "\n".join(
    f"{u}:{bcrypt_hash().replace('$2b$', '$2y$')}" for u in ["staging", "qa-team", "agency-preview", "uat-sap", "auditor"]) + "\n",
  "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

D("yaml", "password-hash", "portal/seed/partners.yaml", f"""# Supplier portal seed users (argon2id hashes; the plain passwords were sent out-of-band)
users:
  - login: supplier-kessler
    partner_ref: V-10231
    password_hash: "{argon2_hash()}"
  - login: supplier-lindqvist
    partner_ref: V-10418
    password_hash: "{argon2_hash()}"
  - login: carrier-dhl
    partner_ref: C-00012
    password_hash: "{argon2_hash()}"
""", "https://argon2-cffi.readthedocs.io/en/stable/api.html")

D("helm-template", "template-expression", "charts/crm-sync/templates/secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "crm-sync.fullname" . }}
  labels:
    {{- include "crm-sync.labels" . | nindent 4 }}
type: Opaque
data:
  SF_USERNAME: {{ .Values.salesforce.username | b64enc | quote }}
  SF_PASSWORD: {{ required "salesforce.password is required" .Values.salesforce.password | b64enc | quote }}
  SF_SECURITY_TOKEN: {{ .Values.salesforce.securityToken | default "" | b64enc | quote }}
  HUBSPOT_ACCESS_TOKEN: {{ .Values.hubspot.accessToken | b64enc | quote }}
""", "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

D("docker-compose", "env-substitution", "docker-compose.integrations.yml", """services:
  helpdesk-bridge:
    image: registry.acme.io/helpdesk-bridge:2.4.0
    environment:
      ZENDESK_SUBDOMAIN: acmehelp
      ZENDESK_EMAIL: integrations@acme.io
      ZENDESK_API_TOKEN: ${ZENDESK_API_TOKEN:?set ZENDESK_API_TOKEN}
  netsuite-bridge:
    image: registry.acme.io/netsuite-bridge:1.9.2
    environment:
      NS_ACCOUNT_ID: "4820117"
      NS_CONSUMER_KEY: ${NS_CONSUMER_KEY}
      NS_CONSUMER_SECRET: ${NS_CONSUMER_SECRET}
      NS_TOKEN_ID: ${NS_TOKEN_ID}
      NS_TOKEN_SECRET: ${NS_TOKEN_SECRET}
    env_file:
      - ./secrets/netsuite.env
""", "https://docs.docker.com/compose/environment-variables/variable-interpolation/")

D("python", "test-dummy", "tests/test_zendesk_client.py", '''import responses

from helpdesk_bridge.zendesk import ZendeskClient


@responses.activate
def test_create_ticket_sends_basic_auth():
    responses.post("https://example.zendesk.com/api/v2/tickets.json", json={"ticket": {"id": 35436}}, status=201)
    client = ZendeskClient(subdomain="example", email="test@example.com", token="test-token")
    assert client.create_ticket("Subject", "Body") == 35436
    sent = responses.calls[0].request
    assert sent.headers["Authorization"].startswith("Basic ")


@responses.activate
def test_hubspot_fallback_uses_dummy_token(monkeypatch):
    monkeypatch.setenv("HUBSPOT_ACCESS_TOKEN", "dummy-hubspot-token")
    responses.get("https://api.hubapi.com/crm/v3/objects/contacts", json={"results": []})
    assert ZendeskClient.hubspot_contacts() == []
''', "https://github.com/getsentry/responses")

D("terraform", "sensitive-variable", "infra/integrations/variables.tf", """variable "salesforce_client_secret" {
  description = "Consumer secret of the ACME ERP Bridge connected app"
  type        = string
  sensitive   = true
}

variable "netsuite_token_secret" {
  description = "TBA token secret for the integration role"
  type        = string
  sensitive   = true
}

variable "docusign_private_key_path" {
  description = "Path to the RSA key used for the JWT grant"
  type        = string
  default     = "keys/docusign_private.pem"
}
""", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

D("log", "redacted", "logs/sync-2024-06-12.log", f"""2024-06-12T02:00:00Z INFO  crm-sync run={uuid_s()} starting
2024-06-12T02:00:00Z DEBUG salesforce login user=crm-sync@acme.io token=**** (redacted)
2024-06-12T02:00:01Z DEBUG POST https://acme.my.salesforce.com/services/oauth2/token -> 200 (Authorization: Bearer [REDACTED])
2024-06-12T02:00:03Z INFO  fetched 1882 accounts, 311 changed
2024-06-12T02:00:04Z DEBUG hubspot batch upsert 100 contacts, request-id {uuid_s()}
2024-06-12T02:00:09Z WARN  hubspot 429, retry after 10s (x-hubspot-correlation-id {uuid_s()})
2024-06-12T02:00:22Z INFO  done in 22.1s, commit {git_sha()[:12]}
""", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html")

_rows = ["salesforce_account_id,netsuite_internal_id,hubspot_company_id,odoo_partner_id,name"]
for _n in ["Kessler Outdoor GmbH", "Lindqvist Möbler AB", "Harborview Logistics", "Northwind Foods", "Brightlane Ltd"]:
    _rows.append(f"{sf_id('001')},{_rng().randint(1000, 99999)},{digits(10)},{_rng().randint(100, 9999)},{_n}")
D("csv", "record-ids", "migration/crosswalk_accounts.csv", "\n".join(_rows) + "\n",
  "https://help.salesforce.com/s/articleView?id=000385008&type=1")

D("checksums", "sha256", "vendor/connectors/SHA256SUMS", "\n".join(
    f"{sha256ish()}  {f}" for f in ["mule-salesforce-connector-10.20.1-mule-plugin.jar", "mule-netsuite-connector-11.8.4-mule-plugin.jar",
                                    "sapnwrfc-linux-x86_64-7.50.13.zip", "boomi-atom-installer-64.sh",
                                    "docusign-esign-4.0.0.tar.gz"]) + "\n",
  "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html")

D("json", "public-jwks", "portal/static/.well-known/jwks.json", json.dumps({"keys": [
    {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(16), "n": urlsafe_rand(256), "e": "AQAB"},
    {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(16), "n": urlsafe_rand(256), "e": "AQAB"},
]}, indent=2) + "\n", "https://datatracker.ietf.org/doc/html/rfc7517")

D("yaml", "env-reference", "meltano.yml", """version: 1
default_environment: prod
project_id: 6d0f5c2a-2b1e-4f5b-9a3c-7e8d1f2a3b4c
plugins:
  extractors:
    - name: tap-salesforce
      variant: meltanolabs
      config:
        api_type: BULK
        start_date: "2023-01-01T00:00:00Z"
        select_fields_by_default: true
        client_id: $TAP_SALESFORCE_CLIENT_ID
        client_secret: $TAP_SALESFORCE_CLIENT_SECRET
        refresh_token: $TAP_SALESFORCE_REFRESH_TOKEN
      select:
        - Account.*
        - Opportunity.*
    - name: tap-hubspot
      variant: meltanolabs
      config:
        access_token: $TAP_HUBSPOT_ACCESS_TOKEN
        start_date: "2023-01-01T00:00:00Z"
  loaders:
    - name: target-postgres
      variant: meltanolabs
      config:
        host: warehouse.acme.lan
        user: meltano
        password: $TARGET_POSTGRES_PASSWORD
""", "https://docs.meltano.com/concepts/project/")

D("python", "connection-ids", "dags/erp_nightly.py", '''from datetime import datetime

from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator
from airflow.providers.salesforce.operators.bulk import SalesforceBulkOperator

with DAG("erp_nightly", start_date=datetime(2024, 1, 1), schedule="0 2 * * *", catchup=False) as dag:
    push_accounts = SalesforceBulkOperator(
        task_id="push_accounts",
        operation="upsert",
        object_name="Account",
        payload="{{ ti.xcom_pull(task_ids='build_accounts') }}",
        external_id_field="ERP_Customer_No__c",
        salesforce_conn_id="salesforce_default",
    )
    notify = HttpOperator(
        task_id="notify_netsuite",
        http_conn_id="netsuite_prod",
        endpoint="/app/site/hosting/restlet.nl?script=customscript_acme_sync_done&deploy=1",
        method="POST",
    )
    push_accounts >> notify
''', "https://airflow.apache.org/docs/apache-airflow-providers-salesforce/stable/operators/bulk.html")

D("env", "placeholder", ".env.sample", """# Local development settings. Copy to .env and replace the placeholders.
ODOO_URL=http://localhost:8069
ODOO_DB=acme_dev
ODOO_USER=admin
ODOO_PASSWORD=changeme
SF_USERNAME=you@example.com.dev
SF_PASSWORD=changeme
SF_SECURITY_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxx
HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
NOTION_TOKEN=secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""", "https://github.com/theskumar/python-dotenv#getting-started")

D("notebook", "getpass", "notebooks/netsuite_reconciliation.ipynb", notebook([
    ("from getpass import getpass\nfrom netsuitesdk import NetSuiteConnection", None),
    ("nc = NetSuiteConnection(account='4820117', consumer_key=getpass('consumer key'),\n"
     "                        consumer_secret=getpass('consumer secret'), token_key=getpass('token id'),\n"
     "                        token_secret=getpass('token secret'))",
     "consumer key ········\nconsumer secret ········\ntoken id ········\ntoken secret ········"),
    ("payments = list(nc.customer_payments.get_all_generator())\nlen(payments)", "1884"),
]), "https://docs.python.org/3/library/getpass.html")
