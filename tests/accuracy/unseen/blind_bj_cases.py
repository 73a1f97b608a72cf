"""Blind set BJ: process supervision and scheduling on servers.

systemd units and drop-ins (Environment=, EnvironmentFile=, LoadCredential=, SetCredential=),
environment files, supervisord.conf, crontabs, /etc/cron.d entries and the scripts cron runs,
Celery beat and Flower, Airflow configuration, connections and variables, Jenkins and Rundeck
jobs, Nomad job and agent files, PM2 ecosystem files, Windows Task Scheduler XML and the scripts
that register tasks, launchd plists, Kubernetes CronJobs, Quartz, Upstart, OpenRC, Monit, and their
decoys. Generated fakes only (seeds 550000-559999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
_SEED = [550000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 560000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 560000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Pelican", "Sparrow", "Cobalt", "Aspen"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "biscuit", "comet", "tractor", "velvet"]
SEASONS = ["summer", "winter", "spring", "autumn", "welcome", "backup", "cronjob", "monday", "sunshine", "dragon"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*@") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """The kind a person picks: season + year + a symbol, or a name and digits."""
    r = _rng()
    if r.random() < 0.5:
        return r.choice(SEASONS) + str(r.randint(2015, 2025)) + r.choice("!#$.")
    return r.choice(WORDS) + r.choice(LOWER).capitalize() + str(r.randint(1, 99)) + r.choice("!?")


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


def alnum(n: int, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def gh_token() -> str:
    return fakes.github_token(_seed())


def gl_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 * 9)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def stripe_key() -> str:
    return fakes.fake("sk_live_", 24, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def newrelic_key() -> str:
    return hexs(36) + "NRAL"


def fernet_key() -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def gossip_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def jenkins_token() -> str:
    return "11" + hexs(32)


def vault_token() -> str:
    r = _rng()
    return "hvs.CAESI" + "".join(r.choice(ALNUM + "_-") for _ in range(86))


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def dockerhub_pat() -> str:
    r = _rng()
    return "dckr_pat_" + "".join(r.choice(ALNUM + "_-") for _ in range(27))


def azure_account_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def b2_app_key() -> str:
    return "K005" + fakes.drawn_mixed(_seed(), 27)


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = head + "".join(r.choice(B64) for _ in range(70 * 5 - len(head)))
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def rsa_key() -> str:
    return fakes.fake_pem(_seed(), "RSA")


def ec_key() -> str:
    return fakes.fake_pem(_seed(), "EC")


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


# --- decoy material --------------------------------------------------------------------------
def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice("./" + ALNUM) for _ in range(53))


def argon2_hash() -> str:
    r = _rng()
    salt = "".join(r.choice(B64) for _ in range(22))
    digest = "".join(r.choice(B64) for _ in range(43))
    return f"$argon2id$v=19$m=65536,t=3,p=4${salt}${digest}"


def ansible_vault(indent: str = "  ") -> str:
    r = _rng()
    body = "".join(r.choice(HEX) for _ in range(80 * 5))
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(indent + body[i:i + 80] for i in range(0, len(body), 80))


def sops_value() -> str:
    r = _rng()
    data = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(12, 40)))).decode()
    iv = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    tag = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()
    return f"ENC[AES256_GCM,data:{data},iv:{iv},tag:{tag},type:str]"


def jenkins_secret() -> str:
    return "{AQAAABAAAAAQ" + b64rand(48)[:-2] + "}"


def systemd_cred_blob() -> str:
    r = _rng()
    body = "k6iUCUh0RJCQyvL8k8q1UyAAAAABAAAADAAAACAAAAA" + "".join(r.choice(B64) for _ in range(64 * 4 - 43))
    return " \\\n        ".join(body[i:i + 64] for i in range(0, len(body), 64))


def ssh_pub() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(B64) for _ in range(43))


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bj/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bj/{fmt}/decoy-{what}", path, text, None, source))


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


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


SYSTEMD_EXEC = "systemd.exec(5) / systemd.service(5) man pages"
SYSTEMD_CREDS = "systemd System and Service Credentials (systemd.io/CREDENTIALS)"

# --- systemd service units ---------------------------------------------------------------------
UNIT_WEB = r"""[Unit]
Description=@NAME@ web application (gunicorn)
Documentation=https://wiki.internal/@NAME@
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=notify
User=@NAME@
Group=@NAME@
WorkingDirectory=/srv/@NAME@/current
Environment=PYTHONUNBUFFERED=1
Environment=DJANGO_SETTINGS_MODULE=@NAME@.settings.production
Environment="@KEY@=@V@"
Environment="ALLOWED_HOSTS=@NAME@.example.com,localhost"
ExecStart=/srv/@NAME@/venv/bin/gunicorn @NAME@.wsgi:application \
    --bind unix:/run/@NAME@/gunicorn.sock \
    --workers 4 --timeout 60
ExecReload=/bin/kill -s HUP $MAINPID
RuntimeDirectory=@NAME@
Restart=on-failure
RestartSec=5s
PrivateTmp=true
NoNewPrivileges=true

[Install]
WantedBy=multi-user.target
"""
_pw = words_pw()
S("systemd-unit", "database-url", "deploy/systemd/ledger.service",
  T(UNIT_WEB, v=f"postgres://ledger:{_pw}@db-primary.internal:5432/ledger", name="ledger", key="DATABASE_URL"),
  _pw, SYSTEMD_EXEC)
SV("systemd-unit", "stripe-key", "etc/systemd/system/storefront.service", UNIT_WEB, stripe_key(), SYSTEMD_EXEC,
   name="storefront", key="STRIPE_SECRET_KEY")
SV("systemd-unit", "django-secret", "ops/units/intranet.service", UNIT_WEB, fakes.django_secret_key(_seed()),
   SYSTEMD_EXEC, name="intranet", key="DJANGO_SECRET_KEY")
DV("systemd-unit", "url-without-password", "deploy/systemd/billing.service", UNIT_WEB, "postgres://billing@db-primary.internal:5432/billing?sslmode=require",
   SYSTEMD_EXEC, name="billing", key="DATABASE_URL")

UNIT_REDIS = r"""# /etc/systemd/system/redis-@NAME@.service
# Second redis instance for the @NAME@ queue; managed by hand until the ansible role lands.
[Unit]
Description=Redis (@NAME@ queue)
After=network.target

[Service]
Type=notify
User=redis
Group=redis
ExecStart=/usr/bin/redis-server /etc/redis/@NAME@.conf --port @PORT@ --supervised systemd @FLAG@
ExecStop=/usr/bin/redis-cli -p @PORT@ @CLIFLAG@ shutdown
LimitNOFILE=65535
TimeoutStopSec=30
Restart=always

[Install]
WantedBy=multi-user.target
"""
_v = fakes.redis_password(_seed())
SV("systemd-unit", "redis-cli-flag", "etc/systemd/system/redis-jobs.service", UNIT_REDIS, _v, SYSTEMD_EXEC,
   name="jobs", port="6380", flag="--requirepass " + _v, cliflag="-a " + _v)
_v = human_pw()
SV("systemd-unit", "redis-cli-flag", "infra/systemd/redis-mail.service", UNIT_REDIS, _v, SYSTEMD_EXEC,
   name="mail", port="6381", flag="--requirepass '" + _v + "'", cliflag="-a '" + _v + "'")
D("systemd-unit", "no-credential", "infra/systemd/redis-cache.service",
  T(UNIT_REDIS, name="cache", port="6382", flag="--maxmemory 2gb", cliflag=""), SYSTEMD_EXEC)

UNIT_CREDS = r"""[Unit]
Description=Metrics exporter for @NAME@
After=network-online.target
Wants=network-online.target

[Service]
DynamicUser=yes
# The exporter reads $CREDENTIALS_DIRECTORY/db-password at start.
@CRED@
Environment=DATA_SOURCE_URI=db01.internal:5432/@NAME@?sslmode=disable
Environment=DATA_SOURCE_USER=exporter
Environment=DATA_SOURCE_PASS_FILE=%d/db-password
ExecStart=/usr/local/bin/postgres_exporter --web.listen-address=:9187
ProtectSystem=strict
ProtectHome=yes
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""
_v = rand_pw(24)
SV("systemd-unit", "set-credential", "etc/systemd/system/postgres-exporter.service", UNIT_CREDS, _v, SYSTEMD_CREDS,
   name="orders", cred="SetCredential=db-password:" + _v)
DV("systemd-unit", "load-credential-path", "deploy/systemd/postgres-exporter-inventory.service", UNIT_CREDS, "",
   SYSTEMD_CREDS, name="inventory", cred="LoadCredential=db-password:/etc/credstore/exporter-db-password")
DV("systemd-unit", "encrypted-credential", "deploy/systemd/postgres-exporter-payments.service", UNIT_CREDS, "",
   SYSTEMD_CREDS, name="payments", cred="SetCredentialEncrypted=db-password: \\\n        " + systemd_cred_blob())
DV("systemd-unit", "import-credential", "deploy/systemd/postgres-exporter-crm.service", UNIT_CREDS, "",
   SYSTEMD_CREDS, name="crm", cred="ImportCredential=exporter.*\nLoadCredentialEncrypted=db-password:/etc/credstore.encrypted/db-password.cred")

UNIT_USER = r"""# ~/.config/systemd/user/@NAME@.service
# enable with: systemctl --user enable --now @NAME@.service
[Unit]
Description=@DESC@

[Service]
Type=simple
Environment=HOME=%h
Environment=@KEY@=@V@
ExecStart=@EXEC@
Restart=on-failure
RestartSec=30

[Install]
WantedBy=default.target
"""
SV("systemd-unit", "rclone-config-pass", "dotfiles/systemd/user/rclone-photos.service", UNIT_USER, passphrase(),
   SYSTEMD_EXEC, name="rclone-photos", desc="Mount encrypted photo archive",
   key="RCLONE_CONFIG_PASS", exec="/usr/bin/rclone mount crypt-photos: %h/Photos/archive --vfs-cache-mode writes")
SV("systemd-unit", "github-token", "dotfiles/systemd/user/gh-notify.service", UNIT_USER, gh_token(), SYSTEMD_EXEC,
   name="gh-notify", desc="Desktop notifications for GitHub", key="GITHUB_TOKEN",
   exec="%h/.local/bin/gh-notify --interval 300")
DV("systemd-unit", "specifier", "dotfiles/systemd/user/syncthing-backup.service", UNIT_USER, "%h/.config/restic/password",
   SYSTEMD_EXEC, name="syncthing-backup", desc="Restic backup of Sync folder", key="RESTIC_PASSWORD_FILE",
   exec="/usr/bin/restic -r sftp:nas:/backups/laptop backup %h/Sync")

# --- systemd drop-ins ------------------------------------------------------------------------
DROPIN_AWS = r"""# /etc/systemd/system/@NAME@.service.d/override.conf
# created with `systemctl edit @NAME@` -- do not forget daemon-reload
[Service]
Environment="AWS_DEFAULT_REGION=@REGION@"
Environment="AWS_ACCESS_KEY_ID=@KID@"
Environment="AWS_SECRET_ACCESS_KEY=@V@"
Environment="BACKUP_BUCKET=s3://@NAME@-backups-prod"
"""
_kid, _sk = aws_pair()
SV("systemd-dropin", "aws-secret-key", "etc/systemd/system/wal-g.service.d/override.conf", DROPIN_AWS, _sk,
   SYSTEMD_EXEC, name="wal-g", region="eu-west-1", kid=_kid)
_kid, _sk = aws_pair()
SV("systemd-dropin", "aws-secret-key", "ops/dropins/loki.service.d/10-s3.conf", DROPIN_AWS, _sk, SYSTEMD_EXEC,
   name="loki", region="us-east-2", kid=_kid)
DV("systemd-dropin", "placeholder", "docs/examples/override.conf", DROPIN_AWS, "<your-secret-access-key>",
   SYSTEMD_EXEC, name="myservice", region="us-east-1", kid="<your-access-key-id>")

DROPIN_PROXY = r"""[Service]
# corporate proxy for image pulls (see INFRA-@TICKET@)
Environment="HTTP_PROXY=@V@"
Environment="HTTPS_PROXY=@V@"
Environment="NO_PROXY=localhost,127.0.0.1,.corp.internal,10.0.0.0/8"
"""
_pw = human_pw()
S("systemd-dropin", "proxy-basic-auth", "etc/systemd/system/docker.service.d/http-proxy.conf",
  T(DROPIN_PROXY, v=f"http://svc-docker:{_pw}@proxy.corp.internal:3128", ticket="2291"), _pw,
  "Docker docs: Configure the daemon to use a proxy (systemd drop-in)")
_pw = words_pw()
S("systemd-dropin", "proxy-basic-auth", "etc/systemd/system/containerd.service.d/proxy.conf",
  T(DROPIN_PROXY, v=f"http://buildbot:{_pw}@squid.corp.internal:8080", ticket="3107"), _pw,
  "Docker docs: Configure the daemon to use a proxy (systemd drop-in)")
DV("systemd-dropin", "proxy-no-auth", "etc/systemd/system/kubelet.service.d/http-proxy.conf", DROPIN_PROXY,
   "http://proxy.corp.internal:3128", "Docker docs: Configure the daemon to use a proxy (systemd drop-in)", ticket="1840")

DROPIN_AGENT = r"""# Managed by hand on @HOST@ -- move to config management!
[Unit]
After=network-online.target

[Service]
EnvironmentFile=-/etc/default/@NAME@
Environment=@KEY@=@V@
Environment=DD_SITE=datadoghq.eu
Environment=DD_ENV=production
Restart=always
"""
SV("systemd-dropin", "datadog-api-key", "etc/systemd/system/datadog-agent.service.d/10-apikey.conf", DROPIN_AGENT,
   hexs(32), SYSTEMD_EXEC, host="web-07", name="datadog-agent", key="DD_API_KEY")
SV("systemd-dropin", "newrelic-license", "etc/systemd/system/newrelic-infra.service.d/license.conf", DROPIN_AGENT,
   newrelic_key(), SYSTEMD_EXEC, host="app-03", name="newrelic-infra", key="NRIA_LICENSE_KEY")
DV("systemd-dropin", "env-expansion", "etc/systemd/system/vector.service.d/override.conf", DROPIN_AGENT,
   "${DD_API_KEY}", SYSTEMD_EXEC, host="log-01", name="vector", key="VECTOR_DATADOG_KEY")

