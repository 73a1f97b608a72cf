"""Blind set CJ: libraries, archives and museums (GLAM) and digital-humanities teams.

Library systems (Koha, FOLIO/Okapi and its edge modules, Alma and Primo through the Ex Libris
APIs, OCLC WorldCat/WorldShare WSKeys and FTP deliveries, Evergreen/OpenSRF, SirsiDynix Symphony
Web Services, Sierra, VuFind, ILLiad, LibApps, Summon/EDS), repositories and archives (DSpace,
Fedora, Islandora/Drupal with Syn and Alpaca, Samvera/Hyrax and Blacklight, ArchivesSpace and
ArchivesSnake, Archivematica and its automation tools, AtoM, Preservica/pyPreservica, OJS,
DataCite/Crossref/ORCID), collections and exhibits (CollectiveAccess, Omeka S and Classic, TMS and
eMuseum, Tessitura, Mimsy, Neatline maps), IIIF image servers (Cantaloupe, IIPImage), Europeana,
DPLA, Trove, Smithsonian and Harvard Art Museums APIs, EZproxy and OpenAthens/Shibboleth,
digitisation, OCR and web-archiving pipelines (Transkribus, ABBYY Cloud OCR SDK and Vantage,
Google Vision, Kitodo, Heritrix, Browsertrix, Internet Archive, Wikidata bots, Zotero, Zenodo),
in the formats such teams commit: XML, YAML, JSON, INI, .properties, DSpace .cfg, .env, PHP,
Perl, Ruby, Python, R, JavaScript/TypeScript, Java, C#, PowerShell, batch, shell, SQL, crontabs,
systemd units, nginx/Apache, Dockerfiles, compose files, Kubernetes and Helm, Terraform,
GitHub/GitLab CI, notebooks, IDE configs, BagIt and checksum manifests, and markdown docs.
Generated fakes only (seeds 810000-819999).
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
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
_SEED = [810000]
P = "blind-cj/"
CASES: List[LabelledCase] = []


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 820000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 820000
    return _SEED[0]


WORDS = ["Codex", "Vellum", "Archive", "Folio", "Quarto", "Gutenberg", "Ledger", "Marginalia", "Scriptorium",
         "Provenance", "Colophon", "Incunable", "Palimpsest", "Catalog", "Accession", "Octavo", "Atlas",
         "Bodleian", "Carrel", "Stacks", "Dewey", "Ranganathan", "Papyrus", "Lantern"]
LOWER = ["vellum", "quill", "ledger", "stacks", "carrel", "folio", "binder", "spine", "gilt", "marbled",
         "deckle", "inkwell", "reader", "lectern", "atlas", "gazette", "almanac", "lantern"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return draw(n, HEX)


def words_pw(sym: str = "!#*%") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(sym) + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + str(r.randint(1900, 2025)) + r.choice("!*?")


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra)


def uuid() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{draw(43, B64URL)}"


def alma_key(prefix: str = "l8xx") -> str:
    return prefix + hexs(32)


def oclc_key() -> str:
    return mixed(80)


def oclc_secret() -> str:
    return draw(22, B64) + "=="


def azure_key() -> str:
    return draw(86, B64) + "=="


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    lines = ["MIID" + "".join(r.choice(B64) for _ in range(60))]
    lines += ["".join(r.choice(B64) for _ in range(64)) for _ in range(8)]
    lines.append("".join(r.choice(B64) for _ in range(40)) + "==")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    r = _rng()
    lines = ["MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(B64) for _ in range(20))]
    lines += ["".join(r.choice(B64) for _ in range(64)) for _ in range(5)]
    lines.append("".join(r.choice(B64) for _ in range(6)) + "IDAQAB")
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + draw(24)


def bcrypt(cost: str = "$2a$08$") -> str:
    return cost + draw(53, ALNUM + "./")


def nb(*cells: tuple) -> str:
    """A notebook as Jupyter writes it (sorted keys, one-space indent)."""
    out = []
    for kind, src in cells:
        src = src.strip("\n")
        lines = src.split("\n")
        cell = {"cell_type": kind, "metadata": {}, "source": [l + "\n" for l in lines[:-1]] + [lines[-1]]}
        if kind == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        out.append(cell)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def fill(text: str, vals: dict) -> str:
    if text.startswith("\n"):
        text = text[1:]
    text = text.replace('\\"\\"\\"', '"""')  # a docstring written inside a raw literal
    for key, value in vals.items():
        text = text.replace("\u00ab" + key + "\u00bb", value)
    assert "\u00ab" not in text, text[:120]
    return text


def sec(category: str, file_name: str, source: str, text: str, s: str, **vals: str) -> None:
    """A secret case: `s` is the planted credential, written as «s» (or encoded in another value)."""
    CASES.append(LabelledCase(P + category, file_name, fill(text, dict(vals, s=s)), s, source))


def dec(category: str, file_name: str, source: str, text: str, **vals: str) -> None:
    CASES.append(LabelledCase(P + category, file_name, fill(text, vals), None, source))


# ---------------------------------------------------------------- library systems: Koha
sec("xml/koha-db", "debian/koha/etc/koha-sites/mainlib/koha-conf.xml",
    "Koha manual, koha-conf.xml (config section: db_scheme, database, user, pass)", r"""
<yazgfs>
<!-- Koha instance 'mainlib' - generated by koha-create, hand-edited for the split DB host -->
<listen id="biblioserver" >unix:/var/run/koha/mainlib/bibliosocket</listen>
<listen id="authorityserver" >unix:/var/run/koha/mainlib/authoritysocket</listen>

<config>
 <db_scheme>mysql</db_scheme>
 <database>koha_mainlib</database>
 <hostname>mariadb01.lib.internal</hostname>
 <port>3306</port>
 <user>koha_mainlib</user>
 <pass>«s»</pass>
 <tls>no</tls>
 <biblioserver>biblios</biblioserver>
 <biblioservershadow>1</biblioservershadow>
 <authorityserver>authorities</authorityserver>
 <intranetdir>/usr/share/koha/intranet</intranetdir>
 <opacdir>/usr/share/koha/opac</opacdir>
 <logdir>/var/log/koha/mainlib</logdir>
 <memcached_servers>127.0.0.1:11211</memcached_servers>
 <memcached_namespace>koha_mainlib</memcached_namespace>
 <zebra_max_record_size>1024</zebra_max_record_size>
 <timezone>Europe/London</timezone>
 <plugins_restricted>1</plugins_restricted>
</config>
</yazgfs>
""", rand_pw(16))

sec("koha-passwd/mysql", "ansible/roles/koha/files/koha-passwd",
    "koha-create(8): --request-db / --populate-db read /etc/koha/passwd (instance:user:password:database)", r"""
# /etc/koha/passwd - read by koha-create --populate-db
# format: instance:dbuser:dbpassword:dbname[:dbhost]
# Keep this file mode 0600 root:root.
#
mainlib:koha_mainlib:«s»:koha_mainlib:mariadb01.lib.internal
""", words_pw("!*%"))

sec("sql/overdrive-client-secret", "installer/data/mysql/local/overdrive_prefs.sql",
    "Koha system preferences OverDriveClientKey / OverDriveClientSecret (Administration > Enhanced content)", r"""
-- Enhanced content: OverDrive integration for the consortium OPAC
-- Applied by deploy/post-upgrade.sh after each Koha upgrade.
UPDATE systempreferences SET value = '1' WHERE variable = 'OverDriveCirculation';
UPDATE systempreferences SET value = 'TRIDENTCONS' WHERE variable = 'OverDriveLibraryID';
UPDATE systempreferences SET value = 'tridentconsortium' WHERE variable = 'OverDriveClientKey';
UPDATE systempreferences SET value = '«s»' WHERE variable = 'OverDriveClientSecret';
UPDATE systempreferences SET value = '4127' WHERE variable = 'OverDriveWebsiteID';
UPDATE systempreferences SET value = 'cardnumber' WHERE variable = 'OverDriveAuthName';
""", mixed(32))

sec("sql/edi-sftp-password", "sql/local/vendor_edi_accounts.sql",
    "Koha EDI accounts table vendor_edi_accounts (Acquisitions > EDI accounts)", r"""
-- EDIFACT ordering with the book supplier (quotes in, orders out)
-- Re-run after a rebuild of the test server; ids are fixed for the cron config.
INSERT INTO vendor_edi_accounts
    (id, description, host, username, password, last_activity, vendor_id,
     download_directory, upload_directory, san, id_code_qualifier, transport,
     quotes_enabled, invoices_enabled, orders_enabled, responses_enabled, auto_orders, plugin)
VALUES
    (3, 'Askews & Holts EDI', 'edi.askewsandholts.com', 'LIB00412', '«s»', NULL, 17,
     '/outgoing', '/incoming', '5013546012345', '14', 'SFTP',
     1, 1, 1, 1, 0, '');
""", words_pw("!*"))

sec("xml/sip2-password", "etc/koha/SIPconfig.xml",
    "Koha SIPconfig.xml (accounts/login id, password, institution)", r"""
<acsconfig xmlns="http://openncip.org/acs-config/1.0/">
  <error-detect enabled="true" />

  <server-params min_servers='1' min_spare_servers='0' />

  <listeners>
    <service port="127.0.0.1:8023/tcp" transport="telnet" protocol="SIP/2.00" timeout="60" />
    <service port="8024/tcp" transport="RAW" protocol="SIP/2.00" client_timeout="600" timeout="60" />
  </listeners>

  <accounts>
    <!-- 3M/Bibliotheca self-check kiosks, ground floor -->
    <login id="sc_bibliotheca" password="«s»" delimiter="|" error-detect="enabled"
           institution="MAIN" encoding="utf8" checked_in_ok="1" />
  </accounts>

  <institutions>
    <institution id="MAIN" implementation="ILS" parms="">
      <policy checkin="true" renewal="true" checkout="true" status_update="false"
              offline="false" timeout="100" retries="5" />
    </institution>
  </institutions>
</acsconfig>
""", rand_pw(12))

sec("python/sip2-password", "selfcheck/kiosk/sip_client.py",
    "3M SIP2 Developer's Guide, Login message 93 (CN login user id, CO login password)", r"""
import socket

SIP_HOST = "koha-sip.lib.internal"
SIP_PORT = 8024
LOCATION = "MAIN"


def checksum(msg: str) -> str:
    total = sum(ord(c) for c in msg)
    return "%04X" % ((-total) & 0xFFFF)


def login(sock: socket.socket) -> bool:
    # 93 login: UID algorithm 0, PWD algorithm 0, CN user, CO password, CP location
    msg = "9300CNkiosk_ground|CO«s»|CP" + LOCATION + "|AY0AZ"
    sock.sendall((msg + checksum(msg) + "\r").encode("utf-8"))
    reply = sock.recv(1024).decode("utf-8")
    return reply.startswith("941")


def connect() -> socket.socket:
    sock = socket.create_connection((SIP_HOST, SIP_PORT), timeout=10)
    if not login(sock):
        raise RuntimeError("SIP2 login refused")
    return sock
""", human_pw())

sec("env/mysql-root", "koha-testing-docker/.env",
    "koha-testing-docker env/defaults.env (DB_ROOT_PASSWORD, KOHA_INSTANCE)", r"""
# Local overrides for koha-testing-docker (ktd) used by the branch-library fork
SYNC_REPO=/home/catsys/git/koha
KOHA_IMAGE=main
KOHA_INSTANCE=kohadev
KOHA_DOMAIN=.myDNSname.org
KOHA_INTRANET_PREFIX=
KOHA_INTRANET_SUFFIX=-intra
KOHA_OPAC_PREFIX=
KOHA_OPAC_SUFFIX=
DB_IMAGE=mariadb:10.11
DB_HOSTNAME=db
DB_ROOT_PASSWORD=«s»
KOHA_USER=koha_kohadev
KOHA_ELASTICSEARCH=yes
ELASTIC_SERVER=es
GIT_USER_NAME="Cataloguing Systems"
GIT_USER_EMAIL=catsys@library.example.ac.uk
""", rand_pw(20))

sec("perl/koha-api-client-secret", "misc/cronjobs/local/sync_patrons_from_sis.pl",
    "Koha REST API OAuth2 client credentials (POST /api/v1/oauth/token, grant_type=client_credentials)", r"""
#!/usr/bin/perl
# Nightly: push student records from the SIS export into Koha through the REST API.
use Modern::Perl;
use LWP::UserAgent;
use JSON qw(decode_json encode_json);
use Text::CSV;

my $base          = 'https://staff.library.example.edu/api/v1';
my $client_id     = 'a8b2c07e-sis-sync';
my $client_secret = '«s»';

my $ua = LWP::UserAgent->new( timeout => 30 );
my $res = $ua->post( "$base/oauth/token", {
    grant_type    => 'client_credentials',
    client_id     => $client_id,
    client_secret => $client_secret,
});
die "token request failed: " . $res->status_line unless $res->is_success;
my $token = decode_json( $res->decoded_content )->{access_token};

my $csv = Text::CSV->new({ binary => 1, auto_diag => 1 });
open my $fh, '<:encoding(utf8)', '/srv/sis/export/students.csv' or die $!;
$csv->header($fh);
while ( my $row = $csv->getline_hr($fh) ) {
    my $patron = {
        cardnumber  => $row->{student_id},
        surname     => $row->{last_name},
        firstname   => $row->{first_name},
        library_id  => 'MAIN',
        category_id => 'ST',
    };
    my $r = $ua->post( "$base/patrons",
        'Authorization' => "Bearer $token",
        'Content-Type'  => 'application/json',
        Content         => encode_json($patron) );
    warn "failed $row->{student_id}: " . $r->status_line unless $r->is_success;
}
close $fh;
""", uuid())

sec("perl/sftp-password", "misc/cronjobs/local/upload_marc_to_union_catalogue.pl",
    "Net::SFTP::Foreign documentation (new(host, user => ..., password => ...))", r"""
#!/usr/bin/perl
# Weekly MARC delta upload to the regional union catalogue.
use Modern::Perl;
use Net::SFTP::Foreign;
use POSIX qw(strftime);

my $export = '/var/spool/koha/mainlib/union/' . strftime('%Y%m%d', localtime) . '.mrc';
system('/usr/share/koha/bin/export_records.pl', '--date', '7', '--format', 'marc',
       '--filename', $export) == 0 or die "export failed";

my $sftp = Net::SFTP::Foreign->new(
    'sftp.unioncat.example.org',
    user     => 'ul_mainlib',
    password => '«s»',
    more     => [ -o => 'StrictHostKeyChecking=yes' ],
);
$sftp->die_on_error("cannot connect to union catalogue");
$sftp->put( $export, 'incoming/' . ( split m{/}, $export )[-1] )
    or die "upload failed: " . $sftp->error;
say "uploaded $export";
""", words_pw("!*#"))

dec("xml/decoy-template-placeholder", "debian/templates/koha-conf-site.xml.in",
    "Koha debian/templates/koha-conf-site.xml.in (placeholders filled by koha-create)", r"""
<yazgfs>
<!-- This file is a template: koha-create replaces the __PLACEHOLDERS__ -->
<listen id="biblioserver" >unix:/var/run/koha/__KOHASITE__/bibliosocket</listen>
<listen id="authorityserver" >unix:/var/run/koha/__KOHASITE__/authoritysocket</listen>

<config>
 <db_scheme>mysql</db_scheme>
 <database>__DB_NAME__</database>
 <hostname>__DB_HOST__</hostname>
 <port>3306</port>
 <user>__DB_USER__</user>
 <pass>__DB_PASS__</pass>
 <tls>__DB_USE_TLS__</tls>
 <ca>__DB_TLS_CA_CERTIFICATE__</ca>
 <cert>__DB_TLS_CLIENT_CERTIFICATE__</cert>
 <key>__DB_TLS_CLIENT_KEY__</key>
 <biblioserver>biblios</biblioserver>
 <authorityserver>authorities</authorityserver>
 <memcached_servers>__MEMCACHED_SERVERS__</memcached_servers>
 <memcached_namespace>__MEMCACHED_NAMESPACE__</memcached_namespace>
 <encryption_key>__ENCRYPTION_KEY__</encryption_key>
 <api_secret_passphrase>__API_SECRET__</api_secret_passphrase>
</config>
</yazgfs>
""")

dec("xml/decoy-jinja", "ansible/roles/koha/templates/koha-conf.xml.j2",
    "Ansible template module (Jinja2 variables from group_vars / vault)", r"""
<yazgfs>
<!-- {{ ansible_managed }} -->
<config>
 <db_scheme>mysql</db_scheme>
 <database>koha_{{ koha_instance }}</database>
 <hostname>{{ koha_db_host }}</hostname>
 <port>3306</port>
 <user>koha_{{ koha_instance }}</user>
 <pass>{{ vault_koha_db_password }}</pass>
 <memcached_servers>{{ koha_memcached | default('127.0.0.1:11211') }}</memcached_servers>
 <memcached_namespace>koha_{{ koha_instance }}</memcached_namespace>
 <timezone>{{ koha_timezone }}</timezone>
 <encryption_key>{{ vault_koha_encryption_key }}</encryption_key>
</config>
</yazgfs>
""")

dec("sql/decoy-bcrypt-hash", "t/db_dependent/data/sample_patrons.sql",
    "Koha borrowers.password column (Crypt::Eksblowfish::Bcrypt hashes, $2a$08$)", r"""
-- Sample patrons for the staging catalogue; passwords are bcrypt hashes, as Koha stores them.
INSERT INTO borrowers (borrowernumber, cardnumber, surname, firstname, branchcode, categorycode, userid, password, flags)
VALUES
 (101, '21000000101', 'Okafor', 'Ada', 'MAIN', 'ST', 'aokafor', '«h1»', 0),
 (102, '21000000102', 'Lindqvist', 'Maja', 'MAIN', 'ST', 'mlindqvist', '«h2»', 0),
 (103, '21000000103', 'Tanaka', 'Ren', 'SCI', 'FA', 'rtanaka', '«h3»', 0),
 (104, '21000000104', 'Circulation', 'Desk', 'MAIN', 'S', 'circdesk', '«h4»', 2);
""", h1=bcrypt(), h2=bcrypt(), h3=bcrypt(), h4=bcrypt())

dec("sql/decoy-empty-preference", "installer/data/mysql/local/reset_enhanced_content.sql",
    "Koha system preferences (values entered in Administration, never in the repository)", r"""
-- Run on the copy of production before it becomes the training server:
-- clear every vendor credential so the copy cannot talk to the vendors.
UPDATE systempreferences SET value = '' WHERE variable = 'OverDriveClientSecret';
UPDATE systempreferences SET value = '' WHERE variable = 'RecordedBooksClientSecret';
UPDATE systempreferences SET value = '' WHERE variable = 'GoogleOAuth2ClientSecret';
UPDATE systempreferences SET value = '' WHERE variable = 'NorwegianPatronDBPassword';
UPDATE systempreferences SET value = '0' WHERE variable = 'OverDriveCirculation';
DELETE FROM vendor_edi_accounts;
""")

dec("perl/decoy-config-lookup", "misc/cronjobs/local/dump_mainlib.pl",
    "Koha C4::Context->config() reads koha-conf.xml at run time", r"""
#!/usr/bin/perl
# Nightly logical dump of the Koha database; credentials come from koha-conf.xml.
use Modern::Perl;
use C4::Context;
use POSIX qw(strftime);

my $db   = C4::Context->config('database');
my $host = C4::Context->config('hostname');
my $user = C4::Context->config('user');
my $pass = C4::Context->config('pass');

my $file = sprintf '/backup/koha/%s-%s.sql.gz', $db, strftime('%Y%m%d', localtime);
$ENV{MYSQL_PWD} = $pass;
system("mysqldump --single-transaction -h $host -u $user $db | gzip > $file") == 0
    or die "dump failed";
""")

# ---------------------------------------------------------------- FOLIO
sec("properties/folio-edge", "deploy/edge-rtac/ephemeral.properties",
    "folio-org/edge-common README, Ephemeral secure store (tenants=..., <tenant>=<user>,<password>)", r"""
# edge-rtac secure store for the discovery layer
# Ephemeral store: credentials are read from this file at start-up.
secureStore.type=Ephemeral
# a comma-separated list of tenants
tenants=fs00001034
#######################################################
# For each tenant, the institutional user credentials
# format: <tenant>=<username>,<password>
#######################################################
fs00001034=edge-rtac-user,«s»
""", words_pw("!*%"))

sec("shell/folio-admin", "scripts/folio/load-reference-data.sh",
    "FOLIO Okapi authentication (POST /authn/login with X-Okapi-Tenant)", r"""
#!/usr/bin/env bash
# Load locally maintained reference data (locations, loan types) into the test tenant.
set -euo pipefail

OKAPI=https://okapi-test.folio.library.example.edu
TENANT=fs00001034

TOKEN=$(curl -sS -D - -o /dev/null "$OKAPI/authn/login" \
  -H "X-Okapi-Tenant: $TENANT" \
  -H 'Content-Type: application/json' \
  -d '{"username":"folio_admin","password":"«s»"}' \
  | awk 'tolower($1)=="x-okapi-token:" {print $2}' | tr -d '\r')

for f in reference-data/locations/*.json; do
  curl -sS -X POST "$OKAPI/locations" \
    -H "X-Okapi-Tenant: $TENANT" -H "X-Okapi-Token: $TOKEN" \
    -H 'Content-Type: application/json' -d @"$f"
done
""", human_pw())

sec("python/okapi-token", "harvest/folio_instances.py",
    "FOLIO Okapi X-Okapi-Token (JWT with sub, user_id, tenant claims)", r"""
\"\"\"Harvest FOLIO instance records changed since yesterday for the discovery index.\"\"\"
import datetime as dt

import requests

OKAPI_URL = "https://okapi.folio.library.example.edu"
TENANT = "fs00001034"
# token copied from the browser dev tools while the harvest user was being set up
OKAPI_TOKEN = "«s»"

HEADERS = {
    "X-Okapi-Tenant": TENANT,
    "X-Okapi-Token": OKAPI_TOKEN,
    "Accept": "application/json",
}


def changed_since(days: int = 1):
    since = (dt.datetime.utcnow() - dt.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S")
    query = f'metadata.updatedDate>="{since}"'
    offset = 0
    while True:
        r = requests.get(f"{OKAPI_URL}/instance-storage/instances",
                         params={"query": query, "limit": 200, "offset": offset},
                         headers=HEADERS, timeout=60)
        r.raise_for_status()
        batch = r.json()["instances"]
        if not batch:
            return
        yield from batch
        offset += len(batch)
""", jwt({"sub": "harvest_user", "user_id": uuid(), "iat": 1699999200, "tenant": "fs00001034"}))

