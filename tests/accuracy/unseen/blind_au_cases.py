"""Blind set AU: database administration and DBA tooling in Python shops.

PostgreSQL (.pgpass, pg_service.conf, PgBouncer, Patroni, pgBackRest, repmgr, Barman, psql
scripts), MySQL/MariaDB (option files, mysqldump jobs, ProxySQL, Orchestrator, Galera), Oracle
(tnsnames, sqlnet, python-oracledb/cx_Oracle, SQL*Plus, Data Pump), SQL Server (pyodbc, ODBC
DSNs, sqlcmd, SSIS configurations), MongoDB, Cassandra/ScyllaDB, Elasticsearch/OpenSearch,
Redis Sentinel/Cluster, ClickHouse, migration tools (Flyway, Liquibase, Alembic, Sqitch),
backup scripts, monitoring exporters and DBeaver/DataGrip connection files, and their decoys.
Generated fakes only (seeds 400000-409999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
_SEED = [400000]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 410000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Pelican", "Nimbus", "Otter", "Birch", "Cobalt", "Sparrow", "Ridge", "Bramble", "Delta", "Fjord",
         "Heron", "Indigo", "Jasper", "Lilac", "Mercury", "Nectar", "Osprey", "Prairie", "Raven", "Tamarack"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "biscuit", "canyon", "dolphin", "falcon"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "spring", "summer", "winter"]
PETS = ["Biscuit", "Rocky", "Luna", "Mochi", "Pepper", "Ziggy", "Bailey", "Nala"]


def human_pw() -> str:
    """A password a DBA picks: two words, a symbol, digits (symbols safe in most config files)."""
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def uri_pw() -> str:
    """A human password that stays valid, unescaped, in a URI's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice("-_.!*") + r.choice(WORDS).lower() + str(r.randint(10, 999))


def season_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!#$")


def pet_pw() -> str:
    r = _rng()
    return r.choice(PETS) + r.choice(["", "_", "."]) + str(r.randint(1980, 2023)) + r.choice("!?$")


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 24, extra: str = "") -> str:
    """A generated password (both cases and a digit, as password managers emit)."""
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def hexs(n: int, upper: bool = False) -> str:
    value = fakes.drawn(_seed(), n, HEX)
    return value.upper() if upper else value


def b64s(n: int) -> str:
    return fakes.drawn(_seed(), n, B64)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def git_sha() -> str:
    return hexs(40)


def mysql_native_hash() -> str:
    return "*" + hexs(40, upper=True)


def scram_verifier() -> str:
    r = _rng()
    def raw(n: int) -> str:
        return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    return f"SCRAM-SHA-256$4096:{raw(16)}${raw(32)}:{raw(32)}"


def bcrypt_hash(prefix: str = "$2b$12$") -> str:
    return prefix + fakes.drawn(_seed(), 53, "./" + ALNUM)


def aws_pair() -> tuple:
    seed = _seed()
    return fakes.aws_key_id(seed), fakes.aws_secret_key(seed + 1)


def azure_storage_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def elastic_api_key() -> str:
    """The encoded form Kibana shows: base64 of `<id>:<api_key>`."""
    r = _rng()
    key_id = "".join(r.choice(ALNUM + "-_") for _ in range(20))
    api_key = "".join(r.choice(ALNUM + "-_") for _ in range(22))
    return b64(f"{key_id}:{api_key}")


def astra_token() -> str:
    r = _rng()
    return "AstraCS:" + "".join(r.choice(string.ascii_letters) for _ in range(24)) + ":" + "".join(r.choice(HEX) for _ in range(64))


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def ansible_vault() -> str:
    blob = hexs(420)
    lines = [blob[i:i + 80] for i in range(0, len(blob), 80)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines)


def raw_b64(n: int) -> str:
    """Standard base64 of n random bytes (ciphertext, IVs, tags)."""
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def sops_enc(n: int = 18) -> str:
    return f"ENC[AES256_GCM,data:{raw_b64(n)},iv:{raw_b64(32)},tag:{raw_b64(16)},type:str]"


def sealed_blob() -> str:
    return "AgB" + b64s(349) + "=="


def age_recipient() -> str:
    return "age1" + fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(9))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\nBQADggEBAK" + "".join(r.choice(B64) for _ in range(30)) + "\n-----END CERTIFICATE-----"


def pubkey_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(6))
    return "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + body[44:] + "\nIDAQAB\n-----END PUBLIC KEY-----"


CASES: List[LabelledCase] = []
_PLACE = re.compile(r"<<([a-z_0-9]+)>>")


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-au/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-au/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    """Fill `<<name>>` slots (heredoc markers such as `<<EOF` are left alone)."""
    def fill(match: "re.Match[str]") -> str:
        return values[match.group(1)]
    return _PLACE.sub(fill, template)


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    S(fmt, what, path, T(template, v=value, **kw), value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, v=value, **kw), source)


# ---------------------------------------------------------------- PostgreSQL: libpq files
SV("pgpass", "postgres", "ops/dba/home/.pgpass", """\
# hostname:port:database:username:password
# chmod 0600 ~/.pgpass or libpq ignores this file
# reporting replica (read only)
pg-report-01.int.example.net:5432:analytics:report_ro:<<v>>
# local socket maintenance — peer auth, no password needed
# localhost:5432:*:postgres:
""", human_pw(), "PostgreSQL docs: The Password File (libpq-pgpass)")

SV("pgpass", "postgres", "deploy/roles/pg_client/files/pgpass.prod", """\
# ~billing/.pgpass on the batch hosts (deployed 0600 by the pg_client role)
db-primary.prod.internal:5432:billing:billing_app:<<v>>
db-replica-a.prod.internal:5432:billing:billing_ro:*
db-replica-b.prod.internal:5432:billing:billing_ro:*
*:6432:pgbouncer:pgbouncer_stats:*
""", rand_pw(28), "PostgreSQL docs: The Password File (libpq-pgpass)")

D("pgpass", "template", "deploy/roles/pg_client/templates/pgpass.j2", """\
# {{ ansible_managed }}
# One entry per database the backup user reaches.
{% for db in pg_backup_databases %}
{{ pg_primary_host }}:{{ pg_port | default(5432) }}:{{ db }}:{{ pg_backup_user }}:{{ vault_pg_backup_password }}
{% endfor %}
{{ pg_primary_host }}:{{ pg_port | default(5432) }}:replication:{{ pg_repl_user }}:{{ vault_pg_repl_password }}
""", "PostgreSQL docs: libpq-pgpass; Ansible template module")

SV("pg-service", "postgres", "etc/postgresql-common/pg_service.conf", """\
# Connection services for the data team.
# Use with: psql "service=warehouse"

[warehouse]
host=wh-pg.data.internal
port=5432
dbname=warehouse
user=etl_loader
password=<<v>>
sslmode=verify-full
sslrootcert=/etc/ssl/certs/internal-ca.pem

[warehouse_ro]
host=wh-pg-ro.data.internal
port=5432
dbname=warehouse
user=analyst
sslmode=require
""", human_pw(), "PostgreSQL docs: The Connection Service File (libpq-pgservice)")

D("pg-service", "passfile", "config/pg_service.conf", """\
# Services used by the nightly jobs. Passwords live in the passfile, never here.
[ledger]
host=ledger-db.prod.internal
port=5432
dbname=ledger
user=ledger_batch
passfile=/var/lib/jobs/.pgpass
sslmode=verify-full
application_name=ledger-nightly

[ledger_audit]
host=ledger-audit.prod.internal
dbname=ledger_audit
user=auditor
passfile=/var/lib/jobs/.pgpass
sslmode=verify-full
""", "PostgreSQL docs: libpq-pgservice, passfile parameter")

# ---------------------------------------------------------------- PgBouncer
SV("pgbouncer", "postgres", "pgbouncer/pgbouncer.ini", """\
;; PgBouncer for the orders service
[databases]
orders = host=10.20.4.11 port=5432 dbname=orders user=orders_app password=<<v>>
orders_ro = host=10.20.4.12 port=5432 dbname=orders
* = host=10.20.4.11 port=5432

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt
admin_users = pgbouncer_admin
stats_users = datadog
pool_mode = transaction
max_client_conn = 2000
default_pool_size = 40
server_tls_sslmode = require
ignore_startup_parameters = extra_float_digits
logfile = /var/log/pgbouncer/pgbouncer.log
pidfile = /var/run/pgbouncer/pgbouncer.pid
""", rand_pw(22), "PgBouncer docs: pgbouncer.ini [databases] section")

DV("pgbouncer", "auth-query", "infra/pgbouncer/pgbouncer.ini", """\
[databases]
app = host=pg-primary.svc.cluster.local port=5432 dbname=app auth_user=pgbouncer_auth

[pgbouncer]
listen_addr = *
listen_port = 6432
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt
; look users up in the server instead of listing their secrets here
auth_query = SELECT usename, passwd FROM pgbouncer.get_auth($1)
auth_user = pgbouncer_auth
pool_mode = transaction
server_reset_query = DISCARD ALL
client_tls_sslmode = require
client_tls_key_file = /etc/pgbouncer/tls/tls.key
client_tls_cert_file = /etc/pgbouncer/tls/tls.crt
; build <<v>>
""", git_sha()[:12], "PgBouncer docs: auth_query, auth_user")

SV("pgbouncer-userlist", "postgres", "pgbouncer/userlist.txt", """\
"pgbouncer_admin" "<<v>>"
"datadog" "SCRAM-SHA-256$4096:<<s>>"
"orders_app" "SCRAM-SHA-256$4096:<<t>>"
"orders_ro" "SCRAM-SHA-256$4096:<<w>>"
"reporting" "SCRAM-SHA-256$4096:<<x>>"
""", season_pw(), "PgBouncer docs: Authentication file format",
   s=scram_verifier()[19:], t=scram_verifier()[19:], w=scram_verifier()[19:], x=scram_verifier()[19:])

D("pgbouncer-userlist", "scram-verifier", "deploy/pgbouncer/userlist.txt", T("""\
"app_rw" "<<a>>"
"app_ro" "<<b>>"
"pgbouncer_auth" "<<c>>"
"stats" "<<d>>"
"migrator" "<<e>>"
""", a=scram_verifier(), b=scram_verifier(), c=scram_verifier(), d=scram_verifier(), e=scram_verifier()),
  "PgBouncer docs: auth_file holds SCRAM secrets copied from pg_authid")

# ---------------------------------------------------------------- Patroni
SV("patroni", "postgres", "patroni/patroni.yml", """\
scope: pg-main
namespace: /service/
name: pg-main-1

restapi:
  listen: 0.0.0.0:8008
  connect_address: 10.0.3.21:8008

etcd3:
  hosts: 10.0.3.5:2379,10.0.3.6:2379,10.0.3.7:2379

bootstrap:
  dcs:
    ttl: 30
    loop_wait: 10
    retry_timeout: 10
    maximum_lag_on_failover: 1048576
    postgresql:
      use_pg_rewind: true
      parameters:
        wal_level: replica
        hot_standby: "on"
        max_wal_senders: 10
  initdb:
    - encoding: UTF8
    - data-checksums

postgresql:
  listen: 0.0.0.0:5432
  connect_address: 10.0.3.21:5432
  data_dir: /var/lib/postgresql/16/main
  bin_dir: /usr/lib/postgresql/16/bin
  pgpass: /tmp/pgpass0
  authentication:
    replication:
      username: replicator
      password: <<v>>
    # superuser password comes from PATRONI_SUPERUSER_PASSWORD (systemd drop-in)
    superuser:
      username: postgres
  parameters:
    unix_socket_directories: /var/run/postgresql

tags:
  nofailover: false
  noloadbalance: false
""", rand_pw(32), "Patroni docs: YAML Configuration Settings (postgresql.authentication)")

SV("patroni", "postgres", "ansible/host_vars/pg-main-2/patroni.yml", """\
---
patroni_cluster_name: pg-main
patroni_node_name: pg-main-2
patroni_restapi_listen: "0.0.0.0:8008"
patroni_restapi_username: patroni
patroni_restapi_password: "<<v>>"
patroni_etcd_hosts:
  - 10.0.3.5:2379
  - 10.0.3.6:2379
patroni_superuser_password: "{{ vault_patroni_superuser_password }}"
patroni_replication_password: "{{ vault_patroni_replication_password }}"
patroni_tags:
  nofailover: false
""", passphrase(), "Patroni docs: restapi.authentication; Ansible host_vars")

D("patroni", "template", "charts/pg-ha/templates/patroni-config.yaml", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "pg-ha.fullname" . }}-patroni
data:
  patroni.yml: |
    scope: {{ .Values.patroni.scope }}
    name: ${POD_NAME}
    restapi:
      listen: 0.0.0.0:8008
      authentication:
        username: {{ .Values.patroni.restapi.username }}
        password: ${PATRONI_RESTAPI_PASSWORD}
    kubernetes:
      labels:
        application: {{ .Chart.Name }}
      use_endpoints: true
    postgresql:
      data_dir: /home/postgres/pgdata/pgroot/data
      authentication:
        superuser:
          username: postgres
        replication:
          username: standby
      # passwords: PATRONI_SUPERUSER_PASSWORD / PATRONI_REPLICATION_PASSWORD from secretKeyRef
""", "Patroni docs: Environment Configuration Settings")

# ---------------------------------------------------------------- pgBackRest
SV("pgbackrest", "encryption-passphrase", "etc/pgbackrest/pgbackrest.conf", """\
[global]
repo1-type=s3
repo1-path=/pgbackrest
repo1-s3-bucket=acme-pg-backups
repo1-s3-endpoint=s3.eu-west-1.amazonaws.com
repo1-s3-region=eu-west-1
repo1-s3-key-type=auto
repo1-retention-full=4
repo1-retention-diff=14
repo1-cipher-type=aes-256-cbc
repo1-cipher-pass=<<v>>
process-max=4
compress-type=zst
start-fast=y
log-level-console=info
log-level-file=detail

[main]
pg1-path=/var/lib/postgresql/16/main
pg1-port=5432
""", b64s(64), "pgBackRest docs: Configuration Reference (repo-cipher-pass)")

SV("pgbackrest", "azure-storage-key", "roles/pgbackrest/files/pgbackrest.conf", """\
[global]
repo1-type=azure
repo1-azure-account=acmepgbackups
repo1-azure-container=pgbackrest
repo1-azure-key-type=shared
repo1-azure-key=<<v>>
repo1-path=/clusters/crm
repo1-retention-full=2
archive-async=y
spool-path=/var/spool/pgbackrest

[crm]
pg1-path=/pgdata/15/data
pg1-user=postgres
""", azure_storage_key(), "pgBackRest docs: Configuration Reference (repo-azure-key)")

_AK, _SK = aws_pair()
S("pgbackrest", "aws-secret-key", "backup/pgbackrest-minio.conf", T("""\
# pgBackRest to the on-prem object store (S3 API)
[global]
repo1-type=s3
repo1-s3-endpoint=s3.storage.lan
repo1-s3-bucket=pgbackrest
repo1-s3-region=us-east-1
repo1-s3-uri-style=path
repo1-s3-verify-tls=n
repo1-s3-key=<<a>>
repo1-s3-key-secret=<<b>>
repo1-retention-full=3

[inventory]
pg1-path=/var/lib/pgsql/14/data
""", a=_AK, b=_SK), _SK, "pgBackRest docs: User Guide, S3-Compatible Object Store Support")

D("pgbackrest", "web-identity", "k8s/pgbackrest/pgbackrest.conf", """\
[global]
repo1-type=s3
repo1-s3-bucket=prod-pg-archive
repo1-s3-endpoint=s3.us-east-2.amazonaws.com
repo1-s3-region=us-east-2
# IRSA: credentials come from the projected service-account token
repo1-s3-key-type=web-id
repo1-cipher-type=aes-256-cbc
# cipher pass comes from PGBACKREST_REPO1_CIPHER_PASS (secretKeyRef pgbackrest-cipher)
repo1-retention-full=7

[db]
pg1-path=/pgdata/pg16
""", "pgBackRest docs: repo-s3-key-type=web-id; environment options PGBACKREST_*")

D("pgbackrest", "checksum", "docs/runbooks/pgbackrest-info.txt", T("""\
$ pgbackrest --stanza=main info --output=text
stanza: main
    status: ok
    cipher: aes-256-cbc

    db (current)
        wal archive min/max (16): 0000000300000A1F000000C2/0000000300000A2300000011

        full backup: 20240602-010002F
            timestamp start/stop: 2024-06-02 01:00:02+00 / 2024-06-02 01:47:51+00
            wal start/stop: 0000000300000A1F000000C4 / 0000000300000A1F000000C9
            database size: 412.7GB, database backup size: 412.7GB
            repo1: backup set size: 98.1GB, backup size: 98.1GB

# manifest checksums recorded for the audit ticket DBA-2213
backup.manifest sha1: <<a>>
pg_control sha256: <<b>>
""", a=hexs(40), b=hexs(64)), "pgBackRest docs: Command Reference, info")

# ---------------------------------------------------------------- repmgr / Barman / WAL-G
SV("repmgr", "postgres", "etc/repmgr/16/repmgr.conf", """\
node_id=2
node_name='pg-node-b'
conninfo='host=pg-node-b.dc1 user=repmgr dbname=repmgr password=<<v>> connect_timeout=2'
data_directory='/var/lib/postgresql/16/main'
use_replication_slots=yes

failover='automatic'
promote_command='/usr/bin/repmgr standby promote -f /etc/repmgr/16/repmgr.conf --log-to-file'
follow_command='/usr/bin/repmgr standby follow -f /etc/repmgr/16/repmgr.conf --log-to-file --upstream-node-id=%n'

log_level='INFO'
log_file='/var/log/repmgr/repmgrd.log'
monitoring_history=yes
reconnect_attempts=6
reconnect_interval=10
""", human_pw(), "repmgr docs: repmgr.conf, conninfo")

D("repmgr", "passfile", "etc/repmgr/15/repmgr.conf", """\
node_id=1
node_name='pg-a'
# password is read from ~postgres/.pgpass (passfile below), never put in conninfo
conninfo='host=pg-a.internal user=repmgr dbname=repmgr connect_timeout=2'
passfile='/var/lib/postgresql/.pgpass'
use_primary_conninfo_password=false
data_directory='/var/lib/postgresql/15/main'
pg_bindir='/usr/lib/postgresql/15/bin'
service_start_command='sudo /usr/bin/systemctl start postgresql@15-main'
service_stop_command='sudo /usr/bin/systemctl stop postgresql@15-main'
""", "repmgr docs: passfile and use_primary_conninfo_password")

SV("barman", "postgres", "etc/barman.d/pg-sales.conf", """\
[pg-sales]
description = "Sales cluster (streaming)"
conninfo = host=pg-sales.db.lan user=barman dbname=postgres password=<<v>>
streaming_conninfo = host=pg-sales.db.lan user=streaming_barman dbname=postgres
backup_method = postgres
streaming_archiver = on
slot_name = barman
create_slot = auto
retention_policy = RECOVERY WINDOW OF 14 DAYS
minimum_redundancy = 2
""", uri_pw(), "Barman docs: Server configuration, conninfo")

SV("walg", "encryption-key", "ops/wal-g/walg.env", """\
# sourced by archive_command / restore_command wrappers
WALG_S3_PREFIX=s3://acme-wal-archive/pg-payments
AWS_REGION=eu-central-1
# instance profile provides the S3 credentials
WALG_COMPRESSION_METHOD=brotli
WALG_DELTA_MAX_STEPS=6
WALG_LIBSODIUM_KEY=<<v>>
WALG_LIBSODIUM_KEY_TRANSFORM=hex
PGHOST=/var/run/postgresql
PGUSER=postgres
""", hexs(64), "WAL-G docs: Encryption, WALG_LIBSODIUM_KEY")

# ---------------------------------------------------------------- shell: psql, pg_dump, cron
SV("shell", "postgres", "scripts/refresh_reporting.sh", """\
#!/usr/bin/env bash
# Refresh the reporting materialized views after the nightly load.
set -euo pipefail