# --- EnvironmentFile= targets ------------------------------------------------------------------
ENV_DEFAULT = r"""# /etc/default/@NAME@
# Sourced by @NAME@.service via EnvironmentFile=/etc/default/@NAME@
# Note: systemd does not do shell expansion here; keep values literal.

LISTEN_ADDR=0.0.0.0:8080
LOG_LEVEL=info
WORKERS=8
@LINES@
METRICS_ENABLED=true
"""
_pw = words_pw()
S("envfile", "database-password", "etc/default/hydra-api",
  T(ENV_DEFAULT, name="hydra-api", lines=f"DB_HOST=pg-ha.internal\nDB_USER=hydra\nDB_PASSWORD={_pw}\nDB_NAME=hydra"),
  _pw, SYSTEMD_EXEC)
_v = slack_webhook()
S("envfile", "slack-webhook", "etc/default/alert-relay",
  T(ENV_DEFAULT, name="alert-relay", lines=f"SLACK_CHANNEL=#ops-alerts\nSLACK_WEBHOOK_URL=\"{_v}\""), _v, SYSTEMD_EXEC)
D("envfile", "credentials-directory", "etc/default/shipper",
  T(ENV_DEFAULT, name="shipper", lines="DB_PASSWORD_FILE=/run/credentials/shipper.service/db-password\nAPI_TOKEN_FILE=/run/credentials/shipper.service/api-token"),
  SYSTEMD_CREDS)

ENV_SYSCONFIG = r"""## Path:        System/Services/@NAME@
## Description: Settings for the @NAME@ daemon (RHEL sysconfig)
## Type:        string

OPTIONS="-c /etc/@NAME@/@NAME@.yml"
@KEY@='@V@'
# Set to "yes" to enable debug logging
DEBUG="no"
JAVA_OPTS="-Xms512m -Xmx2g"
"""
SV("envfile", "telegram-token", "etc/sysconfig/tg-alerts", ENV_SYSCONFIG, fakes.telegram_token(_seed()),
   "Red Hat docs: /etc/sysconfig files", name="tg-alerts", key="TELEGRAM_BOT_TOKEN")
SV("envfile", "sendgrid-key", "etc/sysconfig/notifier", ENV_SYSCONFIG, sendgrid_key(),
   "Red Hat docs: /etc/sysconfig files", name="notifier", key="SENDGRID_API_KEY")
DV("envfile", "changeme", "packaging/rpm/sysconfig/notifier.example", ENV_SYSCONFIG, "changeme",
   "Red Hat docs: /etc/sysconfig files", name="notifier", key="SENDGRID_API_KEY")

ENV_APP = r"""# @NAME@.env -- loaded by @NAME@.service (EnvironmentFile=/etc/@NAME@/@NAME@.env)
NODE_ENV=production
PORT=3000
REDIS_URL=@REDIS@
SESSION_SECRET=@SESSION@
SMTP_HOST=smtp.mailgun.org
SMTP_PORT=587
SMTP_USER=postmaster@mg.example.com
SMTP_PASS=@SMTP@
"""
_v = fakes.redis_password(_seed())
S("envfile", "redis-url", "etc/chatops/chatops.env",
  T(ENV_APP, name="chatops", redis=f"redis://:{_v}@10.20.0.14:6379/2", session="${SESSION_SECRET}", smtp="${SMTP_PASS}"),
  _v, SYSTEMD_EXEC)
_v = "key-" + hexs(32)
S("envfile", "mailgun-key", "etc/helpdesk/helpdesk.env",
  T(ENV_APP, name="helpdesk", redis="redis://127.0.0.1:6379/0", session="${SESSION_SECRET}", smtp=_v), _v, SYSTEMD_EXEC)
D("envfile", "sops-encrypted", "deploy/env/helpdesk.enc.env",
  T(ENV_APP, name="helpdesk", redis=sops_value(), session=sops_value(), smtp=sops_value())
  + "sops_version=3.8.1\nsops_lastmodified=2024-05-02T09:14:51Z\nsops_mac=" + sops_value() + "\n"
  + "sops_age__list_0__map_recipient=age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\n",
  "getsops/sops README: dotenv files")

# --- supervisord -------------------------------------------------------------------------------
SUPERVISOR_DOCS = "Supervisor docs: Configuration File ([program:x] environment, [inet_http_server])"
SUP_PROGRAM = r"""; /etc/supervisor/conf.d/@NAME@.conf
[program:@NAME@]
command=/srv/@NAME@/venv/bin/python -m @NAME@.worker --concurrency 4
directory=/srv/@NAME@/current
user=www-data
numprocs=@N@
process_name=%(program_name)s_%(process_num)02d
autostart=true
autorestart=true
startsecs=10
stopwaitsecs=600
stopasgroup=true
killasgroup=true
redirect_stderr=true
stdout_logfile=/var/log/@NAME@/worker.log
stdout_logfile_maxbytes=50MB
environment=HOME="/srv/@NAME@",PYTHONPATH="/srv/@NAME@/current",@KEY@="@V@",LOG_LEVEL="info"
"""
_pw = human_pw()
S("supervisord", "amqp-url", "etc/supervisor/conf.d/ingest.conf",
  T(SUP_PROGRAM, name="ingest", n="2", key="BROKER_URL", v=f"amqp://ingest:{_pw}@rabbit01.internal:5672/ingest"),
  _pw, SUPERVISOR_DOCS)
SV("supervisord", "openai-key", "etc/supervisor/conf.d/summarizer.conf", SUP_PROGRAM, fakes.openai_key(_seed()),
   SUPERVISOR_DOCS, name="summarizer", n="1", key="OPENAI_API_KEY")
DV("supervisord", "env-interpolation", "etc/supervisor/conf.d/thumbnailer.conf", SUP_PROGRAM, "%(ENV_S3_SECRET_KEY)s",
   SUPERVISOR_DOCS, name="thumbnailer", n="3", key="S3_SECRET_KEY")

SUP_MAIN = r"""; supervisor config file

[unix_http_server]
file=/var/run/supervisor.sock   ; (the path to the socket file)
chmod=0700                       ; sockef file mode (default 0700)

[inet_http_server]
port=@PORT@
username=@USER@
password=@V@

[supervisord]
logfile=/var/log/supervisor/supervisord.log
pidfile=/var/run/supervisord.pid
childlogdir=/var/log/supervisor

; the below section must remain in the config file for RPC
; (supervisorctl/web interface) to work
[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix:///var/run/supervisor.sock

[include]
files = /etc/supervisor/conf.d/*.conf
"""
SV("supervisord", "http-password", "etc/supervisor/supervisord.conf", SUP_MAIN, words_pw(), SUPERVISOR_DOCS,
   port="*:9001", user="admin")
SV("supervisord", "http-password", "docker/worker/supervisord.conf", SUP_MAIN, rand_pw(16), SUPERVISOR_DOCS,
   port="0.0.0.0:9001", user="supervisor")
DV("supervisord", "sha-hash", "ansible/roles/supervisor/files/supervisord.conf", SUP_MAIN, "{SHA}" + hexs(40),
   SUPERVISOR_DOCS, port="127.0.0.1:9001", user="ops")
DV("supervisord", "env-interpolation", "docker/base/supervisord.conf", SUP_MAIN, "%(ENV_SUPERVISOR_PASSWORD)s",
   SUPERVISOR_DOCS, port="127.0.0.1:9001", user="%(ENV_SUPERVISOR_USER)s")

SUP_LARAVEL = r"""[program:@NAME@-queue]
process_name=%(program_name)s_%(process_num)02d
command=php /var/www/@NAME@/artisan queue:work redis --sleep=3 --tries=3 --max-time=3600
autostart=true
autorestart=true
stopasgroup=true
killasgroup=true
user=forge
numprocs=8
redirect_stderr=true
stdout_logfile=/var/www/@NAME@/storage/logs/worker.log
stopwaitsecs=3600

[program:@NAME@-scheduler]
command=/bin/sh -c "while true; do php /var/www/@NAME@/artisan schedule:run --verbose --no-interaction; sleep 60; done"
autostart=true
autorestart=true
user=forge
environment=@ENV@
"""
_v = fakes.redis_password(_seed())
S("supervisord", "redis-password", "deploy/supervisor/shopfront-worker.conf",
  T(SUP_LARAVEL, name="shopfront", env=f'REDIS_HOST="10.0.3.7",REDIS_PASSWORD="{_v}",QUEUE_CONNECTION="redis"'),
  _v, "Laravel docs: Queues - Supervisor configuration")
_pw = words_pw()
S("supervisord", "mysql-password", "deploy/supervisor/portal-worker.conf",
  T(SUP_LARAVEL, name="portal", env=f'DB_HOST="mysql.internal",DB_USERNAME="portal",DB_PASSWORD="{_pw}"'),
  _pw, "Laravel docs: Queues - Supervisor configuration")
D("supervisord", "no-credential", "deploy/supervisor/blog-worker.conf",
  T(SUP_LARAVEL, name="blog", env='APP_ENV="production",QUEUE_CONNECTION="database"'),
  "Laravel docs: Queues - Supervisor configuration")

SUP_CLI = r"""[program:@NAME@]
command=/opt/@NAME@/bin/@NAME@ --listen :8443 @FLAG@
user=@NAME@
autostart=true
autorestart=unexpected
exitcodes=0
startretries=5
stdout_logfile=syslog
stderr_logfile=syslog
"""
_v = vault_token()
S("supervisord", "vault-token", "etc/supervisord.d/consul-template.ini",
  T(SUP_CLI, name="consul-template", flag=f"-vault-addr=https://vault.internal:8200 -vault-token={_v} -config /etc/consul-template.d"),
  _v, "HashiCorp consul-template CLI flags; " + SUPERVISOR_DOCS)
_v = rand_pw(32)
S("supervisord", "cli-api-key", "etc/supervisord.d/mqtt-bridge.ini",
  T(SUP_CLI, name="mqtt-bridge", flag=f"--broker mqtts://iot.example.net --username bridge01 --password {_v}"),
  _v, SUPERVISOR_DOCS)

# --- crontab -----------------------------------------------------------------------------------
CRON5 = "crontab(5) man page"
CRON_PG = r"""# m h  dom mon dow   command
MAILTO=dba-alerts@example.com
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin

# nightly logical backup of @DB@ (see runbook DB-7)
15 2 * * * @ENVSET@ pg_dump -h @HOST@ -U backup -Fc @DB@ > /var/backups/pg/@DB@-$(date +\%F).dump 2>>/var/log/pg_backup.log
# prune dumps older than 14 days
45 3 * * * find /var/backups/pg -name '*.dump' -mtime +14 -delete
"""
_v = words_pw()
SV("crontab", "pgpassword", "ops/crontabs/postgres", CRON_PG, _v, CRON5, db="billing", host="10.4.0.21",
   envset=f"PGPASSWORD='{_v}'")
_v = human_pw()
SV("crontab", "pgpassword", "backup/crontab.txt", CRON_PG, _v, CRON5, db="warehouse", host="dw-replica.internal",
   envset=f"PGPASSWORD={_v}")
D("crontab", "pgpass-file", "ops/crontabs/postgres-replica", T(CRON_PG, db="billing", host="10.4.0.22",
  envset="PGPASSFILE=/var/lib/postgresql/.pgpass"), CRON5)

CRON_MYSQL = r"""# Edit this file to introduce tasks to be run by cron.
#
# m h  dom mon dow   command
0 1 * * * /usr/bin/mysqldump -u@USER@ @PWFLAG@ --single-transaction --routines --all-databases | gzip > /backup/mysql/all-$(date +\%Y\%m\%d).sql.gz
30 1 * * 0 /usr/bin/mysqlcheck -u@USER@ @PWFLAG@ --auto-repair --optimize --all-databases > /dev/null
*/10 * * * * /usr/local/bin/check_replication.sh >/dev/null 2>&1
"""
_v = human_pw()
SV("crontab", "mysql-password-flag", "server-configs/db02/root.crontab", CRON_MYSQL, _v, CRON5, user="root",
   pwflag=f"-p'{_v}'")
_v = rand_pw(14)
SV("crontab", "mysql-password-flag", "legacy/cron/mysql-backup.cron", CRON_MYSQL, _v, CRON5, user="backup",
   pwflag=f"--password={_v}")
D("crontab", "defaults-file", "server-configs/db03/root.crontab",
  T(CRON_MYSQL, user="backup", pwflag="--defaults-extra-file=/root/.my.backup.cnf").replace("-ubackup --defaults", "--defaults"), CRON5)

CRON_ENV = r"""SHELL=/bin/sh
MAILTO=""
@ENVLINES@
TZ=Europe/Berlin

# report job failures to chat
*/5 * * * * /opt/scripts/check_queue_depth.sh
0 8 * * 1-5 /opt/scripts/daily_digest.py --channel ops
0 0 1 * * /opt/scripts/rotate_reports.sh
"""
_v = slack_webhook()
S("crontab", "slack-webhook", "cron/ops.crontab", T(CRON_ENV, envlines=f"SLACK_WEBHOOK={_v}"), _v, CRON5)
_v = slack_bot()
S("crontab", "slack-bot-token", "cron/digest.crontab", T(CRON_ENV, envlines=f"SLACK_BOT_TOKEN={_v}\nSLACK_CHANNEL=C04QX2M1B7Z"), _v, CRON5)
_v = discord_webhook()
S("crontab", "discord-webhook", "homelab/cron/pi.crontab", T(CRON_ENV, envlines=f"DISCORD_HOOK=\"{_v}\""), _v, CRON5)
D("crontab", "no-credential", "cron/reports.crontab",
  T(CRON_ENV, envlines="PATH=/usr/local/bin:/usr/bin:/bin\nREPORT_DIR=/srv/reports"), CRON5)

CRON_CURL = r"""# @COMMENT@
@SCHED@ curl -fsS --retry 3 @AUTH@ "@URL@" -o /dev/null
@SCHED2@ /usr/local/bin/cleanup-tmp.sh > /dev/null 2>&1
# keep last line empty

"""
_pw = words_pw()
S("crontab", "curl-basic-auth", "infra/cron/jenkins-trigger.cron",
  T(CRON_CURL, comment="trigger nightly build (jenkins remote trigger)", sched="0 22 * * *", sched2="30 4 * * *",
    auth=f"-u deploy:{_pw}", url="https://jenkins.internal/job/nightly/build?delay=0sec"), _pw, CRON5)