_pw = "Okapi!" + rand_pw(14)
sec("k8s-secret/postgres", "k8s/folio/db-connect-modules.yaml",
    "folio-org/folio-helm db-connect-modules Secret (DB_HOST, DB_PASSWORD ... base64 in data)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: db-connect-modules
  namespace: folio-test
  labels:
    app.kubernetes.io/part-of: folio
type: Opaque
data:
  DB_HOST: «host»
  DB_PORT: NTQzMg==
  DB_USERNAME: «user»
  DB_PASSWORD: «b»
  DB_DATABASE: «db»
  DB_MAXPOOLSIZE: NTA=
""", _pw, b=b64(_pw), host=b64("folio-pg.folio-test.svc.cluster.local"), user=b64("folio_admin"), db=b64("folio_modules"))

sec("helm/keycloak-admin", "deploy/helm/folio-eureka/values-test.yaml",
    "Bitnami Keycloak chart values (auth.adminUser, auth.adminPassword) as used by FOLIO Eureka", r"""
# FOLIO Eureka test platform: Keycloak for the application platform
keycloak:
  enabled: true
  image:
    repository: folioorg/folio-keycloak
    tag: 26.1.0
  auth:
    adminUser: admin
    adminPassword: «s»
  proxy: edge
  production: true
  postgresql:
    enabled: false
  externalDatabase:
    host: folio-pg.folio-test.svc.cluster.local
    port: 5432
    user: keycloak
    database: keycloak
    existingSecret: keycloak-db
    existingSecretPasswordKey: password
  ingress:
    enabled: true
    hostname: keycloak-test.folio.library.example.edu
""", rand_pw(24))

dec("k8s/decoy-secretkeyref", "k8s/folio/mod-inventory-storage.yaml",
    "Kubernetes env valueFrom.secretKeyRef", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: mod-inventory-storage
  namespace: folio-test
spec:
  replicas: 2
  selector:
    matchLabels: {app: mod-inventory-storage}
  template:
    metadata:
      labels: {app: mod-inventory-storage}
    spec:
      containers:
        - name: mod-inventory-storage
          image: folioorg/mod-inventory-storage:27.1.3
          ports:
            - containerPort: 8081
          env:
            - name: DB_HOST
              valueFrom: {secretKeyRef: {name: db-connect-modules, key: DB_HOST}}
            - name: DB_USERNAME
              valueFrom: {secretKeyRef: {name: db-connect-modules, key: DB_USERNAME}}
            - name: DB_PASSWORD
              valueFrom: {secretKeyRef: {name: db-connect-modules, key: DB_PASSWORD}}
            - name: KAFKA_HOST
              value: kafka.folio-test.svc
            - name: JAVA_OPTIONS
              value: -XX:MaxRAMPercentage=66.0
""")

dec("properties/decoy-secret-store", "deploy/edge-oai-pmh/aws_ss.properties",
    "folio-org/edge-common README, AwsParamStore secure store (credentials kept in SSM)", r"""
# edge-oai-pmh: credentials live in AWS SSM Parameter Store, not here.
secureStore.type=AwsSsm
region=us-east-1
useIAM=true
ecsCredentialsPath=
ecsCredentialsEndpoint=
# parameter name is <salt>_<tenant>_<username>; the value (the password) is in SSM
tenants=fs00001034
""")

dec("java/decoy-unsigned-jwt", "src/test/java/org/folio/rest/impl/TokenFixtures.java",
    "RFC 7519 section 6.1 Unsecured JWTs (alg none, empty signature); FOLIO module unit tests", r"""
package org.folio.rest.impl;

/**
 * Fake Okapi tokens for unit tests: unsigned JWTs (alg "none"), accepted only by the
 * mocked Okapi in these tests. Never valid against a real FOLIO.
 */
final class TokenFixtures {
  private TokenFixtures() {}

  static final String TENANT = "diku";
  static final String USER_ID = "«uid»";

  /** {"alg":"none"} . {"sub":"test_user","user_id":USER_ID,"tenant":"diku"} . (no signature) */
  static final String FAKE_TOKEN = "«tok»";

  static java.util.Map<String, String> headers() {
    return java.util.Map.of(
        "X-Okapi-Tenant", TENANT,
        "X-Okapi-Token", FAKE_TOKEN,
        "X-Okapi-Url", "http://localhost:9130");
  }
}
""", uid="d1b0ba8e-0f7c-4e1e-8a0e-000000000001",
    tok=b64url(b'{"alg":"none"}') + "." + b64url(b'{"sub":"test_user","user_id":"d1b0ba8e-0f7c-4e1e-8a0e-000000000001","tenant":"diku"}') + ".")

# ---------------------------------------------------------------- Alma / Primo (Ex Libris)
sec("python/alma-api-key", "scripts/alma/bulk_update_item_policy.py",
    "Ex Libris Developer Network, Alma REST API (apikey parameter or 'Authorization: apikey ...')", r"""
\"\"\"Set item policy to 'Reference' for every item in the set exported from Alma Analytics.\"\"\"
import csv
import sys

import requests

BASE = "https://api-eu.hosted.exlibrisgroup.com/almaws/v1"
API_KEY = "«s»"  # Bibs read/write, production
SESSION = requests.Session()
SESSION.headers.update({"Authorization": f"apikey {API_KEY}", "Accept": "application/json"})


def update_item(mms_id: str, holding_id: str, item_pid: str) -> None:
    url = f"{BASE}/bibs/{mms_id}/holdings/{holding_id}/items/{item_pid}"
    item = SESSION.get(url, timeout=30).json()
    item["item_data"]["policy"] = {"value": "REF", "desc": "Reference"}
    r = SESSION.put(url, json=item, timeout=30)
    r.raise_for_status()


if __name__ == "__main__":
    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            update_item(row["MMS Id"], row["Holding Id"], row["Item Id"])
""", alma_key())

sec("javascript/alma-webhook-secret", "alma-webhooks/src/config.js",
    "Alma webhooks integration profile: HMAC-SHA256 signature over the body with the profile's secret (X-Exl-Signature)", r"""
// Alma webhook listener: job-end and loan events -> Slack and the stats DB.
'use strict';

module.exports = {
  port: process.env.PORT || 8080,
  // Must match "Secret" in Alma > Integration Profiles > Webhooks (Alma signs the body with it)
  webhookSecret: '«s»',
  challengePath: '/webhooks',
  statsDb: {
    host: 'stats-db.lib.internal',
    database: 'alma_events',
    user: 'alma_events',
  },
  events: ['JOB_END', 'LOAN', 'REQUEST'],
};
""", rand_pw(32))

sec("env/alma-api-key", "primo-customization/.env",
    "Ex Libris Primo VE / Alma API key used by a local proxy (dotenv)", r"""
# Local proxy that enriches Primo VE full display with Alma item availability
NODE_ENV=production
PORT=3000
ALMA_REGION=na
ALMA_APIKEY=«s»
PRIMO_VID=01UNIV_INST:UNIV
PRIMO_SCOPE=MyInst_and_CI
CACHE_TTL_SECONDS=300
""", alma_key("l7xx"))

sec("github-actions/alma-api-key", ".github/workflows/nightly-analytics-export.yml",
    "GitHub Actions workflow syntax (jobs.<id>.env); Alma Analytics API (/analytics/reports)", r"""
name: nightly analytics export

on:
  schedule:
    - cron: "15 4 * * *"
  workflow_dispatch:

jobs:
  export:
    runs-on: ubuntu-latest
    env:
      ALMA_API_KEY: «s»
      REPORT_PATH: /shared/University Library/Reports/Circulation/Daily loans
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python analytics/export_report.py --path "$REPORT_PATH" --out data/loans.csv
      - uses: actions/upload-artifact@v4
        with:
          name: loans
          path: data/loans.csv
""", alma_key())

sec("r/alma-api-key", "analysis/circulation/fetch_loans.R",
    "httr documentation (GET with query=list(...)); Alma Analytics REST API apikey parameter", r"""
library(httr)
library(xml2)
library(dplyr)

alma_base <- "https://api-eu.hosted.exlibrisgroup.com/almaws/v1"
apikey <- "«s»"

fetch_report <- function(path, limit = 1000) {
  res <- GET(paste0(alma_base, "/analytics/reports"),
             query = list(path = path, limit = limit, col_names = "true", apikey = apikey))
  stop_for_status(res)
  doc <- read_xml(content(res, as = "text", encoding = "UTF-8"))
  rows <- xml_find_all(doc, ".//*[local-name()='Row']")
  tibble(
    loan_date = xml_text(xml_find_first(rows, "./*[local-name()='Column1']")),
    library   = xml_text(xml_find_first(rows, "./*[local-name()='Column2']")),
    loans     = as.integer(xml_text(xml_find_first(rows, "./*[local-name()='Column3']")))
  )
}

loans <- fetch_report("/shared/University Library/Reports/Circulation/Loans by day")
write.csv(loans, "data/loans_by_day.csv", row.names = FALSE)
""", alma_key())

sec("toml/alma-api-key", "config/settings.toml",
    "Dynaconf settings.toml ([default]/[production] environments)", r"""
[default]
alma_region = "eu"
alma_timeout = 30
primo_vid = "44UNI_INST:ULIB"
sets_to_sync = ["Reading lists - current term", "Course reserves"]

[development]
alma_api_key = "@format {env[ALMA_SANDBOX_KEY]}"

[production]
# read/write on Courses and Bibs
alma_api_key = "«s»"
log_level = "INFO"
""", alma_key())

dec("markdown/decoy-placeholder", "alma-tools/README.md",
    "Ex Libris Developer Network docs (API keys created in the developer network dashboard)", r"""
# alma-tools

Small scripts the Library Systems team uses against the Alma APIs.

## Setup

1. Create an API key in the Ex Libris Developer Network (Bibs: read/write, Users: read-only).
2. Copy `config.example.yml` to `config.yml` and paste the key:

   ```yaml
   alma:
     region: eu
     api_key: l8xxXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
   ```

3. `pip install -e .` then `alma-tools items --set-id 1234567890000561`.

Never commit `config.yml`; it is in `.gitignore`.

## Sandbox

Use a sandbox key (`l7xx...`) while testing: the sandbox is refreshed from production each quarter.
""")

dec("python/decoy-env", "scripts/alma/users_expiry_report.py",
    "os.environ lookups (12-factor config)", r"""
\"\"\"List users whose expiry date is within 30 days, for the registration desk.\"\"\"
import datetime as dt
import os

import requests

BASE = "https://api-eu.hosted.exlibrisgroup.com/almaws/v1"
API_KEY = os.environ["ALMA_API_KEY"]


def expiring(days: int = 30):
    limit = dt.date.today() + dt.timedelta(days=days)
    r = requests.get(f"{BASE}/users", params={
        "q": f"expiry_date~{limit:%Y-%m-%d}", "limit": 100, "apikey": API_KEY, "format": "json"},
        timeout=30)
    r.raise_for_status()
    return r.json().get("user", [])


if __name__ == "__main__":
    for user in expiring():
        print(user["primary_id"], user["expiry_date"])
""")

dec("yaml/decoy-vcr-filtered", "spec/cassettes/alma/get_bib.yml",
    "VCR filter_sensitive_data (recorded HTTP with the key replaced by a placeholder)", r"""
---
http_interactions:
- request:
    method: get
    uri: https://api-na.hosted.exlibrisgroup.com/almaws/v1/bibs/991234567890001234?apikey=<ALMA_API_KEY>&view=full
    body:
      encoding: US-ASCII
      string: ''
    headers:
      Accept:
      - application/json
  response:
    status:
      code: 200
      message: OK
    headers:
      Content-Type:
      - application/json;charset=UTF-8
      X-Exl-Api-Remaining:
      - '149976'
    body:
      encoding: UTF-8
      string: '{"mms_id":"991234567890001234","title":"Leaves of grass","author":"Whitman, Walt"}'
  recorded_at: Tue, 05 Mar 2024 14:12:09 GMT
recorded_with: VCR 6.2.0
""")

dec("javascript/decoy-public-client-key", "primo-explore/custom/01UNIV_INST-UNIV/js/libkey.js",
    "Third Iron LibKey Discovery for Primo: apiKey and libraryId are embedded client-side by design", r"""
// LibKey Discovery integration for Primo VE (Third Iron's documented snippet).
// The apiKey below is the client-side key Third Iron issues for the browser integration;
// it is delivered to every OPAC visitor and only works from our Primo domain.
(function () {
  'use strict';
  window.browzine = {
    api: 'https://public-api.thirdiron.com/public/v1/libraries/1234',
    apiKey: '«k»',
    journalCoverImagesEnabled: true,
    journalBrowZineWebLinkTextEnabled: true,
    articlePDFDownloadLinkEnabled: true,
    articleLinkEnabled: true,
    printRecordsIntegrationEnabled: true,
    unpaywallEmailAddressKey: 'libsys@library.example.edu',
  };
  var s = document.createElement('script');
  s.src = 'https://s3.amazonaws.com/browzine-adapters/primo/browzine-primo-adapter.js';
  document.head.appendChild(s);
})();
""", k=uuid())

# ---------------------------------------------------------------- OCLC WorldCat / WorldShare
sec("python/oclc-wskey-secret", "cataloguing/worldcat/set_holdings.py",
    "bookops-worldcat docs (WorldcatAccessToken(key, secret, scopes)); OCLC WSKey client credentials", r"""
\"\"\"Set / unset WorldCat holdings for the records in a MARC file (weekly batch).\"\"\"
import sys

from bookops_worldcat import MetadataSession, WorldcatAccessToken
from pymarc import MARCReader

WSKEY = "«key»"
WSKEY_SECRET = "«s»"

token = WorldcatAccessToken(
    key=WSKEY,
    secret=WSKEY_SECRET,
    scopes="WorldCatMetadataAPI",
    agent="ULib-cataloguing/1.4",
)


def oclc_numbers(path):
    with open(path, "rb") as fh:
        for record in MARCReader(fh):
            for f in record.get_fields("035"):
                for value in f.get_subfields("a"):
                    if value.startswith("(OCoLC)"):
                        yield value[7:].lstrip("ocmn")


if __name__ == "__main__":
    action = sys.argv[1]
    with MetadataSession(authorization=token) as session:
        for number in oclc_numbers(sys.argv[2]):
            if action == "set":
                session.holdings_set(number)
            else:
                session.holdings_unset(number)
""", oclc_secret(), key=oclc_key())

sec("yaml/oclc-wskey-secret", "config/worldshare.yml",
    "OCLC WorldShare Management Services APIs, WSKey (key, secret, principal ID/IDNS)", r"""
# WorldShare Circulation / Acquisitions API access for the ILL reporting job
oclc:
  institution_id: 128807
  registry_id: 128807
  wskey:
    key: «key»
    secret: «s»
    principal_id: «pid»
    principal_idns: urn:oclc:platform:128807
  services:
    - WMS_CIRCULATION
    - WMS_ACQ
    - refresh_token
  auth_url: https://oauth.oclc.org/token
  base_url: https://128807.share.worldcat.org
reports:
  out_dir: /srv/reports/oclc
  keep_days: 90
""", oclc_secret(), key=oclc_key(), pid=uuid())

sec("shell/oclc-sftp", "bin/fetch_collection_manager_records.sh",
    "OCLC WorldShare Collection Manager MARC delivery via filex-m1.oclc.org (fx_ accounts)", r"""
#!/bin/sh
# Pull the daily WorldShare Collection Manager MARC files for e-resources
# and hand them to the Koha staged import.
set -e
DEST=/var/spool/marc/oclc-cm/$(date +%Y%m%d)
mkdir -p "$DEST"

lftp -u fx_ulib,'«s»' sftp://filex-m1.oclc.org <<EOF
set sftp:auto-confirm yes
cd /xfer/metacoll/out/ongoing/new
mirror --newer-than=now-2days --include-glob '*.mrc' . $DEST
bye
EOF

for f in "$DEST"/*.mrc; do
  [ -e "$f" ] || continue
  /usr/share/koha/bin/stage_file.pl --file "$f" --match 1 --comment "OCLC CM $(basename "$f")"
done
""", "Ka" + rand_pw(10, "%!"))

dec("yaml/decoy-env-reference", "config/worldcat.yml",
    "Docker/compose-style ${VAR} references resolved at deploy time", r"""
# WorldCat Metadata API for the cataloguing toolkit.
# Key and secret are injected from the secrets manager at deploy; see docs/deploy.md.
worldcat:
  key: ${OCLC_WSKEY}
  secret: ${OCLC_WSKEY_SECRET}
  scopes: WorldCatMetadataAPI
  agent: ULib-cataloguing/1.4
  timeout: 30
holdings:
  institution_symbol: ULB
  branch_id: 128807
""")