HOST=pg-report-01.int.example.net
DB=analytics

export PGPASSWORD='<<v>>'
psql -h "$HOST" -U report_admin -d "$DB" -v ON_ERROR_STOP=1 <<'SQL'
REFRESH MATERIALIZED VIEW CONCURRENTLY mv_daily_revenue;
REFRESH MATERIALIZED VIEW CONCURRENTLY mv_customer_ltv;
ANALYZE mv_daily_revenue;
SQL

echo "refresh done $(date -Is)"
""", human_pw(), "PostgreSQL docs: psql, PGPASSWORD environment variable")

D("shell", "secret-manager", "scripts/pg_refresh_stage.sh", """\
#!/usr/bin/env bash
set -euo pipefail
SECRET_ID="arn:aws:secretsmanager:us-east-1:123456789012:secret:stage/reporting/pg-AbCdEf"

PGPASSWORD="$(aws secretsmanager get-secret-value --secret-id "$SECRET_ID" \\
  --query SecretString --output text | jq -r .password)"
export PGPASSWORD

psql "host=stage-report.internal dbname=analytics user=report_admin sslmode=require" \\
  -v ON_ERROR_STOP=1 -f sql/refresh_views.sql
unset PGPASSWORD
""", "AWS CLI docs: secretsmanager get-secret-value; psql PGPASSWORD")

SV("cron", "postgres", "ops/cron/pg-dump-nightly.cron", """\
# m h dom mon dow user  command
SHELL=/bin/bash
MAILTO=dba-alerts@example.com
15 2 * * * postgres PGPASSWORD=<<v>> pg_dump -h 10.12.0.8 -U backup -Fc -d crm -f /backup/crm/crm_$(date +\\%F).dump && find /backup/crm -mtime +14 -delete
45 3 * * 0 postgres /usr/local/bin/pg_verify_backups.sh >> /var/log/pg_verify.log 2>&1
""", rand_pw(16), "crontab(5); PostgreSQL docs: pg_dump")

SV("shell", "postgres", "backup/pg_backup_all.sh", """\
#!/bin/sh
# Dump every database on the legacy box to /srv/backup.
# TODO(ops): move this to pgBackRest (DBA-1840)

BACKUP_DIR=/srv/backup/pg/$(date +%Y%m%d)
mkdir -p "$BACKUP_DIR"

cat > /root/.pgpass <<EOF
legacy-pg.corp.lan:5432:*:dump_user:<<v>>
EOF
chmod 600 /root/.pgpass

for db in $(psql -h legacy-pg.corp.lan -U dump_user -At -c "select datname from pg_database where not datistemplate"); do
  pg_dump -h legacy-pg.corp.lan -U dump_user -Fc "$db" > "$BACKUP_DIR/$db.dump"
done
pg_dumpall -h legacy-pg.corp.lan -U dump_user --globals-only > "$BACKUP_DIR/globals.sql"
gzip "$BACKUP_DIR/globals.sql"
""", pet_pw(), "PostgreSQL docs: libpq-pgpass; pg_dumpall --globals-only")

SV("makefile", "postgres", "Makefile", """\
.PHONY: db-shell db-migrate db-seed test

STAGING_DSN := postgresql://app_owner:<<v>>@stage-db.internal:5432/app?sslmode=require

db-shell:
\tpsql "$(STAGING_DSN)"

db-migrate:
\talembic -x dburl="$(STAGING_DSN)" upgrade head

db-seed:
\tpsql "$(STAGING_DSN)" -f fixtures/seed.sql

test:
\tpytest -q
""", uri_pw(), "GNU make manual; PostgreSQL docs: connection URIs")

D("makefile", "env-ref", "tools/db.mk", """\
# Included from the top Makefile. Credentials come from the developer's environment
# (direnv loads .envrc, which reads 1Password: op read op://Eng/stage-db/password).
PGHOST ?= localhost
PGPORT ?= 5432
PGUSER ?= $(USER)
DSN = postgresql://$(PGUSER):$(PGPASSWORD)@$(PGHOST):$(PGPORT)/app

db-dump:
\tpg_dump "$(DSN)" -Fc -f build/app.dump

db-restore:
\tpg_restore --clean --if-exists -d "$(DSN)" build/app.dump
""", "GNU make manual; 1Password CLI op read")

# ---------------------------------------------------------------- SQL
SV("sql", "postgres", "db/migrations/V14__reporting_roles.sql", """\
-- Reporting roles for the BI tool (ticket DATA-311)
CREATE ROLE reporting NOLOGIN;
GRANT USAGE ON SCHEMA mart TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA mart TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA mart GRANT SELECT ON TABLES TO reporting;

CREATE ROLE metabase LOGIN PASSWORD '<<v>>' IN ROLE reporting;
ALTER ROLE metabase SET statement_timeout = '120s';
""", human_pw(), "PostgreSQL docs: CREATE ROLE ... PASSWORD")

D("sql", "scram-verifier", "db/roles/create_service_roles.sql", T("""\
-- Generated by tools/make_roles.py: SCRAM verifiers only, plaintext never leaves the vault.
CREATE ROLE svc_orders LOGIN PASSWORD '<<a>>';
CREATE ROLE svc_invoices LOGIN PASSWORD '<<b>>';
ALTER ROLE svc_orders CONNECTION LIMIT 50;
ALTER ROLE svc_invoices CONNECTION LIMIT 20;
GRANT app_rw TO svc_orders, svc_invoices;
""", a=scram_verifier(), b=scram_verifier()), "PostgreSQL docs: Password Authentication (pre-hashed SCRAM passwords)")

D("sql", "psql-variable", "sql/admin/rotate_app_password.sql", """\
-- Usage:
--   psql -v app_pw="$(vault kv get -field=password secret/db/app)" -f rotate_app_password.sql
\\set ON_ERROR_STOP on
BEGIN;
ALTER ROLE app_rw PASSWORD :'app_pw';
ALTER ROLE app_rw VALID UNTIL 'infinity';
COMMIT;
\\echo rotated app_rw
""", "PostgreSQL docs: psql variables interpolation :'name'")

SV("sql", "postgres", "runbooks/create_replication_user.psql", """\
\\echo Creating the logical replication user for Debezium
\\set ON_ERROR_STOP on
\\c inventory
CREATE USER debezium WITH REPLICATION LOGIN ENCRYPTED PASSWORD '<<v>>';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO debezium;
CREATE PUBLICATION dbz_publication FOR TABLE public.orders, public.order_lines;
SELECT pg_create_logical_replication_slot('debezium', 'pgoutput');
""", rand_pw(20), "Debezium docs: PostgreSQL connector, setting up permissions")

# ---------------------------------------------------------------- Python against PostgreSQL
SV("python", "postgres", "dba/vacuum_report.py", """\
\"\"\"Print tables whose dead tuples exceed 20 % so on-call can schedule a manual VACUUM.\"\"\"
import psycopg2
import psycopg2.extras

QUERY = \"\"\"
SELECT schemaname, relname, n_dead_tup, n_live_tup,
       round(100.0 * n_dead_tup / nullif(n_live_tup + n_dead_tup, 0), 1) AS dead_pct
FROM pg_stat_user_tables
WHERE n_dead_tup > 10000
ORDER BY dead_pct DESC NULLS LAST
LIMIT 25
\"\"\"


def main():
    conn = psycopg2.connect(
        host="pg-main.prod.internal",
        dbname="app",
        user="dba_ro",
        password="<<v>>",
        sslmode="require",
    )
    with conn, conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
        cur.execute(QUERY)
        for row in cur:
            print(f"{row['schemaname']}.{row['relname']:40} {row['dead_pct']:>6}%")


if __name__ == "__main__":
    main()
""", human_pw(), "psycopg2 docs: psycopg2.connect")

SV("python", "postgres", "tools/bloat/asyncpg_check.py", """\
import asyncio
import asyncpg

DSN = "postgres://bloat_checker:<<v>>@10.8.1.40:5432/ledger"


async def main() -> None:
    conn = await asyncpg.connect(DSN, timeout=10)
    try:
        rows = await conn.fetch("SELECT * FROM pgstattuple_approx($1)", "public.entries")
        for r in rows:
            print(dict(r))
    finally:
        await conn.close()


asyncio.run(main())
""", rand_pw(18), "asyncpg docs: asyncpg.connect(dsn)")

S("python", "postgres-split", "dba/lib/connections.py", T("""\
\"\"\"Connection helpers shared by the DBA scripts.\"\"\"
import os

import psycopg

# legacy warehouse: the password was rotated in the vault but this fallback was never removed
_WAREHOUSE_FALLBACK = (
    "host=wh-legacy.corp.lan port=5432 dbname=dw user=dw_admin "
    "password=<<a>>"
    "<<b>> sslmode=prefer"
)


def warehouse():
    return psycopg.connect(os.environ.get("WAREHOUSE_DSN", _WAREHOUSE_FALLBACK))


def app(dbname: str = "app"):
    return psycopg.connect(dbname=dbname, host=os.environ["PGHOST"], user=os.environ["PGUSER"],
                           password=os.environ["PGPASSWORD"])
""", a=(_SP := rand_pw(22))[:11], b=_SP[11:]), _SP, "psycopg 3 docs: psycopg.connect(conninfo)")

D("python", "env-ref", "dba/lib/pool.py", """\
import os
from psycopg_pool import ConnectionPool

conninfo = " ".join([
    f"host={os.environ['PGHOST']}",
    f"port={os.environ.get('PGPORT', '5432')}",
    f"dbname={os.environ['PGDATABASE']}",
    f"user={os.environ['PGUSER']}",
    # password resolved by libpq from PGPASSFILE or the IAM token helper below
])

pool = ConnectionPool(conninfo, min_size=1, max_size=8, open=False)


def open_pool():
    pool.open(wait=True, timeout=30)
    return pool
""", "psycopg_pool docs: ConnectionPool")

D("python", "iam-token", "dba/rds_iam_connect.py", """\
\"\"\"Connect to RDS with an IAM auth token (15-minute token, no stored password).\"\"\"
import boto3
import psycopg2

HOST = "orders.cluster-cxyz1234abcd.eu-west-1.rds.amazonaws.com"
PORT = 5432
USER = "iam_dba"

rds = boto3.client("rds", region_name="eu-west-1")
token = rds.generate_db_auth_token(DBHostname=HOST, Port=PORT, DBUsername=USER)

conn = psycopg2.connect(host=HOST, port=PORT, user=USER, password=token, dbname="orders",
                        sslmode="verify-full", sslrootcert="/etc/ssl/rds-global-bundle.pem")
print(conn.server_version)
""", "AWS docs: Connecting to your DB instance using IAM authentication and Python")

SV("django", "postgres", "backend/config/settings/production.py", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "app",
        "USER": "app",
        "PASSWORD": "<<v>>",
        "HOST": "app-db.cluster-ro-c1a2b3.eu-west-1.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
""", human_pw(), "Django docs: settings DATABASES")

D("django", "env-ref", "backend/config/settings/staging.py", """\
import environ

from .base import *  # noqa

env = environ.Env()

DEBUG = False
DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["OPTIONS"] = {"sslmode": "require"}

# Read replica for the admin reports
DATABASES["replica"] = env.db("REPLICA_DATABASE_URL", default=env("DATABASE_URL"))
""", "django-environ docs: Env.db")

# ---------------------------------------------------------------- Alembic / SQLAlchemy
SV("alembic", "postgres", "alembic.ini", """\
[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os
sqlalchemy.url = postgresql+psycopg2://migrator:<<v>>@pg-main.prod.internal:5432/app

[post_write_hooks]
hooks = black
black.type = console_scripts
black.entrypoint = black

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =
""", uri_pw(), "Alembic docs: The Migration Environment, alembic.ini")

D("alembic", "docs-placeholder", "services/catalog/alembic.ini", """\
# A generic, single database configuration.

[alembic]
script_location = alembic
prepend_sys_path = .
version_path_separator = os

# overridden in env.py from CATALOG_DATABASE_URL
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic
""", "Alembic docs: generic template alembic.ini (driver://user:pass@localhost/dbname)")

D("alembic", "env-ref", "services/catalog/alembic/env.py", """\
import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import engine_from_config, pool

from catalog.models import Base

config = context.config
config.set_main_option("sqlalchemy.url", os.environ["CATALOG_DATABASE_URL"].replace("%", "%%"))
fileConfig(config.config_file_name)
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connectable = engine_from_config(config.get_section(config.config_ini_section, {}),
                                     prefix="sqlalchemy.", poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
""", "Alembic docs: env.py")

SV("sqlalchemy", "postgres", "etl/settings.toml", """\
[etl]
batch_size = 5000
parallelism = 4

[etl.source]
url = "postgresql+psycopg://etl_reader:<<v>>@crm-replica.int:5432/crm"
statement_timeout_ms = 600000

[etl.target]
url = "snowflake://{account}/{database}"   # filled from env at runtime
warehouse = "ETL_WH"
""", rand_pw(24), "SQLAlchemy docs: Engine Configuration, database URLs")

# ---------------------------------------------------------------- notebook
SV("notebook", "postgres", "notebooks/slow_queries_investigation.ipynb", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Slow queries after the 2024-05 upgrade\\n", "Top statements by mean time."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": ["%load_ext sql\\n", "%sql postgresql://perf:<<v>>@pg-main.prod.internal/app"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["5 rows affected.\\n"]
    }
   ],
   "source": ["%%sql\\n", "SELECT queryid, calls, mean_exec_time FROM pg_stat_statements ORDER BY 3 DESC LIMIT 5"]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.8"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", uri_pw(), "ipython-sql / JupySQL docs: %sql connection string")

SV("notebook", "postgres", "notebooks/replication_lag.ipynb", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": ["Engine(postgresql://monitor:***@pg-main.prod.internal:5432/postgres)"]
     },
     "execution_count": 3,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://monitor:<<v>>@pg-main.prod.internal:5432/postgres')\\n",
    "engine"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": ["lag = pd.read_sql('select client_addr, replay_lag from pg_stat_replication', engine)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(20), "SQLAlchemy docs: create_engine; Jupyter nbformat")