_v = gh_token()
S("crontab", "curl-bearer", "infra/cron/gh-dispatch.cron",
  T(CRON_CURL, comment="kick off the docs rebuild every hour", sched="7 * * * *", sched2="30 5 * * *",
    auth=f"-X POST -H 'Accept: application/vnd.github+json' -H 'Authorization: Bearer {_v}' -d '{{\"ref\":\"main\"}}'",
    url="https://api.github.com/repos/acme/docs/actions/workflows/build.yml/dispatches"), _v, CRON5)
D("crontab", "ping-url", "infra/cron/backup-ping.cron",
  T(CRON_CURL, comment="dead man's switch for the backup box", sched="*/15 * * * *", sched2="30 4 * * *",
    auth="-m 10", url="https://status.example.com/api/push/heartbeat?status=up&msg=OK"), CRON5)

# --- /etc/cron.d -------------------------------------------------------------------------------
CROND = r"""# /etc/cron.d/@NAME@: crontab entries for @NAME@
# Installed by the @NAME@ package; local edits are kept on upgrade.
SHELL=/bin/sh
PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin
@ENVLINES@

# m  h  dom mon dow user     command
@LINE1@
@LINE2@
"""
_kid, _sk = aws_pair()
S("cron-d", "aws-secret-key", "etc/cron.d/s3-sync",
  T(CROND, name="s3-sync", envlines=f"AWS_ACCESS_KEY_ID={_kid}\nAWS_SECRET_ACCESS_KEY={_sk}",
    line1="20 3 * * *  backup   aws s3 sync /srv/exports s3://acme-exports-prod --delete --quiet",
    line2="50 3 * * *  backup   aws s3 ls s3://acme-exports-prod/ > /var/log/s3-sync.last"), _sk, CRON5)
_v = passphrase()
S("cron-d", "restic-password", "etc/cron.d/restic",
  T(CROND, name="restic", envlines=f"RESTIC_REPOSITORY=sftp:backup@nas01:/volume1/restic\nRESTIC_PASSWORD={_v}",
    line1="0 1 * * *  root  restic backup /etc /srv /home --exclude-caches -q",
    line2="0 5 * * 0  root  restic forget --keep-daily 7 --keep-weekly 5 --prune -q"), _v, CRON5)
_v = b2_app_key()
S("cron-d", "backblaze-key", "etc/cron.d/b2-archive",
  T(CROND, name="b2-archive", envlines=f"B2_ACCOUNT_ID=005{hexs(9)}0000000003\nB2_ACCOUNT_KEY={_v}",
    line1="30 2 * * *  archiver  /usr/local/bin/b2 sync --keepDays 30 /srv/archive b2://acme-archive",
    line2="#30 2 * * 6 archiver  /usr/local/bin/b2 ls acme-archive"), _v, CRON5)
D("cron-d", "no-credential", "etc/cron.d/certbot",
  T(CROND, name="certbot", envlines="",
    line1="0 */12 * * * root test -x /usr/bin/certbot -a \\! -d /run/systemd/system && perl -e 'sleep int(rand(43200))' && certbot -q renew",
    line2="# see also: systemctl list-timers certbot.timer"), "Debian certbot package /etc/cron.d/certbot")
D("cron-d", "env-file-reference", "etc/cron.d/restic-offsite",
  T(CROND, name="restic-offsite", envlines="RESTIC_PASSWORD_FILE=/root/.config/restic/offsite.pass\nRESTIC_REPOSITORY=s3:s3.amazonaws.com/acme-restic-offsite",
    line1="0 4 * * *  root  . /root/.config/restic/offsite.env && restic backup /srv -q",
    line2="0 6 * * 0  root  . /root/.config/restic/offsite.env && restic check -q"), CRON5)

CROND_SSHPASS = r"""# rsync the nightly exports to the partner SFTP drop (they do not accept keys, ticket OPS-@TICKET@)
MAILTO=ops@example.com
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin

# m h dom mon dow user command
@SCHED@ exporter sshpass -p '@V@' rsync -az -e "ssh -o StrictHostKeyChecking=no" /srv/exports/outgoing/ @PEER@:/inbox/ >> /var/log/partner-sync.log 2>&1
0 6 * * 1 exporter find /srv/exports/outgoing -type f -mtime +30 -delete
"""
SV("cron-d", "sshpass", "etc/cron.d/partner-sync", CROND_SSHPASS, human_pw(), CRON5, ticket="4412", sched="45 5 * * *",
   peer="acme_feed@sftp.partner.example")
SV("cron-d", "sshpass", "etc/cron.d/lab-results-upload", CROND_SSHPASS, words_pw(), CRON5, ticket="981", sched="*/30 * * * *",
   peer="lab01@ftp.labvendor.example")

# --- scripts that cron runs --------------------------------------------------------------------
SCRIPT_PG = r"""#!/bin/bash
# /etc/cron.daily/pg-backup -- nightly dump of all databases to the NAS
# run-parts needs this file to be executable and have no dot in its name.
set -euo pipefail

BACKUP_DIR=/mnt/nas/pg/$(hostname -s)
STAMP=$(date +%Y%m%d-%H%M)
RETENTION_DAYS=10
@ENVSET@

mkdir -p "$BACKUP_DIR"
for db in $(psql -h @HOST@ -U postgres -Atc "select datname from pg_database where not datistemplate"); do
    pg_dump -h @HOST@ -U postgres -Fc "$db" > "$BACKUP_DIR/${db}-${STAMP}.dump"
done
find "$BACKUP_DIR" -type f -mtime +"$RETENTION_DAYS" -delete
logger -t pg-backup "done: $(ls "$BACKUP_DIR" | wc -l) files"
"""
_v = words_pw()
SV("cron-script", "pgpassword-export", "etc/cron.daily/pg-backup", SCRIPT_PG, _v, "run-parts(8); PostgreSQL docs: PGPASSWORD",
   host="localhost", envset=f'export PGPASSWORD="{_v}"')
_v = rand_pw(22)
SV("cron-script", "pgpassword-export", "scripts/cron/pg_backup_all.sh", SCRIPT_PG, _v, "run-parts(8); PostgreSQL docs: PGPASSWORD",
   host="pg-main.internal", envset=f"export PGPASSWORD={_v}")
D("cron-script", "secret-manager-lookup", "scripts/cron/pg_backup_aws.sh",
  T(SCRIPT_PG, host="pg-main.internal",
    envset='export PGPASSWORD="$(aws secretsmanager get-secret-value --secret-id prod/pg/postgres --query SecretString --output text | jq -r .password)"'),
  "AWS CLI docs: secretsmanager get-secret-value")
D("cron-script", "vault-lookup", "etc/cron.daily/pg-backup-vault",
  T(SCRIPT_PG, host="localhost", envset='export PGPASSWORD="$(vault kv get -field=password secret/pg/backup)"'),
  "Vault CLI docs: vault kv get -field")

SCRIPT_KEY = r"""#!/bin/sh
# /usr/local/bin/pull-configs.sh -- called from cron every 10 min on the edge boxes.
# Writes the deploy key to a temp file because the image has no ssh-agent.
set -e
KEYFILE=$(mktemp)
trap 'rm -f "$KEYFILE"' EXIT
cat > "$KEYFILE" <<'KEY'
@V@
KEY
chmod 600 "$KEYFILE"
GIT_SSH_COMMAND="ssh -i $KEYFILE -o IdentitiesOnly=yes" git -C /etc/edge-config pull --ff-only -q
systemctl reload nginx
"""
SV("cron-script", "private-key-heredoc", "edge/bin/pull-configs.sh", SCRIPT_KEY, openssh_key(), "Bash manual: Here Documents")
SV("cron-script", "private-key-heredoc", "ops/cron/fetch-ruleset.sh", SCRIPT_KEY, rsa_key(), "Bash manual: Here Documents")
SCRIPT_AUTHKEY = r"""#!/bin/sh
# /usr/local/sbin/ensure-deploy-key.sh -- cron @reboot and hourly; puts the CI public key back
# if someone "cleaned up" authorized_keys again.
set -e
AUTH=/home/deploy/.ssh/authorized_keys
KEY='@V@'
install -d -m 700 -o deploy -g deploy /home/deploy/.ssh
grep -qF "$KEY" "$AUTH" 2>/dev/null || cat >> "$AUTH" <<EOF2
$KEY
EOF2
chown deploy:deploy "$AUTH" && chmod 600 "$AUTH"
"""
DV("cron-script", "public-key", "ops/cron/ensure-deploy-key.sh", SCRIPT_AUTHKEY, ssh_pub() + " deploy@ci", "OpenSSH sshd(8): AUTHORIZED_KEYS FILE FORMAT")

SCRIPT_NOTIFY = r"""#!/usr/bin/env bash
# disk-check.sh -- cron: */15 * * * * /opt/ops/disk-check.sh
THRESHOLD=85
WEBHOOK="@V@"
HOST=$(hostname -f)

df -hP -x tmpfs -x devtmpfs | awk 'NR>1 {gsub("%","",$5); print $5, $6}' | while read -r used mount; do
  if [ "$used" -ge "$THRESHOLD" ]; then
    curl -s -X POST -H 'Content-Type: application/json' \
      -d "{\"@FIELD@\": \":warning: ${HOST}: ${mount} is ${used}% full\"}" \
      "$WEBHOOK" > /dev/null
  fi
done
"""
SV("cron-script", "slack-webhook", "opt/ops/disk-check.sh", SCRIPT_NOTIFY, slack_webhook(), "Slack docs: Incoming webhooks", field="text")
SV("cron-script", "discord-webhook", "homelab/scripts/disk-check.sh", SCRIPT_NOTIFY, discord_webhook(), "Discord docs: Webhook resource",
   field="content")
DV("cron-script", "placeholder-webhook", "docs/snippets/disk-check.sh", SCRIPT_NOTIFY,
   "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX", "Slack docs: Incoming webhooks", field="text")

SCRIPT_BORG = r"""#!/bin/sh
# borg-backup -- root crontab: 30 2 * * * /root/bin/borg-backup >> /var/log/borg.log 2>&1

export BORG_REPO='ssh://u@SUB@@u@SUB@.your-storagebox.de:23/./backups/@HOST@'
@ENVSET@
export BORG_RSH='ssh -i /root/.ssh/storagebox_ed25519'

info() { printf "\n%s %s\n\n" "$( date )" "$*" >&2; }
trap 'echo $( date ) Backup interrupted >&2; exit 2' INT TERM

info "Starting backup"
borg create --verbose --filter AME --list --stats --show-rc --compression lz4 \
    --exclude-caches --exclude '/home/*/.cache/*' --exclude '/var/tmp/*' \
    ::'{hostname}-{now}' /etc /home /root /var
info "Pruning repository"
borg prune --list --glob-archives '{hostname}-*' --show-rc \
    --keep-daily 7 --keep-weekly 4 --keep-monthly 6
borg compact
"""
_v = passphrase()
SV("cron-script", "borg-passphrase", "root/bin/borg-backup", SCRIPT_BORG, _v, "BorgBackup docs: Automating backups (example script)",
   sub="281734", host="web01", envset=f"export BORG_PASSPHRASE='{_v}'")
_v = words_pw()
SV("cron-script", "borg-passphrase", "ansible/files/borg-backup-mail.sh", SCRIPT_BORG, _v,
   "BorgBackup docs: Automating backups (example script)", sub="190044", host="mail", envset=f'export BORG_PASSPHRASE="{_v}"')
D("cron-script", "passcommand", "ansible/files/borg-backup-db.sh",
  T(SCRIPT_BORG, sub="190044", host="db", envset="export BORG_PASSCOMMAND='cat /root/.borg-passphrase'"),
  "BorgBackup docs: Automating backups (BORG_PASSCOMMAND)")

SCRIPT_PY = r"""#!/usr/bin/env python3
"""+'"""'+r"""Sync new orders to the ERP. Run from cron: */5 * * * * /opt/erp-sync/sync.py"""+'"""'+r"""
import logging
import sys

import requests

ERP_URL = "https://erp.internal/api/v2/orders"
@CRED@
log = logging.getLogger("erp-sync")


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    session = requests.Session()
    session.headers["Authorization"] = f"Token {API_TOKEN}"
    resp = session.get("https://shop.internal/api/orders?status=new", timeout=30)
    resp.raise_for_status()
    for order in resp.json()["results"]:
        r = session.post(ERP_URL, json=order, timeout=30)
        log.info("order %s -> %s", order["id"], r.status_code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
"""
_v = hexs(40)
S("cron-script", "api-token", "opt/erp-sync/sync.py", T(SCRIPT_PY, cred=f'API_TOKEN = "{_v}"'), _v,
  "Django REST framework docs: TokenAuthentication")
D("cron-script", "env-lookup", "opt/crm-sync/sync.py",
  T(SCRIPT_PY, cred='import os\n\nAPI_TOKEN = os.environ["CRM_API_TOKEN"]'), "Python docs: os.environ")

# --- Celery ------------------------------------------------------------------------------------
CELERY_DOCS = "Celery docs: Configuration and defaults (broker_url, result_backend, beat_schedule)"
CELERYCONFIG = r"""# celeryconfig.py -- loaded with app.config_from_object('celeryconfig')
from celery.schedules import crontab

broker_url = "@BROKER@"
result_backend = "@BACKEND@"

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Amsterdam"
enable_utc = True
task_acks_late = True
worker_prefetch_multiplier = 1

beat_schedule = {
    "refresh-exchange-rates": {
        "task": "pricing.tasks.refresh_rates",
        "schedule": crontab(minute="*/30"),
    },
    "send-weekly-digest": {
        "task": "mailer.tasks.weekly_digest",
        "schedule": crontab(hour=7, minute=0, day_of_week="mon"),
    },
}
"""
_pw = human_pw()
S("celery", "amqp-url", "pricing/celeryconfig.py",
  T(CELERYCONFIG, broker=f"amqp://pricing:{_pw}@rabbitmq.prod.internal:5672/pricing", backend="rpc://"), _pw, CELERY_DOCS)
_v = fakes.redis_password(_seed())
S("celery", "redis-url", "mailer/celeryconfig.py",
  T(CELERYCONFIG, broker="redis://10.1.2.3:6379/0", backend=f"redis://:{_v}@10.1.2.3:6379/1"), _v, CELERY_DOCS)
_pw = words_pw()
S("celery", "result-backend-url", "workers/celeryconfig_prod.py",
  T(CELERYCONFIG, broker="sqs://", backend=f"db+postgresql://celery:{_pw}@pg.internal/celery_results"), _pw, CELERY_DOCS)