dec("xml/decoy-marc-identifiers", "test/fixtures/marc/oclc_batch_sample.xml",
    "MARC 21 XML schema (035 system control number, 020 ISBN, 856 electronic location)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<collection xmlns="http://www.loc.gov/MARC21/slim">
  <record>
    <leader>01142cam  2200301 a 4500</leader>
    <controlfield tag="001">991002345678901234</controlfield>
    <controlfield tag="005">20231103091522.0</controlfield>
    <controlfield tag="008">930614s1993    nyu           000 0 eng  </controlfield>
    <datafield tag="020" ind1=" " ind2=" ">
      <subfield code="a">9780394589466</subfield>
    </datafield>
    <datafield tag="035" ind1=" " ind2=" ">
      <subfield code="a">(OCoLC)ocm27935364</subfield>
    </datafield>
    <datafield tag="035" ind1=" " ind2=" ">
      <subfield code="a">(ULB)b20716844</subfield>
    </datafield>
    <datafield tag="245" ind1="1" ind2="0">
      <subfield code="a">Leaves of grass /</subfield>
      <subfield code="c">Walt Whitman.</subfield>
    </datafield>
    <datafield tag="856" ind1="4" ind2="0">
      <subfield code="u">https://ezproxy.library.example.edu/login?url=https://search.ebscohost.com/login.aspx?direct=true&amp;db=nlebk&amp;AN=27935364</subfield>
      <subfield code="z">Access for ULB members</subfield>
    </datafield>
    <datafield tag="999" ind1="f" ind2="f">
      <subfield code="i">«u»</subfield>
      <subfield code="s">«v»</subfield>
    </datafield>
  </record>
</collection>
""", u=uuid(), v=uuid())

# ---------------------------------------------------------------- EZproxy / OpenAthens / Shibboleth

sec("ezproxy/ticket-secret", "ezproxy/user.txt",
    "OCLC EZproxy documentation, Ticket authentication (::Ticket, TimeValid, MD5 shared secret)", r"""
# EZproxy user.txt - evaluated top to bottom
# 1. Ticket authentication from the course-reserves system (Ares)
::Ticket
TimeValid 10
MD5 «s»
Expired; Deny expired.html
/Ticket

# 2. Everyone else through the campus IdP
::Shibboleth
IDP20 https://idp.example.edu/idp/shibboleth
Set login:loguser = auth:eduPersonPrincipalName
IfUnauthenticated; Stop
Group Default
/Shibboleth
""", words_pw("-_") + rand_pw(6))

sec("ezproxy/ldap-bind", "ezproxy/conf/user.txt",
    "OCLC EZproxy documentation, LDAP authentication (::LDAP, BindUser, BindPassword, URL)", r"""
# Walk-in / alumni accounts are in the library's own directory
::LDAP
Debug
BindUser CN=svc-ezproxy,OU=Service Accounts,DC=lib,DC=example,DC=edu
BindPassword «s»
URL ldaps://ldap.lib.example.edu/OU=People,DC=lib,DC=example,DC=edu?sAMAccountName?sub?(objectClass=person)
IfUnauthenticated; Stop
IfMember CN=Alumni,OU=Groups,DC=lib,DC=example,DC=edu; Group Alumni
IfMember CN=LibraryStaff,OU=Groups,DC=lib,DC=example,DC=edu; Admin
/LDAP
""", rand_pw(16, "!#"))

sec("ezproxy/local-user", "deploy/ezproxy-dr/user.txt",
    "OCLC EZproxy documentation, user.txt local accounts (username:password:admin)", r"""
# Disaster-recovery EZproxy: local accounts only, IdP is not reachable from the DR site.
# username:password[:admin]
libsysadmin:«s»:admin
::Auth
IfUnauthenticated; Deny unauth.html
/Auth
""", human_pw())

dec("ezproxy/decoy-stanzas", "ezproxy/config/databases/jstor.txt",
    "OCLC EZproxy database stanzas (Title, URL, HJ, DJ, Option Cookie)", r"""
# JSTOR - stanza from the OCLC stanza list, updated 2023-08
Option Cookie
Title JSTOR
HTTPHeader X-Forwarded-For
URL https://www.jstor.org
HJ https://www.jstor.org
HJ https://about.jstor.org
DJ jstor.org
Option NoCookie

# Shibboleth metadata of the UK federation, refreshed by cron
ShibbolethMetadata -EntityID=https://ezproxy.library.example.edu/shibboleth -File=ukfederation-metadata.xml -URL=https://metadata.ukfederation.org.uk/ukfederation-metadata.xml -Cert=ukfederation.pem
""")

sec("powershell/openathens-api-key", "scripts/openathens/Sync-OpenAthensAccounts.ps1",
    "OpenAthens API (Authorization: OAApiKey <key>), account administration endpoints", r"""
<#
.SYNOPSIS
  Expire OpenAthens personal accounts for staff who left (HR leavers export).
#>
param(
    [Parameter(Mandatory)] [string] $LeaversCsv
)

$ApiBase = 'https://admin.openathens.net/api/v1/example.ac.uk'
$ApiKey  = '«s»'
$Headers = @{
    Authorization = "OAApiKey $ApiKey"
    Accept        = 'application/vnd.eduserv.iam.account-v1+json'
}

Import-Csv $LeaversCsv | ForEach-Object {
    $query = [uri]::EscapeDataString($_.Email)
    $found = Invoke-RestMethod -Uri "$ApiBase/account/query?email=$query" -Headers $Headers
    foreach ($acct in $found.results) {
        $body = @{ expiry = (Get-Date).ToString('yyyy-MM-dd') } | ConvertTo-Json
        Invoke-RestMethod -Method Put -Uri $acct.links.self.href -Headers $Headers `
            -ContentType 'application/vnd.eduserv.iam.account-v1+json' -Body $body
        Write-Host "expired $($acct.username)"
    }
}
""", mixed(22) + "." + mixed(26))

sec("properties/shibboleth-ldap-bind", "shibboleth-idp/credentials/secrets.properties",
    "Shibboleth IdP v4/v5 credentials/secrets.properties (idp.authn.LDAP.bindDNCredential)", r"""
# This is a reserved spot for most properties containing passwords or other secrets.
# Created by install script, edited for the library IdP.

# Access to internal AES encryption key (sealer passwords come from the environment here)
idp.sealer.storePassword = %{env.IDP_SEALER_PASSWORD}
idp.sealer.keyPassword = %{env.IDP_SEALER_PASSWORD}

# Default access to LDAP authn and attribute stores.
idp.authn.LDAP.bindDNCredential              = «s»
idp.attribute.resolver.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}

# Salt used to generate persistent/pairwise IDs, must be kept secret
#idp.persistentId.salt = changethistosomethingrandom
""", rand_pw(20, "_-"))

sec("properties/shibboleth-sealer", "roles/shibboleth-idp/files/idp.properties",
    "Shibboleth IdP idp.properties (idp.sealer.storePassword / keyPassword for sealer.jks)", r"""
# Load any additional property resources from a comma-delimited list
idp.additionalProperties= /conf/ldap.properties, /conf/saml-nameid.properties, /conf/services.properties

idp.entityID= https://idp.library.example.edu/idp/shibboleth
idp.scope= library.example.edu

# Data sealer for client-side storage and cookies
idp.sealer.storeResource= %{idp.home}/credentials/sealer.jks
idp.sealer.versionResource= %{idp.home}/credentials/sealer.kver
idp.sealer.storePassword= «s»
idp.sealer.keyPassword= «s»

idp.session.enabled = true
idp.session.timeout = PT60M
idp.storage.htmlLocalStorage = true
""", passphrase(""))

sec("pem/shibboleth-sp-key", "shibboleth/sp-key.pem",
    "Shibboleth SP keygen.sh output (sp-key.pem beside sp-cert.pem)", "«s»\n", pem("RSA"))

dec("pem/decoy-certificate", "shibboleth/sp-cert.pem",
    "Shibboleth SP keygen.sh output (public signing/encryption certificate)", "«c»\n", c=cert_pem())

dec("xml/decoy-saml-metadata", "ezproxy/shibboleth/sp-metadata.xml",
    "SAML 2.0 metadata (md:SPSSODescriptor with ds:X509Certificate)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
    xmlns:ds="http://www.w3.org/2000/09/xmldsig#"
    entityID="https://ezproxy.library.example.edu/shibboleth">
  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>
«c»
          </ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
        Location="https://ezproxy.library.example.edu/Shibboleth.sso/SAML2/POST" index="1"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>
""", c="\n".join(cert_pem().splitlines()[1:-1]))

dec("xml/decoy-property-reference", "shibboleth-idp/conf/attribute-resolver.xml",
    "Shibboleth IdP attribute-resolver (PairwiseId with %{idp.persistentId.salt} property reference)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<AttributeResolver
        xmlns="urn:mace:shibboleth:2.0:resolver"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:schemaLocation="urn:mace:shibboleth:2.0:resolver http://shibboleth.net/schema/idp/shibboleth-attribute-resolver.xsd">

    <AttributeDefinition id="eduPersonTargetedID" xsi:type="SAML2NameID"
            nameIdFormat="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">
        <InputDataConnector ref="computedID" attributeNames="computedId"/>
    </AttributeDefinition>

    <DataConnector id="computedID" xsi:type="ComputedId"
            generatedAttributeID="computedId"
            salt="%{idp.persistentId.salt}"
            algorithm="%{idp.persistentId.algorithm:SHA}"
            encoding="%{idp.persistentId.encoding:BASE32}">
        <InputDataConnector ref="myLDAP" attributeNames="%{idp.persistentId.sourceAttribute}"/>
    </DataConnector>

    <DataConnector id="myLDAP" xsi:type="LDAPDirectory"
        ldapURL="%{idp.attribute.resolver.LDAP.ldapURL}"
        baseDN="%{idp.attribute.resolver.LDAP.baseDN}"
        principal="%{idp.attribute.resolver.LDAP.bindDN}"
        principalCredential="%{idp.attribute.resolver.LDAP.bindDNCredential}">
        <FilterTemplate><![CDATA[%{idp.attribute.resolver.LDAP.searchFilter}]]></FilterTemplate>
    </DataConnector>
</AttributeResolver>
""")

dec("xml/decoy-credential-path", "shibboleth/shibboleth2.xml",
    "Shibboleth SP shibboleth2.xml (CredentialResolver type=File key/certificate paths)", r"""
<SPConfig xmlns="urn:mace:shibboleth:3.0:native:sp:config"
    xmlns:conf="urn:mace:shibboleth:3.0:native:sp:config"
    clockSkew="180">

    <OutOfProcess tranLogFormat="%u|%s|%IDP|%i|%ac|%t|%attr|%n|%b|%E|%S|%SS|%L|%UA|%a" />

    <ApplicationDefaults entityID="https://ezproxy.library.example.edu/shibboleth"
        REMOTE_USER="eppn subject-id pairwise-id persistent-id"
        cipherSuites="DEFAULT:!EXP:!LOW:!aNULL:!eNULL:!DES:!IDEA:!SEED:!RC4:!3DES:!kRSA:!SSLv2:!SSLv3:!TLSv1:!TLSv1.1">

        <Sessions lifetime="28800" timeout="3600" relayState="ss:mem"
                  checkAddress="false" handlerSSL="true" cookieProps="https">
            <SSO discoveryProtocol="SAMLDS" discoveryURL="https://wayf.ukfederation.org.uk/DS">
              SAML2
            </SSO>
            <Logout>SAML2 Local</Logout>
        </Sessions>

        <MetadataProvider type="XML" validate="true"
              url="https://metadata.ukfederation.org.uk/ukfederation-metadata.xml"
              backingFilePath="ukfederation-metadata.xml" maxRefreshDelay="7200">
            <MetadataFilter type="Signature" certificate="ukfederation.pem"/>
        </MetadataProvider>

        <AttributeExtractor type="XML" validate="true" reloadChanges="false" path="attribute-map.xml"/>
        <AttributeFilter type="XML" validate="true" path="attribute-policy.xml"/>

        <CredentialResolver type="File" use="signing"
            key="sp-signing-key.pem" certificate="sp-signing-cert.pem"/>
        <CredentialResolver type="File" use="encryption"
            key="sp-encrypt-key.pem" certificate="sp-encrypt-cert.pem"/>
    </ApplicationDefaults>
</SPConfig>
""")

# ---------------------------------------------------------------- VuFind / discovery
sec("ini/vufind-db", "local/config/vufind/config.ini",
    "VuFind config.ini [Database] database = mysql://user:password@host/db", r"""
; VuFind local overrides - ULB discovery
[Site]
url             = https://find.library.example.edu
email           = libsys@library.example.edu
title           = "ULB Find"
theme           = ulb
language        = en
timezone        = "Europe/London"

[Catalog]
driver          = Folio

[Database]
database          = mysql://vufind:«s»@vufind-db.lib.internal/vufind
use_ssl           = false

[Index]
engine          = Solr
url             = http://solr.lib.internal:8983/solr
default_core    = biblio

[Authentication]
method          = Shibboleth
hash_passwords  = true
encrypt_ils_password = true
""", rand_pw(18))

sec("ini/folio-password", "local/config/vufind/Folio.ini",
    "VuFind Folio.ini [API] base_url, tenant, username, password", r"""
[API]
base_url = https://okapi.folio.library.example.edu
tenant = fs00001034
username = vufind_ils
password = «s»
legacy_authentication = false

[IDs]
type = hrid

[Holds]
default_request = Hold
excludeHoldLocationsCompareMode = exact

[CourseReserves]
displayInstructors = true
""", words_pw("!*"))

sec("ini/summon-api-key", "local/config/vufind/Summon.ini",
    "VuFind Summon.ini [Summon] apiId / apiKey (Summon API HMAC digest key)", r"""
; Summon article search tab
[General]
default_sort    = relevance
retain_filters_by_default = true

[Summon]
apiId           = ulb
apiKey          = «s»

[Facets]
IsScholarly     = "Peer Reviewed"
ContentType     = Format
SubjectTerms    = Topic
""", mixed(32))

sec("ini/eds-password", "local/config/vufind/EDS.ini",
    "VuFind EDS.ini [EBSCO_Account] user_name / password / profile", r"""
[General]
default_limit = 20
highlighting = true

[EBSCO_Account]
ip_auth = false
user_name = ulbedsapi
password = «s»
profile = edsapi
organization_id = "ULB"

[Facets]
SourceType = "Source Type"
SubjectEDS = "Subject"
""", human_pw())

dec("ini/decoy-empty", "config/vufind/Summon.ini",
    "VuFind config/vufind/Summon.ini as shipped (keys set only in local/config)", r"""
; This file is the shipped default. Do not put credentials here:
; copy it to local/config/vufind/Summon.ini and fill in apiId / apiKey there.
[General]
default_sort    = relevance

[Summon]
apiId           =
apiKey          =

[Facets]
IsScholarly     = "Peer Reviewed"
ContentType     = Format
""")

# ---------------------------------------------------------------- Evergreen / SirsiDynix / Sierra / III
sec("xml/opensrf-password", "Open-ILS/examples/local/opensrf_core.xml",
    "Evergreen/OpenSRF opensrf_core.xml (router <passwd>, <username>, domain)", r"""
<?xml version="1.0"?>
<config>
  <opensrf>
    <routers>
      <router>public.localhost</router>
      <router>
        <name>router</name>
        <domain>private.localhost</domain>
        <services>
          <service>opensrf.settings</service>
          <service>open-ils.cstore</service>
          <service>open-ils.pcrud</service>
        </services>
      </router>
    </routers>
    <domain>private.localhost</domain>
    <username>opensrf</username>
    <passwd>«s»</passwd>
    <port>6379</port>
    <loglevel>3</loglevel>
    <logfile>/openils/var/log/osrfsys.log</logfile>
  </opensrf>
</config>
""", rand_pw(16))

sec("xml/evergreen-db", "Open-ILS/examples/local/opensrf.xml",
    "Evergreen opensrf.xml (open-ils.storage / cstore app_settings database <pw>)", r"""
<?xml version="1.0"?>
<opensrf version="0.0.3">
  <default>
    <apps>
      <open-ils.cstore>
        <keepalive>6</keepalive>
        <stateless>1</stateless>
        <language>C</language>
        <implementation>oils_cstore.so</implementation>
        <app_settings>
          <max_query_recursion>100</max_query_recursion>
          <driver>pgsql</driver>
          <database>
            <host>eg-db.lib.internal</host>
            <port>5432</port>
            <db>evergreen</db>
            <user>evergreen</user>
            <pw>«s»</pw>
            <client_encoding>UTF8</client_encoding>
          </database>
        </app_settings>
      </open-ils.cstore>
    </apps>
  </default>
</opensrf>
""", passphrase("."))

sec("dockerfile/evergreen-admin", "docker/evergreen/Dockerfile",
    "Evergreen install docs: eg_db_config --create-database --admin-user --admin-pass", r"""
FROM ubuntu:22.04
ENV DEBIAN_FRONTEND=noninteractive
ARG EG_VERSION=3.12.2

RUN apt-get update && apt-get install -y make git wget sudo postgresql-client \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /home/opensrf
RUN wget -q https://evergreen-ils.org/downloads/Evergreen-ILS-${EG_VERSION}.tar.gz \
    && tar xzf Evergreen-ILS-${EG_VERSION}.tar.gz
WORKDIR /home/opensrf/Evergreen-ILS-${EG_VERSION}
RUN make -f Open-ILS/src/extras/Makefile.install ubuntu-jammy \
    && ./configure --prefix=/openils --sysconfdir=/openils/conf && make && make install

# Seed the training database with the concerto data and the admin account
RUN perl Open-ILS/src/support-scripts/eg_db_config --update-config \
       --service all --create-database --create-schema --create-offline \
       --user evergreen --password "$PGPASSWORD" --hostname eg-db --port 5432 \
       --database evergreen --admin-user egadmin --admin-pass «s» --load-all-sample

EXPOSE 80 443
CMD ["/usr/local/bin/eg-start.sh"]
""", words_pw("-_"))

sec("json/symws-password", "symws-bridge/config/production.json",
    "SirsiDynix Symphony Web Services (x-sirs-clientID, /user/staff/login login+password)", r"""
{
  "symws": {
    "baseUrl": "https://symws.library.example.org/symws",
    "clientId": "SymWSStaffClient",
    "staffLogin": "WSLIBADMIN",
    "staffPassword": "«s»",
    "workingLibrary": "CENTRAL",
    "timeoutMs": 20000
  },
  "cache": {
    "redisUrl": "redis://cache.lib.internal:6379/3",
    "ttlSeconds": 120
  },
  "logging": {
    "level": "info",
    "file": "/var/log/symws-bridge/app.log"
  }
}
""", human_pw())

sec("python/sierra-client-secret", "sierra/api.py",
    "Innovative Sierra REST API v6 (POST /token with Basic base64(key:secret))", r"""
import base64

import requests

SIERRA = "https://catalog.library.example.org/iii/sierra-api/v6"
CLIENT_KEY = "«key»"
CLIENT_SECRET = "«s»"


def token() -> str:
    creds = base64.b64encode(f"{CLIENT_KEY}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(f"{SIERRA}/token", headers={"Authorization": f"Basic {creds}"},
                      data={"grant_type": "client_credentials"}, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def items_for_bib(bib_id: int):
    r = requests.get(f"{SIERRA}/items", params={"bibIds": bib_id, "fields": "status,location,barcode"},
                     headers={"Authorization": f"Bearer {token()}"}, timeout=20)
    r.raise_for_status()
    return r.json()["entries"]
""", rand_pw(12), key=draw(28, ALNUM + "+/"))

sec("php/libapps-client-secret", "libguides-sync/config.php",
    "Springshare LibApps API 1.2 OAuth (client_id numeric, client_secret)", r"""
<?php
// LibGuides A-Z database list -> campus portal cache
return [
    'libapps' => [
        'site_id'       => 7342,
        'client_id'     => 1185,
        'client_secret' => '«s»',
        'token_url'     => 'https://lgapi-us.libapps.com/1.2/oauth/token',
        'api_base'      => 'https://lgapi-us.libapps.com/1.2',
    ],
    'cache' => [
        'dir' => __DIR__ . '/../var/cache',
        'ttl' => 3600,
    ],
];
""", hexs(32))

sec("csharp/illiad-api-key", "ILLiadAddon/Services/IlliadClient.cs",
    "Atlas Systems ILLiad Web Platform API (ApiKey request header)", r"""
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace ULib.IlliadAddon.Services
{
    public class IlliadClient
    {
        private const string BaseUrl = "https://illiad.library.example.edu/ILLiadWebPlatform/";
        private const string ApiKey = "«s»";
        private readonly HttpClient _http;

        public IlliadClient()
        {
            _http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
            _http.DefaultRequestHeaders.Add("ApiKey", ApiKey);
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public async Task<string> GetTransactionAsync(int transactionNumber)
        {
            var response = await _http.GetAsync($"Transaction/{transactionNumber}");
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }
    }
}
""", uuid())

# ---------------------------------------------------------------- DSpace
sec("cfg/dspace-db", "dspace/config/local.cfg",
    "DSpace 7 local.cfg (db.url, db.username, db.password)", r"""
# DSpace local.cfg - ULB Research Repository (production)
# Overrides dspace.cfg; see https://wiki.lyrasis.org/display/DSDOC7x/Configuration+Reference
dspace.dir = /dspace
dspace.server.url = https://repository.library.example.edu/server
dspace.ui.url = https://repository.library.example.edu
dspace.name = ULB Research Repository

solr.server = http://solr.lib.internal:8983/solr

##########################
# DATABASE CONFIGURATION #
##########################
db.url = jdbc:postgresql://dspace-db.lib.internal:5432/dspace
db.username = dspace
db.password = «s»
db.schema = public
db.maxconnections = 60

#######################
# EMAIL CONFIGURATION #
#######################
mail.server = smtp.lib.internal
mail.from.address = repository@library.example.edu
feedback.recipient = repository@library.example.edu
mail.admin = repository@library.example.edu
""", rand_pw(20, "_-"))

sec("cfg/smtp-password", "deploy/dspace-test/local.cfg",
    "DSpace 7 local.cfg email settings (mail.server.username / mail.server.password)", r"""
# DSpace test server overrides
dspace.server.url = https://repository-test.library.example.edu/server
dspace.ui.url = https://repository-test.library.example.edu
db.url = jdbc:postgresql://localhost:5432/dspace
db.username = dspace
db.password = ${env:DSPACE_DB_PASSWORD}

# Office 365 relay for submission notifications
mail.server = smtp.office365.com
mail.server.port = 587
mail.server.username = repository-noreply@library.example.edu
mail.server.password = «s»
mail.extraproperties = mail.smtp.starttls.enable=true
mail.from.address = repository-noreply@library.example.edu
""", human_pw())

sec("cfg/datacite-password", "dspace/config/modules/doi-local.cfg",
    "DSpace DOI registration with DataCite (identifier.doi.user / identifier.doi.password)", r"""
#---------------------------------------------------------------#
#--------------IDENTIFIER PROVIDER CONFIGURATIONS---------------#
#---------------------------------------------------------------#
identifier.doi.registration-agency = datacite
identifier.doi.prefix = 10.80312
identifier.doi.namespaceseparator = ulb-
identifier.doi.user = ULB.REPO
identifier.doi.password = «s»
crosswalk.dissemination.DataCite.publisher = University Library of Blackmoor
crosswalk.dissemination.DataCite.hostingInstitution = University Library of Blackmoor
crosswalk.dissemination.DataCite.dataManager = University Library of Blackmoor
""", rand_pw(16, "!"))

sec("cfg/orcid-client-secret", "dspace/config/modules/orcid-local.cfg",
    "DSpace 7 ORCID integration (orcid.application-client-id / orcid.application-client-secret)", r"""
# ORCID member API integration (production)
orcid.domain-url = https://orcid.org
orcid.api-url = https://api.orcid.org/v3.0
orcid.public-url = https://pub.orcid.org/v3.0
orcid.application-client-id = APP-«cid»
orcid.application-client-secret = «s»
orcid.scope = /authenticate
orcid.scope = /read-limited
orcid.scope = /activities/update
orcid.scope = /person/update
orcid.synchronization-enabled = true
""", uuid(), cid=draw(16, string.ascii_uppercase + string.digits))

sec("docker-compose/postgres", "dspace/docker-compose.prod.yml",
    "DSpace docker-compose.yml (dspacedb POSTGRES_PASSWORD, dspace__P__db__P__password env)", r"""
networks:
  dspacenet:
services:
  dspace:
    image: dspace/dspace:dspace-7.6
    environment:
      dspace__P__dir: /dspace
      dspace__P__server__P__url: https://repository.library.example.edu/server
      dspace__P__ui__P__url: https://repository.library.example.edu
      db__P__url: 'jdbc:postgresql://dspacedb:5432/dspace'
      db__P__password: «s»
      solr__P__server: http://dspacesolr:8983/solr
    depends_on: [dspacedb, dspacesolr]
    networks: [dspacenet]
    ports: ["8080:8080"]
    volumes:
      - assetstore:/dspace/assetstore
  dspacedb:
    image: dspace/dspace-postgres-pgcrypto:dspace-7.6
    environment:
      PGDATA: /pgdata
      POSTGRES_PASSWORD: «s»
    networks: [dspacenet]
    volumes:
      - pgdata:/pgdata
  dspacesolr:
    image: dspace/dspace-solr:dspace-7.6
    networks: [dspacenet]
volumes:
  assetstore:
  pgdata:
""", rand_pw(22))

sec("python/dspace-password", "scripts/batch_import_theses.py",
    "the-library-code/dspace-rest-python (DSpaceClient(api_endpoint, username, password))", r"""
\"\"\"Create items for the scanned theses in a CSV; files are uploaded to the ORIGINAL bundle.\"\"\"
import csv

from dspace_rest_client.client import DSpaceClient
from dspace_rest_client.models import Item

API = "https://repository.library.example.edu/server/api"
COLLECTION = "«coll»"

d = DSpaceClient(api_endpoint=API, username="digitisation@library.example.edu",
                 password="«s»", fake_user_agent=False)
if not d.authenticate():
    raise SystemExit("DSpace login failed")

with open("theses_batch_14.csv", newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        item = Item({"metadata": {
            "dc.title": [{"value": row["title"]}],
            "dc.contributor.author": [{"value": row["author"]}],
            "dc.date.issued": [{"value": row["year"]}],
            "dc.type": [{"value": "Thesis"}],
        }})
        created = d.create_item(COLLECTION, item)
        bundle = d.create_bundle(created, "ORIGINAL")
        d.create_bitstream(bundle, row["pdf"], row["pdf"], "application/pdf")
        print(created.handle, row["title"])
""", words_pw("!*#"), coll=uuid())

sec("pgpass/postgres", "ops/dspace/.pgpass",
    "PostgreSQL docs, The Password File (hostname:port:database:username:password)", r"""
# pg_dump / psql for the nightly DSpace backup (copied to ~dspace/.pgpass, mode 0600)
# hostname:port:database:username:password
dspace-db.lib.internal:5432:dspace:dspace:«s»
dspace-db.lib.internal:5432:dspace_stats:dspace:«s»
localhost:5432:*:postgres:«s»
""", rand_pw(20))

sec("helm/postgres", "deploy/helm/dspace/values-prod.yaml",
    "Bitnami postgresql chart values (auth.username, auth.password, auth.database)", r"""
dspace:
  image:
    repository: dspace/dspace
    tag: dspace-7.6.1
  serverUrl: https://repository.library.example.edu/server
  uiUrl: https://repository.library.example.edu
  assetstore:
    size: 2Ti
    storageClass: cephfs

angular:
  image:
    repository: dspace/dspace-angular
    tag: dspace-7.6.1
  replicas: 2

postgresql:
  enabled: true
  auth:
    username: dspace
    password: «s»
    database: dspace
  primary:
    persistence:
      size: 50Gi
""", rand_pw(24))

dec("cfg/decoy-documented-default", "dspace/config/local.cfg.EXAMPLE",
    "DSpace local.cfg.EXAMPLE as shipped (db.password = dspace, the documented default)", r"""
# EXAMPLE "local.cfg" for DSpace.
#
# Any configurations added to this file will automatically OVERRIDE configurations
# of the same name in any of the DSpace *.cfg files.
# Copy this file to "local.cfg" before you change anything.

dspace.dir=/dspace
dspace.server.url = http://localhost:8080/server
dspace.ui.url = http://localhost:4000
dspace.name = DSpace at My University

# DATABASE CONFIGURATION #
db.url = jdbc:postgresql://localhost:5432/dspace
db.username = dspace
# Database password (default is "dspace")
db.password = dspace
db.schema = public

# EMAIL CONFIGURATION #
mail.server = smtp.example.com
#mail.server.username = myusername
#mail.server.password = mypassword
""")

dec("cfg/decoy-recaptcha-site-key", "dspace/config/modules/registration-local.cfg",
    "DSpace 7 registration with Google reCAPTCHA (google.recaptcha.key.site is public, the secret is not)", r"""
# Self-registration for external depositors, protected by reCAPTCHA v2.
registration.verification.enabled = true
google.recaptcha.version = v2
google.recaptcha.mode = checkbox
# the site key is published in every registration page
google.recaptcha.key.site = «site»
# the secret is set by the deploy from the vault, never here
google.recaptcha.key.secret = ${env:RECAPTCHA_SECRET}
google.recaptcha.site-verify = https://www.google.com/recaptcha/api/siteverify
""", site="6L" + draw(38, B64URL))

dec("docker-compose/decoy-env-reference", "dspace/docker-compose.yml",
    "Docker Compose variable interpolation (${VAR:?error}) from .env", r"""
services:
  dspace:
    image: dspace/dspace:dspace-7.6
    environment:
      dspace__P__dir: /dspace
      db__P__url: 'jdbc:postgresql://dspacedb:5432/dspace'
      db__P__password: ${DSPACE_DB_PASSWORD:?set DSPACE_DB_PASSWORD in .env}
      mail__P__server__P__password: ${SMTP_PASSWORD:-}
    ports: ["8080:8080"]
  dspacedb:
    image: dspace/dspace-postgres-pgcrypto:dspace-7.6
    environment:
      PGDATA: /pgdata
      POSTGRES_PASSWORD_FILE: /run/secrets/dspace_db_password
    secrets: [dspace_db_password]
secrets:
  dspace_db_password:
    file: ./secrets/dspace_db_password.txt
""")

dec("sql/decoy-password-hash", "dspace-api/src/test/data/eperson_fixture.sql",
    "DSpace eperson table (salted SHA-512 password digest, salt, digest_algorithm)", r"""
-- Test fixture: three epersons. Passwords are salted SHA-512 digests as DSpace stores them.
INSERT INTO eperson (uuid, email, password, salt, digest_algorithm, can_log_in, netid)
VALUES
 ('«u1»', 'admin@repo.test', '«d1»', '«s1»', 'SHA-512', true, NULL),
 ('«u2»', 'submitter@repo.test', '«d2»', '«s2»', 'SHA-512', true, NULL),
 ('«u3»', 'reviewer@repo.test', '«d3»', '«s3»', 'SHA-512', true, 'rev01');
""", u1=uuid(), u2=uuid(), u3=uuid(), d1=hexs(128), d2=hexs(128), d3=hexs(128), s1=hexs(32), s2=hexs(32), s3=hexs(32))

# ---------------------------------------------------------------- Fedora / Islandora / Samvera
sec("properties/fcrepo-db", "fcrepo/fcrepo.properties",
    "Fedora 6 properties (fcrepo.db.url, fcrepo.db.user, fcrepo.db.password)", r"""
# Fedora 6.5 configuration for the Islandora stack
fcrepo.home=/opt/fcrepo/data
fcrepo.db.url=jdbc:mysql://mariadb.islandora.internal:3306/fcrepo
fcrepo.db.user=fcrepo
fcrepo.db.password=«s»
fcrepo.db.max.pool.size=20
fcrepo.jms.enabled=true
fcrepo.jms.destination.type=topic
fcrepo.jms.destination.name=fedora
fcrepo.jms.baseUrl=https://fcrepo.collections.example.org/fcrepo/rest
fcrepo.autoversioning.enabled=true
fcrepo.persistence.defaultDigestAlgorithm=sha512
fcrepo.external.content.allowed=/opt/fcrepo/config/allowed-external-content.txt
""", rand_pw(18))

sec("xml/tomcat-users", "fcrepo/tomcat/conf/tomcat-users.xml",
    "Apache Tomcat tomcat-users.xml; Fedora 6 container roles fedoraAdmin / fedoraUser", r"""
<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
  <role rolename="fedoraAdmin"/>
  <role rolename="fedoraUser"/>
  <role rolename="manager-gui"/>
  <user username="islandora" password="«s»" roles="fedoraAdmin"/>
  <!-- read-only account for the IIIF server (Cantaloupe HttpSource) -->
  <user username="cantaloupe" password="${cantaloupe.password}" roles="fedoraUser"/>
</tomcat-users>
""", rand_pw(16))

sec("java/fedora-password", "ingest/src/main/java/edu/example/lib/ingest/FedoraConfig.java",
    "fcrepo-java-client (FcrepoClient.client().credentials(user, password))", r"""
package edu.example.lib.ingest;

import org.fcrepo.client.FcrepoClient;

import java.net.URI;

public final class FedoraConfig {
    public static final URI BASE = URI.create("https://fcrepo.collections.example.org/fcrepo/rest/");
    private static final String USER = "ingest";
    private static final String PASSWORD = "«s»";

    private FedoraConfig() {}

    public static FcrepoClient client() {
        return FcrepoClient.client()
                .credentials(USER, PASSWORD)
                .throwExceptionOnFailure()
                .build();
    }
}
""", words_pw("!#%"))

dec("java/decoy-documented-default", "ingest/src/test/java/edu/example/lib/ingest/FedoraIT.java",
    "fcrepo/fcrepo Docker image: default fedoraAdmin/fedoraAdmin account for local testing", r"""
package edu.example.lib.ingest;

import org.fcrepo.client.FcrepoClient;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers
class FedoraIT {
    // The fcrepo image's documented default account; the container lives for this test only.
    private static final String USER = "fedoraAdmin";
    private static final String PASSWORD = "fedoraAdmin";

    @Container
    static GenericContainer<?> fedora = new GenericContainer<>("fcrepo/fcrepo:6.5.0").withExposedPorts(8080);

    @Test
    void createsAContainer() throws Exception {
        FcrepoClient client = FcrepoClient.client().credentials(USER, PASSWORD).build();
        // ...
    }
}
""")

dec("properties/decoy-env-reference", "fcrepo/fcrepo-test.properties",
    "Spring property placeholders ${ENV_VAR} resolved from the environment", r"""
# Fedora test instance: secrets come from the container environment
fcrepo.home=/opt/fcrepo/data
fcrepo.db.url=jdbc:postgresql://${FCREPO_DB_HOST}:5432/fcrepo
fcrepo.db.user=${FCREPO_DB_USER}
fcrepo.db.password=${FCREPO_DB_PASSWORD}
fcrepo.jms.enabled=false
fcrepo.autoversioning.enabled=true
""")

dec("xml/decoy-documented-default", "fcrepo/tomcat/conf/server.xml",
    "Apache Tomcat SSL connector; keytool's documented default keystore password 'changeit'", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443" />
    <!-- Local development only: the JDK cacerts default password -->
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               maxThreads="150" SSLEnabled="true">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="conf/localhost-rsa.jks"
                     certificateKeystorePassword="changeit" type="RSA" />
      </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" />
    </Engine>
  </Service>
</Server>
""")

sec("php/drupal-db", "islandora/web/sites/default/settings.php",
    "Drupal settings.php $databases['default']['default'] array", r"""
<?php

/**
 * Islandora 2 site settings (Drupal 10). Most of the stock comments removed.
 */

$databases['default']['default'] = [
  'database' => 'drupal_default',
  'username' => 'drupal_default',
  'password' => '«s»',
  'prefix' => '',
  'host' => 'mariadb',
  'port' => '3306',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
  'driver' => 'mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

$settings['hash_salt'] = file_get_contents('/var/www/drupal/private/salt.txt');
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/var/www/drupal/private';
$settings['trusted_host_patterns'] = ['^collections\.example\.org$'];
$settings['flysystem'] = [
  'fedora' => [
    'driver' => 'fedora',
    'config' => ['root' => 'http://fcrepo:8080/fcrepo/rest/'],
  ],
];
""", rand_pw(20))

sec("php/drupal-hash-salt", "islandora/web/sites/default/settings.local.php",
    "Drupal settings.php $settings['hash_salt'] (one-time login links, form tokens)", r"""
<?php

// Local settings for the staging Islandora site.
$settings['hash_salt'] = '«s»';

$config['system.logging']['error_level'] = 'verbose';
$config['system.performance']['css']['preprocess'] = FALSE;
$config['system.performance']['js']['preprocess'] = FALSE;

$settings['trusted_host_patterns'] = [
  '^islandora-stage\.example\.org$',
];
$settings['skip_permissions_hardening'] = TRUE;
""", draw(74, B64URL))

sec("php/recaptcha-secret", "islandora/web/sites/default/settings.prod.php",
    "Drupal recaptcha module config overrides ($config['recaptcha.settings']['secret_key'])", r"""
<?php

// Production overrides for the public Islandora site.
$config['recaptcha.settings']['site_key'] = '«site»';
$config['recaptcha.settings']['secret_key'] = '«s»';
$config['recaptcha.settings']['verify_hostname'] = TRUE;

$config['smtp.settings']['smtp_host'] = 'smtp.lib.internal';
$config['smtp.settings']['smtp_port'] = '25';
$config['system.site']['mail'] = 'digital-collections@library.example.edu';
""", "6L" + draw(38, B64URL), site="6L" + draw(38, B64URL))

dec("php/decoy-getenv", "islandora/web/sites/default/settings.docker.php",
    "Drupal settings.php reading credentials with getenv() (isle-dc / docker deployments)", r"""
<?php

$databases['default']['default'] = [
  'database' => getenv('DRUPAL_DEFAULT_DB_NAME') ?: 'drupal_default',
  'username' => getenv('DRUPAL_DEFAULT_DB_USER') ?: 'drupal_default',
  'password' => getenv('DRUPAL_DEFAULT_DB_PASSWORD'),
  'host' => getenv('DB_MYSQL_HOST') ?: 'mariadb',
  'port' => getenv('DB_MYSQL_PORT') ?: '3306',
  'driver' => 'mysql',
];

$settings['hash_salt'] = getenv('DRUPAL_DEFAULT_SALT');
$config['recaptcha.settings']['secret_key'] = getenv('RECAPTCHA_SECRET_KEY');
$settings['config_sync_directory'] = '/var/www/drupal/config/sync';
""")

dec("php/decoy-documented-test-key", "islandora/web/sites/default/settings.ci.php",
    "Google reCAPTCHA FAQ: the published test keys (always pass, for automated tests)", r"""
<?php

// CI settings: Google's published reCAPTCHA v2 test keys. Verification always passes and
// the widget shows a warning banner; they are documented for automated tests.
$config['recaptcha.settings']['site_key'] = '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI';
$config['recaptcha.settings']['secret_key'] = '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe';

$settings['hash_salt'] = 'ci-only-salt-not-secret';
$config['system.logging']['error_level'] = 'verbose';
""")

sec("pem/islandora-jwt-key", "islandora-playbook/roles/internal/webserver-app/files/private.key",
    "Islandora JWT keys (Drupal jwt module private key; Crayfish/Syn verify with the public key)", "«s»\n", pem("RSA"))

dec("pem/decoy-public-key", "islandora-playbook/roles/internal/webserver-app/files/public.key",
    "Islandora JWT public key distributed to Crayfish microservices and Syn", "«k»\n", k=public_pem())

sec("xml/syn-jwt-secret", "islandora/syn/syn-settings.xml",
    "Islandora Syn syn-settings.xml (<site url algorithm=HS256 encoding=plain>shared secret</site>)", r"""
<!-- Syn: JWT validation for Fedora requests coming from the Drupal site -->
<config version='1' header='X-Islandora'>
  <site url='https://collections.example.org' algorithm='HS256' encoding='plain'>«s»</site>
  <site url='https://islandora-stage.example.org' algorithm='RS256' encoding='PEM' path='/opt/keys/stage_public.key'/>
</config>
""", rand_pw(40))

dec("xml/decoy-key-path", "islandora/syn/syn-settings.test.xml",
    "Islandora Syn syn-settings.xml (RS256 sites validated with a public key file path)", r"""
<!-- Syn settings for the test stack: every site is validated with its public key -->
<config version='1' header='X-Islandora'>
  <site url='https://islandora-test.example.org' algorithm='RS256' encoding='PEM' path='/opt/keys/jwt/public.key'/>
  <site url='http://localhost:8000' algorithm='RS256' encoding='PEM' path='/opt/keys/jwt/public.key' default='true'/>
</config>
""")

sec("properties/activemq", "islandora/alpaca/alpaca.properties",
    "Islandora Alpaca alpaca.properties (jms.brokerUrl, jms.username, jms.password)", r"""
# Alpaca: derivative / indexing connectors for Islandora
jms.brokerUrl=tcp://activemq.islandora.internal:61616
jms.username=alpaca
jms.password=«s»
jms.connections=10

fcrepo.indexer.enabled=true
fcrepo.indexer.node=queue:islandora-indexing-fcrepo-content
fcrepo.indexer.delete=queue:islandora-indexing-fcrepo-delete
fcrepo.indexer.media=queue:islandora-indexing-fcrepo-media
fcrepo.indexer.milliner.baseUrl=http://crayfish/milliner/
triplestore.indexer.enabled=true
triplestore.baseUrl=http://blazegraph:8080/bigdata/namespace/islandora/sparql
derivative.systems.installed=houdini,homarus,hypercube
derivative.houdini.service.url=http://crayfish/houdini/convert
""", rand_pw(14))

sec("docker-compose/drupal-admin", "isle-site/docker-compose.override.yml",
    "Islandora isle-dc / isle-site-template compose (DRUPAL_DEFAULT_ACCOUNT_PASSWORD)", r"""
# Local override for the digital collections site; do not use upstream defaults in prod
services:
  drupal:
    environment:
      DRUPAL_DEFAULT_SITE_URL: https://collections.example.org
      DRUPAL_DEFAULT_ACCOUNT_NAME: islandora_admin
      DRUPAL_DEFAULT_ACCOUNT_EMAIL: digital-collections@library.example.edu
      DRUPAL_DEFAULT_ACCOUNT_PASSWORD: «s»
      DRUPAL_DEFAULT_FCREPO_URL: http://fcrepo:8080/fcrepo/rest/
      DRUPAL_DEFAULT_SOLR_CORE: default
    volumes:
      - ./codebase:/var/www/drupal:delegated
  traefik:
    command: >-
      --providers.docker=true
      --entrypoints.https.address=:443
""", words_pw("!*"))

dec("yaml/decoy-sops", "isle-site/secrets/prod.enc.yaml",
    "Mozilla SOPS encrypted YAML (ENC[AES256_GCM,...] values, sops metadata)", r"""
DRUPAL_DEFAULT_ACCOUNT_PASSWORD: ENC[AES256_GCM,data:«d1»,iv:«i1»,tag:«t1»,type:str]
DB_ROOT_PASSWORD: ENC[AES256_GCM,data:«d2»,iv:«i2»,tag:«t2»,type:str]
JWT_ADMIN_TOKEN: ENC[AES256_GCM,data:«d3»,iv:«i3»,tag:«t3»,type:str]
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            «a1»
            «a2»
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-02-19T10:41:07Z"
    mac: ENC[AES256_GCM,data:«m»,iv:«mi»,tag:«mt»,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=draw(24, B64), i1=draw(43, B64) + "=", t1=draw(22, B64) + "==", d2=draw(28, B64), i2=draw(43, B64) + "=",
    t2=draw(22, B64) + "==", d3=draw(64, B64), i3=draw(43, B64) + "=", t3=draw(22, B64) + "==",
    a1=draw(64, B64), a2=draw(44, B64), m=draw(88, B64), mi=draw(43, B64) + "=", mt=draw(22, B64) + "==")

sec("yaml/rails-secret-key-base", "hyrax-app/config/secrets.yml",
    "Rails config/secrets.yml (secret_key_base per environment)", r"""
# Be sure to restart your server when you modify this file.
# Samvera / Hyrax institutional repository

development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] || "development-only" %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] || "test-only" %>

production:
  secret_key_base: «s»
""", hexs(128))

sec("yaml/fedora-password", "hyrax-app/config/fedora.yml",
    "Hyrax/ActiveFedora config/fedora.yml (user, password, url, base_path)", r"""
development:
  user: fedoraAdmin
  password: fedoraAdmin
  url: http://127.0.0.1:8984/rest
  base_path: /dev
test:
  user: fedoraAdmin
  password: fedoraAdmin
  url: http://127.0.0.1:8986/rest
  base_path: /test
production:
  user: hyrax
  password: «s»
  url: https://fcrepo.repository.example.edu/rest
  base_path: /prod
  request: { timeout: 120, open_timeout: 60 }
""", rand_pw(18))

sec("yaml/solr-basic-auth", "blacklight-catalog/config/blacklight.yml",
    "Blacklight config/blacklight.yml (adapter: solr, url with basic-auth userinfo)", r"""
development:
  adapter: solr
  url: <%= ENV['SOLR_URL'] || "http://127.0.0.1:8983/solr/blacklight-core" %>
test: &test
  adapter: solr
  url: <%= "http://127.0.0.1:#{ENV['TEST_JETTY_PORT'] || 8888}/solr/blacklight-core" %>
production:
  adapter: solr
  url: https://catalog_ro:«s»@solr.lib.internal:8983/solr/catalog
""", rand_pw(16))

sec("yaml/redis", "hyrax-app/config/redis.yml",
    "Hyrax config/redis.yml (host, port, password for Sidekiq/locks)", r"""
development:
  host: localhost
  port: 6379
test:
  host: localhost
  port: 6379
production:
  host: redis.repository.internal
  port: 6379
  password: «s»
  thread_safe: true
""", fakes.redis_password(_seed()))

sec("env/solr-password", "hyku/.env.production",
    "Hyku .env (SOLR_ADMIN_USER / SOLR_ADMIN_PASSWORD for collection management)", r"""
# Hyku multi-tenant repository (production)
HYKU_MULTITENANT=true
HYKU_ROOT_HOST=repo.consortium.example.org
HYKU_ADMIN_HOST=admin.repo.consortium.example.org
SOLR_HOST=solr
SOLR_PORT=8983
SOLR_ADMIN_USER=solr
SOLR_ADMIN_PASSWORD=«s»
SOLR_COLLECTION_NAME=hydra-prod
SOLR_CONFIGSET_NAME=hyku
FCREPO_HOST=fcrepo
FCREPO_PORT=8080
FCREPO_REST_PATH=rest
REDIS_HOST=redis
RAILS_LOG_TO_STDOUT=true
""", rand_pw(20))

sec("env/postgres-url", "hyrax-app/.env.production",
    "Rails DATABASE_URL (postgresql://user:password@host/db)", r"""
RAILS_ENV=production
RAILS_SERVE_STATIC_FILES=true
DATABASE_URL=postgresql://hyrax:«s»@db.repository.internal:5432/hyrax_production
SOLR_URL=http://solr.repository.internal:8983/solr/hyrax
FEDORA_URL=https://fcrepo.repository.example.edu/rest
REDIS_URL=redis://redis.repository.internal:6379/0
HYRAX_DERIVATIVES_PATH=/srv/hyrax/derivatives
HYRAX_UPLOAD_PATH=/srv/hyrax/uploads
FITS_PATH=/opt/fits/fits.sh
""", rand_pw(22))

dec("yaml/decoy-erb-env", "blacklight-catalog/config/secrets.yml",
    "Rails config/secrets.yml with ERB ENV lookups", r"""
# Secrets are provided by the environment on every server.
development:
  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE") { "dev" } %>
test:
  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE") { "test" } %>
production:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
  solr_password: <%= ENV["SOLR_PASSWORD"] %>
  folio_password: <%= ENV["FOLIO_PASSWORD"] %>
""")


# ---------------------------------------------------------------- ArchivesSpace
sec("ruby/archivesspace-db", "archivesspace/config/config.rb",
    "ArchivesSpace config.rb (AppConfig[:db_url] JDBC URL with user and password)", r"""
# ArchivesSpace 3.5 - Special Collections
AppConfig[:db_url] = "jdbc:mysql://aspace-db.lib.internal:3306/archivesspace?user=as&password=«s»&useUnicode=true&characterEncoding=UTF-8"

AppConfig[:backend_url] = "http://localhost:8089"
AppConfig[:frontend_url] = "http://localhost:8080"
AppConfig[:public_url] = "http://localhost:8081"
AppConfig[:frontend_proxy_url] = "https://archives-staff.library.example.edu"
AppConfig[:public_proxy_url] = "https://archives.library.example.edu"

AppConfig[:solr_url] = "http://solr.lib.internal:8983/solr/archivesspace"
AppConfig[:indexer_records_per_thread] = 25

AppConfig[:enable_custom_reports] = true
AppConfig[:pui_hide][:accessions] = true
AppConfig[:plugins] = ['local', 'lcnaf', 'aspace-oauth']
""", rand_pw(18))

sec("ruby/archivesspace-cookie-secret", "deploy/aspace/config.rb",
    "ArchivesSpace config.rb (frontend_cookie_secret, public_cookie_secret, search_user_secret)", r"""
AppConfig[:db_url] = ENV.fetch("ASPACE_DB_URL")
AppConfig[:solr_url] = ENV.fetch("ASPACE_SOLR_URL")

# Cookie signing for the staff interface (set once; rotating it logs everyone out)
AppConfig[:frontend_cookie_secret] = "«s»"
AppConfig[:public_cookie_secret] = ENV.fetch("ASPACE_PUBLIC_COOKIE_SECRET")

AppConfig[:search_user_secret] = ENV.fetch("ASPACE_SEARCH_USER_SECRET")
AppConfig[:public_user_secret] = ENV.fetch("ASPACE_PUBLIC_USER_SECRET")
AppConfig[:staff_user_secret] = ENV.fetch("ASPACE_STAFF_USER_SECRET")

AppConfig[:frontend_proxy_url] = "https://archives-staff.library.example.edu"
AppConfig[:public_proxy_url] = "https://archives.library.example.edu"
""", hexs(64))

sec("yaml/archivesspace-password", "tools/aspace-scripts/.archivessnake.yml",
    "ArchivesSnake configuration file (baseurl, username, password)", r"""
# ArchivesSnake config for the accessioning scripts (reads ~/.archivessnake.yml normally)
baseurl: https://archives-staff.library.example.edu/api
username: scripts_accession
password: «s»
retry_with_auth: true
default_config:
  retries: 3
  timeout: 60
logging_config:
  level: INFO
""", words_pw("!*%"))

sec("python/archivesspace-password", "tools/aspace-scripts/update_extents.py",
    "ArchivesSpace API (POST /users/:username/login?password=..., X-ArchivesSpace-Session)", r"""
import json

import requests

API = "https://archives-staff.library.example.edu/api"
REPO = 2

session = requests.Session()
auth = session.post(f"{API}/users/admin/login", params={"password": "«s»"}, timeout=30).json()
session.headers["X-ArchivesSpace-Session"] = auth["session"]

ids = session.get(f"{API}/repositories/{REPO}/resources", params={"all_ids": "true"}).json()
for rid in ids:
    resource = session.get(f"{API}/repositories/{REPO}/resources/{rid}").json()
    changed = False
    for extent in resource.get("extents", []):
        if extent["extent_type"] == "linear_feet" and extent["number"].endswith(".0"):
            extent["number"] = extent["number"][:-2]
            changed = True
    if changed:
        r = session.post(f"{API}/repositories/{REPO}/resources/{rid}", data=json.dumps(resource))
        print(rid, r.status_code)
""", human_pw())

sec("docker-compose/archivesspace-db", "archivesspace/docker-compose.yml",
    "archivesspace/archivesspace Docker image (APPCONFIG_DB_URL, MYSQL_PASSWORD)", r"""
services:
  app:
    image: archivesspace/archivesspace:3.5.1
    ports:
      - "8080:8080"
      - "8081:8081"
      - "8089:8089"
    environment:
      APPCONFIG_DB_URL: "jdbc:mysql://db:3306/archivesspace?useUnicode=true&characterEncoding=UTF-8&user=as&password=«s»&useSSL=false&allowPublicKeyRetrieval=true"
      APPCONFIG_SOLR_URL: "http://solr:8983/solr/archivesspace"
      ASPACE_JAVA_XMX: "-Xmx4096m"
    depends_on: [db, solr]
  db:
    image: mysql:8
    command: --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
    environment:
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}
      MYSQL_DATABASE: archivesspace
      MYSQL_USER: as
      MYSQL_PASSWORD: «s»
  solr:
    image: archivesspace/solr:3.5.1
""", rand_pw(16))

dec("ruby/decoy-env", "archivesspace/config/config.docker.rb",
    "ArchivesSpace config.rb reading ENV", r"""
# Container configuration: every value comes from the environment
AppConfig[:db_url] = ENV.fetch('APPCONFIG_DB_URL')
AppConfig[:solr_url] = ENV.fetch('APPCONFIG_SOLR_URL')
AppConfig[:frontend_cookie_secret] = ENV.fetch('APPCONFIG_FRONTEND_COOKIE_SECRET')
AppConfig[:public_cookie_secret] = ENV.fetch('APPCONFIG_PUBLIC_COOKIE_SECRET')
AppConfig[:search_user_secret] = ENV.fetch('APPCONFIG_SEARCH_USER_SECRET')
AppConfig[:public_user_secret] = ENV.fetch('APPCONFIG_PUBLIC_USER_SECRET')
AppConfig[:staff_user_secret] = ENV.fetch('APPCONFIG_STAFF_USER_SECRET')
AppConfig[:oai_proxy_url] = 'https://archives.library.example.edu/oai'
""")

dec("k8s/decoy-sealed-secret", "k8s/archivesspace/sealedsecret.yaml",
    "Bitnami Sealed Secrets (SealedSecret spec.encryptedData, encrypted to the controller key)", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: archivesspace-db
  namespace: special-collections
spec:
  encryptedData:
    APPCONFIG_DB_URL: «e1»
    MYSQL_PASSWORD: «e2»
  template:
    metadata:
      name: archivesspace-db
      namespace: special-collections
    type: Opaque
""", e1="AgB" + draw(340, B64) + "==", e2="AgC" + draw(300, B64) + "=")

# ---------------------------------------------------------------- Archivematica
sec("env/archivematica-db", "deploy/etc/default/archivematica-dashboard",
    "Archivematica dashboard environment variables (ARCHIVEMATICA_DASHBOARD_CLIENT_PASSWORD)", r"""
# /etc/default/archivematica-dashboard
ARCHIVEMATICA_DASHBOARD_DASHBOARD_DJANGO_SETTINGS_MODULE=settings.production
ARCHIVEMATICA_DASHBOARD_DASHBOARD_DJANGO_ALLOWED_HOSTS=am.library.example.edu
ARCHIVEMATICA_DASHBOARD_CLIENT_HOST=am-db.lib.internal
ARCHIVEMATICA_DASHBOARD_CLIENT_DATABASE=MCP
ARCHIVEMATICA_DASHBOARD_CLIENT_USER=archivematica
ARCHIVEMATICA_DASHBOARD_CLIENT_PASSWORD=«s»
ARCHIVEMATICA_DASHBOARD_DASHBOARD_ELASTICSEARCH_SERVER=127.0.0.1:9200
ARCHIVEMATICA_DASHBOARD_DASHBOARD_GEARMAN_SERVER=127.0.0.1:4730
AM_GUNICORN_BIND=127.0.0.1:7400
AM_GUNICORN_WORKERS=4
""", rand_pw(20))

sec("systemd/django-secret", "deploy/systemd/archivematica-storage-service.service",
    "systemd.exec Environment=; Archivematica Storage Service SS_DJANGO_SECRET_KEY (Django SECRET_KEY)", r"""
[Unit]
Description=Archivematica Storage Service
After=network.target

[Service]
User=archivematica
Group=archivematica
WorkingDirectory=/usr/lib/archivematica/storage-service
Environment=DJANGO_SETTINGS_MODULE=storage_service.settings.production
Environment=SS_GUNICORN_BIND=127.0.0.1:8001
Environment=SS_DB_URL=mysql://archivematica@am-db.lib.internal:3306/SS
Environment="DJANGO_SECRET_KEY=«s»"
EnvironmentFile=-/etc/default/archivematica-storage-service
ExecStart=/usr/share/archivematica/virtualenvs/archivematica-storage-service/bin/gunicorn --config /etc/archivematica/storage-service.gunicorn-config.py storage_service.wsgi:application
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", fakes.django_secret_key(_seed()).replace("%", "+"))

sec("crontab/archivematica-api-key", "ops/cron/automation-tools",
    "artefactual/automation-tools README (transfers.transfer --user --api-key --ss-user --ss-api-key)", r"""
# Archivematica automation-tools: start the next transfer from the digitisation share
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=digipres@library.example.edu

*/5 * * * * archivematica /usr/share/python/automation-tools/venv/bin/python -m transfers.transfer --user automation --api-key «s» --ss-user automation --ss-api-key "$(cat /etc/archivematica/ss.key)" --transfer-source «src» --transfer-path digitised/ready --am-url http://127.0.0.1:81 --ss-url http://127.0.0.1:8000 --config-file /etc/archivematica/automation-tools/transfers.conf >/dev/null 2>&1
""", hexs(40), src=uuid())

sec("python/archivematica-ss-key", "digipres/reingest/aip_reingest.py",
    "amclient (AMClient(ss_api_key=..., ss_user_name=...)); Storage Service API ApiKey auth", r"""
\"\"\"Partial re-ingest of AIPs whose METS lacks rights statements.\"\"\"
from amclient import AMClient

am = AMClient(
    am_url="https://am.library.example.edu",
    am_user_name="digipres",
    am_api_key="",  # set from the environment below
    ss_url="https://am-ss.library.example.edu",
    ss_user_name="digipres",
    ss_api_key="«s»",
)


def aips_without_rights(uuids):
    for aip_uuid in uuids:
        am.aip_uuid = aip_uuid
        mets = am.download_aip_file() if hasattr(am, "download_aip_file") else None
        if mets and b"<premis:rightsStatement" not in mets:
            yield aip_uuid


if __name__ == "__main__":
    import os
    import sys
    am.am_api_key = os.environ.get("AM_API_KEY", "")
    for aip in aips_without_rights(line.strip() for line in open(sys.argv[1])):
        am.aip_uuid = aip
        am.reingest_type = "METADATA_ONLY"
        print(aip, am.reingest_aip())
""", hexs(40))

sec("docker-compose/mysql", "archivematica/hack/docker-compose.override.yml",
    "archivematica/hack docker-compose.yml (mysql MYSQL_ROOT_PASSWORD)", r"""
# Shared test instance on the digipres VM, not the dev laptop defaults
services:
  mysql:
    image: percona:8.0
    environment:
      MYSQL_ROOT_PASSWORD: "«s»"
      MYSQL_USER: archivematica
      MYSQL_PASSWORD: "${AM_DB_PASSWORD}"
    volumes:
      - mysql_data:/var/lib/mysql
    ports:
      - "127.0.0.1:62001:3306"
  archivematica-mcp-server:
    environment:
      ARCHIVEMATICA_MCPSERVER_CLIENT_PASSWORD: "${AM_DB_PASSWORD}"
volumes:
  mysql_data:
""", words_pw("!*%"))

dec("crontab/decoy-env-reference", "ops/cron/automation-tools-stage",
    "artefactual/automation-tools README; keys read from an env file", r"""
# automation-tools on staging: keys are in /etc/archivematica/automation.env (root 0600)
SHELL=/bin/bash
MAILTO=digipres@library.example.edu

*/10 * * * * archivematica . /etc/archivematica/automation.env && /usr/share/python/automation-tools/venv/bin/python -m transfers.transfer --user automation --api-key "$AM_API_KEY" --ss-user automation --ss-api-key "$SS_API_KEY" --transfer-source "$TRANSFER_SOURCE" --config-file /etc/archivematica/automation-tools/transfers.conf
""")

dec("xml/decoy-checksum", "digipres/samples/METS.8f2a3c7e.xml",
    "Archivematica AIP METS (premis:objectCharacteristics fixity, messageDigest SHA-256)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:premis="http://www.loc.gov/premis/v3"
           xmlns:xlink="http://www.w3.org/1999/xlink">
  <mets:amdSec ID="amdSec_1">
    <mets:techMD ID="techMD_1">
      <mets:mdWrap MDTYPE="PREMIS:OBJECT">
        <mets:xmlData>
          <premis:object xsi:type="premis:file" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <premis:objectIdentifier>
              <premis:objectIdentifierType>UUID</premis:objectIdentifierType>
              <premis:objectIdentifierValue>«u1»</premis:objectIdentifierValue>
            </premis:objectIdentifier>
            <premis:objectCharacteristics>
              <premis:compositionLevel>0</premis:compositionLevel>
              <premis:fixity>
                <premis:messageDigestAlgorithm>sha256</premis:messageDigestAlgorithm>
                <premis:messageDigest>«h1»</premis:messageDigest>
              </premis:fixity>
              <premis:size>104857812</premis:size>
              <premis:format>
                <premis:formatDesignation><premis:formatName>TIFF</premis:formatName></premis:formatDesignation>
                <premis:formatRegistry>
                  <premis:formatRegistryName>PRONOM</premis:formatRegistryName>
                  <premis:formatRegistryKey>fmt/353</premis:formatRegistryKey>
                </premis:formatRegistry>
              </premis:format>
            </premis:objectCharacteristics>
            <premis:originalName>%transferDirectory%objects/ms0042_0001.tif</premis:originalName>
          </premis:object>
        </mets:xmlData>
      </mets:mdWrap>
    </mets:techMD>
  </mets:amdSec>
  <mets:fileSec>
    <mets:fileGrp USE="original">
      <mets:file ID="file-«u1»" GROUPID="Group-«u1»" ADMID="amdSec_1" CHECKSUM="«h1»" CHECKSUMTYPE="SHA-256">
        <mets:FLocat xlink:href="objects/ms0042_0001-«u1».tif" LOCTYPE="OTHER" OTHERLOCTYPE="SYSTEM"/>
      </mets:file>
    </mets:fileGrp>
  </mets:fileSec>
</mets:mets>
""", u1=uuid(), h1=hexs(64))

dec("xml/decoy-uuids", "archivematica/processing/processingMCP.xml",
    "Archivematica processing configuration (preconfiguredChoices appliesTo/goToChain UUIDs)", r"""
<processingMCP>
  <preconfiguredChoices>
    <!-- Assign UUIDs to directories -->
    <preconfiguredChoice>
      <appliesTo>bd899573-694e-4d33-8c9b-df0af802437d</appliesTo>
      <goToChain>2dc3f487-e4b0-4e07-a4b3-6216ed24ca14</goToChain>
    </preconfiguredChoice>
    <!-- Generate transfer structure report -->
    <preconfiguredChoice>
      <appliesTo>56eebd45-5600-4768-a8c2-ec0114555a3d</appliesTo>
      <goToChain>«g1»</goToChain>
    </preconfiguredChoice>
    <!-- Normalize: preservation and access -->
    <preconfiguredChoice>
      <appliesTo>cb8e5706-e73f-472f-ad9b-d1236af8095f</appliesTo>
      <goToChain>«g2»</goToChain>
    </preconfiguredChoice>
    <!-- Store AIP location -->
    <preconfiguredChoice>
      <appliesTo>b320ce81-9982-408a-9502-097d0daa48fa</appliesTo>
      <goToChain>«g3»</goToChain>
    </preconfiguredChoice>
  </preconfiguredChoices>
</processingMCP>
""", g1=uuid(), g2=uuid(), g3=uuid())

dec("bagit/decoy-checksum", "transfers/ms0042/manifest-sha256.txt",
    "RFC 8493 BagIt, payload manifest (checksum and path per line)", r"""
«h1»  data/ms0042_0001.tif
«h2»  data/ms0042_0002.tif
«h3»  data/ms0042_0003.tif
«h4»  data/ms0042_0004.tif
«h5»  data/metadata/ms0042.csv
«h6»  data/metadata/ms0042_mods.xml
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64))

dec("bagit/decoy-identifiers", "transfers/ms0042/bag-info.txt",
    "RFC 8493 BagIt bag-info.txt reserved metadata elements", r"""
Source-Organization: University Library of Blackmoor, Special Collections
Organization-Address: Library Road, Blackmoor
Contact-Email: digipres@library.example.edu
External-Description: Letters of the Harrow family, 1851-1903 (digitised masters)
External-Identifier: «u»
Internal-Sender-Identifier: MS 0042
Bag-Group-Identifier: ark:/81423/b7f4q9
Bagging-Date: 2024-03-11
Bag-Size: 1.4 GB
Payload-Oxum: 1437210412.6
BagIt-Profile-Identifier: https://library.example.edu/bagit-profiles/digitisation-v2.json
""", u=uuid())

dec("md5/decoy-checksum", "digitisation/batches/2024-03/ms0042.md5",
    "GNU coreutils md5sum output (checksum, two spaces, file name)", r"""
«h1»  ms0042_0001.tif
«h2»  ms0042_0002.tif
«h3»  ms0042_0003.tif
«h4»  ms0042_0004.tif
«h5»  ms0042_target_colorchecker.tif
""", h1=hexs(32), h2=hexs(32), h3=hexs(32), h4=hexs(32), h5=hexs(32))

# ---------------------------------------------------------------- AtoM
sec("php/atom-db", "atom/config/config.php",
    "AtoM config/config.php (propel connection dsn, username, password)", r"""
<?php

return [
    'all' => [
        'propel' => [
            'class' => 'sfPropelDatabase',
            'param' => [
                'encoding' => 'utf8mb4',
                'persistent' => true,
                'pooling' => true,
                'dsn' => 'mysql:dbname=atom;host=atom-db.archives.internal;port=3306',
                'username' => 'atom',
                'password' => '«s»',
            ],
        ],
    ],
    'dev' => [
        'propel' => [
            'param' => [
                'classname' => 'DebugPDO',
                'debug' => ['realmemoryusage' => true],
            ],
        ],
    ],
];
""", rand_pw(16))

sec("yaml/symfony-csrf-secret", "atom/apps/qubit/config/settings.yml",
    "AtoM apps/qubit/config/settings.yml (symfony 1.4 csrf_secret)", r"""
prod:
  .settings:
    no_script_name: true
    logging_enabled: false

dev:
  .settings:
    error_reporting: <?php echo (E_ALL | E_STRICT)."\n" ?>
    web_debug: true
    cache: false

all:
  .settings:
    # Form security secret (CSRF protection)
    csrf_secret: «s»
    escaping_strategy: true
    escaping_method: ESC_SPECIALCHARS
    i18n: true
    default_culture: en
    standard_helpers: [Partial, Cache, I18N, Qubit]
""", hexs(32))

sec("ansible/mysql", "ansible/inventories/prod/group_vars/atom.yml",
    "artefactual-labs/ansible-atom role variables (atom_config_db_password)", r"""
---
atom_path: /usr/share/nginx/atom
atom_repository_url: https://github.com/artefactual/atom.git
atom_repository_version: stable/2.8.x
atom_config_db_hostname: atom-db.archives.internal
atom_config_db_name: atom
atom_config_db_username: atom
atom_config_db_password: «s»
atom_config_db_port: 3306
atom_es_host: 127.0.0.1
atom_es_port: 9200
atom_es_config_version: 2.8
atom_php_version: "8.1"
atom_worker_setup: yes
""", words_pw("!*#"))

dec("ansible/decoy-vault", "ansible/inventories/stage/group_vars/atom_vault.yml",
    "Ansible Vault encrypted file ($ANSIBLE_VAULT;1.1;AES256 hex body)", r"""
$ANSIBLE_VAULT;1.1;AES256
«l1»
«l2»
«l3»
«l4»
«l5»
«l6»
«l7»
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(80), l7=hexs(48))

dec("php/decoy-template-placeholder", "atom/config/config.php.tmpl",
    "AtoM config/config.php.tmpl (placeholders filled by the installer)", r"""
<?php

return [
    'all' => [
        'propel' => [
            'class' => 'sfPropelDatabase',
            'param' => [
                'encoding' => 'utf8mb4',
                'persistent' => true,
                'pooling' => true,
                'dsn' => '%DSN%',
                'username' => '%USERNAME%',
                'password' => '%PASSWORD%',
            ],
        ],
    ],
];
""")

# ---------------------------------------------------------------- Preservica
sec("ini/preservica-password", "preservation/scripts/credentials.properties",
    "pyPreservica docs, credentials.properties ([credentials] username, password, server, tenant)", r"""
[credentials]
username=digipres.robot@library.example.edu
password=«s»
server=eu.preservica.com
tenant=ULB
manager.username=
manager.password=
""", words_pw("!#*"))

sec("notebook/preservica-password", "notebooks/preservica_storage_report.ipynb",
    "pyPreservica EntityAPI(username=..., password=..., server=...) in a Jupyter notebook", nb(
        ("markdown", "# Preservica storage report\nBytes per top-level folder, for the annual digital preservation report."),
        ("code", 'from pyPreservica import EntityAPI, ContentAPI\n\nclient = EntityAPI(username="digipres.robot@library.example.edu",\n                   password="«s»",\n                   server="eu.preservica.com", tenant="ULB")\nprint(client)'),
        ("code", 'import pandas as pd\nrows = []\nfor folder in client.descendants(None):\n    rows.append({"title": folder.title, "ref": folder.reference})\npd.DataFrame(rows).head()'),
    ), human_pw())

sec("env/totp-secret", "preservation/.env",
    "pyPreservica two-factor login (two_fa_secret_key: the account's TOTP base32 secret)", r"""
# Preservica robot account (the account has 2FA: pyPreservica computes the code from the secret)
PRESERVICA_SERVER=eu.preservica.com
PRESERVICA_TENANT=ULB
PRESERVICA_USERNAME=digipres.robot@library.example.edu
PRESERVICA_PASSWORD_FILE=/run/secrets/preservica_password
PRESERVICA_2FA_SECRET=«s»
UPLOAD_BUCKET=ulb.preservica.upload
""", draw(32, string.ascii_uppercase + "234567"))

dec("ini/decoy-empty", "preservation/scripts/credentials.properties.example",
    "pyPreservica docs, credentials.properties template", r"""
# Copy to credentials.properties (git-ignored) and fill in.
[credentials]
username=
password=
server=eu.preservica.com
tenant=ULB
""")

dec("xml/decoy-fixity", "preservation/samples/opex/ms0042_0001.tif.opex",
    "Preservica OPEX manifest (opex:Fixity type=SHA-1/SHA-256 value)", r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<opex:OPEXMetadata xmlns:opex="http://www.openpreservationexchange.org/opex/v1.2">
  <opex:Transfer>
    <opex:SourceID>«u»</opex:SourceID>
    <opex:Fixities>
      <opex:Fixity type="SHA-1" value="«h1»"/>
      <opex:Fixity type="SHA-256" value="«h2»"/>
      <opex:Fixity type="MD5" value="«h3»"/>
    </opex:Fixities>
  </opex:Transfer>
  <opex:Properties>
    <opex:Title>Letter, Harrow to Harrow, 12 May 1851 (page 1)</opex:Title>
    <opex:Identifiers>
      <opex:Identifier type="code">MS0042/1/1</opex:Identifier>
    </opex:Identifiers>
    <opex:SecurityDescriptor>open</opex:SecurityDescriptor>
  </opex:Properties>
</opex:OPEXMetadata>
""", u=uuid(), h1=hexs(40), h2=hexs(64), h3=hexs(32))

# ---------------------------------------------------------------- OJS / DOI registration
sec("ini/ojs-db", "ojs/config.inc.php",
    "PKP OJS config.inc.php ([database] driver, host, username, password, name)", r"""
; <?php exit; // DO NOT DELETE ?>
; DO NOT DELETE THE ABOVE LINE!!!
; Doing so will expose this configuration file through your web site!

[general]
installed = On
base_url = "https://journals.library.example.edu"
session_cookie_name = OJSSID
time_zone = "Europe/London"

[database]
driver = mysqli
host = ojs-db.lib.internal
username = ojs
password = «s»
name = ojs
persistent = Off
debug = Off

[files]
files_dir = /var/ojs-files
public_files_dir = public
""", rand_pw(16))

sec("ini/ojs-api-secret", "journals-staging/config.inc.php",
    "PKP OJS config.inc.php [security] api_key_secret (JWT secret for API keys) and salt", r"""
; <?php exit; // DO NOT DELETE ?>
; DO NOT DELETE THE ABOVE LINE!!!

[general]
installed = On
base_url = "https://journals-staging.library.example.edu"

[security]
force_ssl = On
force_login_ssl = On
session_check_ip = On
encryption = sha1
salt = "YouMustSetASecretKeyHere!!"
; The unique secret used for encoding and decoding API keys
api_key_secret = "«s»"
reset_seconds = 7200
allowed_html = "a[href|target|title],em,strong,cite,code,ul,ol,li[class],dl,dt,dd,b,i,u,img[src|alt],sup,sub,br,p"
""", rand_pw(40))

sec("shell/crossref-password", "doi/deposit_crossref.sh",
    "Crossref deposit via HTTPS POST (doMDUpload with login_id / login_passwd)", r"""
#!/usr/bin/env bash
# Deposit the DOI batch built by make_batch.py for the latest journal issue.
set -euo pipefail
BATCH=${1:?usage: deposit_crossref.sh batch.xml}

curl -sS -F "operation=doMDUpload" \
     -F "login_id=ulbp/ulbp-journals" \
     -F "login_passwd=«s»" \
     -F "fname=@${BATCH}" \
     https://doi.crossref.org/servlet/deposit

echo "submitted ${BATCH}; check the submission queue in the admin console"
""", human_pw())

sec("python/datacite-password", "doi/mint_dataset_dois.py",
    "DataCite REST API (POST /dois with HTTP basic auth repository ID + password)", r"""
import json
import sys

import requests

DATACITE = "https://api.datacite.org/dois"
REPOSITORY_ID = "ULB.DATA"
REPOSITORY_PASSWORD = "«s»"
PREFIX = "10.80312"


def mint(record: dict) -> str:
    payload = {"data": {"type": "dois", "attributes": {
        "prefix": PREFIX,
        "event": "publish",
        "creators": [{"name": c} for c in record["creators"]],
        "titles": [{"title": record["title"]}],
        "publisher": "University Library of Blackmoor",
        "publicationYear": record["year"],
        "types": {"resourceTypeGeneral": "Dataset"},
        "url": record["landing_page"],
    }}}
    r = requests.post(DATACITE, json=payload, auth=(REPOSITORY_ID, REPOSITORY_PASSWORD),
                      headers={"Content-Type": "application/vnd.api+json"}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]["id"]


if __name__ == "__main__":
    for rec in json.load(open(sys.argv[1])):
        print(mint(rec), rec["title"])
""", rand_pw(14, "!"))

# ---------------------------------------------------------------- CollectiveAccess / Omeka / museum systems
sec("php/collectiveaccess-db", "providence/setup.php",
    "CollectiveAccess Providence setup.php (define __CA_DB_HOST__, __CA_DB_USER__, __CA_DB_PASSWORD__)", r"""
<?php
/* ----------------------------------------------------------------------
 * setup.php : CollectiveAccess Providence - Museum of Rural Life
 * ---------------------------------------------------------------------- */
if (!defined("__CA_BASE_DIR__")) {
	define("__CA_BASE_DIR__", "/var/www/providence");
}
define("__CA_URL_ROOT__", "");
define("__CA_SITE_HOSTNAME__", "collections-admin.ruralmuseum.example.org");
define("__CA_APP_NAME__", "mrl_collections");
define("__CA_APP_DISPLAY_NAME__", "Museum of Rural Life - Collections");

# Database
define("__CA_DB_HOST__", 'ca-db.museum.internal');
define("__CA_DB_USER__", 'ca_providence');
define("__CA_DB_PASSWORD__", '«s»');
define("__CA_DB_DATABASE__", 'mrl_providence');
define("__CA_DB_TYPE__", 'mysqli');

define("__CA_DEFAULT_LOCALE__", "en_GB");
define("__CA_ADMIN_EMAIL__", 'collections@ruralmuseum.example.org');
define("__CA_SMTP_SERVER__", 'localhost');
define("__CA_SMTP_PORT__", 25);
define("__CA_CACHE_BACKEND__", 'file');
define("__CA_CACHE_TTL__", 3600);

require(__DIR__."/app/helpers/post-setup.php");
""", words_pw("!*%"))

sec("php/smtp-password", "pawtucket/setup.php",
    "CollectiveAccess Pawtucket setup.php (__CA_SMTP_AUTH__, __CA_SMTP_USER__, __CA_SMTP_PASSWORD__)", r"""
<?php
# Pawtucket2 public site - Museum of Rural Life
define("__CA_BASE_DIR__", "/var/www/pawtucket");
define("__CA_URL_ROOT__", "");
define("__CA_APP_DISPLAY_NAME__", "Explore the Collections");
define("__CA_THEME__", "mrl");

define("__CA_DB_HOST__", 'ca-db.museum.internal');
define("__CA_DB_USER__", 'ca_pawtucket_ro');
define("__CA_DB_PASSWORD__", getenv('CA_DB_PASSWORD'));
define("__CA_DB_DATABASE__", 'mrl_providence');

# Enquiry form mail goes out through the museum's Microsoft 365 tenant
define("__CA_SMTP_SERVER__", 'smtp.office365.com');
define("__CA_SMTP_PORT__", 587);
define("__CA_SMTP_AUTH__", 'LOGIN');
define("__CA_SMTP_USER__", 'enquiries@ruralmuseum.example.org');
define("__CA_SMTP_PASSWORD__", '«s»');
define("__CA_SMTP_SSL__", 'tls');

require(__DIR__."/app/helpers/post-setup.php");
""", human_pw())

sec("ini/omeka-db", "omeka-s/config/database.ini",
    "Omeka S config/database.ini (user, password, dbname, host)", r"""
user     = "omeka"
password = "«s»"
dbname   = "omeka_s"
host     = "omeka-db.dh.internal"
;port     =
;unix_socket =
;log_path =
""", rand_pw(18))

sec("ini/omeka-classic-db", "omeka-classic/db.ini",
    "Omeka Classic db.ini ([database] host, username, password, dbname, prefix)", r"""
;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;
; Database Configuration File ;
;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;
; Omeka requires MySQL 5.0 or newer.
[database]
host     = "localhost"
username = "omeka_exhibits"
password = "«s»"
dbname   = "omeka_exhibits"
prefix   = "omeka_"
charset  = "utf8"
;port     = ""
""", human_pw())

sec("python/omeka-key-credential", "dh-pipeline/omeka_import.py",
    "Omeka S REST API (key_identity / key_credential query parameters)", r"""
\"\"\"Create Omeka S items from the transcription spreadsheet (one item per letter).\"\"\"
import csv

import requests

OMEKA = "https://exhibits.dh.example.edu/api"
KEY_IDENTITY = "«kid»"
KEY_CREDENTIAL = "«s»"
ITEM_SET = 412
TEMPLATE = 3

AUTH = {"key_identity": KEY_IDENTITY, "key_credential": KEY_CREDENTIAL}


def prop(term: str, pid: int, value: str) -> dict:
    return {term: [{"type": "literal", "property_id": pid, "@value": value}]}


with open("letters.csv", newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        item = {"o:item_set": [{"o:id": ITEM_SET}], "o:resource_template": {"o:id": TEMPLATE}}
        item.update(prop("dcterms:title", 1, row["title"]))
        item.update(prop("dcterms:date", 7, row["date"]))
        item.update(prop("bibo:content", 91, row["transcription"]))
        r = requests.post(f"{OMEKA}/items", params=AUTH, json=item, timeout=60)
        r.raise_for_status()
        print(r.json()["o:id"], row["title"])
""", draw(32), kid=draw(32))

sec("markdown/omeka-key-credential", "docs/omeka-api.md",
    "Omeka S REST API docs (authentication with key_identity and key_credential)", r"""
# Omeka S API notes (project wiki copy)

The import scripts authenticate with the API key of the `dh-robot` user.

```
curl "https://exhibits.dh.example.edu/api/items?item_set_id=412&key_identity=«kid»&key_credential=«s»"
```

* Keys are created under *User > API keys*; the credential is only shown once.
* Use `per_page=100` and follow the `Link` header for paging.
* Private items are only returned when the key's user can see them.
""", draw(32), kid=draw(32))

sec("php/aws-secret", "omeka-s/config/local.config.php",
    "Omeka S AnyCloud module config (adapter aws: key, secret, region, bucket)", r"""
<?php
return [
    'logger' => [
        'log' => false,
        'priority' => \Laminas\Log\Logger::NOTICE,
    ],
    'thumbnails' => [
        'types' => [
            'large' => ['constraint' => 1200],
            'medium' => ['constraint' => 400],
        ],
    ],
    'anycloud' => [
        'adapter' => 'aws',
        'aws' => [
            'key' => '«kid»',
            'secret' => '«s»',
            'region' => 'eu-west-2',
            'bucket' => 'dh-omeka-media',
            'endpoint' => '',
        ],
    ],
];
""", aws_secret(), kid=aws_id())

sec("xml/mssql-connection", "TMSConnect/App.config",
    "Gallery Systems TMS (SQL Server) .NET App.config connectionStrings", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="TMS"
         connectionString="Data Source=TMSSQL01\TMS;Initial Catalog=TMS;User ID=tms_export;Password=«s»;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ExportFolder" value="\\fileserver\collections\tms-export" />
    <add key="eMuseumBaseUrl" value="https://collections.artmuseum.example.org" />
    <add key="ObjectsSince" value="2024-01-01" />
  </appSettings>
</configuration>
""", words_pw("!*%"))

sec("python/mssql", "emuseum-sync/export_objects.py",
    "pyodbc connection string (DRIVER, SERVER, DATABASE, UID, PWD) to the TMS database", r"""
\"\"\"Export public TMS objects (with media) to JSON for the new collections website.\"\"\"
import json

import pyodbc

CONN = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=tmssql01.artmuseum.internal\\TMS;DATABASE=TMS;"
    "UID=web_export;PWD=«s»;"
    "TrustServerCertificate=yes"
)

QUERY = \"\"\"
SELECT o.ObjectID, o.ObjectNumber, o.Title, o.Dated, o.Medium, o.CreditLine
FROM Objects o
WHERE o.PublicAccess = 1 AND o.CuratorApproved = 1
\"\"\"

with pyodbc.connect(CONN) as conn:
    rows = conn.cursor().execute(QUERY).fetchall()
    records = [dict(zip([c[0] for c in rows[0].cursor_description], r)) for r in rows] if rows else []

with open("objects.json", "w", encoding="utf-8") as fh:
    json.dump(records, fh, ensure_ascii=False, indent=2, default=str)
print(len(records), "objects")
""", rand_pw(16))

sec("powershell/mssql", "ops/Backup-TmsDatabase.ps1",
    "SqlServer module Invoke-Sqlcmd (-Username / -Password)", r"""
# Nightly copy-only backup of the TMS database to the collections share
Import-Module SqlServer

$server   = 'TMSSQL01\TMS'
$stamp    = Get-Date -Format 'yyyyMMdd'
$target   = "\\fileserver\backups\tms\TMS_$stamp.bak"

$query = @"
BACKUP DATABASE [TMS] TO DISK = N'$target'
WITH COPY_ONLY, COMPRESSION, CHECKSUM, STATS = 10;
"@

Invoke-Sqlcmd -ServerInstance $server -Username 'svc_tmsbackup' -Password '«s»' `
    -Query $query -QueryTimeout 7200 -TrustServerCertificate
Get-ChildItem '\\fileserver\backups\tms' -Filter 'TMS_*.bak' |
    Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item
""", words_pw("!#*"))

_tess = human_pw()
sec("javascript/tessitura-basic-auth", "ticketing/src/tessituraClient.js",
    "Tessitura REST API authentication (Basic base64 of username:usergroup:machinelocation:password)", r"""
// Tessitura REST client for the exhibition timed-entry widget (server side only)
const axios = require('axios');

const TESSITURA_BASE = 'https://tessitura.artmuseum.example.org/TessituraService';
// base64("webapi:webapi:WEB:<password>") - generated once with btoa in the console
const AUTH_HEADER = 'Basic «b»';

const client = axios.create({
  baseURL: TESSITURA_BASE,
  timeout: 15000,
  headers: { Authorization: AUTH_HEADER, Accept: 'application/json' },
});

async function performances(productionSeasonId) {
  const { data } = await client.get('/TXN/Performances', {
    params: { productionSeasonIds: productionSeasonId },
  });
  return data.map((p) => ({ id: p.Id, date: p.PerformanceDate, available: p.AvailableSeats }));
}

module.exports = { performances };
""", _tess, b=b64("webapi:webapi:WEB:" + _tess))

sec("properties/oracle", "mimsy-export/src/main/resources/application.properties",
    "Spring Boot datasource with an Oracle thin JDBC URL (user/password@host:port/service)", r"""
# Mimsy XG nightly export to the LOD endpoint
spring.datasource.url=jdbc:oracle:thin:mimsy_ro/«s»@mimsy-db.museum.internal:1521/MIMSY
spring.datasource.driver-class-name=oracle.jdbc.OracleDriver
spring.datasource.hikari.maximum-pool-size=4
export.output-dir=/data/lod/mimsy
export.base-uri=https://data.ruralmuseum.example.org/object/
export.include-images=true
logging.level.root=INFO
""", rand_pw(14))

sec("python/airtable-token", "exhibits/scripts/sync_loans_airtable.py",
    "Airtable Web API personal access tokens (pat... Authorization: Bearer)", r"""
\"\"\"Copy incoming loan objects from the registrar's Airtable base to the exhibition checklist.\"\"\"
import requests

AIRTABLE_TOKEN = "«s»"
BASE_ID = "app8Xq2LmN4sT7vWy"
TABLE = "Loans In"
HEADERS = {"Authorization": f"Bearer {AIRTABLE_TOKEN}"}


def records(view: str = "Confirmed"):
    url = f"https://api.airtable.com/v0/{BASE_ID}/{TABLE}"
    params = {"view": view, "pageSize": 100}
    while True:
        data = requests.get(url, headers=HEADERS, params=params, timeout=30).json()
        yield from data["records"]
        if "offset" not in data:
            break
        params["offset"] = data["offset"]


for rec in records():
    f = rec["fields"]
    print(f.get("Object number"), f.get("Lender"), f.get("Crate dims"))
""", "pat" + draw(14) + "." + hexs(64))

sec("env/mapbox-secret", "exhibit-map/.env",
    "Mapbox access tokens: secret scope tokens (sk.) used for uploads/tilesets at build time", r"""
# Build-time settings for the 'Trade routes' exhibition map (tiles uploaded in CI)
NEXT_PUBLIC_MAPBOX_STYLE=mapbox://styles/mrl-digital/clr3x9k2p00a801qy6h7b5f2c
NEXT_PUBLIC_SITE_URL=https://traderoutes.ruralmuseum.example.org
MAPBOX_USERNAME=mrl-digital
MAPBOX_UPLOAD_TOKEN=«s»
TILESET_ID=mrl-digital.traderoutes-1850
""", "sk." + b64url(json.dumps({"u": "mrl-digital", "a": "cl" + draw(23, string.ascii_lowercase + string.digits)}, separators=(",", ":")).encode()) + "." + draw(22, B64URL))

dec("javascript/decoy-mapbox-public", "exhibit-map/src/map.js",
    "Mapbox docs: default public tokens (pk.) are meant for client-side use", r"""
// Public (pk.) token restricted to our exhibition domains in the Mapbox account.
import mapboxgl from 'mapbox-gl';

mapboxgl.accessToken = '«pk»';

export function initMap(container) {
  const map = new mapboxgl.Map({
    container,
    style: 'mapbox://styles/mrl-digital/clr3x9k2p00a801qy6h7b5f2c',
    center: [-1.52, 53.8],
    zoom: 5.2,
  });
  map.addControl(new mapboxgl.NavigationControl());
  return map;
}
""", pk="pk." + b64url(json.dumps({"u": "mrl-digital", "a": "cl" + draw(23, string.ascii_lowercase + string.digits)}, separators=(",", ":")).encode()) + "." + draw(22, B64URL))

sec("php/mailchimp-api-key", "museum-site/wp-content/themes/mrl/inc/newsletter.php",
    "Mailchimp Marketing API keys (<32 hex>-<dc>; Basic auth anystring:key)", r"""
<?php
/**
 * Newsletter sign-up in the site footer: adds the visitor to the "What's on" audience.
 */
const MRL_MAILCHIMP_KEY = '«s»';
const MRL_MAILCHIMP_LIST = 'a1f3c9e2b7';

function mrl_newsletter_subscribe( string $email ): bool {
	$dc  = substr( MRL_MAILCHIMP_KEY, strpos( MRL_MAILCHIMP_KEY, '-' ) + 1 );
	$url = "https://{$dc}.api.mailchimp.com/3.0/lists/" . MRL_MAILCHIMP_LIST . '/members';
	$res = wp_remote_post( $url, [
		'headers' => [
			'Authorization' => 'Basic ' . base64_encode( 'mrl:' . MRL_MAILCHIMP_KEY ),
			'Content-Type'  => 'application/json',
		],
		'body'    => wp_json_encode( [ 'email_address' => $email, 'status' => 'pending' ] ),
		'timeout' => 10,
	] );
	return ! is_wp_error( $res ) && wp_remote_retrieve_response_code( $res ) < 300;
}
""", hexs(32) + "-us14")

dec("html/decoy-public-form", "museum-site/templates/partials/newsletter-form.html",
    "Mailchimp embedded signup form (public form action URL with u= and id= list identifiers)", r"""
<!-- Mailchimp embedded form: the u/id values are public identifiers of the audience -->
<form action="https://ruralmuseum.us14.list-manage.com/subscribe/post?u=«u»&amp;id=a1f3c9e2b7&amp;f_id=00e1c4e0f0"
      method="post" id="mc-embedded-subscribe-form" class="newsletter" target="_blank" novalidate>
  <label for="mce-EMAIL">Get our What's on email</label>
  <input type="email" name="EMAIL" id="mce-EMAIL" required>
  <div style="position: absolute; left: -5000px;" aria-hidden="true">
    <input type="text" name="b_«u»_a1f3c9e2b7" tabindex="-1" value="">
  </div>
  <button type="submit" name="subscribe">Sign up</button>
</form>
""", u=hexs(25))

dec("json/decoy-analytics-id", "omeka-s/themes/mrl/config/theme.json",
    "Omeka S theme settings export; GA4 measurement IDs are public page identifiers", r"""
{
  "name": "mrl",
  "version": "2.3.0",
  "settings": {
    "accent_color": "#6b2d1f",
    "logo": "asset/img/mrl-logo.svg",
    "footer": "Museum of Rural Life, part of the University of Blackmoor",
    "ga_measurement_id": "G-«g»",
    "matomo_site_id": "7",
    "matomo_url": "https://stats.ruralmuseum.example.org/",
    "iiif_viewer": "mirador",
    "search_page_slug": "search"
  }
}
""", g=draw(10, string.ascii_uppercase + string.digits))

dec("env/decoy-changeme", "omeka-s-docker/.env.example",
    "Docker .env example values (changeme placeholders to replace before first start)", r"""
# Copy to .env and change every value marked changeme before the first `docker compose up`.
MYSQL_ROOT_PASSWORD=changeme
MYSQL_DATABASE=omeka
MYSQL_USER=omeka
MYSQL_PASSWORD=changeme
OMEKA_ADMIN_EMAIL=admin@example.org
OMEKA_ADMIN_PASSWORD=changeme
APPLICATION_ENV=production
""")

dec("typescript/decoy-sentry-dsn", "dspace-angular/src/environments/environment.production.ts",
    "Sentry docs: a DSN only allows sending events and is safe to ship in client code", r"""
import { BuildConfig } from '../config/build-config.interface';

export const environment: Partial<BuildConfig> = {
  production: true,

  // Angular Universal settings
  universal: {
    preboot: true,
    async: true,
    time: false,
  },

  // client-side error reporting; the DSN is public by design
  sentry: {
    dsn: 'https://«k»@o«org».ingest.sentry.io/«proj»',
    tracesSampleRate: 0.05,
  },
};
""", k=hexs(32), org=str(random.Random(_seed()).randint(100000, 999999)), proj=str(random.Random(_seed()).randint(1000000, 9999999)))

# ---------------------------------------------------------------- IIIF image servers
sec("properties/cantaloupe-admin", "iiif/cantaloupe/cantaloupe.properties",
    "Cantaloupe cantaloupe.properties (endpoint.admin.enabled / username / secret)", r"""
###########################################################################
# Cantaloupe 5.0 - digital collections IIIF image server
###########################################################################
temp_pathname = /var/cache/cantaloupe/tmp
http.enabled = true
http.host = 0.0.0.0
http.port = 8182
base_uri = https://iiif.collections.example.org

endpoint.iiif.2.enabled = true
endpoint.iiif.3.enabled = true

# Control panel (/admin)
endpoint.admin.enabled = true
endpoint.admin.username = admin
endpoint.admin.secret = «s»

# Cache/API endpoint (/tasks, /cache) - off
endpoint.api.enabled = false
endpoint.api.username =
endpoint.api.secret =

source.static = FilesystemSource
FilesystemSource.BasicLookupStrategy.path_prefix = /mnt/iiif/pyramids/
processor.selection_strategy = ManualSelectionStrategy
processor.ManualSelectionStrategy.tif = TurboJpegProcessor
cache.server.derivative.enabled = true
cache.server.derivative = FilesystemCache
FilesystemCache.pathname = /var/cache/cantaloupe/derivatives
""", words_pw("!*#"))

sec("properties/aws-secret", "iiif/cantaloupe/cantaloupe-s3.properties",
    "Cantaloupe S3Source (S3Source.access_key_id / S3Source.secret_key, BasicLookupStrategy.bucket)", r"""
# Cantaloupe reading pyramidal TIFFs from S3
base_uri = https://iiif.collections.example.org
source.static = S3Source

S3Source.endpoint = s3.eu-west-2.amazonaws.com
S3Source.region = eu-west-2
S3Source.access_key_id = «kid»
S3Source.secret_key = «s»
S3Source.lookup_strategy = BasicLookupStrategy
S3Source.BasicLookupStrategy.bucket.name = ulb-iiif-pyramids
S3Source.BasicLookupStrategy.path_prefix = ptif/
S3Source.chunking.enabled = true
S3Source.chunking.chunk_size = 512K

processor.selection_strategy = AutomaticSelectionStrategy
cache.server.derivative.enabled = true
cache.server.derivative = S3Cache
S3Cache.bucket.name = ulb-iiif-cache
""", aws_secret(), kid=aws_id())

sec("properties/azure-storage-key", "iiif/cantaloupe/cantaloupe-azure.properties",
    "Cantaloupe AzureStorageSource (account_name, account_key, container_name)", r"""
# IIIF server for the museum (images in Azure Blob Storage)
base_uri = https://iiif.artmuseum.example.org
source.static = AzureStorageSource

AzureStorageSource.account_name = artmuseumimages
AzureStorageSource.account_key = «s»
AzureStorageSource.container_name = masters
AzureStorageSource.lookup_strategy = BasicLookupStrategy

processor.selection_strategy = ManualSelectionStrategy
processor.ManualSelectionStrategy.jp2 = KakaduNativeProcessor
cache.server.derivative.enabled = true
cache.server.derivative = AzureStorageCache
AzureStorageCache.account_name = artmuseumimages
AzureStorageCache.account_key = ${AZURE_CACHE_KEY}
AzureStorageCache.container_name = iiif-cache
""", azure_key())

sec("ruby/http-basic", "iiif/cantaloupe/delegates.rb",
    "Cantaloupe delegate script (httpsource_resource_info returning uri/username/secret)", r"""
##
# Cantaloupe delegate: images are fetched from Fedora over HTTP with a read-only account.
#
class CustomDelegate
  attr_accessor :context

  FEDORA_BASE = 'https://fcrepo.collections.example.org/fcrepo/rest/'

  def source(options = {})
    'HttpSource'
  end

  def httpsource_resource_info(options = {})
    {
      'uri' => FEDORA_BASE + context['identifier'].gsub('%2F', '/'),
      'username' => 'cantaloupe',
      'secret' => '«s»',
      'headers' => { 'X-Requested-By' => 'cantaloupe' }
    }
  end

  def authorize(options = {})
    true
  end

  def extra_iiif3_information_response_keys(options = {})
    { 'rights' => 'http://rightsstatements.org/vocab/NoC-US/1.0/' }
  end
end
""", rand_pw(16))

dec("ruby/decoy-env", "iiif/cantaloupe/delegates.prod.rb",
    "Cantaloupe delegate script reading ENV", r"""
class CustomDelegate
  attr_accessor :context

  def source(options = {})
    'HttpSource'
  end

  def httpsource_resource_info(options = {})
    {
      'uri' => ENV.fetch('FEDORA_BASE') + context['identifier'],
      'username' => ENV.fetch('FEDORA_READ_USER'),
      'secret' => ENV.fetch('FEDORA_READ_PASSWORD')
    }
  end
end
""")

sec("k8s/cantaloupe-api-secret", "k8s/iiif/cantaloupe-deployment.yaml",
    "Cantaloupe docker images: properties overridden by env (CANTALOUPE_ENDPOINT_API_SECRET)", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cantaloupe
  namespace: iiif
spec:
  replicas: 2
  selector:
    matchLabels: {app: cantaloupe}
  template:
    metadata:
      labels: {app: cantaloupe}
    spec:
      containers:
        - name: cantaloupe
          image: uclalibrary/cantaloupe:5.0.6-0
          ports:
            - containerPort: 8182
          env:
            - name: CANTALOUPE_ENDPOINT_API_ENABLED
              value: "true"
            - name: CANTALOUPE_ENDPOINT_API_USERNAME
              value: cache-purger
            - name: CANTALOUPE_ENDPOINT_API_SECRET
              value: "«s»"
            - name: CANTALOUPE_SOURCE_STATIC
              value: S3Source
          resources:
            limits: {memory: 4Gi}
""", rand_pw(24))

dec("properties/decoy-empty", "iiif/cantaloupe/cantaloupe.properties.sample",
    "Cantaloupe cantaloupe.properties.sample as distributed (empty secrets, admin endpoint off)", r"""
# Sample configuration file. Copy to cantaloupe.properties and edit.
temp_pathname =
http.enabled = true
http.host = 0.0.0.0
http.port = 8182

endpoint.admin.enabled = false
endpoint.admin.username = admin
endpoint.admin.secret =

endpoint.api.enabled = false
endpoint.api.username =
endpoint.api.secret =

S3Source.access_key_id =
S3Source.secret_key =
AzureStorageSource.account_key =
""")

dec("helm/decoy-template", "deploy/helm/cantaloupe/templates/secret.yaml",
    "Helm template (b64enc of .Values, required)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "cantaloupe.fullname" . }}
  labels:
    {{- include "cantaloupe.labels" . | nindent 4 }}
type: Opaque
data:
  CANTALOUPE_ENDPOINT_ADMIN_SECRET: {{ required "admin.secret is required" .Values.admin.secret | b64enc | quote }}
  CANTALOUPE_ENDPOINT_API_SECRET: {{ .Values.api.secret | b64enc | quote }}
  CANTALOUPE_S3SOURCE_SECRET_KEY: {{ .Values.s3.secretKey | b64enc | quote }}
""")

_iip = rand_pw(14)
sec("nginx/basic-auth-header", "deploy/nginx/iiif-proxy.conf",
    "nginx proxy_set_header Authorization \"Basic <base64(user:password)>\" to an upstream", r"""
# Public IIIF endpoint: IIPImage on the internal image host needs basic auth,
# so the proxy adds it (clients never see it).
upstream iipsrv {
    server images01.lib.internal:80;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name iiif.library.example.edu;
    ssl_certificate     /etc/ssl/certs/iiif.library.example.edu.pem;
    ssl_certificate_key /etc/ssl/private/iiif.library.example.edu.key;

    location /iiif/ {
        proxy_pass http://iipsrv/fcgi-bin/iipsrv.fcgi?IIIF=;
        proxy_set_header Authorization "Basic «b»";
        proxy_set_header Host $host;
        proxy_http_version 1.1;
        add_header Access-Control-Allow-Origin "*" always;
    }
}
""", _iip, b=b64("iiifproxy:" + _iip))

dec("nginx/decoy-htpasswd-path", "deploy/nginx/iipsrv.conf",
    "nginx fastcgi_pass to IIPImage; auth_basic_user_file path", r"""
server {
    listen 80;
    server_name images01.lib.internal;

    location /fcgi-bin/iipsrv.fcgi {
        auth_basic "IIPImage";
        auth_basic_user_file /etc/nginx/iipsrv.htpasswd;
        fastcgi_pass 127.0.0.1:9000;
        fastcgi_param PATH_INFO $fastcgi_script_name;
        fastcgi_param REQUEST_METHOD $request_method;
        fastcgi_param QUERY_STRING $query_string;
        fastcgi_param FILESYSTEM_PREFIX /mnt/iiif/pyramids/;
        fastcgi_param CORS "*";
        fastcgi_param MAX_IMAGE_CACHE_SIZE 512;
    }
}
""")

dec("htpasswd/decoy-hash", "deploy/nginx/iipsrv.htpasswd",
    "Apache htpasswd file (user:hash; bcrypt $2y$ and apr1 MD5 hashes)", r"""
iiifproxy:«h1»
digitisation:«h2»
mirador-dev:$apr1$«salt»$«h3»
curator:«h4»
qa:«h5»
""", h1=bcrypt("$2y$05$"), h2=bcrypt("$2y$05$"), salt=draw(8, ALNUM), h3=draw(22, ALNUM + "./"), h4=bcrypt("$2y$05$"), h5=bcrypt("$2y$05$"))

sec("apache/ldap-bind", "deploy/apache/iipimage-staff.conf",
    "Apache mod_authnz_ldap (AuthLDAPBindDN / AuthLDAPBindPassword)", r"""
# IIPImage for full-resolution masters: staff only, authenticated against the directory
LoadModule fcgid_module modules/mod_fcgid.so
ScriptAlias /fcgi-bin/ "/usr/lib/iipimage-server/"
FcgidInitialEnv FILESYSTEM_PREFIX "/mnt/masters/"
FcgidInitialEnv MAX_IMAGE_CACHE_SIZE "1024"
FcgidInitialEnv JPEG_QUALITY "90"

<Location "/fcgi-bin/iipsrv.fcgi">
    AuthType Basic
    AuthName "Library staff"
    AuthBasicProvider ldap
    AuthLDAPURL "ldaps://ldap.lib.example.edu/ou=People,dc=lib,dc=example,dc=edu?uid?sub?(objectClass=person)"
    AuthLDAPBindDN "cn=svc-iipimage,ou=Services,dc=lib,dc=example,dc=edu"
    AuthLDAPBindPassword «s»
    Require ldap-group cn=digital-staff,ou=Groups,dc=lib,dc=example,dc=edu
</Location>
""", rand_pw(18))

dec("apache/decoy-exec", "deploy/apache/iipimage-staff-prod.conf",
    "Apache mod_authnz_ldap AuthLDAPBindPassword exec: (password obtained from a program, 2.4.5+)", r"""
<Location "/fcgi-bin/iipsrv.fcgi">
    AuthType Basic
    AuthName "Library staff"
    AuthBasicProvider ldap
    AuthLDAPURL "ldaps://ldap.lib.example.edu/ou=People,dc=lib,dc=example,dc=edu?uid?sub?(objectClass=person)"
    AuthLDAPBindDN "cn=svc-iipimage,ou=Services,dc=lib,dc=example,dc=edu"
    AuthLDAPBindPassword "exec:/usr/local/sbin/vault-read secret/iipimage/ldap-bind"
    Require ldap-group cn=digital-staff,ou=Groups,dc=lib,dc=example,dc=edu
</Location>
""")

sec("javascript/jwt-secret", "iiif-auth/src/server.js",
    "IIIF Authorization Flow API: access token service; jsonwebtoken sign(payload, secret)", r"""
// IIIF Auth 2.0 access-token service for restricted manuscripts (Mirador/UV clients)
const express = require('express');
const jwt = require('jsonwebtoken');
const session = require('express-session');

const TOKEN_SECRET = '«s»';
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.get('/iiif/auth/token', (req, res) => {
  const { messageId, origin } = req.query;
  if (!req.session.user) {
    return res.send(`<script>window.parent.postMessage(${JSON.stringify({
      '@context': 'http://iiif.io/api/auth/2/context.json', type: 'AuthAccessTokenError2',
      profile: 'missingAspect', messageId })}, ${JSON.stringify(origin)});</script>`);
  }
  const accessToken = jwt.sign({ sub: req.session.user, scope: 'manuscripts' }, TOKEN_SECRET, { expiresIn: '1h' });
  res.send(`<script>window.parent.postMessage(${JSON.stringify({
    '@context': 'http://iiif.io/api/auth/2/context.json', type: 'AuthAccessToken2',
    accessToken, expiresIn: 3600, messageId })}, ${JSON.stringify(origin)});</script>`);
});

app.listen(3100);
""", rand_pw(48))

dec("json/decoy-iiif-manifest", "iiif/manifests/ms0042.json",
    "IIIF Presentation API 3.0 manifest (ids, services, rights; no credentials)", r"""
{
  "@context": "http://iiif.io/api/presentation/3/context.json",
  "id": "https://iiif.library.example.edu/manifests/ms0042.json",
  "type": "Manifest",
  "label": { "en": [ "Letters of the Harrow family, 1851-1903" ] },
  "rights": "http://rightsstatements.org/vocab/NoC-US/1.0/",
  "homepage": [ { "id": "https://archives.library.example.edu/repositories/2/resources/«rid»", "type": "Text" } ],
  "items": [
    {
      "id": "https://iiif.library.example.edu/canvas/ms0042_0001",
      "type": "Canvas", "height": 7216, "width": 5412,
      "items": [ { "id": "https://iiif.library.example.edu/page/ms0042_0001", "type": "AnnotationPage",
        "items": [ { "id": "https://iiif.library.example.edu/anno/ms0042_0001", "type": "Annotation",
          "motivation": "painting", "target": "https://iiif.library.example.edu/canvas/ms0042_0001",
          "body": { "id": "https://iiif.library.example.edu/iiif/3/ms0042_0001/full/max/0/default.jpg",
            "type": "Image", "format": "image/jpeg",
            "service": [ { "id": "https://iiif.library.example.edu/iiif/3/ms0042_0001", "type": "ImageService3", "profile": "level2" } ] } } ] } ]
    }
  ],
  "seeAlso": [ { "id": "https://repository.library.example.edu/bitstreams/«bs»/download", "type": "Dataset", "format": "text/xml", "profile": "http://www.loc.gov/mods/v3" } ]
}
""", rid=str(random.Random(_seed()).randint(1000, 9999)), bs=uuid())

# ---------------------------------------------------------------- cultural-heritage APIs and DH tooling
sec("notebook/dpla-api-key", "notebooks/dpla_newspapers_by_state.ipynb",
    "DPLA API v2 (api_key: 32 hex characters, passed as ?api_key=)", nb(
        ("markdown", "# Digitised newspapers in DPLA, by contributing state\nCounts items of type *text* whose subject mentions newspapers."),
        ("code", 'import requests\nimport pandas as pd\n\nDPLA_KEY = "«s»"\nBASE = "https://api.dp.la/v2/items"'),
        ("code", 'def count(state):\n    r = requests.get(BASE, params={"api_key": DPLA_KEY, "sourceResource.subject.name": "newspapers",\n                                   "sourceResource.spatial.state": state, "page_size": 0})\n    return r.json()["count"]\n\nstates = ["Ohio", "Texas", "Virginia", "Minnesota"]\npd.Series({s: count(s) for s in states}).sort_values().plot.barh()'),
    ), hexs(32))

sec("renviron/dpla-api-key", "rdpla-workshop/.Renviron",
    "R .Renviron file (NAME=value lines read at start-up); rdpla DPLA_KEY", r"""
# R environment for the DH workshop project (read by R at start-up)
DPLA_KEY=«s»
R_LIBS_USER=~/R/dh-workshop/%v
TZ=America/Chicago
_R_CHECK_FORCE_SUGGESTS_=false
""", hexs(32))

sec("python/europeana-api-key", "harvest/europeana_harvest.py",
    "Europeana Search API (wskey parameter, cursor-based paging)", r"""
\"\"\"Harvest Europeana records for 'herbarium' with IIIF manifests into JSON lines.\"\"\"
import json

import requests

API = "https://api.europeana.eu/record/v2/search.json"
WSKEY = "«s»"


def harvest(query: str, out: str) -> None:
    cursor = "*"
    with open(out, "w", encoding="utf-8") as fh:
        while cursor:
            r = requests.get(API, params={"wskey": WSKEY, "query": query, "rows": 100,
                                          "cursor": cursor, "profile": "rich", "media": "true"}, timeout=60)
            r.raise_for_status()
            data = r.json()
            for item in data.get("items", []):
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
            cursor = data.get("nextCursor")


if __name__ == "__main__":
    harvest("herbarium AND TYPE:IMAGE", "data/europeana_herbarium.jsonl")
""", "".join(random.Random(_seed()).choice(c) for c in ["bcdfghklmnprstvw", "aeiou"] * 5))

sec("notebook/trove-api-key", "notebooks/trove_newspaper_harvest.ipynb",
    "Trove API v3 (X-API-KEY header / key parameter), GLAM Workbench style notebook", nb(
        ("markdown", "# Harvest Trove newspaper articles\nSearch the *newspaper* category and save article ids, titles and dates."),
        ("code", 'import requests\n\nAPI_KEY = "«s»"\nHEADERS = {"X-API-KEY": API_KEY}\nparams = {"category": "newspaper", "q": "\\"bushfire\\"", "n": 100, "encoding": "json", "bulkHarvest": "true"}'),
        ("code", 'r = requests.get("https://api.trove.nla.gov.au/v3/result", params=params, headers=HEADERS)\nrecords = r.json()["category"][0]["records"]["article"]\nlen(records)'),
    ), draw(32))

sec("python/zotero-api-key", "bibliography/sync_zotero_group.py",
    "pyzotero (zotero.Zotero(library_id, library_type, api_key)); Zotero Web API keys", r"""
\"\"\"Export the project's Zotero group library to CSL-JSON for the website bibliography.\"\"\"
import json

from pyzotero import zotero

GROUP_ID = "4821934"
ZOTERO_API_KEY = "«s»"

zot = zotero.Zotero(GROUP_ID, "group", ZOTERO_API_KEY)
items = zot.everything(zot.top(format="csljson"))

with open("site/_data/bibliography.json", "w", encoding="utf-8") as fh:
    json.dump(items, fh, ensure_ascii=False, indent=1)
print(f"{len(items)} items exported")
""", draw(24))

sec("shell/zenodo-token", "release/publish_dataset_zenodo.sh",
    "Zenodo REST API (access_token query parameter / Bearer), deposition workflow", r"""
#!/usr/bin/env bash
# Publish the corpus release to Zenodo (new version of the existing concept record).
set -euo pipefail
ZENODO=https://zenodo.org/api
ZENODO_TOKEN=«s»
CONCEPT_ID=8123456
ARCHIVE=dist/ocr-corpus-${1:?version}.zip

NEW=$(curl -sS -X POST "$ZENODO/deposit/depositions/$CONCEPT_ID/actions/newversion?access_token=$ZENODO_TOKEN" \
      | jq -r '.links.latest_draft')
BUCKET=$(curl -sS "$NEW?access_token=$ZENODO_TOKEN" | jq -r '.links.bucket')
curl -sS --upload-file "$ARCHIVE" "$BUCKET/$(basename "$ARCHIVE")?access_token=$ZENODO_TOKEN"
curl -sS -X POST "$NEW/actions/publish?access_token=$ZENODO_TOKEN"
""", draw(60))

sec("ini/internet-archive-s3", "digitisation/upload/ia.ini",
    "internetarchive Python library config file ia.ini ([s3] access / secret)", r"""
[s3]
access = «kid»
secret = «s»

[cookies]
logged-in-user = digitisation%40library.example.edu

[general]
screenname = ULB Digitisation
""", draw(16), kid=draw(16))

sec("python/wikimedia-bot-password", "wikidata-bot/user-password.py",
    "Pywikibot user-password.py (BotPassword('suffix', 'password') tuples)", r"""
# Pywikibot password file for the Wikidata GLAM upload bot.
# Generated with Special:BotPasswords (grants: edit existing pages, create pages).
('ULB Collections Bot', BotPassword('glamupload', '«s»'))
('commons', 'commons', 'ULB Collections Bot', BotPassword('glamupload', '«s»'))
# interactive account (kept for reference, login by hand)
# ('Jdoe-ULB', '...')
""", draw(32, string.ascii_lowercase + string.digits))

sec("javascript/api-data-gov-key", "smithsonian-explorer/src/api.js",
    "Smithsonian Open Access API (api.data.gov key, 40 characters, api_key parameter)", r"""
// Smithsonian Open Access search used by the classroom 'explore objects' page
const SI_API = 'https://api.si.edu/openaccess/api/v1.0';
const API_KEY = '«s»';

export async function search(q, rows = 30) {
  const url = new URL(`${SI_API}/search`);
  url.search = new URLSearchParams({ q: `${q} AND online_media_type:"Images"`, rows, api_key: API_KEY });
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Smithsonian API ${res.status}`);
  const { response } = await res.json();
  return response.rows.map((r) => ({
    id: r.id,
    title: r.title,
    unit: r.unitCode,
    image: r.content?.descriptiveNonRepeating?.online_media?.media?.[0]?.thumbnail,
  }));
}
""", mixed(40))

sec("r/harvard-art-museums-key", "analysis/ham_colors.R",
    "Harvard Art Museums API (apikey parameter, UUID-shaped key)", r"""
library(httr)
library(jsonlite)
library(purrr)

ham_key <- "«s»"

get_objects <- function(classification = "Prints", page = 1) {
  res <- GET("https://api.harvardartmuseums.org/object",
             query = list(apikey = ham_key, classification = classification,
                          hasimage = 1, size = 100, page = page,
                          fields = "objectnumber,title,colors,dated"))
  stop_for_status(res)
  fromJSON(content(res, as = "text", encoding = "UTF-8"))$records
}

prints <- map_dfr(1:5, ~ get_objects("Prints", .x))
saveRDS(prints, "data/ham_prints.rds")
""", uuid())

dec("notebook/decoy-documented-demo-key", "notebooks/europeana_quickstart.ipynb",
    "Europeana API docs: the public demo key api2demo for trying the API", nb(
        ("markdown", "# Europeana API quick start\nUses the public demonstration key `api2demo` from the Europeana API documentation. Get your own key for real harvesting."),
        ("code", 'import requests\n\nWSKEY = "api2demo"\nr = requests.get("https://api.europeana.eu/record/v2/search.json",\n                 params={"wskey": WSKEY, "query": "Vermeer", "rows": 5})\n[i["title"][0] for i in r.json()["items"]]'),
    ))

dec("notebook/decoy-env", "notebooks/dpla_photographs_timeline.ipynb",
    "os.getenv in a notebook; DPLA key kept in the user's environment", nb(
        ("markdown", "# Photographs in DPLA by decade\nSet `DPLA_API_KEY` in your environment before running (see README)."),
        ("code", 'import os\nimport requests\n\nDPLA_KEY = os.getenv("DPLA_API_KEY")\nassert DPLA_KEY, "set DPLA_API_KEY first"'),
        ("code", 'r = requests.get("https://api.dp.la/v2/items", params={"api_key": DPLA_KEY, "sourceResource.type": "image",\n                 "facets": "sourceResource.date.begin", "page_size": 0})\nr.json()["facets"]'),
    ))

dec("notebook/decoy-empty", "notebooks/trove_lists.ipynb",
    "GLAM Workbench notebooks: the user pastes their own Trove key into an empty variable", nb(
        ("markdown", "# Harvest a Trove list\nPaste your Trove API key below. **Don't save the notebook with your key in it.**"),
        ("code", '# Insert your Trove API key between the quotes\nAPI_KEY = ""\nLIST_ID = "83774"'),
        ("code", 'import requests\nr = requests.get(f"https://api.trove.nla.gov.au/v3/list/{LIST_ID}", params={"encoding": "json", "reclevel": "full"}, headers={"X-API-KEY": API_KEY})\nr.json()["list"][0]["title"]'),
    ))

dec("notebook/decoy-hashes", "notebooks/duplicate_scans.ipynb",
    "imagehash perceptual hashes and SHA-1 digests of scans (outputs committed with the notebook)", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Find duplicate scans across batches\n",
    "Compares perceptual hashes (pHash) and SHA-1 digests of the access JPEGs."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "ms0042_0001.jpg  phash=«p1»  sha1=«s1»\n",
      "ms0042_0001b.jpg phash=«p1»  sha1=«s2»\n",
      "ms0057_0012.jpg  phash=«p2»  sha1=«s3»\n"
     ]
    }
   ],
   "source": [
    "for name, ph, digest in rows:\n",
    "    print(f\"{name:16} phash={ph}  sha1={digest}\")"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", p1=hexs(16), p2=hexs(16), s1=hexs(40), s2=hexs(40), s3=hexs(40))

dec("env/decoy-placeholder", "bibliography/.env.example",
    "dotenv example file with placeholder values", r"""
# Copy to .env and fill in. .env is git-ignored.
ZOTERO_LIBRARY_TYPE=group
ZOTERO_LIBRARY_ID=4821934
ZOTERO_API_KEY=your-zotero-api-key-here
ZENODO_TOKEN=<your-zenodo-token>
DPLA_API_KEY=
""")

dec("python/decoy-keyring", "bibliography/zotero_tags.py",
    "keyring.get_password (OS credential store); Zotero library ids are public", r"""
\"\"\"Normalise tags in the group library (lowercase, merge 'C19' into '19th century').\"\"\"
import keyring
from pyzotero import zotero

GROUP_ID = "4821934"
API_KEY = keyring.get_password("zotero", "dh-project")

zot = zotero.Zotero(GROUP_ID, "group", API_KEY)
merge = {"C19": "19th century", "c19": "19th century", "Letters": "letters"}
for old, new in merge.items():
    items = zot.items(tag=old)
    for item in items:
        tags = [t for t in item["data"]["tags"] if t["tag"] != old] + [{"tag": new}]
        item["data"]["tags"] = tags
        zot.update_item(item)
""")

dec("yaml/decoy-public-client-id", "hyrax-app/config/orcid.yml",
    "ORCID public/member API: the APP- client id is public; the secret comes from ENV", r"""
# ORCID sign-in and works sync for depositors
production:
  client_id: APP-«cid»
  client_secret: <%= ENV["ORCID_CLIENT_SECRET"] %>
  authorization_endpoint: https://orcid.org/oauth/authorize
  token_url: https://orcid.org/oauth/token
  api_base: https://api.orcid.org/v3.0
  scopes: /authenticate /activities/update
sandbox:
  client_id: APP-«cid2»
  client_secret: <%= ENV["ORCID_SANDBOX_SECRET"] %>
  api_base: https://api.sandbox.orcid.org/v3.0
""", cid=draw(16, string.ascii_uppercase + string.digits), cid2=draw(16, string.ascii_uppercase + string.digits))

dec("csv/decoy-identifiers", "data/items_export.csv",
    "Repository export CSV (handles, DOIs, ARKs, UUIDs, MD5 checksums)", r"""
uuid,handle,doi,ark,title,bitstream_md5,date_issued
«u1»,20.500.12345/4412,10.80312/ulb-4412,ark:/81423/b7f4q9,Letters of the Harrow family,«m1»,1903
«u2»,20.500.12345/4413,10.80312/ulb-4413,ark:/81423/b7f4r2,Parish register of St Anne (transcript),«m2»,1851
«u3»,20.500.12345/4414,10.80312/ulb-4414,ark:/81423/b7f4s5,Survey map of the Blackmoor estate,«m3»,1822
«u4»,20.500.12345/4415,10.80312/ulb-4415,ark:/81423/b7f4t8,Photograph album of the mill workers,«m4»,1910
""", u1=uuid(), u2=uuid(), u3=uuid(), u4=uuid(), m1=hexs(32), m2=hexs(32), m3=hexs(32), m4=hexs(32))

dec("r/decoy-env", "analysis/dpla_subjects.R",
    "R Sys.getenv (key set in the user's ~/.Renviron, outside the repository)", r"""
library(httr)
library(jsonlite)

dpla_key <- Sys.getenv("DPLA_KEY")
if (identical(dpla_key, "")) stop("Set DPLA_KEY in ~/.Renviron")

res <- GET("https://api.dp.la/v2/items",
           query = list(api_key = dpla_key, q = "quilts", facets = "sourceResource.subject.name",
                        page_size = 0))
subjects <- fromJSON(content(res, as = "text"))$facets$`sourceResource.subject.name`$terms
head(subjects, 20)
""")

dec("ini/decoy-placeholder", "digitisation/upload/ia.ini.example",
    "internetarchive ia.ini template (run `ia configure` to fill it)", r"""
# Template - run `ia configure` to write your own ~/.config/internetarchive/ia.ini
[s3]
access = YOUR_ACCESS_KEY
secret = YOUR_SECRET_KEY

[general]
screenname = ULB Digitisation
""")

# ---------------------------------------------------------------- digitisation and OCR
sec("python/transkribus-password", "htr/transkribus_upload.py",
    "Transkribus REST API (POST /TrpServer/rest/auth/login with user/pw form fields)", r"""
\"\"\"Upload a batch of page images to a Transkribus collection and start HTR.\"\"\"
import pathlib

import requests

TRP = "https://transkribus.eu/TrpServer/rest"
COLLECTION_ID = 184532
HTR_MODEL_ID = 39995

s = requests.Session()
login = s.post(f"{TRP}/auth/login", data={"user": "htr@library.example.edu", "pw": "«s»"}, timeout=30)
login.raise_for_status()


def upload(folder: pathlib.Path) -> int:
    pages = sorted(folder.glob("*.jpg"))
    meta = {"md": {"title": folder.name}, "pageList": {"pages": [
        {"fileName": p.name, "pageNr": i + 1} for i, p in enumerate(pages)]}}
    upl = s.post(f"{TRP}/uploads", params={"collId": COLLECTION_ID}, json=meta).json()
    for p in pages:
        s.put(f"{TRP}/uploads/{upl['uploadId']}", files={"img": (p.name, p.open("rb"), "image/jpeg")})
    return upl["uploadId"]


if __name__ == "__main__":
    import sys
    print(upload(pathlib.Path(sys.argv[1])))
""", human_pw())

sec("yaml/transkribus-password", "htr/pipeline.yaml",
    "Transkribus processing API (metagrapho) with readcoop account credentials in a pipeline config", r"""
# HTR pipeline: scans -> Transkribus (metagrapho) -> PAGE XML -> TEI
input:
  folder: /mnt/scans/ready-for-htr
  pattern: "*.jpg"
transkribus:
  api: https://transkribus.eu/processing/v1
  token_url: https://account.readcoop.eu/auth/realms/readcoop/protocol/openid-connect/token
  client_id: processing-api-client
  username: htr@library.example.edu
  password: «s»
  htr_model_id: 39995
  line_detection_model_id: 49272
output:
  page_xml: /mnt/htr/page
  tei: /mnt/htr/tei
""", words_pw("!*"))

dec("yaml/decoy-keyring", "htr/pipeline.stage.yaml",
    "Transkribus pipeline config: ids only, credentials read from the system keyring", r"""
input:
  folder: /mnt/scans/stage
transkribus:
  api: https://transkribus.eu/processing/v1
  client_id: processing-api-client
  username: htr-stage@library.example.edu
  password_keyring: [transkribus, htr-stage]
  collection_id: 184533
  htr_model_id: 39995
output:
  page_xml: /mnt/htr-stage/page
""")

sec("python/abbyy-password", "ocr/abbyy_cloud.py",
    "ABBYY Cloud OCR SDK (processImage with HTTP basic auth ApplicationId / Password)", r"""
\"\"\"Send newspaper page images to ABBYY Cloud OCR SDK and collect ALTO XML.\"\"\"
import time

import requests

SERVER = "https://cloud-eu.ocrsdk.com"
APPLICATION_ID = "ULB newspaper OCR"
PASSWORD = "«s»"
AUTH = (APPLICATION_ID, PASSWORD)


def ocr(path: str) -> bytes:
    with open(path, "rb") as fh:
        task = requests.post(f"{SERVER}/v2/processImage", auth=AUTH, data=fh.read(),
                             params={"language": "English,OldEnglish", "exportFormat": "alto"}).json()
    while task["status"] in ("Queued", "InProgress"):
        time.sleep(5)
        task = requests.get(f"{SERVER}/v2/getTaskStatus", auth=AUTH, params={"taskId": task["taskId"]}).json()
    if task["status"] != "Completed":
        raise RuntimeError(task)
    return requests.get(task["resultUrls"][0]).content
""", draw(24, B64))

sec("json/abbyy-vantage-client-secret", "ocr/vantage/appsettings.Production.json",
    "ABBYY Vantage API (OAuth client_id / client_secret, resource owner login)", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Vantage": {
    "BaseUrl": "https://vantage-eu.abbyy.com",
    "TenantName": "ulb-digitisation",
    "ClientId": "ulb-ocr-connector",
    "ClientSecret": "«s»",
    "SkillName": "Historic newspapers",
    "PollSeconds": 10
  },
  "Paths": {
    "HotFolder": "\\\\scanstore01\\ocr\\in",
    "Output": "\\\\scanstore01\\ocr\\out"
  }
}
""", mixed(40))

dec("python/decoy-env", "ocr/abbyy_batch.py",
    "ABBYY Cloud OCR SDK: application id with the password taken from the environment", r"""
import os

import requests

SERVER = "https://cloud-eu.ocrsdk.com"
APPLICATION_ID = "ULB newspaper OCR"
PASSWORD = os.environ["ABBYY_APPLICATION_PASSWORD"]


def balance() -> str:
    r = requests.get(f"{SERVER}/v2/getApplicationInfo", auth=(APPLICATION_ID, PASSWORD), timeout=30)
    r.raise_for_status()
    return r.json()["pages"]
""")

_sa_key = pem("PRIVATE").replace("-----BEGIN PRIVATE PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----").replace("-----END PRIVATE PRIVATE KEY-----", "-----END PRIVATE KEY-----")
sec("json/gcp-service-account", "ocr/credentials/vision-ocr-sa.json",
    "Google Cloud service account key file (type service_account, private_key PEM with \\n escapes)", r"""
{
  "type": "service_account",
  "project_id": "ulb-vision-ocr",
  "private_key_id": "«kid»",
  "private_key": "«s»\n",
  "client_email": "vision-ocr@ulb-vision-ocr.iam.gserviceaccount.com",
  "client_id": "«cid»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/vision-ocr%40ulb-vision-ocr.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _sa_key.replace("\n", "\\n"), kid=hexs(40), cid=str(random.Random(_seed()).randint(10**20, 10**21 - 1)))

dec("json/decoy-placeholder", "ocr/credentials/vision-ocr-sa.example.json",
    "Google Cloud service account key file layout with redacted values", r"""
{
  "type": "service_account",
  "project_id": "ulb-vision-ocr",
  "private_key_id": "<private-key-id>",
  "private_key": "-----BEGIN PRIVATE KEY-----\n<redacted: download from the console>\n-----END PRIVATE KEY-----\n",
  "client_email": "vision-ocr@ulb-vision-ocr.iam.gserviceaccount.com",
  "client_id": "<client-id>",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""")

sec("hcl/aws-secret", "terraform/digitisation/main.tf",
    "Terraform AWS provider (access_key / secret_key arguments)", r"""
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "«kid»"
  secret_key = "«s»"
}

resource "aws_s3_bucket" "masters" {
  bucket = "ulb-digitisation-masters"
  tags = {
    Team = "Digitisation"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "masters" {
  bucket = aws_s3_bucket.masters.id
  rule {
    id     = "deep-archive"
    status = "Enabled"
    transition {
      days          = 30
      storage_class = "DEEP_ARCHIVE"
    }
  }
}
""", aws_secret(), kid=aws_id())

dec("hcl/decoy-variable", "terraform/iiif/main.tf",
    "Terraform variables marked sensitive; IAM role instead of keys", r"""
variable "cantaloupe_admin_secret" {
  type      = string
  sensitive = true
}

provider "aws" {
  region = "eu-west-2"
  assume_role {
    role_arn = "arn:aws:iam::123456789012:role/iiif-deployer"
  }
}

resource "aws_ssm_parameter" "cantaloupe_admin" {
  name  = "/iiif/cantaloupe/admin-secret"
  type  = "SecureString"
  value = var.cantaloupe_admin_secret
}

resource "aws_s3_bucket" "pyramids" {
  bucket = "ulb-iiif-pyramids"
}
""")

sec("rclone/aws-secret", "digitisation/rclone/rclone.conf",
    "rclone S3 remote config (access_key_id, secret_access_key)", r"""
[masters]
type = s3
provider = AWS
access_key_id = «kid»
secret_access_key = «s»
region = eu-west-2
location_constraint = eu-west-2
storage_class = DEEP_ARCHIVE

[scanstore]
type = local
""", aws_secret(), kid=aws_id())

sec("xml/kitodo-db", "kitodo/config/hibernate.cfg.xml",
    "Kitodo.Production hibernate.cfg.xml (hibernate.connection.username / password)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="hibernate.connection.driver_class">com.mysql.cj.jdbc.Driver</property>
        <property name="hibernate.connection.url">jdbc:mysql://kitodo-db.lib.internal:3306/kitodo?useSSL=false&amp;serverTimezone=Europe/Berlin</property>
        <property name="hibernate.connection.username">kitodo</property>
        <property name="hibernate.connection.password">«s»</property>
        <property name="hibernate.dialect">org.hibernate.dialect.MySQL8Dialect</property>
        <property name="hibernate.hbm2ddl.auto">validate</property>
        <property name="hibernate.c3p0.max_size">30</property>
        <property name="hibernate.search.default.indexBase">/usr/local/kitodo/index</property>
    </session-factory>
</hibernate-configuration>
""", rand_pw(16))

sec("bat/smb-password", "scanstation/map_drives.bat",
    "Windows net use (\\\\server\\share password /user:DOMAIN\\user)", r"""
@echo off
REM Scan station 3 (book cradle): map the capture and QA shares at logon
net use S: /delete /y >nul 2>&1
net use Q: /delete /y >nul 2>&1
net use S: \\scanstore01\capture «s» /user:LIB\svc-scanstation /persistent:no
net use Q: \\scanstore01\qa «s» /user:LIB\svc-scanstation /persistent:no
if errorlevel 1 (
  echo Could not map the scan shares - call Digitisation on x4471
  pause
)
start "" "C:\Program Files\Capture One\Capture One.exe"
""", words_pw("!*#"))

dec("bat/decoy-prompt", "scanstation/map_drives_qa.bat",
    "Windows net use with * (prompt for the password)", r"""
@echo off
REM QA workstation: map the QA share; net use prompts for the password (*)
net use Q: /delete /y >nul 2>&1
net use Q: \\scanstore01\qa * /user:LIB\%USERNAME% /persistent:no
if errorlevel 1 echo Mapping failed & pause
explorer Q:\
""")

dec("powershell/decoy-prompt", "ops/Export-TmsObjects.ps1",
    "PowerShell Get-Credential / PSCredential (password typed at run time)", r"""
param([string]$OutFile = 'objects.csv')

$cred = Get-Credential -Message 'TMS SQL login (web_export)'
$query = 'SELECT ObjectID, ObjectNumber, Title FROM Objects WHERE PublicAccess = 1'
Invoke-Sqlcmd -ServerInstance 'TMSSQL01\TMS' -Database TMS -Credential $cred -Query $query |
    Export-Csv -Path $OutFile -NoTypeInformation -Encoding UTF8
Write-Host "Wrote $OutFile"
""")

# ---------------------------------------------------------------- CI, deployment, web archiving, wikis
sec("github-actions/slack-webhook", ".github/workflows/ocr-nightly.yml",
    "GitHub Actions workflow; Slack incoming webhook (hooks.slack.com/services/T.../B.../...)", r"""
name: nightly OCR batch

on:
  schedule:
    - cron: "0 1 * * *"

jobs:
  ocr:
    runs-on: [self-hosted, ocr]
    steps:
      - uses: actions/checkout@v4
      - run: python ocr/run_batch.py --since yesterday
      - name: Notify #digitisation on failure
        if: failure()
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \
            --data '{"text":"Nightly OCR batch failed: ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}"}' \
            «s»
""", slack_webhook())

dec("github-actions/decoy-secrets-context", ".github/workflows/alma-sync.yml",
    "GitHub Actions encrypted secrets (${{ secrets.NAME }})", r"""
name: alma course reserves sync

on:
  schedule:
    - cron: "30 5 * * 1-5"

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      ALMA_API_KEY: ${{ secrets.ALMA_API_KEY }}
      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: python reserves/sync.py
""")

sec("gitlab-ci/gitlab-token", ".gitlab-ci.yml",
    "GitLab CI (.gitlab-ci.yml); GitLab personal access token glpat- used for a cross-project push", r"""
stages: [build, publish]

build-theme:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

publish-theme:
  stage: publish
  image: alpine/git
  variables:
    THEMES_REPO: gitlab.lib.example.edu/digital/omeka-themes.git
    PUSH_TOKEN: «s»
  script:
    - git clone "https://oauth2:${PUSH_TOKEN}@${THEMES_REPO}" themes
    - cp -r dist/* themes/mrl/
    - cd themes && git add -A && git commit -m "mrl theme ${CI_COMMIT_SHORT_SHA}" && git push
  only: [main]
""", fakes.fake("glpat-", 20, _seed()))

dec("gitlab-ci/decoy-variable", "omeka-deploy/.gitlab-ci.yml",
    "GitLab CI predefined and masked variables ($CI_JOB_TOKEN, $DEPLOY_KEY)", r"""
deploy:
  stage: deploy
  image: alpine:3.19
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
  script:
    - rsync -az --delete themes/ deploy@omeka.dh.internal:/var/www/omeka-s/themes/
    - curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/theme/$CI_COMMIT_TAG/theme.zip" --upload-file theme.zip
  only: [tags]
""")

sec("ssh/private-key", "deploy/keys/koha_deploy",
    "OpenSSH private key file (ssh-keygen default format)", "«s»\n", pem("OPENSSH"))

dec("ssh/decoy-public-key", "deploy/keys/authorized_keys",
    "OpenSSH authorized_keys (public keys, one per line)", r"""
# Koha servers: deploy user
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«k1» deploy@ci.lib.internal
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«k2» catsys@laptop-0412
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ«k3» backup@nas01
# end
""", k1=draw(43, B64), k2=draw(43, B64), k3=draw(340, B64))

sec("npmrc/github-token", "mirador-plugins/.npmrc",
    "npm .npmrc registry auth (//npm.pkg.github.com/:_authToken=)", r"""
@ulb-digital:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«s»
save-exact=true
engine-strict=true
fund=false
""", fakes.github_token(_seed()))

sec("systemd/heritrix-admin", "webarchive/systemd/heritrix.service",
    "Heritrix 3 command line (-a admin:password web UI credentials)", r"""
[Unit]
Description=Heritrix web crawler (institutional web archive)
After=network-online.target

[Service]
Type=forking
User=heritrix
Environment=JAVA_OPTS=-Xmx8g
Environment=HERITRIX_HOME=/opt/heritrix-3.4.0-20220727
ExecStart=/opt/heritrix-3.4.0-20220727/bin/heritrix -a admin:«s» -b 127.0.0.1 -p 8443 -j /data/heritrix/jobs
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", words_pw("-_"))

dec("systemd/decoy-environment-file", "webarchive/systemd/heritrix-stage.service",
    "Heritrix -a @file (credentials read from a file); systemd EnvironmentFile", r"""
[Unit]
Description=Heritrix web crawler (staging)
After=network-online.target

[Service]
Type=forking
User=heritrix
EnvironmentFile=/etc/heritrix/heritrix.env
ExecStart=/opt/heritrix/bin/heritrix -a @/etc/heritrix/admin-credentials -b 127.0.0.1 -p 8444 -j /data/heritrix-stage/jobs
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

sec("xml/heritrix-credential", "webarchive/jobs/intranet-crawl/crawler-beans.cxml",
    "Heritrix crawler-beans.cxml credentialStore with HttpAuthenticationCredential (login/password)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans-3.0.xsd">

  <!-- Archive of the university staff intranet (records management request RM-2024-07) -->
  <bean id="simpleOverrides" class="org.springframework.beans.factory.config.PropertyOverrideConfigurer">
    <property name="properties">
      <value>
metadata.operatorContactUrl=https://library.example.edu/webarchive
metadata.jobName=intranet-crawl
metadata.description=Staff intranet, quarterly capture
      </value>
    </property>
  </bean>

  <bean id="credentialStore" class="org.archive.modules.credential.CredentialStore">
    <property name="credentials">
      <map>
        <entry key="intranet">
          <bean class="org.archive.modules.credential.HttpAuthenticationCredential">
            <property name="domain" value="intranet.example.edu:443"/>
            <property name="realm" value="Staff Intranet"/>
            <property name="login" value="svc-webarchive"/>
            <property name="password" value="«s»"/>
          </bean>
        </entry>
      </map>
    </property>
  </bean>
</beans>
""", rand_pw(16, "!"))

sec("toml/postgres-password", "transcription-app/.streamlit/secrets.toml",
    "Streamlit secrets.toml ([connections.<name>] dialect, host, username, password)", r"""
# Streamlit secrets for the crowd-transcription review app
[connections.transcriptions]
dialect = "postgresql"
host = "dh-db.dh.internal"
port = "5432"
database = "transcriptions"
username = "review_app"
password = "«s»"

[iiif]
manifest_base = "https://iiif.library.example.edu/manifests/"
""", passphrase("-"))

dec("toml/decoy-placeholder", "transcription-app/.streamlit/secrets.toml.example",
    "Streamlit secrets.toml example (placeholders; the real file is git-ignored)", r"""
# Copy to secrets.toml and fill in.
[connections.transcriptions]
dialect = "postgresql"
host = "localhost"
port = "5432"
database = "transcriptions"
username = "review_app"
password = "<password>"
""")

sec("php/mediawiki-db", "dh-wiki/LocalSettings.php",
    "MediaWiki LocalSettings.php ($wgDBserver, $wgDBuser, $wgDBpassword)", r"""
<?php
# Project wiki of the Digital Humanities lab (MediaWiki 1.41)
if ( !defined( 'MEDIAWIKI' ) ) {
	exit;
}

$wgSitename = "DH Lab Wiki";
$wgServer = "https://wiki.dh.example.edu";
$wgScriptPath = "";
$wgResourceBasePath = $wgScriptPath;

## Database settings
$wgDBtype = "mysql";
$wgDBserver = "dh-db.dh.internal";
$wgDBname = "dhwiki";
$wgDBuser = "dhwiki";
$wgDBpassword = "«s»";
$wgDBprefix = "";
$wgDBTableOptions = "ENGINE=InnoDB, DEFAULT CHARSET=binary";

$wgSecretKey = getenv( 'MW_SECRET_KEY' );
$wgUpgradeKey = getenv( 'MW_UPGRADE_KEY' );
$wgEnableUploads = true;
wfLoadExtension( 'SemanticMediaWiki' );
wfLoadSkin( 'Vector' );
""", human_pw())

dec("php/decoy-env-lookup", "dh-wiki/LocalSettings.docker.php",
    "MediaWiki LocalSettings.php reading secrets from the environment", r"""
<?php
if ( !defined( 'MEDIAWIKI' ) ) {
	exit;
}
$wgSitename = "DH Lab Wiki (dev)";
$wgDBtype = "mysql";
$wgDBserver = getenv( 'MW_DB_HOST' );
$wgDBname = getenv( 'MW_DB_NAME' );
$wgDBuser = getenv( 'MW_DB_USER' );
$wgDBpassword = getenv( 'MW_DB_PASSWORD' );
$wgSecretKey = getenv( 'MW_SECRET_KEY' );
wfLoadSkin( 'Vector' );
""")

sec("vscode/mysql", ".vscode/settings.json",
    "SQLTools VS Code extension settings (sqltools.connections with password)", r"""
{
  "editor.formatOnSave": true,
  "perl.perlInc": ["/usr/share/koha/lib"],
  "sqltools.connections": [
    {
      "name": "Koha reports replica",
      "driver": "MariaDB",
      "server": "koha-replica.lib.internal",
      "port": 3306,
      "database": "koha_mainlib",
      "username": "reports_ro",
      "password": "«s»"
    }
  ],
  "files.exclude": { "**/blib": true }
}
""", rand_pw(16))

dec("k8s/decoy-placeholder", "k8s/omeka/secret.example.yaml",
    "Kubernetes Secret stringData with REPLACE_ME placeholders (template)", r"""
# Template only: create the real secret with `kubectl create secret generic omeka-db --from-env-file=...`
apiVersion: v1
kind: Secret
metadata:
  name: omeka-db
  namespace: dh
type: Opaque
stringData:
  MYSQL_PASSWORD: REPLACE_ME
  MYSQL_ROOT_PASSWORD: REPLACE_ME
""")

dec("helm/decoy-existing-secret", "deploy/helm/archivesspace/values.yaml",
    "Helm chart values using existingSecret references", r"""
image:
  repository: archivesspace/archivesspace
  tag: 3.5.1
mysql:
  enabled: true
  auth:
    existingSecret: archivesspace-db
    username: as
    database: archivesspace
appconfig:
  frontendProxyUrl: https://archives-staff.library.example.edu
  publicProxyUrl: https://archives.library.example.edu
  cookieSecretsFrom: archivesspace-cookies
""")

dec("dockerfile/decoy-build-arg", "docker/koha/Dockerfile",
    "Dockerfile ARG / ENV without values; secrets mounted at build (RUN --mount=type=secret)", r"""
FROM debian:bookworm-slim
ARG KOHA_VERSION=24.05
ENV KOHA_INSTANCE=mainlib \
    KOHA_DB_HOST=mariadb \
    KOHA_DB_PASSWORD_FILE=/run/secrets/koha_db_password

RUN apt-get update && apt-get install -y --no-install-recommends gnupg wget ca-certificates \
    && wget -qO - https://debian.koha-community.org/koha/gpg.asc | gpg --dearmor -o /usr/share/keyrings/koha.gpg \
    && echo "deb [signed-by=/usr/share/keyrings/koha.gpg] https://debian.koha-community.org/koha ${KOHA_VERSION} main" > /etc/apt/sources.list.d/koha.list \
    && apt-get update && apt-get install -y koha-core && rm -rf /var/lib/apt/lists/*

RUN --mount=type=secret,id=koha_db_password \
    KOHA_DB_PASSWORD="$(cat /run/secrets/koha_db_password)" /usr/local/bin/koha-setup.sh

EXPOSE 8080 8081
CMD ["/usr/local/bin/koha-run.sh"]
""")

dec("javascript/decoy-env", "ticketing/src/tessituraClient.prod.js",
    "Node process.env; Tessitura basic credentials built at run time", r"""
const axios = require('axios');

const { TESSITURA_BASE, TESSITURA_USER, TESSITURA_GROUP, TESSITURA_LOCATION, TESSITURA_PASSWORD } = process.env;
const token = Buffer.from(
  `${TESSITURA_USER}:${TESSITURA_GROUP}:${TESSITURA_LOCATION}:${TESSITURA_PASSWORD}`).toString('base64');

module.exports = axios.create({
  baseURL: TESSITURA_BASE,
  headers: { Authorization: `Basic ${token}` },
});
""")

dec("ansible/decoy-vault-lookup", "ansible/roles/dspace/defaults/main.yml",
    "Ansible community.hashi_vault lookup plugin", r"""
---
dspace_version: "7.6.1"
dspace_dir: /dspace
dspace_db_host: dspace-db.lib.internal
dspace_db_user: dspace
dspace_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/dspace/db:password') }}"
dspace_mail_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/dspace/smtp:password') }}"
dspace_solr_url: http://solr.lib.internal:8983/solr
""")

dec("ruby/decoy-test-fixture", "spec/services/alma_client_spec.rb",
    "RSpec with WebMock stubs and fake credentials declared as such", r"""
require 'rails_helper'

RSpec.describe AlmaClient do
  # Fake values: WebMock intercepts every request, nothing reaches Ex Libris.
  let(:api_key) { 'l8xx-fake-key-for-specs' }
  let(:client) { described_class.new(api_key: api_key, region: 'eu') }

  before do
    stub_request(:get, %r{api-eu.hosted.exlibrisgroup.com/almaws/v1/bibs/991234})
      .with(headers: { 'Authorization' => "apikey #{api_key}" })
      .to_return(status: 200, body: file_fixture('bib_991234.json').read,
                 headers: { 'Content-Type' => 'application/json' })
  end

  it 'returns the title' do
    expect(client.bib('991234').title).to eq('Leaves of grass')
  end
end
""")

dec("python/decoy-test-fixture", "tests/test_worldcat_holdings.py",
    "pytest fixtures with obviously fake credentials (requests-mock)", r"""
import pytest

from cataloguing.worldcat import holdings

FAKE_KEY = "test-wskey-not-real"
FAKE_SECRET = "test-secret-not-real"


@pytest.fixture
def token(requests_mock):
    requests_mock.post("https://oauth.oclc.org/token", json={
        "access_token": "tk_fake_for_tests", "expires_at": "2099-01-01 00:00:00Z",
        "token_type": "bearer"})
    return holdings.token(FAKE_KEY, FAKE_SECRET)


def test_set_holdings(requests_mock, token):
    requests_mock.post("https://metadata.api.oclc.org/worldcat/manage/institution/holdings/27935364/set",
                       json={"success": True})
    assert holdings.set_holding(token, "27935364")
""")