D("notebook", "masked-output", "notebooks/connections_audit.ipynb", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "postgresql://audit:***@pg-main.prod.internal:5432/app\\n",
      "password source: keyring (service=pg-audit)\\n"
     ]
    }
   ],
   "source": [
    "import keyring\\n",
    "from sqlalchemy.engine import URL\\n",
    "url = URL.create('postgresql', username='audit', password=keyring.get_password('pg-audit', 'audit'),\\n",
    "                 host='pg-main.prod.internal', port=5432, database='app')\\n",
    "print(url)  # SQLAlchemy hides the password\\n",
    "print('password source: keyring (service=pg-audit)')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "SQLAlchemy docs: URL.create, password obfuscation; keyring docs")

# ---------------------------------------------------------------- server config
SV("postgresql-conf", "postgres", "standby/postgresql.conf", """\
# Standby on the DR site
listen_addresses = '*'
port = 5432
max_connections = 300
shared_buffers = 8GB
effective_cache_size = 24GB
wal_level = replica
hot_standby = on
hot_standby_feedback = on
max_standby_streaming_delay = 30s

primary_conninfo = 'host=10.40.0.10 port=5432 user=replicator password=<<v>> application_name=dr1 sslmode=require'
primary_slot_name = 'dr1_slot'
restore_command = 'pgbackrest --stanza=main archive-get %f "%p"'
recovery_target_timeline = 'latest'

ssl = on
ssl_cert_file = '/etc/postgresql/tls/server.crt'
ssl_key_file = '/etc/postgresql/tls/server.key'
""", human_pw(), "PostgreSQL docs: Replication settings, primary_conninfo")

D("postgresql-conf", "no-password", "standby/postgresql.auto.conf", """\
# Do not edit this file manually!
# It will be overwritten by the ALTER SYSTEM command.
primary_conninfo = 'user=replicator passfile=''/var/lib/postgresql/.pgpass'' channel_binding=prefer host=10.40.0.10 port=5432 sslmode=prefer sslcompression=0 sslcertmode=allow sslsni=1 ssl_min_protocol_version=TLSv1.2 gssencmode=prefer krbsrvname=postgres gssdelegation=0 target_session_attrs=any load_balance_hosts=disable'
primary_slot_name = 'dr1_slot'
shared_preload_libraries = 'pg_stat_statements,auto_explain'
""", "PostgreSQL docs: pg_basebackup -R writes primary_conninfo with passfile")

D("pg-hba", "config", "etc/postgresql/16/main/pg_hba.conf", """\
# TYPE  DATABASE        USER            ADDRESS                 METHOD
local   all             postgres                                peer
local   all             all                                     peer
hostssl all             all             10.20.0.0/16            scram-sha-256
hostssl replication     replicator      10.40.0.0/24            scram-sha-256
hostssl all             +dba            10.99.0.0/24            cert clientcert=verify-full
host    all             all             127.0.0.1/32            scram-sha-256
host    all             all             ::1/128                 scram-sha-256
host    all             all             0.0.0.0/0               reject
""", "PostgreSQL docs: The pg_hba.conf File")

# ---------------------------------------------------------------- exporters / monitoring
SV("systemd", "postgres", "deploy/systemd/postgres_exporter.service", """\
[Unit]
Description=Prometheus PostgreSQL exporter
After=network-online.target

[Service]
User=postgres_exporter
Environment="DATA_SOURCE_NAME=postgresql://postgres_exporter:<<v>>@localhost:5432/postgres?sslmode=disable"
Environment="PG_EXPORTER_EXTEND_QUERY_PATH=/etc/postgres_exporter/queries.yaml"
ExecStart=/usr/local/bin/postgres_exporter --web.listen-address=:9187 --collector.stat_statements
Restart=always

[Install]
WantedBy=multi-user.target
""", uri_pw(), "prometheus-community/postgres_exporter README: DATA_SOURCE_NAME")

D("docker-compose", "secret-file", "monitoring/docker-compose.yml", """\
services:
  postgres-exporter:
    image: quay.io/prometheuscommunity/postgres-exporter:v0.15.0
    environment:
      DATA_SOURCE_URI: "pg-main.prod.internal:5432/postgres?sslmode=require"
      DATA_SOURCE_USER: postgres_exporter
      DATA_SOURCE_PASS_FILE: /run/secrets/pg_exporter_password
    secrets:
      - pg_exporter_password
    ports:
      - "9187:9187"

secrets:
  pg_exporter_password:
    external: true
""", "postgres_exporter README: DATA_SOURCE_PASS_FILE; Compose secrets")

SV("datadog", "postgres", "datadog/conf.d/postgres.d/conf.yaml", """\
init_config:

instances:
  - host: localhost
    port: 5432
    username: datadog
    password: '<<v>>'
    dbname: postgres
    dbm: true
    collect_schemas:
      enabled: true
    relations:
      - relation_regex: .*
    tags:
      - env:prod
      - service:pg-main
""", rand_pw(16), "Datadog docs: Postgres integration conf.yaml.example")

D("datadog", "secret-handle", "datadog/conf.d/postgres.d/replica.yaml", """\
init_config:

instances:
  - host: pg-replica-1.prod.internal
    port: 5432
    username: datadog
    # resolved by secret_backend_command (datadog-secret-helper reading AWS Secrets Manager)
    password: ENC[pg_replica_datadog_password]
    dbm: true
    tags:
      - env:prod
      - role:replica
""", "Datadog docs: Secrets Management, ENC[] handles")

# ---------------------------------------------------------------- containers / Kubernetes
_PW = human_pw()
S("k8s-secret", "postgres", "k8s/base/pg-app-credentials.yaml", T("""\
apiVersion: v1
kind: Secret
metadata:
  name: pg-app-credentials
  namespace: payments
  labels:
    app.kubernetes.io/part-of: payments
type: Opaque
data:
  username: <<u>>
  password: <<p>>
  host: <<h>>
  port: NTQzMg==
""", u=b64("payments_app"), p=b64(_PW), h=b64("pg-main.payments.svc")), _PW, "Kubernetes docs: Secret, data values base64-encoded")

D("cnpg", "secret-ref", "k8s/cnpg/cluster.yaml", """\
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: pg-inventory
spec:
  instances: 3
  imageName: ghcr.io/cloudnative-pg/postgresql:16.3
  bootstrap:
    initdb:
      database: inventory
      owner: inventory
      secret:
        name: pg-inventory-app
  superuserSecret:
    name: pg-inventory-superuser
  storage:
    size: 200Gi
  backup:
    barmanObjectStore:
      destinationPath: s3://acme-cnpg/inventory
      s3Credentials:
        inheritFromIAMRole: true
    retentionPolicy: "30d"
""", "CloudNativePG docs: Bootstrap, superuserSecret")

SV("docker-compose", "postgres", "docker-compose.prod.yml", """\
version: "3.9"
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: shop
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: "<<v>>"
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "127.0.0.1:5432:5432"
  app:
    image: registry.example.com/shop/web:2024.06.1
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://shop@db:5432/shop
volumes:
  pgdata:
""", season_pw(), "Docker Hub postgres image: POSTGRES_PASSWORD")

D("ci", "service-container", ".github/workflows/tests.yml", """\
name: tests
on: [push, pull_request]
jobs:
  pytest:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: postgres
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: test_app
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready --health-interval 10s --health-timeout 5s --health-retries 5
    env:
      DATABASE_URL: postgresql://postgres:postgres@localhost:5432/test_app
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
""", "GitHub docs: Creating PostgreSQL service containers")

D("pgadmin", "passfile", "pgadmin/servers.json", """\
{
  "Servers": {
    "1": {
      "Name": "prod primary",
      "Group": "Production",
      "Host": "pg-main.prod.internal",
      "Port": 5432,
      "MaintenanceDB": "postgres",
      "Username": "dba_ro",
      "SSLMode": "verify-full",
      "PassFile": "/pgadmin4/pgpass",
      "Comment": "read-only DBA role"
    },
    "2": {
      "Name": "staging",
      "Group": "Staging",
      "Host": "stage-db.internal",
      "Port": 5432,
      "MaintenanceDB": "postgres",
      "Username": "dba",
      "SSLMode": "require"
    }
  }
}
""", "pgAdmin docs: Import/Export Servers (servers.json, PassFile)")

SV("sqitch", "postgres", "sqitch.conf", """\
[core]
\tengine = pg
\tplan_file = sqitch.plan
\ttop_dir = .
[engine "pg"]
\ttarget = db:pg:flipr
\tclient = /usr/bin/psql
[target "prod"]
\turi = db:pg://sqitch:<<v>>@pg-main.prod.internal/flipr
[target "dev"]
\turi = db:pg://localhost/flipr_dev
[deploy]
\tverify = true
[rebase]
\tverify = true
""", uri_pw(), "Sqitch docs: sqitch-configuration, sqitch-target URIs")

# ---------------------------------------------------------------- managed Postgres services
SV("dotenv", "neon-password", ".env.production", """\
APP_ENV=production
LOG_LEVEL=info
DATABASE_URL=postgresql://app_owner:<<v>>@ep-cool-meadow-a1b2c3d4.eu-central-1.aws.neon.tech/app?sslmode=require
REDIS_URL=redis://cache.internal:6379/0
SENTRY_ENVIRONMENT=production
""", "npg_" + fakes.drawn_mixed(_seed(), 12), "Neon docs: Connect from any application (connection string)")

SV("python", "supabase-service-role", "scripts/backfill_profiles.py", """\
\"\"\"One-off: backfill profiles.display_name from auth.users metadata.\"\"\"
from supabase import create_client

SUPABASE_URL = "https://qwertyuiopasdfgh.supabase.co"
SERVICE_ROLE_KEY = "<<v>>"

sb = create_client(SUPABASE_URL, SERVICE_ROLE_KEY)

page = sb.auth.admin.list_users(page=1, per_page=1000)
for user in page:
    name = (user.user_metadata or {}).get("full_name")
    if name:
        sb.table("profiles").update({"display_name": name}).eq("id", user.id).execute()
print("done")
""", jwt({"iss": "supabase", "ref": "qwertyuiopasdfgh", "role": "service_role", "iat": 1700000000, "exp": 2015576000}),
   "Supabase docs: Python client, service_role key")

D("dotenv", "example", ".env.example", """\
# Copy to .env and fill in. Never commit the real .env.
APP_ENV=development
DATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/app_dev
PGBOUNCER_URL=postgresql://USER:PASSWORD@localhost:6432/app_dev
SUPABASE_URL=https://<project-ref>.supabase.co
SUPABASE_SERVICE_ROLE_KEY=<service-role-key>
REDIS_URL=redis://localhost:6379/0
""", "dotenv conventions; Supabase docs: API keys")

# ---------------------------------------------------------------- MySQL / MariaDB option files
SV("my-cnf", "mysql", "ops/mysql/backup/.my.cnf", """\
# Credentials for the backup user, read by mysqldump and xtrabackup.
[client]
user=backup
password="<<v>>"
host=db-master.prod.lan
port=3306
ssl-mode=REQUIRED

[mysqldump]
single-transaction
routines
triggers
max_allowed_packet=512M
""", human_pw(), "MySQL docs: Using Option Files ([client] password)")

SV("my-cnf", "mysql", "etc/mysql/debian.cnf", """\
# Automatically generated for Debian scripts. DO NOT TOUCH!
[client]
host     = localhost
user     = debian-sys-maint
password = <<v>>
socket   = /var/run/mysqld/mysqld.sock
[mysql_upgrade]
host     = localhost
user     = debian-sys-maint
password = <<v>>
socket   = /var/run/mysqld/mysqld.sock
""", rand_pw(16), "Debian mysql-server packaging: /etc/mysql/debian.cnf")

D("my-cnf", "commented-placeholder", "config/mysql/client.cnf.sample", """\
# Sample client option file. Copy to ~/.my.cnf and chmod 600.
# Prefer `mysql_config_editor set --login-path=client --user=... --password`
# so the password is stored obfuscated in ~/.mylogin.cnf instead.
[client]
user = your_username
# password = your_password_here
host = 127.0.0.1
port = 3306
default-character-set = utf8mb4
""", "MySQL docs: Option Files; mysql_config_editor")

D("my-cnf", "server-config", "etc/mysql/mariadb.conf.d/50-server.cnf", """\
[mysqld]
user                    = mysql
pid-file                = /run/mysqld/mysqld.pid
basedir                 = /usr
datadir                 = /var/lib/mysql
tmpdir                  = /tmp
bind-address            = 0.0.0.0
max_connections         = 500
innodb_buffer_pool_size = 12G
innodb_log_file_size    = 2G
server-id               = 11
log_bin                 = /var/log/mysql/mariadb-bin
binlog_format           = ROW
gtid_strict_mode        = ON
ssl_cert                = /etc/mysql/ssl/server-cert.pem
ssl_key                 = /etc/mysql/ssl/server-key.pem
ssl_ca                  = /etc/mysql/ssl/ca.pem
character-set-server    = utf8mb4
collation-server        = utf8mb4_general_ci
""", "MariaDB docs: Configuring MariaDB with Option Files")

SV("galera", "mysql", "etc/mysql/conf.d/galera.cnf", """\
[galera]
wsrep_on                 = ON
wsrep_provider           = /usr/lib/galera/libgalera_smm.so
wsrep_cluster_name       = "shop_cluster"
wsrep_cluster_address    = "gcomm://10.1.0.11,10.1.0.12,10.1.0.13"
wsrep_node_address       = "10.1.0.11"
wsrep_node_name          = "galera-1"
wsrep_sst_method         = mariabackup
wsrep_sst_auth           = mariabackup:<<v>>
binlog_format            = row
default_storage_engine   = InnoDB
innodb_autoinc_lock_mode = 2
""", pet_pw(), "MariaDB docs: Galera Cluster, wsrep_sst_auth")

SV("percona-toolkit", "mysql", "ops/percona-toolkit.conf", """\
# ~/.percona-toolkit.conf for the dba user on the bastion
user=dba_tools
password=<<v>>
host=db-master.prod.lan
charset=utf8mb4
# pt-online-schema-change defaults
max-load=Threads_running=50
critical-load=Threads_running=200
""", rand_pw(20), "Percona Toolkit docs: Configuration files")

# ---------------------------------------------------------------- shell / cron
SV("cron", "mysql", "etc/cron.d/mysqldump-nightly", """\
# Nightly logical backup of the shop schema (replica 2), kept 10 days.
SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
30 1 * * * root mysqldump -h 10.1.0.13 -u backup -p'<<v>>' --single-transaction --routines shop | gzip > /backup/mysql/shop-$(date +\\%F).sql.gz
0 5 * * * root find /backup/mysql -name 'shop-*.sql.gz' -mtime +10 -delete
""", human_pw().replace("%", "!"), "crontab(5); MySQL docs: mysqldump")

D("cron", "defaults-file", "etc/cron.d/mysqldump-crm", """\
# /etc/cron.d/mysqldump-crm — managed by Puppet (profile::mysql::backup)
# credentials in /etc/mysql/backup.cnf (owner root, mode 0600)
SHELL=/bin/bash
15 0 * * * root mysqldump --defaults-extra-file=/etc/mysql/backup.cnf --single-transaction --all-databases | zstd -T0 > /backup/mysql/all-$(date +\\%F).sql.zst
45 0 * * * root /usr/local/bin/verify-dump.sh /backup/mysql/all-$(date +\\%F).sql.zst
""", "MySQL docs: --defaults-extra-file")

SV("shell", "mysql", "scripts/xtrabackup_full.sh", """\
#!/bin/bash
# Weekly physical backup with Percona XtraBackup, streamed to the backup host.
set -eo pipefail

TARGET=backup01.lan:/srv/xtrabackup/$(hostname -s)/$(date +%F)
LOG=/var/log/xtrabackup/full-$(date +%F).log

xtrabackup --backup \\
  --user=xtrabackup \\
  --password=<<v>> \\
  --parallel=4 \\
  --compress --compress-threads=4 \\
  --stream=xbstream \\
  --target-dir=/tmp/xb 2>>"$LOG" \\
  | ssh backup@backup01.lan "mkdir -p ${TARGET#*:} && xbstream -x -C ${TARGET#*:}"
""", rand_pw(18), "Percona XtraBackup docs: Creating a full backup")

D("shell", "prompt", "docs/runbooks/mysql-login-path.md", """\
# Logging in to the MySQL fleet without passwords on the command line

Set up a login path once per bastion account (you will be prompted for the password):

```sh
mysql_config_editor set --login-path=prod-ro --host=db-replica.prod.lan --user=dba_ro --password
mysql_config_editor print --all
```

`print` shows `password = *****` — the file is obfuscated, not encrypted, so keep it 0600.
Then connect with:

```sh
mysql --login-path=prod-ro -e 'SELECT @@hostname, @@read_only'
mysqldump --login-path=prod-ro --single-transaction shop orders > orders.sql
```

Never use `-pSECRET` on shared hosts: it shows in `ps` and shell history.
""", "MySQL docs: mysql_config_editor")

SV("shell", "mysql", "scripts/gh-ost-migrate.sh", """\
#!/usr/bin/env bash
# Usage: ./gh-ost-migrate.sh <table> "<alter>"
TABLE="$1"; ALTER="$2"

gh-ost \\
  --host=db-replica-3.prod.lan \\
  --database=shop --table="$TABLE" --alter="$ALTER" \\
  --user=ghost --password="<<v>>" \\
  --allow-on-master=false \\
  --chunk-size=2000 --max-load=Threads_running=40 \\
  --cut-over=default --exact-rowcount --concurrent-rowcount \\
  --postpone-cut-over-flag-file=/tmp/ghost.postpone.flag \\
  --execute
""", season_pw(), "gh-ost docs: command-line flags")

# ---------------------------------------------------------------- SQL
SV("sql", "mysql", "db/init/01-users.sql", """\
-- Run once on a new primary.
CREATE USER IF NOT EXISTS 'repl'@'10.1.0.%' IDENTIFIED BY '<<v>>';
GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'repl'@'10.1.0.%';

CREATE USER IF NOT EXISTS 'shop_app'@'10.2.%' IDENTIFIED WITH caching_sha2_password BY RANDOM PASSWORD;
GRANT SELECT, INSERT, UPDATE, DELETE ON shop.* TO 'shop_app'@'10.2.%';
FLUSH PRIVILEGES;
""", human_pw(), "MySQL docs: CREATE USER ... IDENTIFIED BY")

D("sql", "native-hash", "db/init/02-legacy-users.sql", T("""\
-- Users migrated from the 5.7 fleet: authentication strings copied from mysql.user,
-- so the plaintext passwords are not known to this script.
CREATE USER 'legacy_report'@'%' IDENTIFIED WITH mysql_native_password AS '<<a>>';
CREATE USER 'legacy_etl'@'10.3.%' IDENTIFIED WITH mysql_native_password AS '<<b>>';
GRANT SELECT ON reporting.* TO 'legacy_report'@'%';
GRANT SELECT, INSERT ON staging.* TO 'legacy_etl'@'10.3.%';
""", a=mysql_native_hash(), b=mysql_native_hash()), "MySQL docs: CREATE USER ... IDENTIFIED WITH ... AS 'auth_string'")

SV("markdown", "mysql", "docs/runbooks/rebuild-replica.md", """\
# Rebuilding a MySQL 8 replica from a clone

1. Restore the latest xtrabackup on the new host and start mysqld.
2. Point it at the primary:

```sql
CHANGE REPLICATION SOURCE TO
  SOURCE_HOST='10.1.0.11',
  SOURCE_PORT=3306,
  SOURCE_USER='repl',
  SOURCE_PASSWORD='<<v>>',
  SOURCE_AUTO_POSITION=1,
  SOURCE_SSL=1;
START REPLICA;
SHOW REPLICA STATUS\\G
```

3. Wait for `Seconds_Behind_Source` to reach 0 before adding it to ProxySQL hostgroup 20.
""", rand_pw(20), "MySQL docs: CHANGE REPLICATION SOURCE TO")

# ---------------------------------------------------------------- ProxySQL / Orchestrator / Router
SV("proxysql", "mysql", "etc/proxysql.cnf", """\
datadir="/var/lib/proxysql"

admin_variables=
{
    mysql_ifaces="127.0.0.1:6032"
}

mysql_variables=
{
    threads=4
    max_connections=2048
    interfaces="0.0.0.0:6033"
    monitor_username="proxysql_monitor"
    monitor_password="<<v>>"
    monitor_ping_interval=10000
}

mysql_servers =
(
    { address="10.1.0.11", port=3306, hostgroup=10, max_connections=500 },
    { address="10.1.0.12", port=3306, hostgroup=20, max_connections=500 },
    { address="10.1.0.13", port=3306, hostgroup=20, max_connections=500 }
)

mysql_replication_hostgroups =
(
    { writer_hostgroup=10, reader_hostgroup=20, comment="shop" }
)
""", human_pw(), "ProxySQL docs: Configuration file (proxysql.cnf)")

D("proxysql", "native-hash", "deploy/proxysql/proxysql-users.cnf", T("""\
# mysql_users as loaded into ProxySQL; passwords are mysql_native_password hashes
mysql_users =
(
    { username="shop_app", password="<<a>>", default_hostgroup=10, transaction_persistent=1, active=1 },
    { username="shop_ro", password="<<b>>", default_hostgroup=20, active=1 },
    { username="reporting", password="<<c>>", default_hostgroup=20, max_connections=50, active=1 }
)

mysql_query_rules =
(
    { rule_id=100, active=1, match_digest="^SELECT .* FOR UPDATE", destination_hostgroup=10, apply=1 },
    { rule_id=200, active=1, match_digest="^SELECT", destination_hostgroup=20, apply=1 }
)
""", a=mysql_native_hash(), b=mysql_native_hash(), c=mysql_native_hash()), "ProxySQL docs: Password management (hashed passwords)")

SV("orchestrator", "mysql", "etc/orchestrator.conf.json", """\
{
  "Debug": false,
  "ListenAddress": ":3000",
  "MySQLTopologyUser": "orchestrator",
  "MySQLTopologyPassword": "<<v>>",
  "MySQLTopologySSLSkipVerify": true,
  "BackendDB": "sqlite",
  "SQLite3DataFile": "/var/lib/orchestrator/orchestrator.db",
  "DiscoverByShowSlaveHosts": false,
  "InstancePollSeconds": 5,
  "RecoveryPeriodBlockSeconds": 3600,
  "RecoverMasterClusterFilters": ["shop", "billing"],
  "PromotionIgnoreHostnameFilters": ["-backup-"],
  "DetectClusterAliasQuery": "SELECT value FROM meta.cluster WHERE anchor=1",
  "PostFailoverProcesses": [
    "echo 'Recovered from {failureType} on {failureCluster}' >> /tmp/recovery.log"
  ]
}
""", rand_pw(24), "Orchestrator docs: Configuration: backend / discovery (MySQLTopologyPassword)")

D("orchestrator", "credentials-file", "deploy/orchestrator/orchestrator.conf.json", """\
{
  "ListenAddress": ":3000",
  "MySQLTopologyCredentialsConfigFile": "/etc/orchestrator/topology.cnf",
  "MySQLOrchestratorHost": "orch-backend.db.lan",
  "MySQLOrchestratorPort": 3306,
  "MySQLOrchestratorDatabase": "orchestrator",
  "MySQLOrchestratorCredentialsConfigFile": "/etc/orchestrator/backend.cnf",
  "RaftEnabled": true,
  "RaftDataDir": "/var/lib/orchestrator",
  "RaftBind": "10.1.5.21",
  "DefaultRaftPort": 10008,
  "RaftNodes": ["10.1.5.21", "10.1.5.22", "10.1.5.23"],
  "AuthenticationMethod": "proxy",
  "HTTPAuthUser": "",
  "HTTPAuthPassword": ""
}
""", "Orchestrator docs: MySQLTopologyCredentialsConfigFile")

# ---------------------------------------------------------------- Python against MySQL
SV("python", "mysql", "dba/mysql/long_running.py", """\
#!/usr/bin/env python3
\"\"\"Kill queries running longer than --max-seconds on the reporting replica.\"\"\"
import argparse

import pymysql


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-seconds", type=int, default=900)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    conn = pymysql.connect(host="db-replica-report.prod.lan", user="query_killer",
                           password="<<v>>", database="information_schema",
                           cursorclass=pymysql.cursors.DictCursor)
    with conn.cursor() as cur:
        cur.execute("SELECT id, user, time, info FROM processlist WHERE command='Query' AND time > %s",
                    (args.max_seconds,))
        for row in cur.fetchall():
            print(f"kill {row['id']} ({row['user']}, {row['time']}s): {(row['info'] or '')[:80]}")
            if not args.dry_run:
                cur.execute("KILL %s", (row["id"],))


if __name__ == "__main__":
    main()
""", pet_pw(), "PyMySQL docs: pymysql.connect")

SV("yaml", "mysql", "config/etl.yaml", """\
sources:
  shop:
    url: mysql+pymysql://etl:<<v>>@db-replica-2.prod.lan:3306/shop?charset=utf8mb4
    tables: [orders, order_items, customers]
    chunk_rows: 50000
  crm:
    url: ${CRM_DATABASE_URL}
    tables: [accounts, contacts]
destination:
  bucket: gs://acme-lake/raw
  format: parquet
""", uri_pw(), "SQLAlchemy docs: MySQL dialect, PyMySQL URL")

D("python", "env-ref", "dba/mysql/connect.py", """\
import os

import mysql.connector


def connect(role: str = "ro"):
    \"\"\"Open a connection using the option file the DBA host provisions (~/.my.cnf).\"\"\"
    return mysql.connector.connect(
        option_files=os.path.expanduser("~/.my.cnf"),
        option_groups=["client", f"client_{role}"],
        database=os.environ.get("MYSQL_DATABASE", "shop"),
        ssl_ca="/etc/ssl/certs/db-ca.pem",
    )
""", "MySQL Connector/Python docs: option_files")

SV("mysqld-exporter", "mysql", "monitoring/mysqld_exporter/.my.cnf", """\
[client]
user=exporter
password=<<v>>
host=127.0.0.1
port=3306
""", rand_pw(16), "prometheus/mysqld_exporter README: --config.my-cnf")

SV("docker-compose", "mysql", "deploy/legacy-crm/docker-compose.yml", """\
services:
  mariadb:
    image: mariadb:10.11
    restart: always
    command: --transaction-isolation=READ-COMMITTED --binlog-format=ROW
    environment:
      MARIADB_ROOT_PASSWORD: "<<v>>"
      MARIADB_DATABASE: crm
      MARIADB_USER: crm
      MARIADB_PASSWORD_FILE: /run/secrets/crm_db_password
    secrets: [crm_db_password]
    volumes:
      - ./data:/var/lib/mysql
  exporter:
    image: prom/mysqld-exporter:v0.15.1
    command: ["--config.my-cnf=/cfg/.my.cnf"]
    volumes: ["./exporter:/cfg:ro"]
secrets:
  crm_db_password:
    file: ./secrets/crm_db_password.txt
""", human_pw(), "Docker Hub mariadb image: MARIADB_ROOT_PASSWORD")

D("docker-compose", "env-interp", "docker-compose.mysql.yml", """\
services:
  mysql:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set it in .env}
      MYSQL_DATABASE: ${MYSQL_DATABASE:-shop}
      MYSQL_USER: ${MYSQL_USER:-shop}
      MYSQL_PASSWORD: ${MYSQL_PASSWORD:?set it in .env}
    healthcheck:
      test: ["CMD", "mysqladmin", "ping", "-h", "127.0.0.1", "-u", "root", "-p$$MYSQL_ROOT_PASSWORD"]
      interval: 10s
    ports:
      - "3306:3306"
""", "Docker Compose docs: Interpolation ${VAR:?err}")

_PW = rand_pw(20)
S("k8s-secret", "mysql", "k8s/shop/mysql-secret.yaml", T("""\
apiVersion: v1
kind: Secret
metadata:
  name: shop-mysql
  annotations:
    kubernetes.io/description: "MySQL credentials for shop-api (rotated quarterly)"
type: Opaque
stringData:
  MYSQL_HOST: db-master.prod.lan
  MYSQL_USER: shop_api
  MYSQL_PASSWORD: "<<p>>"
  MYSQL_DATABASE: shop
""", p=_PW), _PW, "Kubernetes docs: Secret stringData")

D("sealed-secret", "ciphertext", "k8s/shop/mysql-sealedsecret.yaml", T("""\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shop-mysql
  namespace: shop
spec:
  encryptedData:
    MYSQL_PASSWORD: <<a>>
    MYSQL_USER: <<b>>
  template:
    metadata:
      name: shop-mysql
    type: Opaque
""", a=sealed_blob(), b=sealed_blob()), "Bitnami Sealed Secrets README: SealedSecret")

# ---------------------------------------------------------------- Oracle
D("tnsnames", "config", "oracle/network/admin/tnsnames.ora", """\
# tnsnames.ora for the finance apps
FINPROD =
  (DESCRIPTION =
    (ADDRESS_LIST =
      (ADDRESS = (PROTOCOL = TCP)(HOST = fin-scan.corp.lan)(PORT = 1521))
    )
    (CONNECT_DATA =
      (SERVER = DEDICATED)
      (SERVICE_NAME = finprod.corp.lan)
    )
  )

FINDG =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCPS)(HOST = fin-dg.corp.lan)(PORT = 2484))
    (CONNECT_DATA = (SERVICE_NAME = findg.corp.lan))
    (SECURITY = (SSL_SERVER_DN_MATCH = YES))
  )
""", "Oracle Net Services Reference: tnsnames.ora")

D("sqlnet", "wallet-path", "oracle/network/admin/sqlnet.ora", """\
WALLET_LOCATION =
  (SOURCE =
    (METHOD = FILE)
    (METHOD_DATA = (DIRECTORY = /opt/oracle/wallets/batch))
  )
SQLNET.WALLET_OVERRIDE = TRUE
SSL_CLIENT_AUTHENTICATION = FALSE
SSL_VERSION = 1.2
SQLNET.EXPIRE_TIME = 10
NAMES.DIRECTORY_PATH = (TNSNAMES, EZCONNECT)
""", "Oracle docs: Secure External Password Store (sqlnet.ora WALLET_LOCATION)")

SV("python", "oracle", "dba/oracle/tablespace_usage.py", """\
\"\"\"Report tablespaces above 85 % used (run from the DBA bastion).\"\"\"
import oracledb

conn = oracledb.connect(user="dba_monitor", password="<<v>>",
                        dsn="fin-scan.corp.lan:1521/finprod.corp.lan")

SQL = \"\"\"
select tablespace_name, round(used_percent, 1)
from dba_tablespace_usage_metrics
where used_percent > 85
order by 2 desc
\"\"\"

with conn.cursor() as cur:
    for name, pct in cur.execute(SQL):
        print(f"{name:30} {pct:5}%")
conn.close()
""", human_pw(), "python-oracledb docs: Connecting to Oracle Database (oracledb.connect)")

SV("python", "oracle", "legacy/etl/load_gl.py", """\
# -*- coding: utf-8 -*-
# GL extract for the month-end close. Python 2.7 era, still running on batch01.
import csv
import sys

import cx_Oracle

CONN_STR = "GL_EXTRACT/<<v>>@fin-scan.corp.lan:1521/finprod.corp.lan"


def main(period):
    con = cx_Oracle.connect(CONN_STR, encoding="UTF-8")
    cur = con.cursor()
    cur.execute("select * from gl.gl_je_lines where period_name = :p", p=period)
    w = csv.writer(sys.stdout)
    for row in cur:
        w.writerow(row)
    con.close()


if __name__ == "__main__":
    main(sys.argv[1])
""", rand_pw(14), "cx_Oracle docs: cx_Oracle.connect with user/password@dsn string")

SV("python", "oracle-wallet-password", "services/ledger/db.py", """\
import oracledb

# Autonomous Database (mTLS) connection for the ledger service
pool = oracledb.create_pool(
    user="LEDGER_APP",
    password=open("/run/secrets/ledger_db_password").read().strip(),
    dsn="ledgerdb_high",
    config_dir="/opt/oracle/wallet_ledger",
    wallet_location="/opt/oracle/wallet_ledger",
    wallet_password="<<v>>",
    min=2, max=10, increment=1,
)


def get_connection():
    return pool.acquire()
""", human_pw(), "python-oracledb docs: Connecting to Oracle Cloud Autonomous Databases (wallet_password)")

D("python", "external-auth", "dba/oracle/rman_status.py", """\
\"\"\"Last RMAN jobs, using the wallet (external authentication): no password in code.\"\"\"
import oracledb

oracledb.init_oracle_client(config_dir="/opt/oracle/network/admin")
conn = oracledb.connect(externalauth=True, dsn="FINPROD")

with conn.cursor() as cur:
    cur.execute(\"\"\"
        select session_key, input_type, status, start_time, end_time
        from v$rman_backup_job_details
        where start_time > sysdate - 7
        order by start_time desc\"\"\")
    for row in cur:
        print(row)
""", "python-oracledb docs: External authentication with an Oracle wallet")

SV("shell", "oracle", "scripts/oracle/gather_stats.sh", """\
#!/bin/ksh
# Gather schema stats for GL every Sunday.
. /home/oracle/.profile
export ORACLE_SID=FINPROD

sqlplus -s system/<<v>>@FINPROD <<EOF
set serveroutput on
exec dbms_stats.gather_schema_stats(ownname => 'GL', estimate_percent => dbms_stats.auto_sample_size, degree => 8);
exit
EOF
""", pet_pw(), "Oracle docs: SQL*Plus command-line (username/password@connect_identifier)")

D("shell", "wallet-login", "scripts/oracle/purge_audit.sh", """\
#!/bin/bash
# Purges unified audit trail older than 90 days. Uses the secure external password store:
# credentials were added with `mkstore -wrl /opt/oracle/wallets/batch -createCredential FINPROD_AUD audit_admin`.
export TNS_ADMIN=/opt/oracle/network/admin

sqlplus -s /@FINPROD_AUD <<'SQL'
whenever sqlerror exit failure
begin
  dbms_audit_mgmt.set_last_archive_timestamp(
    audit_trail_type => dbms_audit_mgmt.audit_trail_unified,
    last_archive_time => systimestamp - interval '90' day);
  dbms_audit_mgmt.clean_audit_trail(
    audit_trail_type => dbms_audit_mgmt.audit_trail_unified,
    use_last_arch_timestamp => true);
end;
/
exit
SQL
""", "Oracle docs: Secure External Password Store, sqlplus /@alias")

SV("datapump", "oracle", "oracle/expdp/gl_export.par", """\
userid=system/<<v>>@FINPROD
directory=DATA_PUMP_DIR
dumpfile=gl_%U.dmp
logfile=gl_export.log
schemas=GL,AP,AR
parallel=4
compression=ALL
exclude=STATISTICS
flashback_time=systimestamp
""", human_pw(), "Oracle docs: Data Pump Export parameter file (USERID)")

SV("properties", "oracle", "ledger-batch/src/main/resources/application-prod.properties", """\
spring.application.name=ledger-batch
spring.datasource.url=jdbc:oracle:thin:@//fin-scan.corp.lan:1521/finprod.corp.lan
spring.datasource.username=LEDGER_BATCH
spring.datasource.password=<<v>>
spring.datasource.driver-class-name=oracle.jdbc.OracleDriver
spring.datasource.hikari.maximum-pool-size=12
spring.jpa.hibernate.ddl-auto=none
spring.batch.jdbc.initialize-schema=never
logging.level.org.springframework.batch=INFO
""", rand_pw(18), "Spring Boot docs: spring.datasource.* properties")

SV("jdbc-url", "oracle", "tools/dbeaver-import/connections.csv", """\
name,driver,url,folder
FIN PROD (RO),oracle_thin,jdbc:oracle:thin:@//fin-scan.corp.lan:1521/finprod.corp.lan,Finance
FIN UAT,oracle_thin,"jdbc:oracle:thin:FIN_UAT/<<v>>@//fin-uat.corp.lan:1521/finuat",Finance
HR PROD,oracle_thin,jdbc:oracle:thin:@//hr-db.corp.lan:1521/hrprod,HR
HR UAT,oracle_thin,jdbc:oracle:thin:@//hr-db-uat.corp.lan:1521/hruat,HR
""", uri_pw(), "Oracle JDBC docs: thin driver URL with user/password")

SV("dotenv", "oracle", "oracle-xe/.env", """\
# oracle free container for the integration tests on the shared CI runner
ORACLE_PWD=<<v>>
ORACLE_CHARACTERSET=AL32UTF8
APP_USER=ledger
APP_USER_PASSWORD_FILE=/run/secrets/app_user_password
""", human_pw(), "Oracle container images docs: ORACLE_PWD")

D("markdown", "placeholder", "docs/oracle/wallet-setup.md", """\
# Creating the batch wallet

```sh
orapki wallet create -wallet /opt/oracle/wallets/batch -auto_login_local -pwd <wallet_password>
mkstore -wrl /opt/oracle/wallets/batch -createCredential FINPROD batch_user <batch_user_password>
mkstore -wrl /opt/oracle/wallets/batch -listCredential
```

Files produced: `cwallet.sso` (auto-login) and `ewallet.p12`. Both stay on the host; the
wallet password is in the DBA vault under `oracle/wallets/batch`.

Test with `sqlplus /@FINPROD`.
""", "Oracle docs: orapki and mkstore")

D("ansible-vault", "ciphertext", "ansible/group_vars/oracle_db/vault.yml", ansible_vault() + "\n",
  "Ansible docs: Encrypting content with Ansible Vault")

SV("oracledb-exporter", "oracle", "monitoring/oracledb_exporter/oracledb-exporter.env", """\
# iamseth/oracledb_exporter
DATA_SOURCE_NAME=oracle://c##monitor:<<v>>@fin-scan.corp.lan:1521/finprod.corp.lan
CUSTOM_METRICS=/etc/oracledb_exporter/custom-metrics.toml
QUERY_TIMEOUT=10
LISTEN_ADDRESS=:9161
""", rand_pw(16), "oracledb_exporter README: DATA_SOURCE_NAME")

D("python", "docstring-example", "dba/oracle/awr.py", """\
\"\"\"Download AWR reports between two snapshots.

Example::

    $ export ORA_DSN=fin-scan.corp.lan:1521/finprod.corp.lan
    $ python -m dba.oracle.awr --user perfstat --password '<password>' 41233 41240

The password can also come from $ORA_PASSWORD.
\"\"\"
import argparse
import os

import oracledb


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--user", default="perfstat")
    ap.add_argument("--password", default=os.environ.get("ORA_PASSWORD"))
    ap.add_argument("begin", type=int)
    ap.add_argument("end", type=int)
    args = ap.parse_args()
    with oracledb.connect(user=args.user, password=args.password, dsn=os.environ["ORA_DSN"]) as conn:
        print(conn.version, args.begin, args.end)


if __name__ == "__main__":
    main()
""", "python-oracledb docs: connect")

# ---------------------------------------------------------------- SQL Server
SV("python", "mssql", "dba/mssql/index_fragmentation.py", """\
import pyodbc

CONN = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=sqlprod01.corp.lan,1433;"
    "DATABASE=Sales;"
    "UID=dba_maint;"
    "PWD=<<v>>;"
    "Encrypt=yes;TrustServerCertificate=yes;"
)

SQL = \"\"\"
SELECT OBJECT_NAME(ips.object_id) AS table_name, i.name AS index_name,
       ips.avg_fragmentation_in_percent
FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, 'LIMITED') ips
JOIN sys.indexes i ON i.object_id = ips.object_id AND i.index_id = ips.index_id
WHERE ips.avg_fragmentation_in_percent > 30 AND ips.page_count > 1000
ORDER BY 3 DESC
\"\"\"

with pyodbc.connect(CONN) as cnxn:
    for row in cnxn.cursor().execute(SQL):
        print(f"{row.table_name}.{row.index_name}: {row.avg_fragmentation_in_percent:.1f}%")
""", human_pw(), "Microsoft docs: Python SQL driver - pyodbc, connection strings")

S("python", "mssql-split", "etl/sources/erp.py", T("""\
import pyodbc
import pandas as pd

ERP_CONN_STR = ("Driver={ODBC Driver 17 for SQL Server};Server=erp-sql.corp.lan;"
                "Database=ERP;Uid=erp_reader;Pwd=<<a>>"
                "<<b>>;ApplicationIntent=ReadOnly")


def load_open_orders() -> pd.DataFrame:
    with pyodbc.connect(ERP_CONN_STR, timeout=30) as conn:
        return pd.read_sql("SELECT * FROM dbo.vw_OpenOrders", conn)
""", a=(_SP := human_pw())[:6], b=_SP[6:]), _SP, "pyodbc wiki: Connecting to SQL Server")

D("python", "trusted-connection", "dba/mssql/job_history.py", """\
\"\"\"Failed SQL Agent jobs in the last 24 h (Windows auth from the DBA jump box).\"\"\"
import pyodbc

conn = pyodbc.connect(
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=sqlprod01.corp.lan;DATABASE=msdb;"
    "Trusted_Connection=yes;Encrypt=yes;TrustServerCertificate=no"
)
rows = conn.execute(\"\"\"
    SELECT j.name, h.run_date, h.run_time, h.message
    FROM dbo.sysjobhistory h JOIN dbo.sysjobs j ON j.job_id = h.job_id
    WHERE h.run_status = 0 AND h.step_id = 0
      AND msdb.dbo.agent_datetime(h.run_date, h.run_time) > DATEADD(hour, -24, GETDATE())
\"\"\").fetchall()
for r in rows:
    print(r.name, r.run_date, r.message[:120])
""", "Microsoft docs: ODBC Driver for SQL Server, Trusted_Connection")

D("python", "managed-identity", "functions/sync_inventory/db.py", """\
import os
import struct

import pyodbc
from azure.identity import DefaultAzureCredential

SERVER = os.environ["SQL_SERVER"]          # inventory-sql.database.windows.net
DATABASE = os.environ["SQL_DATABASE"]


def connect():
    token = DefaultAzureCredential().get_token("https://database.windows.net/.default").token
    raw = token.encode("utf-16-le")
    attrs = {1256: struct.pack(f"<I{len(raw)}s", len(raw), raw)}  # SQL_COPT_SS_ACCESS_TOKEN
    return pyodbc.connect(f"Driver={{ODBC Driver 18 for SQL Server}};Server={SERVER};Database={DATABASE};"
                          "Encrypt=yes", attrs_before=attrs)
""", "Microsoft docs: Connect to Azure SQL with Microsoft Entra tokens (pyodbc attrs_before)")

SV("odbc-ini", "mssql", "etc/odbc.ini", """\
[ERP_PROD]
Driver      = ODBC Driver 18 for SQL Server
Description = ERP production (read replica)
Server      = tcp:erp-sql-ag.corp.lan,1433
Database    = ERP
ApplicationIntent = ReadOnly
MultiSubnetFailover = Yes
Encrypt     = yes
TrustServerCertificate = yes
UID         = erp_reader
PWD         = <<v>>

[ERP_UAT]
Driver      = ODBC Driver 18 for SQL Server
Server      = erp-sql-uat.corp.lan
Database    = ERP
Encrypt     = optional
""", rand_pw(18), "Microsoft docs: DSN and connection string keywords (Linux odbc.ini)")

D("odbc-ini", "no-password", "config/odbc/odbc.ini", """\
[ReportingDW]
Driver = ODBC Driver 18 for SQL Server
Server = dw-sql.corp.lan
Database = ReportingDW
Authentication = ActiveDirectoryInteractive
Encrypt = yes

[LocalDev]
Driver = ODBC Driver 18 for SQL Server
Server = localhost,1433
Database = dev
Trusted_Connection = no
; credentials: pass UID/PWD at connect time from $MSSQL_USER / $MSSQL_PASSWORD
""", "Microsoft docs: DSN and connection string keywords")

D("freetds", "config", "etc/freetds/freetds.conf", """\
[global]
        tds version = 7.4
        client charset = UTF-8
        text size = 64512

[sqlprod01]
        host = sqlprod01.corp.lan
        port = 1433
        tds version = 7.4
        encryption = require

[sqlreport]
        host = sqlreport.corp.lan
        instance = REPORTING
""", "FreeTDS User Guide: freetds.conf")

SV("powershell", "mssql", "scripts/mssql/Restore-Uat.ps1", """\
<#
.SYNOPSIS
  Restores last night's Sales backup onto the UAT instance.
#>
param(
    [string]$BackupShare = "\\\\backup01\\sql\\Sales",
    [string]$Instance = "sqluat01.corp.lan"
)

$latest = Get-ChildItem $BackupShare -Filter *.bak | Sort-Object LastWriteTime -Descending | Select-Object -First 1

sqlcmd -S $Instance -U sa -P "<<v>>" -b -Q @"
ALTER DATABASE Sales SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
RESTORE DATABASE Sales FROM DISK = N'$($latest.FullName)' WITH REPLACE, STATS = 10;
ALTER DATABASE Sales SET MULTI_USER;
"@

Write-Host "Restored $($latest.Name) to $Instance"
""", human_pw(), "Microsoft docs: sqlcmd utility (-U -P)")

SV("batch", "mssql", "jobs/nightly_export.bat", """\
@echo off
REM Nightly bcp export of the pricing table for the partner feed
set SQLSRV=sqlprod01.corp.lan
set OUTDIR=D:\\feeds\\pricing

bcp "SELECT sku, price, currency FROM Pricing.dbo.CurrentPrices" queryout %OUTDIR%\\prices.csv -c -t, -S %SQLSRV% -U feed_export -P <<v>>
if errorlevel 1 (
  echo bcp failed >> %OUTDIR%\\export.log
  exit /b 1
)
echo %date% %time% export ok >> %OUTDIR%\\export.log
""", pet_pw(), "Microsoft docs: bcp utility")

SV("ssis", "mssql", "ssis/Configs/SalesLoad.dtsConfig", """\
<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="CORP\\etl.svc" GeneratedFromPackageName="SalesLoad" GeneratedFromPackageID="{<<g>>}" GeneratedDate="3/14/2019 9:12:44 AM"/>
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[SalesDW].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=dw-sql.corp.lan;User ID=ssis_load;Password=<<v>>;Initial Catalog=SalesDW;Provider=SQLNCLI11.1;Persist Security Info=True;Auto Translate=False;</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::BatchSize].Properties[Value]" ValueType="Int32">
    <ConfiguredValue>10000</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
""", human_pw(), "Microsoft docs: SSIS Package Configurations (XML configuration file)", g=uuid_s().upper())

D("ssis", "no-password", "ssis/Configs/InventoryLoad.dtsConfig", T("""\
<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="CORP\\etl.svc" GeneratedFromPackageName="InventoryLoad" GeneratedFromPackageID="{<<g>>}" GeneratedDate="6/2/2020 4:40:10 PM"/>
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[InventoryDW].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=dw-sql.corp.lan;Initial Catalog=InventoryDW;Provider=SQLNCLI11.1;Integrated Security=SSPI;Auto Translate=False;</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[InventoryDW].Properties[Password]" ValueType="String">
    <ConfiguredValue></ConfiguredValue>
  </Configuration>
</DTSConfiguration>
""", g=uuid_s().upper()), "Microsoft docs: SSIS Package Configurations (sensitive values are not exported)")

SV("appsettings", "mssql", "src/Inventory.Api/appsettings.Production.json", """\
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Inventory": "Server=tcp:inventory-sql.database.windows.net,1433;Initial Catalog=inventory;Persist Security Info=False;User ID=inventory_api;Password=<<v>>;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "AllowedHosts": "*"
}
""", rand_pw(20), "Microsoft docs: Azure SQL ADO.NET connection string")

D("appsettings", "localdb", "src/Inventory.Api/appsettings.Development.json", """\
{
  "ConnectionStrings": {
    "Inventory": "Server=(localdb)\\\\MSSQLLocalDB;Database=Inventory_Dev;Trusted_Connection=True;MultipleActiveResultSets=true"
  },
  "Logging": {
    "LogLevel": { "Default": "Debug" }
  }
}
""", "Microsoft docs: SQL Server Express LocalDB connection string")

D("markdown", "docs-example", "docs/local-dev/sqlserver.md", """\
# Local SQL Server for development

Run the container exactly as in the Microsoft quickstart:

```sh
docker run -e "ACCEPT_EULA=Y" -e "MSSQL_SA_PASSWORD=<YourStrong@Passw0rd>" \\
  -p 1433:1433 --name sql1 --hostname sql1 \\
  -d mcr.microsoft.com/mssql/server:2022-latest
```

Replace `<YourStrong@Passw0rd>` with a password of your own (8+ chars, three character classes),
then connect with `sqlcmd -S localhost -U sa -P '<YourNewStrong@Passw0rd>' -C`.
""", "Microsoft docs: Quickstart, run SQL Server Linux container images with Docker")

SV("docker-compose", "mssql", "integration/docker-compose.yml", """\
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-CU13-ubuntu-22.04
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "<<v>>"
      MSSQL_PID: Developer
      MSSQL_AGENT_ENABLED: "true"
    ports:
      - "14333:1433"
    volumes:
      - mssql-data:/var/opt/mssql
volumes:
  mssql-data:
""", human_pw(), "Microsoft docs: SQL Server container environment variables (MSSQL_SA_PASSWORD)")

SV("sql-exporter", "mssql", "monitoring/sql_exporter/sql_exporter.yml", """\
global:
  scrape_timeout_offset: 500ms
  min_interval: 0s
  max_connections: 3
  max_idle_connections: 3

target:
  data_source_name: 'sqlserver://prom_exporter:<<v>>@sqlprod01.corp.lan:1433?encrypt=true&TrustServerCertificate=true'
  collectors: [mssql_standard]

collector_files:
  - "*.collector.yml"
""", uri_pw(), "burningalchemist/sql_exporter README: data_source_name")

SV("gitlab-ci", "mssql", ".gitlab-ci.yml", """\
stages: [migrate]

variables:
  SQLCMDSERVER: "sql-stage.corp.lan"
  SQLCMDUSER: "deployer"
  SQLCMDPASSWORD: "<<v>>"
  SQLCMDDBNAME: "Sales"

migrate:
  stage: migrate
  image: mcr.microsoft.com/mssql-tools
  script:
    - for f in migrations/*.sql; do /opt/mssql-tools/bin/sqlcmd -b -i "$f"; done
  only:
    - main
""", pet_pw(), "Microsoft docs: sqlcmd environment variables (SQLCMDPASSWORD)")

SV("python", "mssql", "dba/mssql/aad_password_login.py", """\
import pyodbc

# service account in Entra ID, MFA-exempt (exception DBA-77, expires 2024-12)
conn_str = (
    "Driver={ODBC Driver 18 for SQL Server};"
    "Server=tcp:finance-sql.database.windows.net,1433;Database=finance;"
    "Authentication=ActiveDirectoryPassword;"
    "UID=svc-sqlreports@contoso.onmicrosoft.com;"
    "PWD={<<v>>};"
    "Encrypt=yes;Connection Timeout=30"
)

with pyodbc.connect(conn_str) as cn:
    print(cn.execute("SELECT SUSER_SNAME(), @@VERSION").fetchone())
""", human_pw(), "Microsoft docs: Using Microsoft Entra ID with the ODBC Driver (ActiveDirectoryPassword)")

# ---------------------------------------------------------------- MongoDB
D("mongod-conf", "keyfile-path", "etc/mongod.conf", """\
# mongod.conf — replica set member rs0-2
storage:
  dbPath: /var/lib/mongodb
  wiredTiger:
    engineConfig:
      cacheSizeGB: 24
systemLog:
  destination: file
  logAppend: true
  path: /var/log/mongodb/mongod.log
net:
  port: 27017
  bindIp: 0.0.0.0
  tls:
    mode: requireTLS
    certificateKeyFile: /etc/mongodb/tls/mongod.pem
    CAFile: /etc/mongodb/tls/ca.pem
security:
  authorization: enabled
  keyFile: /etc/mongodb/keyfile
replication:
  replSetName: rs0
  oplogSizeMB: 51200
processManagement:
  timeZoneInfo: /usr/share/zoneinfo
""", "MongoDB docs: Configuration File Options (security.keyFile)")

_KF = raw_b64(756)
_KF = "\n".join(_KF[i:i + 64] for i in range(0, len(_KF), 64))
S("mongo-keyfile", "keyfile", "deploy/mongodb/files/mongodb-keyfile", _KF + "\n", _KF,
  "MongoDB docs: Deploy Replica Set With Keyfile Authentication (openssl rand -base64 756)")

SV("mongod-conf", "ldap-bind", "etc/mongod-ldap.conf", """\
security:
  authorization: enabled
  ldap:
    servers: "ldap01.corp.lan ldap02.corp.lan"
    transportSecurity: tls
    bind:
      method: simple
      queryUser: "cn=mongo-bind,ou=svc,dc=corp,dc=lan"
      queryPassword: "<<v>>"
    userToDNMapping: '[{ match: "(.+)", substitution: "uid={0},ou=people,dc=corp,dc=lan" }]'
    authz:
      queryTemplate: "ou=groups,dc=corp,dc=lan??one?(member={USER})"
setParameter:
  authenticationMechanisms: PLAIN,SCRAM-SHA-256
net:
  port: 27017
  bindIpAll: true
""", human_pw(), "MongoDB Enterprise docs: security.ldap.bind.queryPassword")

SV("dotenv", "mongodb", ".env", """\
NODE_ENV=production
PORT=8080
MONGODB_URI=mongodb+srv://orders-svc:<<v>>@cluster0.ab1cd.mongodb.net/orders?retryWrites=true&w=majority&appName=orders
SESSION_TTL_HOURS=12
LOG_FORMAT=json
""", rand_pw(16), "MongoDB docs: Connection String (SRV format)")

D("dotenv", "atlas-placeholder", "services/catalog/.env.sample", """\
# Paste the Atlas connection string from "Connect > Drivers" and replace <db_password>.
MONGODB_URI=mongodb+srv://catalog:<db_password>@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0
MONGODB_DB=catalog
MONGODB_MAX_POOL_SIZE=50
CACHE_TTL=300
""", "MongoDB Atlas docs: Connect via Drivers (<db_password> placeholder)")

SV("python", "mongodb", "dba/mongo/index_usage.py", """\
\"\"\"Indexes never used since the last restart, per collection.\"\"\"
from pymongo import MongoClient

client = MongoClient(
    "mongodb://dba:<<v>>@mongo-rs0-1.prod.lan:27017,mongo-rs0-2.prod.lan:27017,"
    "mongo-rs0-3.prod.lan:27017/admin?replicaSet=rs0&tls=true&readPreference=secondaryPreferred"
)

for dbname in client.list_database_names():
    if dbname in ("admin", "local", "config"):
        continue
    db = client[dbname]
    for coll in db.list_collection_names():
        for stat in db[coll].aggregate([{"$indexStats": {}}]):
            if stat["accesses"]["ops"] == 0 and stat["name"] != "_id_":
                print(f"{dbname}.{coll}: {stat['name']} unused since {stat['accesses']['since']}")
""", uri_pw(), "PyMongo docs: MongoClient connection string")

SV("python", "mongodb", "jobs/archive_events.py", """\
import datetime as dt

from pymongo import MongoClient

client = MongoClient(host=["mongo-events-1.prod.lan:27017", "mongo-events-2.prod.lan:27017"],
                     replicaset="events",
                     username="archiver",
                     password="<<v>>",
                     authSource="admin",
                     tls=True)

cutoff = dt.datetime.utcnow() - dt.timedelta(days=180)
src = client.events.raw
dst = client.events_archive.raw
batch = list(src.find({"ts": {"$lt": cutoff}}).limit(10000))
if batch:
    dst.insert_many(batch, ordered=False)
    src.delete_many({"_id": {"$in": [d["_id"] for d in batch]}})
print(f"archived {len(batch)}")
""", pet_pw(), "PyMongo docs: MongoClient(username=, password=)")

SV("shell", "mongodb", "backup/mongodump.sh", """\
#!/bin/bash
set -euo pipefail
STAMP=$(date +%Y%m%dT%H%M)
OUT=/backup/mongo/$STAMP

mongodump --uri="mongodb://backup:<<v>>@mongo-rs0-3.prod.lan:27017/?authSource=admin&readPreference=secondary" \\
  --oplog --gzip --out="$OUT"

aws s3 sync "$OUT" "s3://acme-mongo-backups/rs0/$STAMP/" --only-show-errors
find /backup/mongo -maxdepth 1 -mtime +3 -exec rm -rf {} +
""", rand_pw(20), "MongoDB Database Tools docs: mongodump --uri")

D("shell", "config-file", "backup/mongodump-events.sh", """\
#!/bin/bash
# The password lives in /etc/mongodump/events.yaml (0600, rendered by Vault Agent);
# --config keeps it off the command line and out of `ps`.
set -euo pipefail
mongodump --config=/etc/mongodump/events.yaml \\
  --host=mongo-events-2.prod.lan --port=27017 --username=backup --authenticationDatabase=admin \\
  --db=events --gzip --archive=/backup/events-$(date +%F).archive
""", "MongoDB Database Tools docs: mongodump --config")

SV("mongodump-config", "mongodb", "etc/mongodump/events.yaml", """\
# rendered for mongodump --config (see backup/mongodump-events.sh)
password: "<<v>>"
""" + "# rotate with: vault write -f database/rotate-role/mongo-backup\n# owner: dba-team\n# last rotated: 2024-04-02\n",
   human_pw(), "MongoDB Database Tools docs: mongodump --config YAML (password, uri)")

SV("mongosh", "mongodb", "scripts/mongo/create_users.js", """\
// mongosh "mongodb://mongo-rs0-1.prod.lan:27017/admin" --tls -u admin -p --file create_users.js
const admin = db.getSiblingDB("admin");

admin.createUser({
  user: "reporting",
  pwd: "<<v>>",
  roles: [
    { role: "read", db: "orders" },
    { role: "read", db: "catalog" },
  ],
  mechanisms: ["SCRAM-SHA-256"],
});

print("created reporting user");
""", human_pw(), "MongoDB docs: db.createUser()")

D("mongosh", "password-prompt", "scripts/mongo/create_app_user.js", """\
// Prompts for the password so it never lands in the repo or shell history.
const admin = db.getSiblingDB("admin");
admin.createUser({
  user: "orders_app",
  pwd: passwordPrompt(),
  roles: [{ role: "readWrite", db: "orders" }],
});
admin.grantRolesToUser("orders_app", [{ role: "clusterMonitor", db: "admin" }]);
""", "MongoDB docs: passwordPrompt()")

D("k8s", "secret-ref", "k8s/mongodb/mongodbcommunity.yaml", """\
apiVersion: mongodbcommunity.mongodb.com/v1
kind: MongoDBCommunity
metadata:
  name: events-rs
spec:
  members: 3
  type: ReplicaSet
  version: "7.0.11"
  security:
    authentication:
      modes: ["SCRAM"]
  users:
    - name: events-app
      db: admin
      passwordSecretRef:
        name: events-app-password
      roles:
        - name: readWrite
          db: events
      scramCredentialsSecretName: events-app-scram
  additionalMongodConfig:
    storage.wiredTiger.engineConfig.journalCompressor: zlib
""", "MongoDB Community Kubernetes Operator docs: users passwordSecretRef")

SV("systemd", "mongodb", "monitoring/mongodb_exporter.service", """\
[Unit]
Description=Percona MongoDB exporter
After=network.target

[Service]
User=mongodb_exporter
ExecStart=/usr/local/bin/mongodb_exporter \\
  --mongodb.uri=mongodb://exporter:<<v>>@127.0.0.1:27017/admin?ssl=false \\
  --collect-all --compatible-mode --web.listen-address=:9216
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", rand_pw(18), "percona/mongodb_exporter README: --mongodb.uri")

SV("atlas-cli", "atlas-private-key", "ops/atlas/config.toml", """\
[default]
  org_id = "5f8a3c2b1d4e6f7a8b9c0d1e"
  project_id = "64b2e1f0a9c8d7e6f5a4b3c2"
  public_api_key = "qzjxmtwb"
  private_api_key = "<<v>>"
  output = "json"
  service = "cloud"
""", uuid_s(), "MongoDB Atlas CLI docs: Configuration file (public_api_key, private_api_key)")

SV("docker-compose", "mongodb", "tools/mongo-express/docker-compose.yml", """\
services:
  mongo-express:
    image: mongo-express:1.0.2
    restart: unless-stopped
    ports:
      - "127.0.0.1:8081:8081"
    environment:
      ME_CONFIG_MONGODB_URL: mongodb://mongo-rs0-1.prod.lan:27017/?replicaSet=rs0
      ME_CONFIG_MONGODB_ADMINUSERNAME: admin
      ME_CONFIG_MONGODB_ADMINPASSWORD: <<v>>
      ME_CONFIG_BASICAUTH: "true"
      ME_CONFIG_BASICAUTH_USERNAME_FILE: /run/secrets/me_user
      ME_CONFIG_BASICAUTH_PASSWORD_FILE: /run/secrets/me_pass
""", season_pw().replace("$", "!"), "Docker Hub mongo-express image: environment variables")

D("mongo-log", "object-ids", "docs/incidents/2024-05-17-slow-aggregation.md", T("""\
# Incident 2024-05-17: slow aggregation on orders

Slow query log entry (redacted):

```json
{"t":{"$date":"2024-05-17T09:14:03.221+00:00"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn88213",
 "msg":"Slow query","attr":{"type":"command","ns":"orders.orders","appName":"orders-svc",
 "command":{"aggregate":"orders","pipeline":[{"$match":{"customerId":{"$oid":"<<a>>"}}}],
 "lsid":{"id":{"$uuid":"<<b>>"}},"$clusterTime":{"signature":{"hash":{"$binary":{"base64":"<<c>>","subType":"0"}},"keyId":7312877432199463000}}},
 "planSummary":"COLLSCAN","durationMillis":48211}}
```

Fix: index `{customerId: 1, createdAt: -1}` created at 09:40 (commit <<d>>).
""", a=hexs(24), b=uuid_s(), c=b64s(27) + "=", d=git_sha()[:10]), "MongoDB docs: Log Messages (slow query)")

# ---------------------------------------------------------------- Cassandra / ScyllaDB
SV("cqlshrc", "cassandra", "ops/cassandra/cqlshrc", """\
; ~/.cassandra/cqlshrc on the ops bastion
[authentication]
username = ops_admin
password = <<v>>

[connection]
hostname = cass-dc1-seed1.prod.lan
port = 9042
factory = cqlshlib.ssl.ssl_transport_factory
timeout = 30

[ssl]
certfile = /etc/cassandra/tls/ca.pem
validate = true

[csv]
field_size_limit = 1000000
""", human_pw(), "Apache Cassandra docs: cqlsh, cqlshrc [authentication]")

D("cqlshrc", "credentials-file", "ops/cassandra/cqlshrc.sample", """\
; Sample cqlshrc. Since Cassandra 4.1 the password belongs in a separate credentials file:
;   [authentication]
;   credentials = ~/.cassandra/credentials
; and ~/.cassandra/credentials holds
;   [PlainTextAuthProvider]
;   username = <your user>
;   password = <your password>
[authentication]
credentials = ~/.cassandra/credentials

[connection]
hostname = 127.0.0.1
port = 9042

[ui]
color = on
datetimeformat = %Y-%m-%d %H:%M:%S%z
""", "Apache Cassandra docs: cqlshrc credentials file")

D("cassandra-yaml", "config", "conf/cassandra.yaml", """\
cluster_name: 'events-prod'
num_tokens: 16
allocate_tokens_for_local_replication_factor: 3
authenticator: PasswordAuthenticator
authorizer: CassandraAuthorizer
role_manager: CassandraRoleManager
roles_validity: 2000ms
seed_provider:
  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
    parameters:
      - seeds: "10.30.0.10,10.30.1.10,10.30.2.10"
listen_address: 10.30.0.11
rpc_address: 0.0.0.0
broadcast_rpc_address: 10.30.0.11
endpoint_snitch: GossipingPropertyFileSnitch
client_encryption_options:
  enabled: true
  optional: false
  keystore: /etc/cassandra/tls/keystore.jks
  keystore_password: ${KEYSTORE_PASSWORD}
  require_client_auth: false
""", "Apache Cassandra docs: cassandra.yaml (authenticator, client_encryption_options)")

SV("python", "cassandra", "dba/cassandra/table_sizes.py", """\
from cassandra.auth import PlainTextAuthProvider
from cassandra.cluster import Cluster
from cassandra.policies import DCAwareRoundRobinPolicy

auth = PlainTextAuthProvider(username="ops_ro", password="<<v>>")
cluster = Cluster(["10.30.0.10", "10.30.1.10"], port=9042, auth_provider=auth,
                  load_balancing_policy=DCAwareRoundRobinPolicy(local_dc="dc1"))
session = cluster.connect()

rows = session.execute(
    "SELECT keyspace_name, table_name, mean_partition_size, partitions_count "
    "FROM system.size_estimates LIMIT 200"
)
for r in rows:
    print(r.keyspace_name, r.table_name, r.mean_partition_size, r.partitions_count)
cluster.shutdown()
""", pet_pw(), "DataStax Python driver docs: PlainTextAuthProvider")

SV("python", "astra-token", "services/feed/astra.py", """\
from cassandra.auth import PlainTextAuthProvider
from cassandra.cluster import Cluster

ASTRA_BUNDLE = "/app/secure-connect-feed.zip"
ASTRA_TOKEN = "<<v>>"

cloud_config = {"secure_connect_bundle": ASTRA_BUNDLE}
auth_provider = PlainTextAuthProvider("token", ASTRA_TOKEN)
cluster = Cluster(cloud=cloud_config, auth_provider=auth_provider)
session = cluster.connect("feed")
""", astra_token(), "DataStax Astra DB docs: Connect with the Python driver (application token)")

SV("medusa", "cassandra", "etc/medusa/medusa.ini", """\
[cassandra]
stop_cmd = /etc/init.d/cassandra stop
start_cmd = /etc/init.d/cassandra start
config_file = /etc/cassandra/cassandra.yaml
cql_username = medusa
cql_password = <<v>>
check_running = nodetool version

[storage]
storage_provider = s3
region = eu-west-1
bucket_name = acme-cassandra-backups
key_file = /etc/medusa/credentials
max_backup_age = 30
transfer_max_bandwidth = 100MB/s
concurrent_transfers = 4

[monitoring]
monitoring_provider = local
""", rand_pw(20), "cassandra-medusa docs: Configuration (cql_username, cql_password)")

SV("scylla-manager", "agent-token", "etc/scylla-manager-agent/scylla-manager-agent.yaml", """\
# Scylla Manager Agent config YAML
# The auth_token must be the same for all the nodes in a cluster.
auth_token: <<v>>

https_port: 10001

s3:
  region: us-east-1
  provider: AWS

prometheus: ':5090'
debug: 127.0.0.1:5112
""", rand_pw(128), "ScyllaDB Manager docs: scylla-manager-agent.yaml auth_token")

SV("shell", "cassandra", "ops/cassandra/repair_weekly.sh", """\
#!/bin/bash
# Primary-range repair of the events keyspace, one node at a time (called by Rundeck).
JMX_USER=cassandra_jmx
JMX_PASS='<<v>>'

for ks in events sessions; do
  nodetool -u "$JMX_USER" -pw "$JMX_PASS" repair -pr -full "$ks" || exit 1
done
nodetool -u "$JMX_USER" -pw "$JMX_PASS" compactionstats
""", human_pw(), "Apache Cassandra docs: nodetool -u/-pw")

SV("cql", "cassandra", "schema/roles.cql", """\
-- Roles for the feed service; run as a superuser with cqlsh -f
CREATE ROLE IF NOT EXISTS feed_app WITH PASSWORD = '<<v>>' AND LOGIN = true;
GRANT SELECT ON KEYSPACE feed TO feed_app;
GRANT MODIFY ON KEYSPACE feed TO feed_app;

CREATE ROLE IF NOT EXISTS feed_readonly;
GRANT SELECT ON KEYSPACE feed TO feed_readonly;
""", season_pw(), "Apache Cassandra docs: CQL Security, CREATE ROLE")

D("cql", "hashed", "schema/roles_restore.cql", T("""\
-- Restoring roles exported from system_auth.roles (bcrypt salted_hash), not plaintext.
INSERT INTO system_auth.roles (role, can_login, is_superuser, member_of, salted_hash)
VALUES ('feed_app', true, false, null, '<<a>>');
INSERT INTO system_auth.roles (role, can_login, is_superuser, member_of, salted_hash)
VALUES ('reporting', true, false, null, '<<b>>');
""", a=bcrypt_hash("$2a$10$"), b=bcrypt_hash("$2a$10$")), "Apache Cassandra docs: system_auth.roles salted_hash")

# ---------------------------------------------------------------- Elasticsearch / OpenSearch
D("elasticsearch-yml", "config", "config/elasticsearch.yml", """\
cluster.name: logs-prod
node.name: ${HOSTNAME}
node.roles: [ master, data_hot, ingest ]
path.data: /var/lib/elasticsearch
path.logs: /var/log/elasticsearch
network.host: 0.0.0.0
discovery.seed_hosts: ["es-m1.lan", "es-m2.lan", "es-m3.lan"]
xpack.security.enabled: true
xpack.security.transport.ssl.enabled: true
xpack.security.transport.ssl.verification_mode: certificate
xpack.security.transport.ssl.keystore.path: certs/elastic-certificates.p12
xpack.security.transport.ssl.truststore.path: certs/elastic-certificates.p12
# keystore passwords are in the elasticsearch-keystore:
#   xpack.security.transport.ssl.keystore.secure_password
xpack.security.http.ssl.enabled: true
xpack.security.http.ssl.keystore.path: certs/http.p12
""", "Elasticsearch docs: Security settings, secure settings in the keystore")

SV("python", "elasticsearch", "dba/es/shard_report.py", """\
from elasticsearch import Elasticsearch

es = Elasticsearch(
    "https://es-logs.prod.lan:9200",
    basic_auth=("elastic", "<<v>>"),
    ca_certs="/etc/ssl/certs/es-ca.pem",
    request_timeout=60,
)

for shard in es.cat.shards(format="json", bytes="gb", s="store:desc")[:30]:
    print(shard["index"], shard["shard"], shard["prirep"], shard["store"], shard["node"])
""", rand_pw(20), "elasticsearch-py docs: Connecting, basic_auth")

SV("python", "elastic-api-key", "jobs/ilm_audit.py", """\
import os

from elasticsearch import Elasticsearch

es = Elasticsearch(
    cloud_id=os.environ["ES_CLOUD_ID"],
    api_key="<<v>>",
)

policies = es.ilm.get_lifecycle()
for name, body in policies.items():
    phases = body["policy"]["phases"]
    print(name, sorted(phases))
""", elastic_api_key(), "elasticsearch-py docs: Connecting to Elastic Cloud with an API key")

D("python", "cloud-id", "jobs/index_stats.py", T("""\
from elasticsearch import Elasticsearch

# Cloud ID only identifies the deployment (base64 of host$es-uuid$kibana-uuid); the key comes from env
CLOUD_ID = "logs-prod:<<a>>"

es = Elasticsearch(cloud_id=CLOUD_ID, api_key=__import__("os").environ["ES_API_KEY"])
stats = es.indices.stats(index="logs-*", metric="docs,store")
print(stats["_all"]["total"]["docs"]["count"], stats["_all"]["total"]["store"]["size_in_bytes"])
""", a=b64("eu-west-1.aws.found.io:443$" + hexs(32) + "$" + hexs(32))), "Elastic Cloud docs: Cloud ID")

SV("kibana-yml", "elasticsearch", "config/kibana.yml", """\
server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.prod.lan"
elasticsearch.hosts: ["https://es-logs.prod.lan:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "<<v>>"
elasticsearch.ssl.certificateAuthorities: ["/etc/kibana/certs/ca.pem"]
xpack.encryptedSavedObjects.encryptionKey: "${KIBANA_ESO_KEY}"
logging.root.level: info
""", human_pw(), "Kibana docs: Configure Kibana (elasticsearch.password)")

D("kibana-yml", "env-ref", "deploy/kibana/kibana.yml", """\
server.host: "0.0.0.0"
elasticsearch.hosts: ["${ES_HOSTS}"]
elasticsearch.serviceAccountToken: "${KIBANA_SERVICE_TOKEN}"
elasticsearch.ssl.verificationMode: full
xpack.security.encryptionKey: "${KIBANA_SECURITY_KEY}"
xpack.reporting.encryptionKey: "${KIBANA_REPORTING_KEY}"
monitoring.ui.container.elasticsearch.enabled: true
""", "Kibana docs: Using environment variables in kibana.yml")

D("opensearch", "bcrypt-hashes", "opensearch/config/opensearch-security/internal_users.yml", T("""\
---
_meta:
  type: "internalusers"
  config_version: 2

admin:
  hash: "<<a>>"
  reserved: true
  backend_roles:
  - "admin"
  description: "Admin user (hash from tools/hash.sh)"

logstash:
  hash: "<<b>>"
  reserved: false
  backend_roles:
  - "logstash"

kibanaserver:
  hash: "<<c>>"
  reserved: true
""", a=bcrypt_hash("$2y$12$"), b=bcrypt_hash("$2y$12$"), c=bcrypt_hash("$2y$12$")),
  "OpenSearch docs: internal_users.yml")

SV("docker-compose", "opensearch", "opensearch/docker-compose.yml", """\
services:
  opensearch-node1:
    image: opensearchproject/opensearch:2.14.0
    environment:
      - cluster.name=search-prod
      - node.name=opensearch-node1
      - discovery.seed_hosts=opensearch-node1,opensearch-node2
      - cluster.initial_cluster_manager_nodes=opensearch-node1,opensearch-node2
      - bootstrap.memory_lock=true
      - "OPENSEARCH_JAVA_OPTS=-Xms4g -Xmx4g"
      - OPENSEARCH_INITIAL_ADMIN_PASSWORD=<<v>>
    ulimits:
      memlock: {soft: -1, hard: -1}
    volumes:
      - os-data1:/usr/share/opensearch/data
    ports:
      - 9200:9200
volumes:
  os-data1:
""", human_pw(), "OpenSearch docs: Docker, OPENSEARCH_INITIAL_ADMIN_PASSWORD")

SV("curator", "elasticsearch", "ops/curator/curator.yml", """\
client:
  hosts:
    - es-logs.prod.lan
  port: 9200
  use_ssl: True
  certificate: /etc/curator/ca.pem
  ssl_no_validate: False
  username: curator
  password: <<v>>
  timeout: 120
  master_only: False

logging:
  loglevel: INFO
  logfile: /var/log/curator.log
  logformat: default
""", pet_pw(), "Elasticsearch Curator docs: Configuration file (client.username/password)")

SV("logstash", "elasticsearch", "logstash/pipeline/pg-audit.conf", """\
input {
  jdbc {
    jdbc_driver_library => "/usr/share/logstash/drivers/postgresql-42.7.3.jar"
    jdbc_driver_class => "org.postgresql.Driver"
    jdbc_connection_string => "jdbc:postgresql://pg-main.prod.internal:5432/app"
    jdbc_user => "logstash_ro"
    jdbc_password => "${PG_LOGSTASH_PASSWORD}"
    schedule => "*/5 * * * *"
    statement => "SELECT * FROM audit.events WHERE id > :sql_last_value ORDER BY id"
    use_column_value => true
    tracking_column => "id"
  }
}
output {
  elasticsearch {
    hosts => ["https://es-logs.prod.lan:9200"]
    user => "logstash_writer"
    password => "<<v>>"
    index => "pg-audit-%{+YYYY.MM}"
    cacert => "/etc/logstash/certs/ca.pem"
  }
}
""", rand_pw(18), "Logstash docs: Elasticsearch output plugin (user/password); JDBC input")

D("logstash", "keystore-ref", "logstash/pipeline/mysql-slowlog.conf", """\
input {
  beats { port => 5044 }
}
filter {
  if [fileset][name] == "slowlog" {
    grok { match => { "message" => "^# Query_time: %{NUMBER:query_time:float}" } }
  }
}
output {
  elasticsearch {
    hosts => ["${ES_HOSTS}"]
    api_key => "${ES_API_KEY}"
    ssl_enabled => true
    index => "mysql-slowlog-%{+YYYY.MM.dd}"
  }
}
""", "Logstash docs: Secrets keystore for secure settings")

SV("fluent-bit", "elasticsearch", "fluent-bit/fluent-bit.conf", """\
[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name   tail
    Path   /var/log/postgresql/*.csv
    Tag    pg.*
    Parser postgres_csv

[OUTPUT]
    Name            es
    Match           pg.*
    Host            es-logs.prod.lan
    Port            9200
    tls             On
    HTTP_User       fluentbit
    HTTP_Passwd     <<v>>
    Logstash_Format On
    Logstash_Prefix pg-logs
    Suppress_Type_Name On
""", season_pw(), "Fluent Bit docs: Elasticsearch output (HTTP_User, HTTP_Passwd)")

SV("es-exporter", "elasticsearch", "monitoring/elasticsearch_exporter/exporter.env", """\
# prometheus-community/elasticsearch_exporter
ES_URI=https://exporter:<<v>>@es-logs.prod.lan:9200
ES_ALL=true
ES_INDICES=true
ES_SHARDS=true
ES_CA=/etc/ssl/certs/es-ca.pem
ES_TIMEOUT=30s
""", uri_pw(), "elasticsearch_exporter README: --es.uri")

D("markdown", "keystore-commands", "docs/elasticsearch/keystore.md", """\
# Secure settings on the ES nodes

Secrets are never in `elasticsearch.yml`. Add them to the keystore on each node:

```sh
bin/elasticsearch-keystore create -p
bin/elasticsearch-keystore add xpack.security.transport.ssl.keystore.secure_password
bin/elasticsearch-keystore add s3.client.default.access_key
bin/elasticsearch-keystore add s3.client.default.secret_key
bin/elasticsearch-keystore list
```

Then reload without restart: `POST _nodes/reload_secure_settings {"secure_settings_password": "<keystore password>"}`.
""", "Elasticsearch docs: elasticsearch-keystore; reload secure settings")

# ---------------------------------------------------------------- Redis
SV("redis-conf", "redis", "etc/redis/redis.conf", """\
bind 0.0.0.0
protected-mode yes
port 6379
tcp-backlog 511
timeout 0
tcp-keepalive 300
daemonize no
supervised systemd
loglevel notice
logfile /var/log/redis/redis-server.log
databases 16
save 900 1
save 300 10
dir /var/lib/redis
maxmemory 6gb
maxmemory-policy allkeys-lru
appendonly yes
appendfsync everysec
requirepass <<v>>
rename-command FLUSHALL ""
rename-command CONFIG ""
""", fakes.redis_password(_seed()), "Redis docs: redis.conf (requirepass)")

SV("redis-conf", "redis", "deploy/redis/replica.conf", """\
include /etc/redis/common.conf
port 6379
replicaof 10.5.0.21 6379
# the primary requires AUTH; same secret is in the sentinel config
masterauth "<<v>>"
masteruser default
replica-read-only yes
replica-serve-stale-data yes
repl-diskless-sync yes
""", human_pw(), "Redis docs: Replication, masterauth")

D("redis-conf", "commented-default", "config/redis/redis-dev.conf", """\
port 6379
bind 127.0.0.1
# Require clients to issue AUTH <PASSWORD> before processing any other commands.
#
# requirepass foobared
#
# Dev only: no password, loopback only.
save ""
appendonly no
maxmemory 256mb
maxmemory-policy allkeys-lru
""", "Redis docs: self-documented redis.conf (requirepass foobared example)")

SV("sentinel", "redis", "etc/redis/sentinel.conf", T("""\
port 26379
daemonize no
logfile /var/log/redis/sentinel.log
dir /var/lib/redis
sentinel monitor mymaster 10.5.0.21 6379 2
sentinel auth-pass mymaster <<v>>
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 60000
sentinel parallel-syncs mymaster 1
# Generated by CONFIG REWRITE
sentinel myid <<m>>
sentinel config-epoch mymaster 14
sentinel leader-epoch mymaster 14
sentinel known-replica mymaster 10.5.0.22 6379
sentinel known-replica mymaster 10.5.0.23 6379
sentinel current-epoch 14
""", v="<<v>>", m=hexs(40)), rand_pw(24), "Redis docs: High availability with Redis Sentinel (sentinel auth-pass)")

D("sentinel", "myid", "deploy/redis/sentinel-2.conf", T("""\
port 26379
sentinel resolve-hostnames yes
sentinel monitor cache-primary redis-0.redis.cache.svc 6379 2
# auth-pass is injected at container start from $REDIS_PASSWORD (see entrypoint.sh)
sentinel down-after-milliseconds cache-primary 5000
sentinel failover-timeout cache-primary 30000
# Generated by CONFIG REWRITE
sentinel myid <<a>>
sentinel known-sentinel cache-primary 10.5.1.12 26379 <<b>>
sentinel known-sentinel cache-primary 10.5.1.13 26379 <<c>>
sentinel current-epoch 3
""", a=hexs(40), b=hexs(40), c=hexs(40)), "Redis docs: Sentinel configuration rewritten state (myid, known-sentinel)")

SV("redis-acl", "redis", "etc/redis/users.acl", T("""\
user default off
user admin on #<<h>> ~* &* +@all
user cache_app on ><<v>> ~cache:* resetchannels -@all +@read +@write +@connection -keys
user sentinel-user on #<<g>> allchannels +multi +slaveof +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill
"""  + "# loaded by aclfile /etc/redis/users.acl\n", v="<<v>>", h=hexs(64), g=hexs(64)),
   rand_pw(20), "Redis docs: ACL (aclfile, >password and #sha256 rules)")

D("redis-acl", "sha256-hashes", "deploy/redis/users.acl", T("""\
# ACL file: passwords as SHA-256 hashes only (#...), generated with
#   echo -n "$PW" | sha256sum
user default off
user app_rw on #<<a>> ~app:* -@all +@read +@write +@connection
user app_ro on #<<b>> ~app:* -@all +@read +@connection
user ops on #<<c>> ~* +@all -@dangerous
""", a=hexs(64), b=hexs(64), c=hexs(64)), "Redis docs: ACL rules, #<hash> password")

SV("shell", "redis", "ops/redis/cluster_create.sh", """\
#!/bin/bash
# Bootstraps the 6-node session cluster (3 primaries + 3 replicas). Run once.
set -e
PASS='<<v>>'

redis-cli -a "$PASS" --no-auth-warning --cluster create \\
  10.6.0.11:6379 10.6.0.12:6379 10.6.0.13:6379 \\
  10.6.0.14:6379 10.6.0.15:6379 10.6.0.16:6379 \\
  --cluster-replicas 1 --cluster-yes

redis-cli -a "$PASS" --no-auth-warning -h 10.6.0.11 cluster info
""", fakes.redis_password(_seed()), "Redis docs: Scale with Redis Cluster (redis-cli --cluster create)")

D("shell", "env-auth", "ops/redis/bigkeys.sh", """\
#!/bin/bash
# Finds big keys on a replica. REDISCLI_AUTH is exported by the vault wrapper:
#   vault-exec -path secret/redis/sessions -- ./bigkeys.sh
set -euo pipefail
: "${REDISCLI_AUTH:?run via vault-exec}"
HOST=${1:-10.6.0.14}
redis-cli -h "$HOST" --bigkeys -i 0.01
redis-cli -h "$HOST" --memkeys --memkeys-samples 50
""", "redis-cli docs: REDISCLI_AUTH environment variable")

SV("python", "redis", "app/cache.py", """\
import redis
from redis.sentinel import Sentinel

SENTINELS = [("10.5.0.31", 26379), ("10.5.0.32", 26379), ("10.5.0.33", 26379)]

sentinel = Sentinel(SENTINELS, socket_timeout=0.5)
primary = sentinel.master_for("mymaster", socket_timeout=0.5, password="<<v>>", db=0)
replica = sentinel.slave_for("mymaster", socket_timeout=0.5, password="<<v>>", db=0)


def get_session(key: str):
    return replica.get(f"session:{key}")


def set_session(key: str, value: bytes, ttl: int = 3600):
    primary.setex(f"session:{key}", ttl, value)
""", fakes.redis_password(_seed()), "redis-py docs: Sentinel support (master_for password)")

SV("celery", "redis", "proj/celeryconfig.py", """\
broker_url = "rediss://:<<v>>@cache-prod.ab12cd.ng.0001.euw1.cache.amazonaws.com:6380/0?ssl_cert_reqs=required"
result_backend = "rediss://:<<v>>@cache-prod.ab12cd.ng.0001.euw1.cache.amazonaws.com:6380/1?ssl_cert_reqs=required"
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
task_acks_late = True
worker_prefetch_multiplier = 1
""", rand_pw(32), "Celery docs: Using Redis (broker_url with password, rediss)")

D("python", "env-ref", "app/redis_client.py", """\
import os

import redis

pool = redis.ConnectionPool.from_url(
    os.environ.get("REDIS_URL", "redis://localhost:6379/0"),
    max_connections=50,
    health_check_interval=30,
)
client = redis.Redis(connection_pool=pool)
""", "redis-py docs: ConnectionPool.from_url")

SV("redis-exporter", "redis", "monitoring/redis_exporter/redis-exporter.yaml", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: redis-exporter
spec:
  replicas: 1
  selector:
    matchLabels: {app: redis-exporter}
  template:
    metadata:
      labels: {app: redis-exporter}
    spec:
      containers:
        - name: exporter
          image: oliver006/redis_exporter:v1.61.0
          env:
            - name: REDIS_ADDR
              value: redis://redis-master.cache.svc:6379
            - name: REDIS_PASSWORD
              value: "<<v>>"
          ports:
            - containerPort: 9121
""", human_pw(), "oliver006/redis_exporter README: REDIS_PASSWORD")

SV("helm-values", "redis", "deploy/redis/values-prod.yaml", """\
architecture: replication
auth:
  enabled: true
  sentinel: true
  password: "<<v>>"
master:
  persistence:
    size: 20Gi
replica:
  replicaCount: 2
sentinel:
  enabled: true
  quorum: 2
metrics:
  enabled: true
  serviceMonitor:
    enabled: true
""", rand_pw(24), "Bitnami Redis Helm chart README: auth.password")

D("helm-values", "existing-secret", "deploy/redis/values-stage.yaml", """\
architecture: replication
auth:
  enabled: true
  sentinel: true
  existingSecret: redis-stage-auth
  existingSecretPasswordKey: redis-password
  usePasswordFiles: true
replica:
  replicaCount: 1
sentinel:
  enabled: true
""", "Bitnami Redis Helm chart README: auth.existingSecret")

# ---------------------------------------------------------------- ClickHouse
SV("clickhouse-users", "clickhouse", "clickhouse/users.d/etl.xml", """\
<clickhouse>
    <users>
        <etl_writer>
            <password><<v>></password>
            <networks>
                <ip>10.40.0.0/16</ip>
            </networks>
            <profile>etl</profile>
            <quota>default</quota>
            <grants>
                <query>GRANT INSERT, SELECT ON events.*</query>
            </grants>
        </etl_writer>
    </users>
    <profiles>
        <etl>
            <max_memory_usage>20000000000</max_memory_usage>
            <max_insert_threads>8</max_insert_threads>
        </etl>
    </profiles>
</clickhouse>
""", human_pw(), "ClickHouse docs: Settings users.xml (password)")

D("clickhouse-users", "sha256-hex", "clickhouse/users.d/analysts.xml", T("""\
<clickhouse>
    <users>
        <analyst>
            <password_sha256_hex><<a>></password_sha256_hex>
            <networks><ip>::/0</ip></networks>
            <profile>readonly</profile>
            <quota>analysts</quota>
        </analyst>
        <grafana>
            <password_double_sha1_hex><<b>></password_double_sha1_hex>
            <networks><ip>10.50.0.0/16</ip></networks>
            <profile>readonly</profile>
        </grafana>
    </users>
</clickhouse>
""", a=hexs(64), b=hexs(40)), "ClickHouse docs: users.xml password_sha256_hex / password_double_sha1_hex")

SV("clickhouse-client", "clickhouse", "ops/clickhouse/clickhouse-client.xml", """\
<config>
    <host>ch-events-1.prod.lan</host>
    <port>9440</port>
    <secure>true</secure>
    <user>ops</user>
    <password><<v>></password>
    <openSSL>
        <client>
            <caConfig>/etc/clickhouse-client/ca.pem</caConfig>
            <verificationMode>strict</verificationMode>
        </client>
    </openSSL>
    <prompt_by_server_display_name>
        <default>{display_name} :) </default>
    </prompt_by_server_display_name>
</config>
""", rand_pw(20), "ClickHouse docs: clickhouse-client configuration files")

SV("python", "clickhouse", "jobs/ch_partition_drop.py", """\
\"\"\"Drop ClickHouse partitions older than the retention window.\"\"\"
import datetime as dt

import clickhouse_connect

client = clickhouse_connect.get_client(host="ch-events-1.prod.lan", port=8443, secure=True,
                                       username="retention_job", password="<<v>>")

cutoff = (dt.date.today() - dt.timedelta(days=400)).strftime("%Y%m")
parts = client.query(
    "SELECT DISTINCT partition FROM system.parts WHERE database='events' AND table='raw' AND active"
).result_rows
for (partition,) in parts:
    if partition < cutoff:
        client.command(f"ALTER TABLE events.raw DROP PARTITION '{partition}'")
        print("dropped", partition)
""", pet_pw(), "clickhouse-connect docs: get_client")

SV("clickhouse-config", "clickhouse", "clickhouse/config.d/interserver.xml", """\
<clickhouse>
    <interserver_http_port>9009</interserver_http_port>
    <interserver_http_host>ch-events-2.prod.lan</interserver_http_host>
    <interserver_http_credentials>
        <user>interserver</user>
        <password><<v>></password>
    </interserver_http_credentials>
    <remote_servers>
        <events>
            <shard>
                <internal_replication>true</internal_replication>
                <replica><host>ch-events-1.prod.lan</host><port>9000</port></replica>
                <replica><host>ch-events-2.prod.lan</host><port>9000</port></replica>
            </shard>
        </events>
    </remote_servers>
</clickhouse>
""", rand_pw(28), "ClickHouse docs: interserver_http_credentials")

D("clickhouse-config", "env-credentials", "clickhouse/config.d/s3_disk.xml", """\
<clickhouse>
    <storage_configuration>
        <disks>
            <s3_cold>
                <type>s3</type>
                <endpoint>https://acme-ch-cold.s3.eu-west-1.amazonaws.com/events/</endpoint>
                <use_environment_credentials>true</use_environment_credentials>
                <metadata_path>/var/lib/clickhouse/disks/s3_cold/</metadata_path>
            </s3_cold>
        </disks>
        <policies>
            <tiered>
                <volumes>
                    <hot><disk>default</disk></hot>
                    <cold><disk>s3_cold</disk></cold>
                </volumes>
                <move_factor>0.2</move_factor>
            </tiered>
        </policies>
    </storage_configuration>
    <remote_servers incl="clickhouse_remote_servers" />
    <macros from_env="CH_MACROS" />
</clickhouse>
""", "ClickHouse docs: External disks for storing data (use_environment_credentials)")

# ---------------------------------------------------------------- Flyway / Liquibase / others
SV("flyway", "postgres", "db/flyway/conf/flyway.conf", """\
# Flyway configuration for the billing schema
flyway.url=jdbc:postgresql://pg-main.prod.internal:5432/billing
flyway.user=flyway_billing
flyway.password=<<v>>
flyway.schemas=billing
flyway.locations=filesystem:sql/billing
flyway.baselineOnMigrate=true
flyway.validateMigrationNaming=true
flyway.placeholders.readonly_role=billing_ro
""", human_pw(), "Flyway docs: Configuration file (flyway.password)")

D("flyway", "env-placeholder", "db/flyway/conf/flyway-stage.conf", """\
flyway.url=jdbc:postgresql://${DB_HOST}:5432/billing
flyway.user=${FLYWAY_USER}
flyway.password=${FLYWAY_PASSWORD}
flyway.schemas=billing
flyway.locations=filesystem:sql/billing
flyway.cleanDisabled=true
""", "Flyway docs: environment variable substitution in config files")

SV("flyway-toml", "mssql", "flyway.toml", """\
databaseType = "SqlServer"
id = "3f1c2d4e-sales"
name = "Sales"

[flyway]
locations = ["filesystem:migrations"]
mixed = true
outOfOrder = false
validateMigrationNaming = true

[environments.uat]
url = "jdbc:sqlserver://sql-uat.corp.lan:1433;databaseName=Sales;encrypt=true;trustServerCertificate=true"
user = "flyway_deploy"
password = "<<v>>"
schemas = ["dbo"]

[environments.prod]
url = "jdbc:sqlserver://sqlprod01.corp.lan:1433;databaseName=Sales;encrypt=true"
user = "flyway_deploy"
password = "${env.FLYWAY_PROD_PASSWORD}"
""", rand_pw(20), "Flyway docs: TOML configuration, environments")

D("flyway-toml", "resolver", "db/flyway.toml", """\
[flyway]
locations = ["filesystem:migrations"]
environment = "prod"

[environments.prod]
url = "jdbc:postgresql://pg-main.prod.internal:5432/app"
user = "${vault.app_migrator_user}"
password = "${vault.app_migrator_password}"

[environments.prod.resolvers.vault]
url = "https://vault.corp.lan/v1/"
token = "${env.VAULT_TOKEN}"
engineName = "secret"
engineVersion = "v2"
secrets = ["db/app/migrator"]
""", "Flyway docs: Vault resolver")

SV("liquibase", "oracle", "db/liquibase/liquibase.properties", """\
changeLogFile: changelog/db.changelog-master.xml
url: jdbc:oracle:thin:@//fin-uat.corp.lan:1521/finuat
username: LIQUIBASE_GL
password: <<v>>
driver: oracle.jdbc.OracleDriver
classpath: lib/ojdbc11.jar
liquibase.hub.mode: off
logLevel: info
""", pet_pw(), "Liquibase docs: Create and configure a liquibase.properties file")

D("liquibase", "example", "db/liquibase/liquibase.properties.example", """\
# Copy to liquibase.properties (ignored by git) and fill in your own values.
changeLogFile: changelog/db.changelog-master.xml
url: jdbc:postgresql://localhost:5432/app_dev
username: <your username>
password: <your password>
# or: export LIQUIBASE_COMMAND_PASSWORD=...
liquibase.secureParsing: true
""", "Liquibase docs: liquibase.properties; LIQUIBASE_COMMAND_PASSWORD")

D("liquibase", "changelog-param", "db/liquibase/changelog/0042-create-app-user.xml", """\
<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog
    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">

    <changeSet id="0042-create-app-user" author="dba" runOnChange="false">
        <sql splitStatements="false">
            CREATE USER app_reader WITH PASSWORD '${app_reader_password}';
            GRANT CONNECT ON DATABASE app TO app_reader;
        </sql>
        <rollback>DROP USER app_reader;</rollback>
    </changeSet>
</databaseChangeLog>
""", "Liquibase docs: Changelog parameters ${...}")

SV("gradle", "postgres", "migrations/build.gradle", """\
plugins {
    id 'org.flywaydb.flyway' version '10.15.0'
}

repositories { mavenCentral() }

dependencies {
    runtimeOnly 'org.postgresql:postgresql:42.7.3'
}

flyway {
    url = 'jdbc:postgresql://stage-db.internal:5432/app'
    user = 'app_owner'
    password = '<<v>>'
    schemas = ['public']
    locations = ['filesystem:src/main/resources/db/migration']
    cleanDisabled = true
}
""", season_pw(), "Flyway docs: Gradle plugin configuration")

SV("yoyo", "postgres", "yoyo.ini", """\
[DEFAULT]
sources = migrations
database = postgresql://yoyo:<<v>>@pg-main.prod.internal/app
batch_mode = on
verbosity = 1
migration_table = _yoyo_migration
""", uri_pw(), "yoyo-migrations docs: Configuration file")

SV("dotenv", "mysql", "services/ledger/.env.dbmate", """\
# dbmate reads DATABASE_URL
DATABASE_URL="mysql://dbmate:<<v>>@db-master.prod.lan:3306/ledger"
DBMATE_MIGRATIONS_DIR=./db/migrations
DBMATE_SCHEMA_FILE=./db/schema.sql
DBMATE_NO_DUMP_SCHEMA=false
DBMATE_WAIT=true
""", rand_pw(18), "dbmate README: DATABASE_URL")

SV("makefile", "postgres", "services/notify/Makefile", """\
MIGRATE ?= migrate
MIGRATIONS := ./db/migrations

migrate-up:
\t$(MIGRATE) -path $(MIGRATIONS) -database "postgres://notify:<<v>>@stage-db.internal:5432/notify?sslmode=require" up

migrate-down:
\t$(MIGRATE) -path $(MIGRATIONS) -database "$(DATABASE_URL)" down 1

new-migration:
\t$(MIGRATE) create -ext sql -dir $(MIGRATIONS) -seq $(name)
""", uri_pw(), "golang-migrate CLI README")

SV("atlas-hcl", "mysql", "atlas.hcl", """\
env "dev" {
  src = "file://schema.sql"
  url = "mysql://root@localhost:3306/app"
  dev = "docker://mysql/8/dev"
}

env "prod" {
  src = "file://schema.sql"
  url = "mysql://atlas_deploy:<<v>>@db-master.prod.lan:3306/app"
  migration {
    dir = "file://migrations"
  }
}
""", human_pw().replace("#", "!").replace("%", "*").replace("&", "_"), "Atlas docs: Project configuration (atlas.hcl env blocks)")

D("atlas-hcl", "env-var", "schema/atlas.hcl", """\
variable "db_url" {
  type    = string
  default = getenv("DATABASE_URL")
}

env "ci" {
  src = "file://schema.pg.hcl"
  url = var.db_url
  dev = "docker://postgres/16/dev?search_path=public"
  migration {
    dir = "file://migrations"
  }
  lint {
    review = ERROR
  }
}
""", "Atlas docs: Input variables, getenv()")

# ---------------------------------------------------------------- backup jobs beyond dumps
SV("shell", "restic-password", "backup/restic_db_dumps.sh", """\
#!/bin/bash
# Ship the local dump directory to the offsite restic repository.
export RESTIC_REPOSITORY="sftp:restic@offsite.backup.lan:/srv/restic/db"
export RESTIC_PASSWORD='<<v>>'

restic backup /backup/pg /backup/mysql --tag db-dumps --exclude '*.tmp'
restic forget --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune
restic check --read-data-subset=2%
""", passphrase(), "restic docs: Preparing a new repository (RESTIC_PASSWORD)")

D("shell", "password-file", "backup/restic_mongo.sh", """\
#!/bin/bash
set -euo pipefail
export RESTIC_REPOSITORY="s3:s3.eu-west-1.amazonaws.com/acme-restic/mongo"
export RESTIC_PASSWORD_FILE=/etc/restic/mongo.pass   # 0400 root, from Vault
restic backup /backup/mongo --tag mongo
restic forget --keep-daily 14 --prune
""", "restic docs: RESTIC_PASSWORD_FILE")

SV("shell", "gpg-passphrase", "backup/encrypt_and_upload.sh", """\
#!/bin/bash
# Encrypt the nightly dumps symmetrically before they leave the DC.
set -euo pipefail
SRC=/backup/pg/$(date +%Y%m%d)
for f in "$SRC"/*.dump; do
  gpg --batch --yes --pinentry-mode loopback --passphrase '<<v>>' \\
      --symmetric --cipher-algo AES256 -o "$f.gpg" "$f"
done
gsutil -m cp "$SRC"/*.gpg gs://acme-db-offsite/pg/$(date +%Y%m%d)/
""", passphrase(" "), "GnuPG manual: --passphrase, --pinentry-mode loopback")

D("shell", "age-public-key", "backup/encrypt_age.sh", T("""\
#!/bin/bash
# Encrypt dumps to the DR team's age recipients (public keys; the identities are offline).
set -euo pipefail
RECIPIENTS=(
  <<a>>
  <<b>>
)
args=()
for r in "${RECIPIENTS[@]}"; do args+=(-r "$r"); done
for f in /backup/mysql/*.sql.gz; do
  age "${args[@]}" -o "$f.age" "$f"
done
sha256sum /backup/mysql/*.age > /backup/mysql/SHA256SUMS
""", a=age_recipient(), b=age_recipient()), "age README: encrypting to multiple recipients")

D("checksums", "sha256", "backup/manifests/2024-06-02.SHA256SUMS", T("""\
<<a>>  crm_2024-06-02.dump
<<b>>  billing_2024-06-02.dump
<<c>>  globals_2024-06-02.sql.gz
<<d>>  ledger_2024-06-02.dump
<<e>>  shop-2024-06-02.sql.gz
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64)), "GNU coreutils: sha256sum output format")

SV("python", "slack-webhook", "backup/notify.py", """\
\"\"\"Post the backup summary to #dba-alerts.\"\"\"
import json
import sys
import urllib.request

WEBHOOK = "<<v>>"


def post(text: str) -> None:
    body = json.dumps({"text": text, "username": "backup-bot", "icon_emoji": ":floppy_disk:"}).encode()
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    status = sys.argv[1]
    post(f"nightly DB backups: {status}")
""", slack_webhook(), "Slack docs: Sending messages using incoming webhooks")

D("python", "webhook-env", "backup/notify_teams.py", """\
import json
import os
import urllib.request

# Incoming webhook URL is stored in the job's environment (Rundeck key storage: keys/dba/teams-webhook)
WEBHOOK = os.environ["TEAMS_WEBHOOK_URL"]


def post(title: str, text: str) -> None:
    card = {"@type": "MessageCard", "@context": "https://schema.org/extensions", "title": title, "text": text}
    req = urllib.request.Request(WEBHOOK, data=json.dumps(card).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
""", "Microsoft docs: Incoming webhooks in Teams")

SV("python", "pagerduty-routing-key", "monitoring/replication_lag_alert.py", """\
import requests

ROUTING_KEY = "<<v>>"
LAG_THRESHOLD_S = 300


def trigger(lag_seconds: float, host: str) -> None:
    requests.post("https://events.pagerduty.com/v2/enqueue", json={
        "routing_key": ROUTING_KEY,
        "event_action": "trigger",
        "dedup_key": f"repl-lag-{host}",
        "payload": {"summary": f"Replication lag {lag_seconds:.0f}s on {host}",
                    "source": host, "severity": "critical"},
    }, timeout=10)
""", hexs(32), "PagerDuty docs: Events API v2 (routing_key)")

SV("datadog-agent", "datadog-api-key", "datadog/datadog.yaml", """\
api_key: <<v>>
site: datadoghq.eu
hostname: pg-main-1
tags:
  - env:prod
  - team:dba
logs_enabled: true
process_config:
  process_collection:
    enabled: true
secret_backend_command: /usr/local/bin/dd-secret-helper
""", hexs(32), "Datadog docs: Agent configuration files (datadog.yaml api_key)")

SV("pmm", "mysql", "ops/pmm/register_mysql.sh", """\
#!/bin/bash
# Register this MySQL node with PMM (Percona Monitoring and Management)
pmm-admin config --server-insecure-tls --server-url=https://admin:${PMM_ADMIN_PASS}@pmm.corp.lan:443
pmm-admin add mysql \\
  --username=pmm \\
  --password='<<v>>' \\
  --query-source=perfschema \\
  --service-name=$(hostname -s)-mysql \\
  --host=127.0.0.1 --port=3306
""", human_pw(), "Percona PMM docs: pmm-admin add mysql")

# ---------------------------------------------------------------- DBeaver / DataGrip / pgAdmin
D("dbeaver", "no-credentials", ".dbeaver/data-sources.json", """\
{
\t"folders": {
\t\t"Prod": {},
\t\t"Stage": {}
\t},
\t"connections": {
\t\t"postgres-jdbc-18c2a4f1b3e-5d2a9c1e7f3b4a60": {
\t\t\t"provider": "postgresql",
\t\t\t"driver": "postgres-jdbc",
\t\t\t"name": "pg-main (ro)",
\t\t\t"save-password": true,
\t\t\t"folder": "Prod",
\t\t\t"configuration": {
\t\t\t\t"host": "pg-main.prod.internal",
\t\t\t\t"port": "5432",
\t\t\t\t"database": "app",
\t\t\t\t"url": "jdbc:postgresql://pg-main.prod.internal:5432/app",
\t\t\t\t"configurationType": "MANUAL",
\t\t\t\t"type": "prod",
\t\t\t\t"auth-model": "native"
\t\t\t}
\t\t}
\t}
}
""", "DBeaver wiki: Admin Manage Connections (credentials kept in credentials-config.json)")

SV("dbeaver", "postgres", "dbeaver-project/.dbeaver/data-sources-stage.json", """\
{
  "folders": {},
  "connections": {
    "postgres-jdbc-18f0c7d2a11-3a9e0b7c2d4f1e88": {
      "provider": "postgresql",
      "driver": "postgres-jdbc",
      "name": "stage app (shared)",
      "save-password": true,
      "configuration": {
        "url": "jdbc:postgresql://stage-db.internal:5432/app?user=app_owner&password=<<v>>&sslmode=require",
        "configurationType": "URL",
        "type": "test",
        "auth-model": "native"
      }
    }
  }
}
""", uri_pw(), "DBeaver wiki: Connection URL; pgJDBC connection parameters (user, password)")

D("datagrip", "no-credentials", ".idea/dataSources.xml", """\
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="billing@pg-main" uuid="<<a>>">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://pg-main.prod.internal:5432/billing</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
    <data-source source="LOCAL" name="shop@db-master" uuid="<<b>>">
      <driver-ref>mysql.8</driver-ref>
      <jdbc-driver>com.mysql.cj.jdbc.Driver</jdbc-driver>
      <jdbc-url>jdbc:mysql://db-master.prod.lan:3306/shop</jdbc-url>
    </data-source>
  </component>
</project>
""".replace("<<a>>", uuid_s()).replace("<<b>>", uuid_s()), "JetBrains DataGrip docs: dataSources.xml (passwords stored in the OS keychain)")

D("datagrip", "local-settings", ".idea/dataSources.local.xml", T("""\
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="DB-241.15989.21">
    <data-source name="billing@pg-main" uuid="<<a>>">
      <database-info product="PostgreSQL" version="16.3" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver" driver-version="42.6.0" dbms="POSTGRES" exact-version="16.3" exact-driver-version="42.6">
        <identifier-quote-string>&quot;</identifier-quote-string>
      </database-info>
      <case-sensitivity plain-identifiers="lower" quoted-identifiers="exact" />
      <secret-storage>master_key</secret-storage>
      <user-name>dba_ro</user-name>
      <schema-mapping>
        <introspection-scope>
          <node kind="database" qname="@">
            <node kind="schema" qname="@" />
          </node>
        </introspection-scope>
      </schema-mapping>
    </data-source>
  </component>
</project>
""", a=uuid_s()), "JetBrains DataGrip: dataSources.local.xml (secret-storage, no password)")

SV("datagrip", "mysql", "tools/datagrip/dataSources.xml", T("""\
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="reporting@db-replica" uuid="<<a>>">
      <driver-ref>mysql.8</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>com.mysql.cj.jdbc.Driver</jdbc-driver>
      <jdbc-url>jdbc:mysql://db-replica-report.prod.lan:3306/reporting?user=report_ro&amp;password=<<v>>&amp;useSSL=true</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
""", a=uuid_s(), v="<<v>>"), rand_pw(16), "MySQL Connector/J docs: connection URL properties user, password")

SV("sql-developer", "oracle", "tools/sqldeveloper/connections.json", """\
{
  "connections": [
    {
      "info": {
        "role": "",
        "SavePassword": "true",
        "OracleConnectionType": "BASIC",
        "RaptorConnectionType": "Oracle",
        "serviceName": "finuat",
        "user": "GL_DEV",
        "customUrl": "jdbc:oracle:thin:@//fin-uat.corp.lan:1521/finuat",
        "hostname": "fin-uat.corp.lan",
        "port": "1521",
        "password": "<<v>>"
      },
      "name": "FIN UAT - GL_DEV",
      "type": "jdbc"
    }
  ]
}
""", human_pw(), "Oracle SQL Developer: connections.json export (unencrypted when exported without a key)")

SV("metabase", "postgres", "deploy/metabase/metabase.env", """\
MB_DB_TYPE=postgres
MB_DB_DBNAME=metabase
MB_DB_PORT=5432
MB_DB_USER=metabase
MB_DB_PASS=<<v>>
MB_DB_HOST=pg-meta.internal
MB_SITE_URL=https://bi.example.com
MB_JETTY_PORT=3000
JAVA_TIMEZONE=UTC
""", rand_pw(20), "Metabase docs: Configuring the Metabase application database (MB_DB_PASS)")

SV("grafana", "postgres", "grafana/provisioning/datasources/postgres.yaml", """\
apiVersion: 1
datasources:
  - name: pg-main (metrics)
    type: postgres
    url: pg-main.prod.internal:5432
    user: grafana_ro
    jsonData:
      database: metrics
      sslmode: require
      maxOpenConns: 10
      postgresVersion: 1600
      timescaledb: true
    secureJsonData:
      password: '<<v>>'
""", pet_pw(), "Grafana docs: Provisioning data sources (secureJsonData.password)")

D("grafana", "env-expansion", "grafana/provisioning/datasources/mysql.yaml", """\
apiVersion: 1
datasources:
  - name: shop replica
    type: mysql
    url: db-replica-report.prod.lan:3306
    user: grafana
    jsonData:
      database: shop
      tlsAuth: false
      maxOpenConns: 5
    secureJsonData:
      password: $GRAFANA_MYSQL_PASSWORD
""", "Grafana docs: Provisioning, using environment variables")

# ---------------------------------------------------------------- keys and certificates
_KEY = fakes.fake_pem(_seed(), "RSA")
S("helm-values", "private-key", "deploy/pg/values-tls.yaml", "postgresql:\n  tls:\n    enabled: true\n    certFilename: tls.crt\n    certKeyFilename: tls.key\n  tlsFiles:\n    tls.key: |\n"
  + "\n".join("      " + line for line in _KEY.splitlines()) + "\n  primary:\n    persistence:\n      size: 100Gi\n",
  _KEY, "Bitnami PostgreSQL Helm chart: tls.* values; PEM private key block")

_KEY = fakes.fake_pem(_seed(), "EC")
S("pem", "private-key", "deploy/mongodb/tls/mongo-client.pem", cert_pem() + "\n" + _KEY + "\n", _KEY,
  "MongoDB docs: TLS client certificate (certificateKeyFile holds cert and key)")

_KEY = fakes.fake_pem(_seed(), "")
_KEY = _KEY.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
S("snowflake", "private-key", "dba/snowflake/rsa_key.p8", _KEY + "\n", _KEY,
  "Snowflake docs: Key-pair authentication (rsa_key.p8)")

D("pem", "certificate", "deploy/postgres/tls/root.crt", cert_pem() + "\n" + cert_pem() + "\n",
  "PostgreSQL docs: SSL support, root.crt client trust store")

D("pem", "public-key", "dba/snowflake/rsa_key.pub", pubkey_pem() + "\n",
  "Snowflake docs: Key-pair authentication (public key assigned to the user)")

# ---------------------------------------------------------------- secret managers / IaC decoys
D("sops", "ciphertext", "secrets/db.prod.enc.yaml", T("""\
postgres:
    host: pg-main.prod.internal
    user: app
    password: <<a>>
mysql:
    password: <<b>>
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/<<k>>
          created_at: "2024-05-02T10:11:12Z"
          enc: <<e>>
          aws_profile: ""
    lastmodified: "2024-05-02T10:11:13Z"
    mac: ENC[AES256_GCM,data:<<m>>,iv:<<i>>,tag:<<t>>,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=sops_enc(), b=sops_enc(18), k=uuid_s(), e=raw_b64(184), m=raw_b64(32), i=raw_b64(32), t=raw_b64(16)),
  "SOPS README: encrypted YAML with AWS KMS")

D("vault-template", "agent-template", "deploy/vault-agent/pgpass.ctmpl", """\
{{- with secret "database/creds/billing-readonly" -}}
pg-main.prod.internal:5432:billing:{{ .Data.username }}:{{ .Data.password }}
pg-replica-a.prod.internal:5432:billing:{{ .Data.username }}:{{ .Data.password }}
{{- end }}
# rendered by vault-agent to /var/lib/jobs/.pgpass (perms 0600), lease renewed hourly
# template source: deploy/vault-agent/agent.hcl
""", "Vault docs: Vault Agent templates, database secrets engine")

D("terraform", "random-password", "terraform/rds.tf", """\
resource "random_password" "master" {
  length           = 32
  special          = true
  override_special = "!#*-_"
}

resource "aws_secretsmanager_secret" "rds_master" {
  name = "prod/orders/rds-master"
}

resource "aws_secretsmanager_secret_version" "rds_master" {
  secret_id     = aws_secretsmanager_secret.rds_master.id
  secret_string = jsonencode({ username = "orders_admin", password = random_password.master.result })
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders-prod"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.2xlarge"
  allocated_storage           = 500
  username                    = "orders_admin"
  password                    = random_password.master.result
  storage_encrypted           = true
  deletion_protection         = true
  backup_retention_period     = 14
}
""", "Terraform AWS provider docs: aws_db_instance; random_password")

D("terraform", "managed-password", "terraform/aurora.tf", """\
resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics-prod"
  engine                      = "aurora-postgresql"
  engine_version              = "15.4"
  master_username             = "analytics_admin"
  manage_master_user_password = true
  master_user_secret_kms_key_id = aws_kms_key.rds.key_id
  db_subnet_group_name        = aws_db_subnet_group.private.name
  vpc_security_group_ids      = [aws_security_group.aurora.id]
  storage_encrypted           = true
}

output "master_secret_arn" {
  value = aws_rds_cluster.analytics.master_user_secret[0].secret_arn
}
""", "Terraform AWS provider docs: aws_rds_cluster manage_master_user_password")

SV("terraform", "mysql", "terraform/cloudsql.tf", """\
resource "google_sql_database_instance" "shop" {
  name             = "shop-prod"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-8-32768"
    backup_configuration {
      enabled            = true
      binary_log_enabled = true
    }
  }
}

resource "google_sql_user" "shop_app" {
  name     = "shop_app"
  instance = google_sql_database_instance.shop.name
  host     = "%"
  password = "<<v>>"
}
""", human_pw(), "Terraform Google provider docs: google_sql_user")

D("k8s", "external-secret", "k8s/payments/externalsecret-pg.yaml", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: pg-app-credentials
  namespace: payments
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: pg-app-credentials
    template:
      data:
        DATABASE_URL: "postgresql://{{ .username }}:{{ .password }}@pg-main.payments.svc:5432/payments"
  dataFrom:
    - extract:
        key: prod/payments/pg-app
""", "External Secrets Operator docs: ExternalSecret with templating")

D("ansible", "vault-lookup", "ansible/roles/mysql_users/tasks/main.yml", """\
---
- name: Create application users
  community.mysql.mysql_user:
    login_unix_socket: /run/mysqld/mysqld.sock
    name: "{{ item.name }}"
    host: "{{ item.host }}"
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/mysql/' ~ item.name ~ ':password') }}"
    priv: "{{ item.priv }}"
    state: present
  loop: "{{ mysql_app_users }}"
  no_log: true

- name: Remove anonymous users
  community.mysql.mysql_user:
    name: ""
    host_all: true
    state: absent
""", "Ansible docs: community.mysql.mysql_user; hashi_vault lookup")

SV("ansible", "postgres", "ansible/group_vars/pg_replicas.yml", """\
---
postgresql_version: 16
postgresql_listen_addresses: "*"
postgresql_replication_user: replicator
postgresql_replication_password: "<<v>>"
postgresql_hba_entries:
  - { type: hostssl, database: replication, user: replicator, address: "10.40.0.0/24", auth_method: scram-sha-256 }
postgresql_global_config_options:
  - option: hot_standby
    value: "on"
  - option: max_wal_senders
    value: 10
""", rand_pw(24), "geerlingguy.postgresql role README: group_vars")

# ---------------------------------------------------------------- managed DB services
SV("dotenv", "planetscale-password", "services/search/.env.local", """\
DATABASE_HOST=aws.connect.psdb.cloud
DATABASE_USERNAME=a1b2c3d4e5f6g7h8i9j0
DATABASE_PASSWORD=<<v>>
DATABASE_NAME=search
NEXT_PUBLIC_APP_URL=http://localhost:3000
""", "pscale_pw_" + fakes.drawn(_seed(), 43, ALNUM + "_"), "PlanetScale docs: Connection strings (pscale_pw_ passwords)")

SV("github-actions", "planetscale-token", ".github/workflows/deploy-request.yml", """\
name: schema deploy request
on:
  push:
    branches: [schema/*]
jobs:
  deploy-request:
    runs-on: ubuntu-latest
    env:
      PLANETSCALE_SERVICE_TOKEN_ID: ab12cd34ef56
      PLANETSCALE_SERVICE_TOKEN: <<v>>
    steps:
      - uses: actions/checkout@v4
      - uses: planetscale/setup-pscale-action@v1
      - run: pscale deploy-request create shop ${GITHUB_REF_NAME#schema/} --org acme
""", "pscale_tkn_" + fakes.drawn(_seed(), 43, ALNUM + "_"), "PlanetScale docs: Service tokens in GitHub Actions")

D("github-actions", "secrets-context", ".github/workflows/db-backup-verify.yml", """\
name: verify backups
on:
  schedule: [{cron: "0 6 * * *"}]
jobs:
  verify:
    runs-on: [self-hosted, dba]
    steps:
      - uses: actions/checkout@v4
      - name: Restore latest dump into scratch
        env:
          PGHOST: scratch-pg.internal
          PGUSER: restore_check
          PGPASSWORD: ${{ secrets.SCRATCH_PG_PASSWORD }}
          SLACK_WEBHOOK_URL: ${{ secrets.DBA_SLACK_WEBHOOK }}
        run: ./backup/verify_restore.sh
""", "GitHub docs: Using secrets in GitHub Actions")

SV("python", "heroku-database-url", "scripts/copy_prod_sample.py", """\
\"\"\"Copy a 1 % sample of prod orders into the local dev DB.\"\"\"
import subprocess

# heroku pg:credentials:url DATABASE --app acme-shop (copied 2023-11-02)
PROD_URL = "postgres://<<u>>:<<v>>@ec2-52-18-114-201.eu-west-1.compute.amazonaws.com:5432/<<d>>"
LOCAL_URL = "postgresql://localhost/shop_dev"

subprocess.run(
    f"psql '{PROD_URL}' -c \\"\\\\copy (select * from orders tablesample bernoulli (1)) to stdout\\" "
    f"| psql '{LOCAL_URL}' -c '\\\\copy orders from stdin'",
    shell=True, check=True,
)
""", hexs(64), "Heroku Postgres docs: pg:credentials:url", u="u" + fakes.drawn(_seed(), 13, string.ascii_lowercase + string.digits),
   d="d" + fakes.drawn(_seed(), 13, string.ascii_lowercase + string.digits))

SV("aiven", "aiven-token", "ops/aiven/rotate_users.py", """\
\"\"\"Rotate service-user passwords on the Aiven PostgreSQL services.\"\"\"
from aiven.client import client

AIVEN_TOKEN = "<<v>>"
PROJECT = "acme-data"

api = client.AivenClient("https://api.aiven.io")
api.set_auth_token(AIVEN_TOKEN)

for service in api.get_services(PROJECT):
    if service["service_type"] != "pg":
        continue
    for user in service["users"]:
        if user["username"].startswith("svc_"):
            api.reset_service_user_password(PROJECT, service["service_name"], user["username"])
            print("rotated", service["service_name"], user["username"])
""", fakes.drawn(_seed(), 372, B64), "Aiven docs: Authentication tokens; aiven-client")

D("python", "uuid-ids", "ops/aiven/services.py", T("""\
# Aiven and Atlas identifiers used by the inventory script (ids, not credentials)
SERVICES = {
    "pg-billing": {"project_id": "<<a>>", "service_id": "<<b>>"},
    "pg-events": {"project_id": "<<a>>", "service_id": "<<c>>"},
}
ATLAS_GROUP_ID = "<<g>>"
ATLAS_CLUSTER_UNIQUE_ID = "<<h>>"
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), g=hexs(24), h=hexs(24)), "Aiven API docs: project and service identifiers")

# Windows-born files keep their CRLF line endings, as they are committed from the DBA workstations.
_CRLF = {"jobs/nightly_export.bat", "scripts/mssql/Restore-Uat.ps1", "ssis/Configs/SalesLoad.dtsConfig",
         "ssis/Configs/InventoryLoad.dtsConfig"}
CASES[:] = [LabelledCase(c.category, c.file_name, c.text.replace("\n", "\r\n"), c.secret, c.source)
            if c.file_name in _CRLF else c for c in CASES]
assert _SEED[0] < 410000