D("celery", "local-dev-url", "workers/celeryconfig_dev.py",
  T(CELERYCONFIG, broker="amqp://guest:guest@localhost:5672//", backend="redis://localhost:6379/1"), CELERY_DOCS)

CELERY_DJANGO = r"""# settings/production.py (excerpt)
import os

from celery.schedules import crontab

from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]

CELERY_BROKER_URL = @BROKER@
CELERY_RESULT_BACKEND = "django-db"
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    "cleanup-sessions": {"task": "core.tasks.cleanup_sessions", "schedule": crontab(hour=3, minute=15)},
    "sync-inventory": {"task": "inventory.tasks.sync", "schedule": 300.0},
}
CELERY_TASK_TIME_LIMIT = 30 * 60
"""
_v = fakes.redis_password(_seed())
S("celery", "django-broker-url", "app/settings/production.py",
  T(CELERY_DJANGO, broker=f'"rediss://default:{_v}@redis-prod.abc123.ng.0001.euw1.cache.amazonaws.com:6379/0?ssl_cert_reqs=required"'),
  _v, "Celery docs: First steps with Django")
D("celery", "env-lookup", "portal/settings/production.py",
  T(CELERY_DJANGO, broker='os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")'),
  "Celery docs: First steps with Django")

CELERYD = r"""# /etc/default/celeryd -- generic init script config (celery multi)
CELERYD_NODES="w1 w2"
CELERY_BIN="/srv/@NAME@/venv/bin/celery"
CELERY_APP="@NAME@"
CELERYD_CHDIR="/srv/@NAME@/current"
CELERYD_OPTS="--time-limit=300 --concurrency=8"
CELERYD_LOG_FILE="/var/log/celery/%n%I.log"
CELERYD_PID_FILE="/var/run/celery/%n.pid"
CELERYD_USER="celery"
CELERYD_GROUP="celery"
CELERY_CREATE_DIRS=1
export @KEY@="@V@"
"""
_pw = words_pw()
S("celery", "celeryd-broker", "etc/default/celeryd",
  T(CELERYD, name="reports", key="CELERY_BROKER_URL", v=f"amqp://reports:{_pw}@mq01:5672/reports"), _pw,
  "Celery docs: Daemonization (init-script: celeryd)")
DV("celery", "celeryd-placeholder", "contrib/generic-init.d/celeryd.example", CELERYD, "amqp://user:password@localhost:5672/vhost",
   "Celery docs: Daemonization (init-script: celeryd)", name="proj", key="CELERY_BROKER_URL")

FLOWER_DOCS = "Flower docs: Authentication (basic_auth, OAuth) and configuration"
FLOWERCONFIG = r"""# flowerconfig.py
# RabbitMQ management api
broker_api = "@API@"

# Enable debug logging
logging = "INFO"
port = 5555
address = "0.0.0.0"
url_prefix = "flower"
max_tasks = 10000
persistent = True
db = "/var/lib/flower/flower.db"

@AUTH@
"""
_pw = human_pw()
S("flower", "basic-auth", "ops/flower/flowerconfig.py",
  T(FLOWERCONFIG, api="http://guest:guest@localhost:15672/api/", auth=f'basic_auth = ["admin:{_pw}"]'),
  _pw, FLOWER_DOCS)
_pw = words_pw()
S("flower", "broker-api-password", "deploy/flower/flowerconfig.py",
  T(FLOWERCONFIG, api=f"https://monitor:{_pw}@rabbit.prod.internal:15671/api/", auth='auth = ".*@example\\.com"\nauth_provider = "flower.views.auth.GoogleLoginHandler"'),
  _pw, FLOWER_DOCS)
D("flower", "env-auth", "services/flower/flowerconfig.py",
  T(FLOWERCONFIG, api="http://localhost:15672/api/", auth='import os\n\nbasic_auth = [os.environ["FLOWER_BASIC_AUTH"]]'), FLOWER_DOCS)

FLOWER_UNIT = r"""[Unit]
Description=Flower - Celery monitoring
After=network.target

[Service]
User=celery
WorkingDirectory=/srv/@NAME@/current
ExecStart=/srv/@NAME@/venv/bin/celery -A @NAME@ flower \
    --port=5555 --url_prefix=flower \
    @AUTH@
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""
_pw = rand_pw(12)
S("flower", "basic-auth-flag", "etc/systemd/system/flower.service",
  T(FLOWER_UNIT, name="shop", auth=f"--basic-auth=ops:{_pw}"), _pw, FLOWER_DOCS)
_v = "GOCSPX-" + alnum(28, "_-")
S("flower", "oauth2-secret", "etc/systemd/system/flower-oauth.service",
  T(FLOWER_UNIT, name="shop", auth="--auth=.*@acme\\.io --oauth2_key=" + f"{hexs(12)}-{alnum(32).lower()}.apps.googleusercontent.com --oauth2_secret={_v} --oauth2_redirect_uri=https://flower.acme.io/login"),
  _v, FLOWER_DOCS)
D("flower", "env-expansion", "etc/systemd/system/flower-staging.service",
  T(FLOWER_UNIT, name="shop", auth="--basic-auth=${FLOWER_USER}:${FLOWER_PASSWORD}").replace("User=celery", "User=celery\nEnvironmentFile=/etc/flower/flower.env"),
  FLOWER_DOCS)

# --- Airflow -----------------------------------------------------------------------------------
AIRFLOW_CFG_DOCS = "Apache Airflow docs: Configuration Reference (airflow.cfg)"
AIRFLOW_CFG = r"""[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
parallelism = 32
load_examples = False
fernet_key = @FERNET@

[database]
sql_alchemy_conn = @SQL@
sql_alchemy_pool_size = 10

[webserver]
base_url = https://airflow.example.com
secret_key = @WEBSECRET@
expose_config = False

[celery]
broker_url = redis://airflow-redis:6379/0
result_backend = db+postgresql://airflow@airflow-pg/airflow

[smtp]
smtp_host = smtp.office365.com
smtp_starttls = True
smtp_user = airflow@example.com
smtp_port = 587
smtp_mail_from = airflow@example.com
@SMTP@

[scheduler]
min_file_process_interval = 60
"""
_v = fernet_key()
S("airflow", "fernet-key", "airflow/airflow.cfg",
  T(AIRFLOW_CFG, fernet=_v, sql="postgresql+psycopg2://airflow@airflow-pg/airflow", websecret="{WEBSERVER_SECRET}",
    smtp="# smtp_password comes from AIRFLOW__SMTP__SMTP_PASSWORD"), _v, AIRFLOW_CFG_DOCS)
_pw = words_pw()
S("airflow", "sql-alchemy-conn", "deploy/airflow/airflow.cfg",
  T(AIRFLOW_CFG, fernet="", sql=f"postgresql+psycopg2://airflow:{_pw}@airflow-pg.internal:5432/airflow", websecret="",
    smtp="# smtp_password comes from AIRFLOW__SMTP__SMTP_PASSWORD"), _pw, AIRFLOW_CFG_DOCS)
_pw = human_pw()
S("airflow", "smtp-password", "config/airflow.cfg",
  T(AIRFLOW_CFG, fernet="", sql="postgresql+psycopg2://airflow@airflow-pg/airflow", websecret="",
    smtp=f"smtp_password = {_pw}"), _pw, AIRFLOW_CFG_DOCS)
D("airflow", "cmd-and-secret-options", "helm/airflow/files/airflow.cfg",
  T(AIRFLOW_CFG, fernet="", sql="", websecret="", smtp="")
  .replace("fernet_key = \n", "fernet_key_cmd = cat /run/secrets/fernet_key\n")
  .replace("sql_alchemy_conn = \n", "sql_alchemy_conn_secret = sql_alchemy_conn\n")
  .replace("secret_key = \n", "secret_key_cmd = cat /run/secrets/webserver_secret\n")
  + "\n[secrets]\nbackend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend\n"
    'backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables"}\n',
  "Apache Airflow docs: Setting Configuration Options (_cmd and _secret)")

AIRFLOW_CONN_JSON = r"""{
    "@ID1@": {
        "conn_type": "@TYPE1@",
        "description": "@DESC1@",
        "host": "@HOST1@",
        "login": "@LOGIN1@",
        "password": @V@,
        "schema": "@SCHEMA1@",
        "port": @PORT1@,
        "extra": ""
    },
    "http_status_page": {
        "conn_type": "http",
        "description": "public status page, no auth",
        "host": "https://status.example.com",
        "login": null,
        "password": null,
        "schema": null,
        "port": null,
        "extra": "{\"timeout\": 10}"
    }
}
"""
_v = words_pw()
S("airflow", "connection-password", "airflow/connections.json",
  T(AIRFLOW_CONN_JSON, v=f'"{_v}"', id1="warehouse_pg", type1="postgres", desc1="DWH primary", host1="dwh.internal",
    login1="etl", schema1="analytics", port1="5432"), _v, "Apache Airflow docs: Managing Connections (airflow connections export)")
_v = rand_pw(24)
S("airflow", "connection-password", "dags/config/connections_export.json",
  T(AIRFLOW_CONN_JSON, v=f'"{_v}"', id1="snowflake_default", type1="snowflake", desc1="Snowflake (ETL role)",
    host1="xy12345.eu-central-1.snowflakecomputing.com", login1="AIRFLOW_ETL", schema1="RAW", port1="443"),
  _v, "Apache Airflow docs: Managing Connections (airflow connections export)")
D("airflow", "null-password", "tests/fixtures/connections.json",
  T(AIRFLOW_CONN_JSON, v="null", id1="local_pg", type1="postgres", desc1="docker-compose db", host1="postgres",
    login1="airflow", schema1="airflow", port1="5432"), "Apache Airflow docs: Managing Connections (airflow connections export)")

AIRFLOW_ENV = r"""# Airflow environment for the scheduler and workers (EnvironmentFile of airflow-*.service)
AIRFLOW_HOME=/opt/airflow
AIRFLOW__CORE__EXECUTOR=CeleryExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__LOGGING__REMOTE_LOGGING=True
AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER=s3://acme-airflow-logs/prod
@LINES@
"""
_pw = words_pw()
S("airflow", "conn-uri-env", "etc/airflow/airflow.env",
  T(AIRFLOW_ENV, lines=f"AIRFLOW_CONN_MYSQL_CRM='mysql://crm_reader:{_pw}@crm-db.internal:3306/crm'\nAIRFLOW_CONN_S3_LOGS='aws://'"),
  _pw, "Apache Airflow docs: Storing connections in environment variables")
_v = rand_pw(32)
S("airflow", "conn-json-env", "etc/airflow/workers.env",
  T(AIRFLOW_ENV, lines='AIRFLOW_CONN_SFTP_PARTNER=\'{"conn_type": "sftp", "login": "acme", "password": "' + _v + '", "host": "sftp.partner.example", "port": 22}\''),
  _v, "Apache Airflow docs: Storing connections in environment variables (JSON format)")
D("airflow", "conn-uri-no-password", "etc/airflow/scheduler.env",
  T(AIRFLOW_ENV, lines="AIRFLOW_CONN_AWS_DEFAULT='aws://?region_name=eu-west-1&role_arn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fairflow'\nAIRFLOW__SECRETS__BACKEND=airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend"),
  "Apache Airflow docs: Storing connections in environment variables")

AIRFLOW_VARS = r"""{
    "environment": "production",
    "dwh_schema": "analytics",
    "report_recipients": "finance@example.com,ops@example.com",
    "@KEY@": "@V@",
    "max_active_partitions": "12",
    "feature_flags": "{\"use_new_loader\": true}"
}
"""
SV("airflow", "variable-api-key", "airflow/variables/prod.json", AIRFLOW_VARS, sendgrid_key(),
   "Apache Airflow docs: Variables (airflow variables import)", key="sendgrid_api_key")
SV("airflow", "variable-token", "airflow/variables/variables.json", AIRFLOW_VARS, slack_bot(),
   "Apache Airflow docs: Variables (airflow variables import)", key="slack_bot_token")
DV("airflow", "variable-non-secret", "airflow/variables/staging.json", AIRFLOW_VARS, "s3://acme-staging-landing/incoming/",
   "Apache Airflow docs: Variables (airflow variables import)", key="landing_bucket")

AIRFLOW_DAG = r"""from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
@IMPORT@

default_args = {
    "owner": "data-eng",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
    "email": ["data-alerts@example.com"],
}

with DAG(
    dag_id="@DAGID@",
    schedule="0 4 * * *",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    default_args=default_args,
    tags=["ingest"],
) as dag:
    extract = BashOperator(
        task_id="extract",
        bash_command=@CMD@,
    )
    load = BashOperator(task_id="load", bash_command="python /opt/etl/load.py --date {{ ds }}")
    extract >> load
"""
_pw = human_pw()
S("airflow", "dag-hardcoded-password", "dags/ingest_crm.py",
  T(AIRFLOW_DAG, dagid="ingest_crm", import_="", cmd=f'"mysqldump -h crm-db.internal -u etl -p\'{_pw}\' crm contacts > /data/crm/{{{{ ds }}}}.sql"')
  .replace("@IMPORT@\n", ""), _pw, "Apache Airflow docs: BashOperator")
_v = gh_token()
S("airflow", "dag-hardcoded-token", "dags/ingest_github_issues.py",
  T(AIRFLOW_DAG, dagid="ingest_github_issues", cmd='"python /opt/etl/gh_issues.py --since {{ ds }}"', import_="")
  .replace("@IMPORT@\n", "") .replace('"owner": "data-eng",', f'"owner": "data-eng",\n    "env": {{"GITHUB_TOKEN": "{_v}"}},'),
  _v, "Apache Airflow docs: BashOperator")
D("airflow", "dag-templated-conn", "dags/ingest_billing.py",
  T(AIRFLOW_DAG, dagid="ingest_billing",
    cmd='"PGPASSWORD={{ conn.billing_pg.password }} psql -h {{ conn.billing_pg.host }} -U {{ conn.billing_pg.login }} -c \'\\\\copy invoices to /data/invoices.csv csv\'"')
  .replace("@IMPORT@\n", ""), "Apache Airflow docs: Templates reference (conn macro)")
D("airflow", "dag-variable-get", "dags/ingest_ads.py",
  T(AIRFLOW_DAG, dagid="ingest_ads", cmd='f"python /opt/etl/ads.py --token {Variable.get(\'ads_api_token\')}"')
  .replace("@IMPORT@", "from airflow.models import Variable"), "Apache Airflow docs: Variables")

AIRFLOW_COMPOSE = r"""x-airflow-common:
  &airflow-common
  image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:2.9.2}
  environment:
    &airflow-common-env
    AIRFLOW__CORE__EXECUTOR: CeleryExecutor
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: @SQL@
    AIRFLOW__CELERY__BROKER_URL: redis://:@redis:6379/0
    AIRFLOW__CORE__FERNET_KEY: '@FERNET@'
    AIRFLOW__CORE__LOAD_EXAMPLES: 'false'
    AIRFLOW__API__AUTH_BACKENDS: 'airflow.api.auth.backend.basic_auth,airflow.api.auth.backend.session'
  volumes:
    - ${AIRFLOW_PROJ_DIR:-.}/dags:/opt/airflow/dags
    - ${AIRFLOW_PROJ_DIR:-.}/logs:/opt/airflow/logs
  user: "${AIRFLOW_UID:-50000}:0"

services:
  airflow-scheduler:
    <<: *airflow-common
    command: scheduler
    restart: always
  airflow-webserver:
    <<: *airflow-common
    command: webserver
    ports:
      - "8080:8080"
"""
_pw = words_pw()
S("airflow", "compose-sql-conn", "infra/airflow/docker-compose.prod.yaml",
  T(AIRFLOW_COMPOSE, sql=f"postgresql+psycopg2://airflow:{_pw}@10.30.1.5/airflow", fernet="${AIRFLOW_FERNET_KEY}"), _pw,
  "Apache Airflow docs: Running Airflow in Docker (docker-compose.yaml)")
_v = fernet_key()
S("airflow", "compose-fernet-key", "infra/airflow/docker-compose.override.yaml",
  T(AIRFLOW_COMPOSE, sql="postgresql+psycopg2://airflow:airflow@postgres/airflow", fernet=_v), _v,
  "Apache Airflow docs: Running Airflow in Docker (docker-compose.yaml)")
D("airflow", "compose-quickstart-defaults", "docker-compose.yaml",
  T(AIRFLOW_COMPOSE, sql="postgresql+psycopg2://airflow:airflow@postgres/airflow", fernet=""),
  "Apache Airflow docs: Running Airflow in Docker (docker-compose.yaml)")

# --- Jenkins -----------------------------------------------------------------------------------
JOB_DSL_DOCS = "Jenkins Job DSL plugin API viewer (job, triggers, steps, wrappers)"
JOB_DSL = r"""// jobs/@NAME@.groovy -- seeded by the seed job
job('@NAME@') {
    description('Nightly export to the reporting bucket. Owner: data-platform')
    logRotator {
        numToKeep(30)
    }
    label('linux && docker')
    triggers {
        cron('H 2 * * *')
    }
@WRAP@
    steps {
        shell('''
            set -e
            ./gradlew exportReports -Penv=prod
            @SHELL@
        '''.stripIndent())
    }
    publishers {
        mailer('data-platform@example.com', true, true)
    }
}
"""
_kid, _sk = aws_pair()
S("jenkins", "job-dsl-aws", "jobs/reports_export.groovy",
  T(JOB_DSL, name="reports_export", wrap="",
    shell=f"AWS_ACCESS_KEY_ID={_kid} AWS_SECRET_ACCESS_KEY={_sk} aws s3 cp build/reports s3://acme-reports/ --recursive"),
  _sk, JOB_DSL_DOCS)
_pw = words_pw()
S("jenkins", "job-dsl-curl", "jobs/partner_push.groovy",
  T(JOB_DSL, name="partner_push", wrap="",
    shell=f"curl -fsS -u acme-ci:{_pw} -T build/reports/daily.csv https://upload.partner.example/inbox/"), _pw, JOB_DSL_DOCS)
D("jenkins", "job-dsl-credentials-binding", "jobs/reports_export_v2.groovy",
  T(JOB_DSL, name="reports_export_v2",
    wrap="    wrappers {\n        credentialsBinding {\n            usernamePassword('AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'reports-s3-uploader')\n        }\n    }",
    shell="aws s3 cp build/reports s3://acme-reports/ --recursive"), JOB_DSL_DOCS)

JENKINSFILE = r"""pipeline {
    agent { label 'deploy' }
    triggers { cron('H 5 * * 1-5') }
    options {
        timestamps()
        disableConcurrentBuilds()
    }
    environment {
        APP = '@APP@'
        REGISTRY = 'registry.example.com'
        @ENV@
    }
    stages {
        stage('Refresh cache') {
            steps {
                sh './scripts/refresh-cache.sh "$APP"'
            }
        }
        stage('Notify') {
            steps {
                sh 'curl -s -X POST -H "Authorization: Bearer $NOTIFY_TOKEN" https://notify.internal/api/v1/events -d "app=$APP"'
            }
        }
    }
}
"""
_v = rand_pw(40)
S("jenkins", "jenkinsfile-env", "ci/nightly-cache/Jenkinsfile", T(JENKINSFILE, app="catalog", env=f"NOTIFY_TOKEN = '{_v}'"), _v,
  "Jenkins docs: Pipeline syntax (environment, triggers)")
_v = npm_token()
S("jenkins", "jenkinsfile-npm-token", "Jenkinsfile.nightly",
  T(JENKINSFILE, app="web", env=f"NOTIFY_TOKEN = credentials('notify-token')\n        NPM_TOKEN = \"{_v}\""), _v,
  "Jenkins docs: Pipeline syntax (environment, triggers)")
D("jenkins", "jenkinsfile-credentials", "ci/nightly-search/Jenkinsfile",
  T(JENKINSFILE, app="search", env="NOTIFY_TOKEN = credentials('notify-token')"),
  "Jenkins docs: Using credentials (credentials() helper)")

JCASC = r"""jenkins:
  systemMessage: "Jenkins configured as code. Manual changes will be lost."
  numExecutors: 0
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: "admin"
          password: "@ADMIN@"
  authorizationStrategy:
    loggedInUsersCanDoAnything:
      allowAnonymousRead: false

credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: "nexus-deploy"
              username: "deploy"
              password: "@NEXUS@"
          - string:
              scope: GLOBAL
              id: "slack-token"
              secret: "@SLACK@"

unclassified:
  location:
    url: https://ci.example.com/
  slackNotifier:
    teamDomain: acme
    tokenCredentialId: slack-token
"""
_pw = words_pw()
S("jenkins", "jcasc-admin-password", "jenkins/casc/jenkins.yaml",
  T(JCASC, admin=_pw, nexus="${NEXUS_PASSWORD}", slack="${SLACK_TOKEN}"), _pw, "Jenkins Configuration as Code docs (handling secrets)")
_v = slack_bot()
S("jenkins", "jcasc-string-credential", "ci/jenkins/casc.yaml",
  T(JCASC, admin="${ADMIN_PASSWORD}", nexus="${NEXUS_PASSWORD}", slack=_v), _v, "Jenkins Configuration as Code docs (handling secrets)")
D("jenkins", "jcasc-variables", "jenkins/casc/jenkins.prod.yaml",
  T(JCASC, admin="${ADMIN_PASSWORD}", nexus="${readFile:/run/secrets/nexus-password}", slack="${SLACK_TOKEN}"),
  "Jenkins Configuration as Code docs (handling secrets)")

JENKINS_XML_CREDS = r"""<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus-deploy</id>
          <description>Nexus deploy user</description>
          <username>deploy</username>
          <password>@P1@</password>
          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>sonar-token</id>
          <description></description>
          <secret>@P2@</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""
D("jenkins", "encrypted-credentials-xml", "jenkins_home/credentials.xml", T(JENKINS_XML_CREDS, p1=jenkins_secret(), p2=jenkins_secret()),
  "Jenkins credentials plugin: credentials.xml (values encrypted with the master key)")

JENKINS_JOB_XML = r"""<?xml version='1.1' encoding='UTF-8'?>
<project>
  <description>Purge CDN cache every morning</description>
  <keepDependencies>false</keepDependencies>
  <properties/>
  <scm class="hudson.scm.NullSCM"/>
  <canRoam>true</canRoam>
  <disabled>false</disabled>
  <triggers>
    <hudson.triggers.TimerTrigger>
      <spec>H 6 * * *</spec>
    </hudson.triggers.TimerTrigger>
  </triggers>
  <concurrentBuild>false</concurrentBuild>
  <builders>
    <hudson.tasks.Shell>
      <command>curl -sS -X POST &quot;https://api.cloudflare.com/client/v4/zones/@ZONE@/purge_cache&quot; \
  -H &quot;Authorization: Bearer @V@&quot; \
  -H &quot;Content-Type: application/json&quot; --data &apos;{&quot;purge_everything&quot;:true}&apos;</command>
    </hudson.tasks.Shell>
  </builders>
  <publishers/>
  <buildWrappers/>
</project>
"""
SV("jenkins", "job-config-xml", "jenkins_home/jobs/purge-cdn/config.xml", JENKINS_JOB_XML, alnum(40, "_-"),
   "Jenkins freestyle job config.xml (TimerTrigger, hudson.tasks.Shell)", zone=hexs(32))
DV("jenkins", "job-config-xml-env", "jenkins_home/jobs/purge-cdn-staging/config.xml", JENKINS_JOB_XML, "$CF_API_TOKEN",
   "Jenkins freestyle job config.xml (TimerTrigger, hudson.tasks.Shell)", zone=hexs(32))

JENKINS_REMOTE = r"""#!/bin/bash
# trigger-rebuild.sh -- cron on the artifact box: 0 */4 * * * /opt/ci/trigger-rebuild.sh
# Uses a Jenkins user API token (User > Configure > API Token).
JENKINS_URL=https://ci.example.com
JOB=mirror-refresh
JENKINS_USER=@USER@
JENKINS_TOKEN=@V@

curl -fsS -X POST --user "$JENKINS_USER:$JENKINS_TOKEN" \
  "$JENKINS_URL/job/$JOB/buildWithParameters?MIRROR=all&FORCE=false"
"""
SV("jenkins", "api-token", "opt/ci/trigger-rebuild.sh", JENKINS_REMOTE, jenkins_token(), "Jenkins docs: Remote access API (API tokens)",
   user="svc-mirror")
SV("jenkins", "api-token", "tools/jenkins/kick-nightly.sh", JENKINS_REMOTE, jenkins_token(), "Jenkins docs: Remote access API (API tokens)",
   user="release-bot")
DV("jenkins", "api-token-placeholder", "docs/ci/trigger-example.sh", JENKINS_REMOTE, "<paste-your-api-token>",
   "Jenkins docs: Remote access API (API tokens)", user="your.name")

# --- Rundeck -----------------------------------------------------------------------------------
RUNDECK_JOB_DOCS = "Rundeck docs: Job YAML format (options, schedule, sequence)"
RUNDECK_YAML = r"""- defaultTab: output
  description: '@DESC@'
  executionEnabled: true
  group: ops/maintenance
  id: @ID@
  loglevel: INFO
  name: @NAME@
  nodeFilterEditable: false
  nodefilters:
    dispatch:
      excludePrecedence: true
      keepgoing: false
      rankOrder: ascending
      threadcount: '1'
    filter: 'tags: db-primary'
  options:
@OPTIONS@
  schedule:
    month: '*'
    time:
      hour: '01'
      minute: '30'
      seconds: '0'
    weekday:
      day: '*'
    year: '*'
  scheduleEnabled: true
  sequence:
    commands:
    - exec: @EXEC@
    keepgoing: false
    strategy: node-first
  uuid: @ID@
"""
_id = uuid_s()
_pw = words_pw()
S("rundeck", "job-option-default", "rundeck/jobs/ops/vacuum-analyze.yaml",
  T(RUNDECK_YAML, desc="VACUUM ANALYZE on the primary", id=_id, name="vacuum-analyze",
    options=f"  - name: db_password\n    value: '{_pw}'\n    hidden: true\n  - name: database\n    value: orders",
    exec="PGPASSWORD=${option.db_password} vacuumdb -h localhost -U maint --analyze ${option.database}"), _pw, RUNDECK_JOB_DOCS)
_id = uuid_s()
_pw = human_pw()
S("rundeck", "job-exec-password", "rundeck/jobs/ops/rotate-logs.yaml",
  T(RUNDECK_YAML, desc="Compress and ship app logs", id=_id, name="rotate-logs",
    options="  - name: days\n    value: '7'",
    exec=f"'lftp -u logship,{_pw} -e \"mirror -R /var/log/app/archive /incoming; bye\" ftp.logs.internal'"), _pw, RUNDECK_JOB_DOCS)
_id = uuid_s()
D("rundeck", "secure-option-storage-path", "rundeck/jobs/ops/reindex.yaml",
  T(RUNDECK_YAML, desc="Reindex search cluster", id=_id, name="reindex",
    options="  - name: es_password\n    secure: true\n    storagePath: keys/project/ops/es/elastic.password\n    valueExposed: true\n    required: true",
    exec="curl -u elastic:${option.es_password} -XPOST https://es.internal:9200/_reindex -d @/opt/rundeck/reindex.json"),
  RUNDECK_JOB_DOCS)

RUNDECK_CONFIG = r"""#loglevel.default is the default log level for jobs: ERROR,WARN,INFO,VERBOSE,DEBUG
loglevel.default=INFO
rdeck.base=/var/lib/rundeck

#rss.enabled if set to true enables RSS feeds that are public (non-authenticated)
rss.enabled=false
server.address=0.0.0.0
grails.serverURL=https://rundeck.example.com
dataSource.dbCreate = none
dataSource.url = jdbc:mysql://@DBHOST@/rundeck?autoReconnect=true&useSSL=true
dataSource.username = rundeck
dataSource.password = @DBPW@
dataSource.driverClassName = org.mariadb.jdbc.Driver

# Encryption for key storage
rundeck.storage.provider.1.type=db
rundeck.storage.provider.1.path=keys
rundeck.storage.converter.1.type=jasypt-encryption
rundeck.storage.converter.1.path=keys
rundeck.storage.converter.1.config.encryptorType=custom
rundeck.storage.converter.1.config.password=@STPW@
rundeck.storage.converter.1.config.algorithm=PBEWITHSHA256AND128BITAES-CBC-BC
rundeck.feature.repository.enabled=true
"""
_pw = words_pw()
S("rundeck", "datasource-password", "etc/rundeck/rundeck-config.properties",
  T(RUNDECK_CONFIG, dbhost="mariadb.internal", dbpw=_pw, stpw="${RUNDECK_STORAGE_PASSWORD}"), _pw,
  "Rundeck docs: rundeck-config.properties (dataSource, storage converter)")
_v = rand_pw(32)
S("rundeck", "storage-converter-password", "docker/rundeck/rundeck-config.properties",
  T(RUNDECK_CONFIG, dbhost="db:3306", dbpw="${RUNDECK_DATABASE_PASSWORD}", stpw=_v), _v,
  "Rundeck docs: rundeck-config.properties (dataSource, storage converter)")
D("rundeck", "template-placeholders", "ansible/roles/rundeck/templates/rundeck-config.properties.j2",
  T(RUNDECK_CONFIG, dbhost="{{ rundeck_db_host }}", dbpw="{{ rundeck_db_password }}", stpw="{{ vault_rundeck_storage_password }}"),
  "Rundeck docs: rundeck-config.properties (dataSource, storage converter)")

REALM = r"""#
# This file defines users passwords and roles for a HashUserRealm
#
# The format is
#  <username>: <password>[,<rolename> ...]
#
# Passwords may be clear text, obfuscated or checksummed.  The class
# org.eclipse.util.Password should be used to generate obfuscated
# passwords or password checksums
#
# This sets the default user accounts for the Rundeck app
#
admin:@V@,user,admin,architect,deploy,build
ops:@V2@,user,ops
"""
_pw = words_pw()
S("rundeck", "realm-plaintext", "etc/rundeck/realm.properties", T(REALM, v=_pw, v2="MD5:" + hexs(32)), _pw,
  "Rundeck docs: Authenticating Users (realm.properties)")
D("rundeck", "realm-hashed", "docker/rundeck/realm.properties", T(REALM, v="MD5:" + hexs(32), v2="CRYPT:" + alnum(13, "./")),
  "Rundeck docs: Authenticating Users (realm.properties, MD5/CRYPT)")

RUNDECK_TOKEN_SCRIPT = r"""#!/usr/bin/env bash
# run-deploy-job.sh -- called by the release cron to fire the Rundeck job by API
RD_URL="https://rundeck.example.com"
RD_TOKEN="@V@"
JOB_ID="@JOB@"

curl -sS -X POST \
  -H "X-Rundeck-Auth-Token: ${RD_TOKEN}" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{"options": {"version": "latest"}}' \
  "${RD_URL}/api/41/job/${JOB_ID}/run"
"""
SV("rundeck", "api-token", "release/run-deploy-job.sh", RUNDECK_TOKEN_SCRIPT, alnum(32), "Rundeck API docs: Authentication (X-Rundeck-Auth-Token)",
   job=uuid_s())
DV("rundeck", "api-token-env", "release/run-smoke-job.sh", RUNDECK_TOKEN_SCRIPT, "${RUNDECK_TOKEN:?set RUNDECK_TOKEN}",
   "Rundeck API docs: Authentication (X-Rundeck-Auth-Token)", job=uuid_s())

# --- Nomad -------------------------------------------------------------------------------------
NOMAD_DOCS = "Nomad docs: Job specification (env, template, artifact, periodic)"
NOMAD_ENV = r"""job "@NAME@" {
  datacenters = ["dc1"]
  type        = "batch"

  periodic {
    crons            = ["@CRON@"]
    prohibit_overlap = true
    time_zone        = "UTC"
  }

  group "@NAME@" {
    task "run" {
      driver = "docker"

      config {
        image   = "registry.internal/jobs/@NAME@:2024.06.1"
        command = "/app/run"
      }

      env {
        LOG_LEVEL = "info"
        @KEY@     = "@V@"
      }

      resources {
        cpu    = 200
        memory = 256
      }
    }
  }
}
"""
_pw = human_pw()
S("nomad", "env-database-url", "nomad/jobs/invoice-reminders.nomad.hcl",
  T(NOMAD_ENV, name="invoice-reminders", cron="0 9 * * *", key="DATABASE_URL",
    v=f"postgres://reminders:{_pw}@billing-db.service.consul:5432/billing"), _pw, NOMAD_DOCS)
SV("nomad", "env-twilio-token", "nomad/jobs/sms-digest.nomad", NOMAD_ENV, hexs(32), NOMAD_DOCS, name="sms-digest",
   cron="30 7 * * *", key="TWILIO_AUTH_TOKEN")
DV("nomad", "env-runtime-interpolation", "nomad/jobs/cache-warmer.nomad.hcl", NOMAD_ENV, "${NOMAD_ALLOC_DIR}/cache",
   NOMAD_DOCS, name="cache-warmer", cron="*/20 * * * *", key="CACHE_DIR")

NOMAD_TEMPLATE = r"""job "payments-api" {
  datacenters = ["@DC@"]

  group "api" {
    count = 3

    network {
      port "http" { to = 8080 }
    }

    task "api" {
      driver = "docker"
      @VAULT@
      config {
        image = "registry.internal/payments-api:3.18.0"
        ports = ["http"]
      }

      template {
        destination = "secrets/app.env"
        env         = true
        change_mode = "restart"
        data        = <<EOH
@DATA@
EOH
      }
    }
  }
}
"""
D("nomad", "vault-template", "nomad/jobs/payments-api.nomad.hcl",
  T(NOMAD_TEMPLATE, dc="eu-west", vault="vault {\n        policies = [\"payments-api\"]\n      }\n",
    data='{{ with secret "kv/data/payments/api" }}\nSTRIPE_SECRET_KEY={{ .Data.data.stripe_key }}\nDB_PASSWORD={{ .Data.data.db_password }}\n{{ end }}\nDB_HOST={{ range service "payments-db" }}{{ .Address }}{{ end }}'),
  "Nomad docs: template block (Vault integration)")
D("nomad", "nomad-variables-template", "nomad/jobs/payments-api-nv.nomad.hcl",
  T(NOMAD_TEMPLATE, dc="us-east", vault="",
    data='{{ with nomadVar "nomad/jobs/payments-api" }}\nSTRIPE_SECRET_KEY={{ .stripe_key }}\nDB_PASSWORD={{ .db_password }}\n{{ end }}'),
  "Nomad docs: Variables (nomadVar in template)")
_v = stripe_key()
S("nomad", "template-inline-secret", "nomad/jobs/payments-api-hotfix.nomad.hcl",
  T(NOMAD_TEMPLATE, dc="eu-west", vault="",
    data=f"STRIPE_SECRET_KEY={_v}\nDB_HOST=payments-db.service.consul"), _v, "Nomad docs: template block")

NOMAD_AUTH = r"""job "@NAME@" {
  datacenters = ["dc1"]
  type        = "service"

  group "web" {
    task "web" {
      driver = "docker"

      config {
        image = "@IMAGE@"
        auth {
          username = "@USER@"
          password = "@V@"
        }
      }

      resources {
        cpu    = 500
        memory = 512
      }
    }
  }
}
"""
SV("nomad", "docker-auth-password", "deploy/nomad/storefront.hcl", NOMAD_AUTH, dockerhub_pat(), "Nomad docs: Docker driver (auth block)",
   name="storefront", image="acmecorp/storefront:1.9.3", user="acmecorpci")
SV("nomad", "docker-auth-password", "deploy/nomad/admin-ui.hcl", NOMAD_AUTH, gl_token(), "Nomad docs: Docker driver (auth block)",
   name="admin-ui", image="registry.gitlab.com/acme/admin-ui:main", user="gitlab-ci-token")
DV("nomad", "docker-auth-env", "deploy/nomad/docs-site.hcl", NOMAD_AUTH, "${meta.registry_password}", "Nomad docs: Docker driver (auth block)",
   name="docs-site", image="registry.internal/docs:latest", user="${meta.registry_user}")

NOMAD_ARTIFACT = r"""job "report-builder" {
  datacenters = ["dc1"]
  type        = "batch"

  periodic {
    cron             = "15 1 * * *"
    prohibit_overlap = true
  }

  group "build" {
    task "build" {
      driver = "exec"

      artifact {
        source      = "@SOURCE@"
        destination = "local/bin"
        options {
          checksum = "sha256:@SUM@"
        }
      }

      config {
        command = "local/bin/report-builder"
        args    = ["--date", "yesterday"]
      }
    }
  }
}
"""
_kid, _sk = aws_pair()
S("nomad", "artifact-s3-credentials", "nomad/batch/report-builder.nomad",
  T(NOMAD_ARTIFACT, source=f"s3::https://s3-eu-west-1.amazonaws.com/acme-artifacts/report-builder/1.4.0/report-builder.tar.gz?aws_access_key_id={_kid}&aws_access_key_secret={_sk}",
    sum=hexs(64)), _sk, "Nomad docs: artifact block (go-getter S3 options)")
D("nomad", "artifact-checksum", "nomad/batch/report-builder-public.nomad",
  T(NOMAD_ARTIFACT, source="https://github.com/acme/report-builder/releases/download/v1.4.0/report-builder_linux_amd64.tar.gz",
    sum=hexs(64)), "Nomad docs: artifact block (checksum option)")

NOMAD_AGENT = r"""# /etc/nomad.d/server.hcl
datacenter = "dc1"
data_dir   = "/opt/nomad/data"
bind_addr  = "0.0.0.0"

server {
  enabled          = true
  bootstrap_expect = 3
  encrypt          = "@GOSSIP@"
}

acl {
  enabled = true
}

vault {
  enabled = true
  address = "https://vault.service.consul:8200"
  @VTOKEN@
}

telemetry {
  prometheus_metrics         = true
  publish_allocation_metrics = true
}
"""
_v = gossip_key()
S("nomad", "gossip-key", "etc/nomad.d/server.hcl", T(NOMAD_AGENT, gossip=_v, vtoken=""), _v,
  "Nomad docs: Agent configuration (server encrypt, gossip encryption)")
_v = vault_token()
S("nomad", "vault-token", "infra/nomad/server.hcl", T(NOMAD_AGENT, gossip="{{ nomad_gossip_key }}", vtoken=f'token   = "{_v}"'), _v,
  "Nomad docs: vault block (token)")
D("nomad", "templated-agent", "ansible/roles/nomad/templates/server.hcl.j2",
  T(NOMAD_AGENT, gossip="{{ nomad_encrypt_key }}", vtoken='# token comes from VAULT_TOKEN in the unit environment'),
  "Nomad docs: Agent configuration (server encrypt)")

NOMAD_CLI = r"""#!/bin/sh
# nightly-gc.sh -- cron: 0 4 * * * /opt/ops/nightly-gc.sh
export NOMAD_ADDR=https://nomad.service.consul:4646
export NOMAD_TOKEN=@V@
export NOMAD_CACERT=/etc/nomad.d/tls/nomad-ca.pem

nomad system gc
nomad job status -short | awk '$4 == "dead" {print $1}' | xargs -r -n1 nomad job stop -purge
"""
SV("nomad", "acl-token", "opt/ops/nightly-gc.sh", NOMAD_CLI, uuid_s(), "Nomad docs: ACL tokens (NOMAD_TOKEN)")
DV("nomad", "acl-token-file", "opt/ops/weekly-gc.sh", NOMAD_CLI, "$(cat /etc/nomad.d/gc.token)", "Nomad docs: ACL tokens (NOMAD_TOKEN)")

# --- PM2 ---------------------------------------------------------------------------------------
PM2_DOCS = "PM2 docs: Ecosystem File (apps, env_production, cron_restart, deploy)"
PM2_JS = r"""module.exports = {
  apps: [
    {
      name: "@NAME@-api",
      script: "./dist/server.js",
      instances: "max",
      exec_mode: "cluster",
      max_memory_restart: "512M",
      env: {
        NODE_ENV: "development",
        PORT: 3000,
      },
      env_production: {
        NODE_ENV: "production",
        PORT: 8080,
        @KEY@: @V@,
      },
    },
    {
      name: "@NAME@-nightly",
      script: "./dist/jobs/nightly.js",
      instances: 1,
      autorestart: false,
      cron_restart: "0 3 * * *",
    },
  ],
};
"""
_pw = words_pw()
S("pm2", "mongodb-uri", "ecosystem.config.js",
  T(PM2_JS, name="orders", key="MONGODB_URI", v=f'"mongodb+srv://orders-app:{_pw}@cluster0.x7k2p.mongodb.net/orders?retryWrites=true&w=majority"'),
  _pw, PM2_DOCS)
_v = stripe_key()
S("pm2", "stripe-key", "apps/checkout/ecosystem.config.js", T(PM2_JS, name="checkout", key="STRIPE_SECRET_KEY", v=f"'{_v}'"), _v, PM2_DOCS)
_v = fakes.openai_key(_seed())
S("pm2", "split-literal", "apps/assistant/ecosystem.config.js",
  T(PM2_JS, name="assistant", key="OPENAI_API_KEY", v=f"\"{_v[:60]}\" +\n          \"{_v[60:]}\""), _v, PM2_DOCS)
DV("pm2", "process-env", "apps/catalog/ecosystem.config.js", PM2_JS, "process.env.CATALOG_DB_URL", PM2_DOCS, name="catalog",
   key="DATABASE_URL")

PM2_DEPLOY = r"""module.exports = {
  apps: [{ name: "@NAME@", script: "server.js", env_production: { NODE_ENV: "production" } }],

  deploy: {
    production: {
      user: "deploy",
      host: ["10.0.4.11", "10.0.4.12"],
      ref: "origin/main",
      repo: "@REPO@",
      path: "/var/www/@NAME@",
      "pre-deploy-local": "echo 'deploying @NAME@'",
      "post-deploy": "npm ci && pm2 reload ecosystem.config.js --env production",
      env: {
        NODE_ENV: "production",
      },
    },
  },
};
"""
_v = gh_token()
S("pm2", "deploy-repo-token", "ecosystem.deploy.config.js",
  T(PM2_DEPLOY, name="landing", repo=f"https://x-access-token:{_v}@github.com/acme/landing.git"), _v,
  "PM2 docs: Deployment system (ecosystem deploy section)")
D("pm2", "deploy-ssh-repo", "services/landing/ecosystem.config.js",
  T(PM2_DEPLOY, name="landing", repo="git@github.com:acme/landing.git"), "PM2 docs: Deployment system (ecosystem deploy section)")

PM2_JSON = r"""{
  "apps": [
    {
      "name": "@NAME@",
      "script": "worker.js",
      "cwd": "/srv/@NAME@",
      "watch": false,
      "cron_restart": "*/30 * * * *",
      "log_date_format": "YYYY-MM-DD HH:mm Z",
      "env": {
        "NODE_ENV": "production",
        "@KEY@": "@V@",
        "QUEUE": "default"
      }
    }
  ]
}
"""
SV("pm2", "json-sendgrid", "process.json", PM2_JSON, sendgrid_key(), "PM2 docs: Ecosystem File (JSON format)", name="mailer",
   key="SENDGRID_API_KEY")
_v = fakes.redis_password(_seed())
S("pm2", "json-redis-url", "deploy/pm2/queue-worker.json", T(PM2_JSON, name="queue-worker", key="REDIS_URL", v=f"redis://default:{_v}@redis-14223.c1.eu-west-1-2.ec2.cloud.redislabs.com:14223"),
  _v, "PM2 docs: Ecosystem File (JSON format)")
DV("pm2", "json-placeholder", "deploy/pm2/queue-worker.example.json", PM2_JSON, "your-sendgrid-api-key-here",
   "PM2 docs: Ecosystem File (JSON format)", name="queue-worker", key="SENDGRID_API_KEY")

PM2_YAML = r"""apps:
  - script: ./bot/index.js
    name: @NAME@
    instances: 1
    exec_mode: fork
    cron_restart: "0 */6 * * *"
    env:
      NODE_ENV: production
      @KEY@: @V@
"""
SV("pm2", "yaml-telegram", "process.yml", PM2_YAML, fakes.telegram_token(_seed()), "PM2 docs: Ecosystem File (YAML format)",
   name="alerts-bot", key="BOT_TOKEN")
DV("pm2", "yaml-env-reference", "bots/process.yml", PM2_YAML, "${DISCORD_TOKEN}", "PM2 docs: Ecosystem File (YAML format)",
   name="discord-bot", key="DISCORD_TOKEN")

# --- Windows Task Scheduler --------------------------------------------------------------------
TASK_DOCS = "Microsoft Learn: Task Scheduler Schema (Task, Principals, Actions/Exec)"
TASK_XML = r"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Date>2023-11-02T14:21:07.4411522</Date>
    <Author>CORP\@AUTHOR@</Author>
    <Description>@DESC@</Description>
    <URI>\Ops\@TASKNAME@</URI>
  </RegistrationInfo>
  <Triggers>
    <CalendarTrigger>
      <StartBoundary>2023-11-03T01:30:00</StartBoundary>
      <Enabled>true</Enabled>
      <ScheduleByDay>
        <DaysInterval>1</DaysInterval>
      </ScheduleByDay>
    </CalendarTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <UserId>@PRINCIPAL@</UserId>
      <LogonType>Password</LogonType>
      <RunLevel>HighestAvailable</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StartWhenAvailable>true</StartWhenAvailable>
    <ExecutionTimeLimit>PT2H</ExecutionTimeLimit>
    <Enabled>true</Enabled>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>@COMMAND@</Command>
      <Arguments>@ARGS@</Arguments>
      <WorkingDirectory>C:\Scripts</WorkingDirectory>
    </Exec>
  </Actions>
</Task>
"""
_pw = words_pw()
S("windows-task", "sqlcmd-password", "scheduled-tasks/Nightly SQL Backup.xml",
  crlf(T(TASK_XML, author="sqladmin", desc="Full backup of ERP database to \\\\backup01\\sql", taskname="Nightly SQL Backup",
         principal="CORP\\svc-sqlbackup", command="sqlcmd.exe",
         args=f"-S ERPSQL01 -U backup_op -P {_pw} -Q &quot;BACKUP DATABASE [ERP] TO DISK=N'\\\\backup01\\sql\\ERP.bak' WITH COMPRESSION, INIT&quot;")),
  _pw, TASK_DOCS)
_v = azure_account_key()[:43].replace("+", "%2B").replace("/", "%2F") + "%3D"
S("windows-task", "azure-sas-signature", "infra/windows/tasks/UploadLogsToBlob.xml",
  crlf(T(TASK_XML, author="j.meyer", desc="Upload IIS logs to blob storage", taskname="UploadLogsToBlob",
         principal="S-1-5-18", command="C:\\Program Files\\AzCopy\\azcopy.exe",
         args=f"copy &quot;C:\\inetpub\\logs\\LogFiles\\*&quot; &quot;https://acmelogs.blob.core.windows.net/iis?sv=2022-11-02&amp;ss=b&amp;srt=co&amp;sp=rwlac&amp;se=2026-06-30T21:00:00Z&amp;st=2024-06-30T13:00:00Z&amp;spr=https&amp;sig={_v}&quot; --recursive --overwrite=ifSourceNewer")),
  _v, TASK_DOCS)
_v = alnum(32)
S("windows-task", "powershell-api-key", "infra/windows/tasks/SyncAdUsers.xml",
  crlf(T(TASK_XML, author="adm-kp", desc="Push AD users to the HR system", taskname="SyncAdUsers",
         principal="CORP\\svc-adsync", command="powershell.exe",
         args=f"-NoProfile -ExecutionPolicy Bypass -File C:\\Scripts\\Sync-AdUsers.ps1 -ApiUrl https://hr.example.com/api -ApiKey {_v}")),
  _v, TASK_DOCS)
D("windows-task", "no-credential", "scheduled-tasks/CleanupTemp.xml",
  crlf(T(TASK_XML, author="sqladmin", desc="Delete temp files older than 7 days", taskname="CleanupTemp",
         principal="S-1-5-19", command="powershell.exe",
         args="-NoProfile -File C:\\Scripts\\Cleanup-Temp.ps1 -Days 7 -Path D:\\Temp")), TASK_DOCS)
D("windows-task", "gmsa-principal", "scheduled-tasks/ReportMailer.xml",
  crlf(T(TASK_XML, author="adm-kp", desc="Mail the weekly KPI report", taskname="ReportMailer",
         principal="CORP\\gmsa-reports$", command="powershell.exe",
         args="-NoProfile -File C:\\Scripts\\Send-Report.ps1 -CredentialName ReportSmtp")
       .replace("<LogonType>Password</LogonType>", "<LogonType>Password</LogonType>\n      <!-- gMSA: no stored password, retrieved from AD -->")), TASK_DOCS)

SCHTASKS_BAT = r"""@echo off
REM register-tasks.cmd -- run once on new app servers (elevated)
REM @NOTE@

schtasks /Create /TN "\Acme\InvoiceExport" /TR "C:\Acme\bin\invoice-export.exe --all" ^
  /SC DAILY /ST 02:15 /RU "@RUUSER@" @RPFLAG@ /RL HIGHEST /F

schtasks /Create /TN "\Acme\PurgeLogs" /TR "powershell -NoProfile -File C:\Acme\scripts\purge-logs.ps1" ^
  /SC WEEKLY /D SUN /ST 04:00 /RU SYSTEM /F

echo Tasks registered.
"""
_pw = human_pw()
S("windows-script", "schtasks-rp", "deploy/windows/register-tasks.cmd",
  crlf(T(SCHTASKS_BAT, note="TODO move svc password to the vault", ruuser="ACME\\svc-invoice", rpflag=f"/RP \"{_pw}\"")), _pw,
  "Microsoft Learn: schtasks create (/RU /RP)")
D("windows-script", "schtasks-prompt", "deploy/windows/register-tasks-prompt.cmd",
  crlf(T(SCHTASKS_BAT, note="/RP * prompts for the password at run time", ruuser="ACME\\svc-invoice", rpflag="/RP *")),
  "Microsoft Learn: schtasks create (/RU /RP *)")

REGISTER_PS1 = r"""#Requires -RunAsAdministrator
<#
.SYNOPSIS
  Registers the nightly ETL task on the reporting server.
#>
param(
    [string]$TaskName = "Nightly ETL",
    [string]$User = "REPORTING\svc-etl"
)

$action  = New-ScheduledTaskAction -Execute "C:\ETL\run-etl.exe" -Argument "--profile prod" -WorkingDirectory "C:\ETL"
$trigger = New-ScheduledTaskTrigger -Daily -At 3am
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 3)

@CRED@

Register-ScheduledTask -TaskName $TaskName -TaskPath "\Reporting\" -Action $action -Trigger $trigger `
    -Settings $settings -User $User -Password $password -RunLevel Highest -Force
"""
_pw = words_pw()
S("windows-script", "register-task-password", "scripts/Register-EtlTask.ps1",
  crlf(T(REGISTER_PS1, cred=f"$password = '{_pw}'")), _pw, "Microsoft Learn: Register-ScheduledTask (-User -Password)")
_pw = human_pw()
S("windows-script", "register-task-password", "ops/windows/Install-Tasks.ps1",
  T(REGISTER_PS1, cred=f'$password = "{_pw}"  # svc-etl, expires 2025-03'), _pw,
  "Microsoft Learn: Register-ScheduledTask (-User -Password)")
D("windows-script", "secretmanagement", "ops/windows/Install-Tasks.v2.ps1",
  crlf(T(REGISTER_PS1, cred="$cred = Get-Secret -Vault CorpVault -Name 'svc-etl'\n$password = $cred.GetNetworkCredential().Password")),
  "Microsoft Learn: SecretManagement module (Get-Secret)")

# --- launchd -----------------------------------------------------------------------------------
LAUNCHD_DOCS = "launchd.plist(5): EnvironmentVariables, ProgramArguments, StartCalendarInterval"
PLIST_ENV = r"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>Label</key>
	<string>@LABEL@</string>
	<key>ProgramArguments</key>
	<array>
		<string>@PROGRAM@</string>
	</array>
	<key>EnvironmentVariables</key>
	<dict>
		<key>PATH</key>
		<string>/opt/homebrew/bin:/usr/local/bin:/usr/bin:/bin</string>
		<key>@KEY@</key>
		<string>@V@</string>
	</dict>
	<key>StartCalendarInterval</key>
	<dict>
		<key>Hour</key>
		<integer>@HOUR@</integer>
		<key>Minute</key>
		<integer>0</integer>
	</dict>
	<key>StandardOutPath</key>
	<string>/tmp/@LABEL@.out.log</string>
	<key>StandardErrorPath</key>
	<string>/tmp/@LABEL@.err.log</string>
</dict>
</plist>
"""
SV("launchd", "env-aws-secret", "Library/LaunchAgents/com.acme.photo-backup.plist", PLIST_ENV, fakes.aws_secret_key(_seed()), LAUNCHD_DOCS,
   label="com.acme.photo-backup", program="/Users/dana/bin/photo-backup.sh", key="AWS_SECRET_ACCESS_KEY", hour="1")
SV("launchd", "env-github-token", "dotfiles/launchd/io.github.dana.repo-sync.plist", PLIST_ENV, fakes.github_fine_grained_token(_seed()),
   LAUNCHD_DOCS, label="io.github.dana.repo-sync", program="/Users/dana/bin/repo-sync", key="GH_TOKEN", hour="9")
SV("launchd", "env-restic-password", "Library/LaunchDaemons/net.restic.backup.plist", PLIST_ENV, passphrase(), LAUNCHD_DOCS,
   label="net.restic.backup", program="/usr/local/bin/restic-backup.sh", key="RESTIC_PASSWORD", hour="2")
DV("launchd", "env-file-path", "Library/LaunchDaemons/net.restic.backup-ext.plist", PLIST_ENV, "/Library/Application Support/restic/password.txt",
   LAUNCHD_DOCS, label="net.restic.backup-ext", program="/usr/local/bin/restic-backup.sh", key="RESTIC_PASSWORD_FILE", hour="3")

PLIST_ARGS = r"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>Label</key>
    <string>@LABEL@</string>
    <key>ProgramArguments</key>
    <array>
        <string>/usr/local/bin/@BIN@</string>
@ARGS@
    </array>
    <key>KeepAlive</key>
    <true/>
    <key>RunAtLoad</key>
    <true/>
    <key>ThrottleInterval</key>
    <integer>30</integer>
</dict>
</plist>
"""
D("launchd", "credentials-file-path", "Library/LaunchDaemons/com.cloudflare.cloudflared.plist",
  T(PLIST_ARGS, label="com.cloudflare.cloudflared", bin="cloudflared",
    args="        <string>tunnel</string>\n        <string>--config</string>\n        <string>/etc/cloudflared/config.yml</string>\n        <string>run</string>\n        <string>" + uuid_s() + "</string>"),
  "Cloudflare docs: Run cloudflared as a service on macOS")
_pw = human_pw()
S("launchd", "cli-password", "Library/LaunchAgents/com.acme.vpn-keepalive.plist",
  T(PLIST_ARGS, label="com.acme.vpn-keepalive", bin="openconnect",
    args=f"        <string>--user=dana.k</string>\n        <string>--passwd-on-stdin</string>\n        <string>--script-tun</string>\n        <string>vpn.acme.example</string>\n        <string>--cookie-on-stdin=no</string>\n        <string>--form-entry=main:password={_pw}</string>"),
  _pw, LAUNCHD_DOCS)
_v = rand_pw(24)
S("launchd", "cli-password", "Library/LaunchDaemons/org.minio.mc-mirror.plist",
  T(PLIST_ARGS, label="org.minio.mc-mirror", bin="mc",
    args=f"        <string>mirror</string>\n        <string>--watch</string>\n        <string>/Volumes/Media</string>\n        <string>https://media-sync:{_v}@minio.home.arpa/media</string>"),
  _v, LAUNCHD_DOCS)
D("launchd", "keychain-lookup", "Library/LaunchAgents/com.acme.mail-fetch.plist",
  T(PLIST_ARGS, label="com.acme.mail-fetch", bin="fetchmail-wrapper",
    args="        <string>--password-cmd</string>\n        <string>security find-generic-password -s fetchmail -a dana -w</string>"),
  LAUNCHD_DOCS)
D("launchd", "no-credential", "Library/LaunchAgents/homebrew.mxcl.redis.plist",
  T(PLIST_ARGS, label="homebrew.mxcl.redis", bin="redis-server", args="        <string>/opt/homebrew/etc/redis.conf</string>"),
  "Homebrew services plist (homebrew.mxcl.*)")

# --- Kubernetes CronJob ------------------------------------------------------------------------
K8S_DOCS = "Kubernetes docs: CronJob, Secret (data is base64), env valueFrom.secretKeyRef"
K8S_CRONJOB = r"""apiVersion: batch/v1
kind: CronJob
metadata:
  name: @NAME@
  namespace: jobs
spec:
  schedule: "@CRON@"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 5
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: @NAME@
              image: registry.internal/jobs/@NAME@:1.7.0
              args: ["--since", "24h"]
              env:
                - name: LOG_FORMAT
                  value: json
                - name: @KEY@
@ENV@
"""
_v = hexs(32)
S("k8s-cronjob", "env-value", "k8s/jobs/pagerduty-sync-cronjob.yaml",
  T(K8S_CRONJOB, name="pagerduty-sync", cron="*/10 * * * *", key="PAGERDUTY_ROUTING_KEY", env=f'                  value: "{_v}"'),
  _v, K8S_DOCS)
D("k8s-cronjob", "secret-key-ref", "k8s/jobs/stale-branch-cleanup-cronjob.yaml",
  T(K8S_CRONJOB, name="stale-branch-cleanup", cron="0 6 * * 1", key="GITHUB_TOKEN",
    env="                  valueFrom:\n                    secretKeyRef:\n                      name: github-bot\n                      key: token"), K8S_DOCS)

K8S_SECRET_JOB = r"""apiVersion: v1
kind: Secret
metadata:
  name: @NAME@-credentials
  namespace: jobs
type: Opaque
data:
  DB_USER: @USER@
  DB_PASSWORD: @V@
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: @NAME@
  namespace: jobs
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: dump
              image: postgres:16-alpine
              command: ["/bin/sh", "-c", "pg_dump -h $DB_HOST -U $DB_USER app | gzip > /backup/app-$(date +%F).sql.gz"]
              envFrom:
                - secretRef:
                    name: @NAME@-credentials
"""
_pw = words_pw()
S("k8s-cronjob", "secret-base64", "deploy/k8s/pg-backup.yaml", T(K8S_SECRET_JOB, name="pg-backup", user=b64("backup"), v=b64(_pw)), _pw, K8S_DOCS)
_pw = human_pw()
S("k8s-cronjob", "secret-base64", "deploy/k8s/crm-backup.yaml", T(K8S_SECRET_JOB, name="crm-backup", user=b64("crm_backup"), v=b64(_pw)), _pw, K8S_DOCS)
D("k8s-cronjob", "sealed-secret", "deploy/k8s/sealed/pg-backup-sealed.yaml",
  "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: pg-backup-credentials\n  namespace: jobs\nspec:\n"
  "  encryptedData:\n    DB_USER: " + b64rand(280) + "\n    DB_PASSWORD: " + b64rand(290) + "\n  template:\n    metadata:\n"
  "      name: pg-backup-credentials\n      namespace: jobs\n    type: Opaque\n", "bitnami-labs/sealed-secrets README: SealedSecret")

# --- Quartz ------------------------------------------------------------------------------------
QUARTZ = r"""#============================================================================
# Configure Main Scheduler Properties
#============================================================================
org.quartz.scheduler.instanceName = @NAME@Scheduler
org.quartz.scheduler.instanceId = AUTO
org.quartz.threadPool.class = org.quartz.simpl.SimpleThreadPool
org.quartz.threadPool.threadCount = 10

#============================================================================
# Configure JobStore
#============================================================================
org.quartz.jobStore.class = org.quartz.impl.jdbcjobstore.JobStoreTX
org.quartz.jobStore.driverDelegateClass = org.quartz.impl.jdbcjobstore.PostgreSQLDelegate
org.quartz.jobStore.useProperties = false
org.quartz.jobStore.dataSource = myDS
org.quartz.jobStore.tablePrefix = QRTZ_
org.quartz.jobStore.isClustered = true

#============================================================================
# Configure Datasources
#============================================================================
org.quartz.dataSource.myDS.driver = org.postgresql.Driver
org.quartz.dataSource.myDS.URL = jdbc:postgresql://@HOST@:5432/quartz
org.quartz.dataSource.myDS.user = quartz
org.quartz.dataSource.myDS.password = @V@
org.quartz.dataSource.myDS.maxConnections = 12
"""
SV("quartz", "datasource-password", "src/main/resources/quartz.properties", QUARTZ, words_pw(),
   "Quartz Scheduler docs: Configuration Reference (DataSources)", name="Billing", host="pg-quartz.internal")
DV("quartz", "spring-placeholder", "scheduler/src/main/resources/quartz.properties", QUARTZ, "${QUARTZ_DB_PASSWORD}",
   "Quartz Scheduler docs: Configuration Reference (DataSources)", name="Reports", host="${QUARTZ_DB_HOST}")
DV("quartz", "local-test-password", "scheduler/src/test/resources/quartz-test.properties", QUARTZ, "",
   "Quartz Scheduler docs: Configuration Reference (DataSources)", name="Test", host="localhost")

# --- Upstart / OpenRC / Monit ------------------------------------------------------------------
UPSTART = r"""# /etc/init/@NAME@.conf
description "@NAME@ worker"
author "ops@example.com"

start on (local-filesystems and net-device-up IFACE!=lo)
stop on runlevel [016]

respawn
respawn limit 10 5
setuid @NAME@
chdir /opt/@NAME@

env NODE_ENV=production
env @KEY@=@V@

exec /usr/bin/node /opt/@NAME@/index.js >> /var/log/@NAME@.log 2>&1
"""
_tok = hexs(32)
S("upstart", "env-twilio", "etc/init/sms-gateway.conf",
  T(UPSTART, name="sms-gateway", key="TWILIO_AUTH_TOKEN", v=_tok).replace("env NODE_ENV=production", "env NODE_ENV=production\nenv TWILIO_ACCOUNT_SID=AC" + hexs(32)),
  _tok, "Upstart Intro, Cookbook and Best Practises: env stanza")
DV("upstart", "env-no-credential", "etc/init/feed-poller.conf", UPSTART, "https://feeds.example.com/v1", "Upstart Intro, Cookbook and Best Practises: env stanza",
   name="feed-poller", key="FEED_URL")

OPENRC = r"""# /etc/conf.d/@NAME@
# Options for /etc/init.d/@NAME@ (OpenRC)

command_user="@NAME@:@NAME@"
@NAME@_opts="--config /etc/@NAME@/config.toml"
@LINE@
rc_need="net"
output_log="/var/log/@NAME@.log"
"""
_v = fakes.redis_password(_seed())
S("openrc", "conf-d-env", "etc/conf.d/alertmanager-relay",
  T(OPENRC, name="alertmanager-relay", line=f"export SMTP_PASSWORD=\"{_v}\""), _v, "OpenRC Service Script Guide: conf.d files")
D("openrc", "conf-d-no-credential", "etc/conf.d/node-exporter",
  T(OPENRC, name="node-exporter", line='export GOMAXPROCS="2"'), "OpenRC Service Script Guide: conf.d files")

MONITRC = r"""set daemon 60
set log /var/log/monit.log
set idfile /var/lib/monit/id
set statefile /var/lib/monit/state

set mailserver @MAILSERVER@
set alert ops@example.com not on { instance, action }

set httpd port 2812 and
    use address 0.0.0.0
    allow 10.0.0.0/8
    allow @HTTPAUTH@

check process nginx with pidfile /run/nginx.pid
    start program = "/bin/systemctl start nginx"
    stop program  = "/bin/systemctl stop nginx"
    if failed host 127.0.0.1 port 80 protocol http then restart
    if 5 restarts within 5 cycles then timeout

check filesystem rootfs with path /
    if space usage > 90% then alert
"""
_pw = human_pw()
S("monit", "httpd-allow-password", "etc/monit/monitrc",
  T(MONITRC, mailserver="localhost", httpauth=f"admin:{_pw}"), _pw, "Monit documentation: set httpd, allow user:password")
_pw = words_pw()
S("monit", "mailserver-password", "ansible/files/monitrc",
  T(MONITRC, mailserver=f"smtp.gmail.com port 587\n    username \"alerts@example.com\" password \"{_pw}\"\n    using tls",
    httpauth="@monit-admins read-only"), _pw, "Monit documentation: set mailserver (username/password)")
D("monit", "pam-group", "etc/monit/monitrc.d/base",
  T(MONITRC, mailserver="localhost", httpauth="@monit"), "Monit documentation: set httpd (PAM group allow @group)")

# --- Ansible cron module -----------------------------------------------------------------------
ANSIBLE_CRON = r"""---
- name: Install nightly export job
  ansible.builtin.cron:
    name: "nightly export"
    user: exporter
    minute: "10"
    hour: "2"
    job: "/opt/export/run.sh >> /var/log/export.log 2>&1"

- name: Set the export API token for cron
  ansible.builtin.cron:
    name: EXPORT_API_TOKEN
    env: true
    user: exporter
    job: @V@
"""
_v = gl_token()
S("ansible-cron", "cron-env-token", "roles/exporter/tasks/cron.yml", T(ANSIBLE_CRON, v=f'"{_v}"'), _v,
  "Ansible docs: ansible.builtin.cron (env: true)")
DV("ansible-cron", "jinja-vault-var", "roles/exporter-staging/tasks/cron.yml", ANSIBLE_CRON, '"{{ vault_export_api_token }}"',
   "Ansible docs: ansible.builtin.cron (env: true)")
D("ansible-cron", "ansible-vault-vars", "roles/exporter/vars/secrets.yml",
  "---\n# encrypted with ansible-vault; edit with `ansible-vault edit`\nvault_export_api_token: !vault |\n          "
  + ansible_vault("          ") + "\nexport_api_url: https://export.example.com/api\n", "Ansible docs: Encrypting content with Ansible Vault")

# --- Ruby schedulers: whenever, sidekiq-cron ---------------------------------------------------
WHENEVER = r"""# config/schedule.rb -- Use this file to easily define all of your cron jobs.
# Learn more: http://github.com/javan/whenever
set :output, "log/cron.log"
set :environment, "production"
@ENV@

every 1.day, at: "4:30 am" do
  runner "Reports::Daily.generate"
end

every :hour do
  rake "cache:warm"
end

every :sunday, at: "12pm" do
  command "cd :path && bin/rails db:sessions:trim"
end
"""
_v = fakes.fake("sk_live_", 24, _seed())
S("whenever", "env-stripe", "config/schedule.rb", T(WHENEVER, env=f"env :STRIPE_API_KEY, '{_v}'"), _v, "javan/whenever README (env, every)")
D("whenever", "env-path", "billing/config/schedule.rb", T(WHENEVER, env="env :PATH, ENV['PATH']\nenv :BUNDLE_GEMFILE, '/srv/billing/current/Gemfile'"),
  "javan/whenever README (env, every)")

SIDEKIQ = r"""# config/sidekiq.yml
:concurrency: 10
:queues:
  - critical
  - default
  - low
:scheduler:
  :schedule:
    nightly_invoice_run:
      cron: "0 1 * * *"
      class: "Billing::NightlyInvoiceJob"
      queue: critical
    refresh_fx_rates:
      every: "30m"
      class: "Fx::RefreshJob"
      args: ["@ARG@"]
"""
D("sidekiq", "schedule-args", "config/sidekiq.yml", T(SIDEKIQ, arg="ECB"), "sidekiq-scheduler README (schedule in sidekiq.yml)")
_v = alnum(32)
S("sidekiq", "schedule-args-api-key", "api/config/sidekiq.yml", T(SIDEKIQ, arg=_v).replace('args: ["', 'args: ["openexchangerates", "'),
  _v, "sidekiq-scheduler README (schedule in sidekiq.yml)")

# --- Ofelia (cron for docker) ------------------------------------------------------------------
OFELIA = r"""services:
  ofelia:
    image: mcuadros/ofelia:latest
    command: daemon --docker
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
    labels:
      ofelia.job-run.db-dump.schedule: "@every 24h"
      ofelia.job-run.db-dump.image: "mysql:8.0"
      ofelia.job-run.db-dump.network: "backend"
      ofelia.job-run.db-dump.command: "@CMD@"

  db:
    image: mysql:8.0
    networks: [backend]
    environment:
      MYSQL_DATABASE: shop
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
    secrets: [mysql_root]

networks:
  backend: {}
secrets:
  mysql_root:
    file: ./secrets/mysql_root.txt
"""
_pw = human_pw()
S("ofelia", "label-command-password", "docker/compose.cron.yaml",
  T(OFELIA, cmd=f"sh -c 'mysqldump -h db -uroot -p{_pw} shop > /backup/shop.sql'"), _pw, "mcuadros/ofelia README (docker labels)")
D("ofelia", "label-command-secret-file", "docker/compose.cron.prod.yaml",
  T(OFELIA, cmd="sh -c 'mysqldump -h db -uroot -p\"$$(cat /run/secrets/mysql_root)\" shop > /backup/shop.sql'"),
  "mcuadros/ofelia README (docker labels)")

# --- systemd timers and misc look-alikes --------------------------------------------------------
TIMER = r"""# /etc/systemd/system/@NAME@.timer
[Unit]
Description=Run @NAME@ daily
# build @SHA@ (deploy pipeline run @RUN@)

[Timer]
OnCalendar=*-*-* 03:10:00
RandomizedDelaySec=15min
Persistent=true
Unit=@NAME@.service

[Install]
WantedBy=timers.target
"""
D("systemd-timer", "commit-sha-and-uuid", "etc/systemd/system/pg-backup.timer", T(TIMER, name="pg-backup", sha=hexs(40), run=uuid_s()),
  "systemd.timer(5) man page")

HASHES_ENV = r"""# /etc/default/webhook-receiver -- verifiers only; the plain values live in 1Password ("webhook-receiver prod")
LISTEN=127.0.0.1:9000
ADMIN_USER=ops
ADMIN_PASSWORD_HASH='@BCRYPT@'
HEALTH_TOKEN_ARGON2='@ARGON@'
TLS_CERT=/etc/ssl/certs/webhook.pem
TLS_KEY=/etc/ssl/private/webhook.key
"""
D("envfile", "password-hashes", "etc/default/webhook-receiver", T(HASHES_ENV, bcrypt=bcrypt_hash(), argon=argon2_hash()),
  "adnanh/webhook docs; bcrypt and argon2 (PHC string) formats")

CERT_UNIT = r"""# /etc/supervisor/conf.d/mtls-proxy.conf
[program:mtls-proxy]
command=/usr/local/bin/ghostunnel server --listen 0.0.0.0:8443 --target 127.0.0.1:8080 --cert /etc/ghostunnel/server.crt --key /etc/ghostunnel/server.key --cacert /etc/ghostunnel/ca.pem --allow-cn client.internal
autorestart=true
user=ghostunnel

; CA bundle kept here for reference (public), installed to /etc/ghostunnel/ca.pem by ansible:
; @CERT@
"""
D("supervisord", "certificate", "etc/supervisor/conf.d/mtls-proxy.conf", T(CERT_UNIT, cert=cert_pem().replace("\n", "\n; ")),
  "ghostunnel README; " + SUPERVISOR_DOCS)
