"""Blind set DH: charities, churches and community nonprofits.

The teams: a church's volunteer IT crew, a food bank's part-time developer, a diocese's data
office, a fundraising agency building donation sites. Their tools and formats: donor CRMs
(Salesforce Nonprofit Cloud / NPSP, Blackbaud Raiser's Edge NXT and the SKY API, Bloomerang,
Neon CRM, Little Green Light, Virtuous, DonorPerfect, CiviCRM on WordPress and Drupal,
EveryAction / NGP VAN, Action Network), online giving and payment processors (Stripe, PayPal,
Braintree, Square, Authorize.Net, GoCardless, Mollie, Plaid, Pushpay, Donorbox, Givebutter,
Classy, GiveWP), volunteer scheduling (Planning Center Services, SignUpGenius, Galaxy Digital,
VolunteerHub, Twilio and e-mail reminders, Google Sheets rosters), church management systems
(Planning Center, Breeze, Rock RMS, Church Community Builder, Elvanto, ChurchSuite, Fellowship
One, Ministry Platform) with their live-streaming rigs (OBS, nginx-rtmp, YouTube and Facebook
Live) and check-in kiosks, and grant reporting (Fluxx, Submittable, Candid, SAM.gov,
QuickBooks Online, Xero, Sage Intacct, notebooks and R scripts). The files: .env, YAML, JSON,
TOML, INI, XML and web.config, .properties, HCL, nginx/apache, systemd, crontab, PHP, Python,
JavaScript/TypeScript, Ruby, C#, Apex, Apps Script, VBA, R, Go, PowerShell, shell, Dockerfiles
and compose files, Kubernetes and Helm, CI configs, notebooks, SQL, device configs, docs; and
their decoys. Generated fakes only (seeds 1050000-1059999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "_-"
B64 = ALNUM + "+/"
_SEED = [1050000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 1060000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 1060000
    return _SEED[0]


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return chars(n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


CHURCH = ["Grace", "Faith", "Shepherd", "Trinity", "Zion", "Bethel", "Emmanuel", "Calvary", "Harvest",
          "Covenant", "Jubilee", "Mercy", "Cornerstone", "Redeemer", "Gospel", "Hosanna", "Lighthouse",
          "Bethany", "Providence", "StMarks", "StJude", "Hope", "Goodwill", "Pantry"]
THINGS = ["Church", "Chapel", "Kids", "Youth", "Choir", "Food", "Give", "Serve", "Missions", "Office",
          "Sound", "Media", "Pantry", "Shelter", "Camp", "Parish"]
LOWER = ["psalm", "manna", "lantern", "harvest", "olive", "steeple", "candle", "sparrow", "vineyard",
         "shepherd", "mustard", "anchor", "meadow", "bread", "cedar", "river", "jubilee", "bell"]


def human_pw() -> str:
    """A password a parish office really picks: a name, a thing, a year, a symbol."""
    r = _rng()
    return r.choice(CHURCH) + r.choice(THINGS) + str(r.choice([1887, 1923, 1956, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 316, 23]))+ r.choice("!#$@*&")


def words_pw() -> str:
    r = _rng()
    return r.choice(CHURCH) + r.choice("!#$%@*") + r.choice(THINGS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else mixed(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(text: str, n: int) -> str:
    return "\n".join((" " * n + line) if line else line for line in text.splitlines())


# Vendor shapes (from the vendors' documentation of their keys).
def stripe_secret(live: str = "sk_live_") -> str:
    return fakes.fake(live, 99 if _rng().random() < 0.5 else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def paypal_id() -> str:
    return "A" + chars(79, URLSAFE)


def paypal_secret() -> str:
    return "E" + chars(79, URLSAFE)


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def gocardless_token() -> str:
    return "live_" + chars(40, URLSAFE)


def mollie_key() -> str:
    return "live_" + chars(30)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPPER_ALNUM) + "/B" + chars(10, UPPER_ALNUM)
            + "/" + chars(24))


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + chars(68, URLSAFE)


def teams_webhook() -> str:
    return ("https://gracecommunity.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s()
            + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s())


def youtube_stream_key() -> str:
    return "-".join(chars(4, LOWER_ALNUM) for _ in range(5))


def facebook_stream_key() -> str:
    return "FB-" + digits(15) + "-0-Ab" + chars(38, URLSAFE)


def airtable_pat() -> str:
    return "pat" + chars(14) + "." + hexs(64)


def azure_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def google_api_key() -> str:
    return "AIza" + "Sy" + chars(33, URLSAFE)


def recaptcha_key() -> str:
    return "6L" + chars(6) + "AAAAA" + chars(27, URLSAFE)


def rails_secret() -> str:
    return hexs(128)


def gmail_app_pw() -> str:
    return " ".join(chars(4, string.ascii_lowercase) for _ in range(4))


def sha256() -> str:
    return hexs(64)


def bcrypt_hash() -> str:
    return "$2y$10$" + chars(53, ALNUM + "./")


def cert_pem(label: str = "CERTIFICATE") -> str:
    r = _rng()
    body = ["MIID" + "".join(r.choice(B64) for _ in range(60))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(8)]
    body.append("".join(r.choice(B64) for _ in range(36)) + "==")
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def sops_enc(n: int = 24) -> str:
    return f"ENC[AES256_GCM,data:{chars(n, B64)}=,iv:{chars(43, B64)}=,tag:{chars(22, B64)}==,type:str]"


def vault_hex_lines(lines: int = 5) -> str:
    return "\n".join(hexs(80) for _ in range(lines))


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    body = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        body = body.replace("@@" + key + "@@", value)
    assert "@@" not in body, (file_name, body)
    CASES.append(LabelledCase("blind-dh/" + category, file_name, body, secret, source))


# ---------------------------------------------------------------- .env files
_v = stripe_secret()
add("env/stripe", "donations/.env", """
    # Grace Community Church - online giving (Django)
    # Copy from 1Password "Giving site - prod" if you rebuild the droplet.
    DJANGO_SETTINGS_MODULE=giving.settings.production
    ALLOWED_HOSTS=give.gracecommunity.org
    DEBUG=False

    STRIPE_PUBLISHABLE_KEY=@@pk@@
    STRIPE_SECRET_KEY=@@sk@@
    STRIPE_DEFAULT_FUND=general-fund
    STRIPE_COVER_FEES_PERCENT=2.9

    DEFAULT_FROM_EMAIL=giving@gracecommunity.org
    RECEIPT_BCC=finance@gracecommunity.org
    """, _v, "Stripe docs: API keys (sk_live_/pk_live_)", pk=fakes.fake("pk_live_", 99, _seed()), sk=_v)

_v = hexs(64)
add("env/planning-center", ".env.production", """
    APP_ENV=production
    LOG_LEVEL=info

    # Planning Center personal access token (api.planningcenteronline.com)
    # Created by pastor.dan@ under People > API > Personal Access Tokens
    PCO_APPLICATION_ID=@@app@@
    PCO_SECRET=@@v@@

    # Services: which service types to sync
    PCO_SERVICE_TYPE_IDS=1120431,1120440
    SYNC_INTERVAL_MINUTES=15
    """, _v, "Planning Center API docs: Personal Access Tokens (application id + secret, HTTP Basic)", app=hexs(64), v=_v)

_v = hexs(40)
add("env/bloomerang", "crm-sync/.env", """
    # Bloomerang -> mailing house nightly export
    BLOOMERANG_BASE_URL=https://api.bloomerang.co/v2
    BLOOMERANG_API_KEY=@@v@@
    EXPORT_DIR=/srv/exports/bloomerang
    SFTP_HOST=sftp.printmailpartners.com
    SFTP_USER=hopefoodbank
    SFTP_KEY_FILE=/home/sync/.ssh/printmail_ed25519
    """, _v, "Bloomerang API v2 docs: private API key in X-API-Key header", v=_v)

_v = hexs(32)
add("env/twilio", "volunteer-reminders/.env", """
    # SMS reminders for Saturday pantry shifts
    TWILIO_ACCOUNT_SID=@@sid@@
    TWILIO_AUTH_TOKEN=@@v@@
    TWILIO_FROM_NUMBER=+15035550142
    REMINDER_HOURS_BEFORE=18
    SIGNUP_SHEET_ID=1Qx9vTqL0cYbH3sNw8dR2pFzKj7uE5aMgV6yXo4iBtCh
    """, _v, "Twilio docs: Account SID and Auth Token", sid=twilio_sid(), v=_v)

_v = mailchimp_key()
add("env/mailchimp", "newsletter/.env", """
    MAILCHIMP_API_KEY=@@v@@
    MAILCHIMP_SERVER_PREFIX=@@dc@@
    MAILCHIMP_AUDIENCE_ID=4f1c2a9e7b
    # tags applied to new donors from the giving form
    MAILCHIMP_DONOR_TAGS="donor,2025-appeal"
    """, _v, "Mailchimp Marketing API quick start: API key with data-center suffix", v=_v, dc=_v.split("-")[1])

_v = human_pw()
add("env/postgres", "pantry-app/.env", """
    # Food pantry intake app (Flask)
    FLASK_APP=pantry
    FLASK_ENV=production
    DATABASE_URL=postgresql://pantry_app:@@v@@@db.internal.hopefoodbank.org:5432/pantry
    CLIENT_VISIT_LIMIT_DAYS=30
    TEFAP_REPORT_EMAIL=reports@hopefoodbank.org
    """, _v, "PostgreSQL docs: connection URIs (libpq)", v=_v)

_v = hexs(32)
add("env/breeze", ".env", """
    # Breeze ChMS
    BREEZE_SUBDOMAIN=stjudeparish
    BREEZE_API_KEY=@@v@@
    # Tag used for the welcome-team follow-up list
    BREEZE_FIRST_TIME_GUEST_TAG=58422
    SMTP_HOST=smtp.office365.com
    SMTP_PORT=587
    """, _v, "Breeze ChMS API docs: Api-Key header and subdomain", v=_v)

_v = mixed(40)
add("env/donorbox", "web/.env.local", """
    NEXT_PUBLIC_SITE_URL=https://www.lighthousementoring.org
    NEXT_PUBLIC_DONORBOX_CAMPAIGN=spring-match-2025
    DONORBOX_API_USER=dev@lighthousementoring.org
    DONORBOX_API_KEY=@@v@@
    REVALIDATE_SECONDS=300
    """, _v, "Donorbox API docs: HTTP Basic with login e-mail and API key", v=_v)

_v = mailgun_key()
add("env/mailgun", "receipts/.env.prod", """
    # Year-end giving statements
    MAILGUN_DOMAIN=mg.bethelchurch.org
    MAILGUN_API_KEY=@@v@@
    MAILGUN_REGION=us
    STATEMENT_YEAR=2024
    STATEMENT_FROM="Bethel Church Finance <finance@bethelchurch.org>"
    """, _v, "Mailgun docs: API keys", v=_v)

add("env/decoy-placeholder", ".env.example", """
    # Copy to .env and fill in. Never commit the real .env.
    DJANGO_SETTINGS_MODULE=giving.settings.local
    DEBUG=True
    STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
    STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX
    STRIPE_WEBHOOK_SECRET=whsec_...
    PCO_APPLICATION_ID=<your-planning-center-app-id>
    PCO_SECRET=<your-planning-center-secret>
    DATABASE_URL=postgresql://postgres:postgres@localhost:5432/giving
    """, None, "dotenv convention: .env.example with placeholders")

add("env/decoy-secret-store-ref", ".env.tpl", """
    # Resolved by `op inject -i .env.tpl -o .env` on the server (1Password CLI).
    STRIPE_SECRET_KEY=op://Church IT/Stripe giving/secret key
    STRIPE_WEBHOOK_SECRET=op://Church IT/Stripe giving/webhook signing secret
    PCO_APPLICATION_ID=op://Church IT/Planning Center PAT/username
    PCO_SECRET=op://Church IT/Planning Center PAT/credential
    TWILIO_AUTH_TOKEN=op://Church IT/Twilio/auth token
    DATABASE_URL=postgresql://giving:{{ op://Church IT/giving-db/password }}@db:5432/giving
    """, None, "1Password CLI docs: secret references (op://vault/item/field) and op inject")

add("env/decoy-public-id", "kiosk/.env", """
    # Check-in kiosk (public values only: the kiosk is in the lobby)
    PCO_CHECKINS_STATION_ID=3381920
    PCO_CHECKINS_EVENT_ID=190220
    LABEL_PRINTER=DYMO LabelWriter 450 Turbo
    STRIPE_PUBLISHABLE_KEY=@@pk@@
    STRIPE_ACCOUNT_ID=acct_@@acct@@
    SENTRY_DSN=https://@@sentry@@@o4507112.ingest.us.sentry.io/4507112233
    """, None, "Stripe docs: publishable keys are meant for client code; Sentry docs: DSNs are not secret",
    pk=fakes.fake("pk_live_", 99, _seed()), acct=chars(16), sentry=hexs(32))

# ---------------------------------------------------------------- YAML configs
_v = chars(43, B64) + "="
add("yaml/blackbaud-sky", "config/settings.prod.yml", """
    # Raiser's Edge NXT gift sync (SKY API)
    sky_api:
      base_url: https://api.sky.blackbaud.com
      auth_url: https://oauth2.sky.blackbaud.com/token
      application_id: @@appid@@
      application_secret: "@@v@@"
      subscription_key: ${SKY_SUBSCRIPTION_KEY}
      redirect_uri: https://sync.stmarysfoundation.org/callback
    gifts:
      batch_prefix: WEB
      default_fund: "Annual Fund"
      default_campaign: "2025 Annual Appeal"
    """, _v, "Blackbaud SKY API docs: application id and secret (OAuth 2.0)", appid=uuid_s(), v=_v)

_v = rails_secret()
add("yaml/rails-secret-key-base", "config/secrets.yml", """
    # Volunteer portal (Rails 5.2). Moved to credentials in the 2025 upgrade branch.
    development:
      secret_key_base: 3f1c0d8f1b0b1e3c0c5e8b6d0f2e7a9d
    test:
      secret_key_base: test_only_not_secret
    production:
      secret_key_base: @@v@@
      planning_center_webhook_path: /hooks/pco
    """, _v, "Rails guides: config/secrets.yml secret_key_base", v=_v)

_v = sendgrid_key()
add("yaml/sendgrid", "app.yaml", """
    # Google App Engine - event registration for Harvest Festival
    runtime: python311
    entrypoint: gunicorn -b :$PORT main:app
    instance_class: F1
    env_variables:
      SENDGRID_API_KEY: "@@v@@"
      FROM_ADDRESS: "events@harvestfellowship.org"
      REGISTRATION_CAP: "450"
    handlers:
      - url: /static
        static_dir: static
      - url: /.*
        script: auto
    """, _v, "App Engine app.yaml reference: env_variables; SendGrid docs: API keys", v=_v)

_v = human_pw()
add("yaml/database", "config/database.yml", """
    default: &default
      adapter: postgresql
      encoding: unicode
      pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

    development:
      <<: *default
      database: volunteer_portal_dev

    production:
      <<: *default
      host: 10.0.4.12
      database: volunteer_portal
      username: portal
      password: @@v@@
    """, _v, "Rails guides: configuring a database (config/database.yml)", v=_v)

_v = words_pw()
add("yaml/ansible-vars", "ansible/group_vars/civicrm.yml", """
    ---
    civicrm_domain: crm.riversidehousing.org
    civicrm_cms: wordpress
    civicrm_db_name: civicrm
    civicrm_db_user: civicrm
    civicrm_db_password: "@@v@@"
    wordpress_db_name: wordpress
    php_version: "8.2"
    backup_bucket: s3://riverside-backups/civicrm
    letsencrypt_email: it@riversidehousing.org
    """, _v, "Ansible docs: group_vars; CiviCRM installation (database settings)", v=_v)

_v = passphrase()
add("netplan/wifi", "kiosk/netplan/50-checkin-wifi.yaml", """
    # Check-in kiosks (Raspberry Pi 4) - children's wing
    network:
      version: 2
      renderer: networkd
      wifis:
        wlan0:
          dhcp4: true
          optional: true
          access-points:
            "CalvaryStaff":
              password: "@@v@@"
    """, _v, "Netplan reference: wifis access-points password", v=_v)

_v = hexs(32)
add("yaml/home-assistant", "homeassistant/secrets.yaml", """
    # Church building automation (sanctuary HVAC schedule follows Planning Center calendar)
    latitude_home: 44.9778
    longitude_home: -93.2650
    ecobee_api_key: @@v@@
    pco_calendar_ical: https://calendar.planningcenteronline.com/icals/eJxj4ajmsGLLz2Ry4g
    mqtt_user: hass
    """, _v, "Home Assistant docs: secrets.yaml", v=_v)

_v = hexs(32)
add("yaml/serverless-twilio", "serverless.yml", """
    service: shift-reminders
    frameworkVersion: "3"
    provider:
      name: aws
      runtime: nodejs18.x
      region: us-east-2
      environment:
        TWILIO_ACCOUNT_SID: @@sid@@
        TWILIO_AUTH_TOKEN: @@v@@
        TWILIO_MESSAGING_SERVICE_SID: @@mg@@
        VOLUNTEER_TABLE: ${self:service}-${sls:stage}-volunteers
    functions:
      remind:
        handler: handler.remind
        events:
          - schedule: cron(0 22 ? * FRI *)
    """, _v, "Serverless Framework docs: provider.environment; Twilio auth token", sid=twilio_sid(), v=_v, mg=twilio_sid("MG"))

add("yaml/decoy-ansible-vault", "ansible/group_vars/civicrm/vault.yml", """
    $ANSIBLE_VAULT;1.1;AES256
    @@hex@@
    """, None, "Ansible docs: ansible-vault encrypted files", hex=vault_hex_lines(9))

add("yaml/decoy-template-ref", "ansible/group_vars/civicrm/vars.yml", """
    ---
    civicrm_domain: crm.riversidehousing.org
    civicrm_db_user: civicrm
    civicrm_db_password: "{{ vault_civicrm_db_password }}"
    civicrm_site_key: "{{ vault_civicrm_site_key }}"
    smtp_password: "{{ lookup('community.general.onepassword', 'CiviCRM SMTP', field='password') }}"
    stripe_secret_key: "{{ lookup('env', 'STRIPE_SECRET_KEY') }}"
    """, None, "Ansible docs: vault variables pattern (vars.yml -> vault.yml)")

add("yaml/decoy-sops", "deploy/secrets.enc.yaml", """
    stripe:
        secret_key: @@a@@
        webhook_secret: @@b@@
    planning_center:
        app_id: @@c@@
        secret: @@d@@
    sops:
        kms:
            - arn: arn:aws:kms:us-east-1:381492650017:key/@@kid@@
              created_at: "2025-02-11T18:22:40Z"
              enc: AQICAHh@@kms@@
              aws_profile: ""
        lastmodified: "2025-02-11T18:22:41Z"
        mac: @@mac@@
        unencrypted_suffix: _unencrypted
        version: 3.9.4
    """, None, "SOPS docs: encrypted YAML (ENC[AES256_GCM,...])",
    a=sops_enc(40), b=sops_enc(44), c=sops_enc(88), d=sops_enc(88), kid=uuid_s(), kms=chars(180, B64), mac=sops_enc(64))

add("yaml/decoy-placeholder", "config/settings.example.yml", """
    # Copy to settings.prod.yml; values come from the Blackbaud developer portal.
    sky_api:
      base_url: https://api.sky.blackbaud.com
      application_id: 00000000-0000-0000-0000-000000000000
      application_secret: "<application secret from My Applications>"
      subscription_key: "<primary key from My Subscriptions>"
      redirect_uri: http://localhost:5000/callback
    gifts:
      batch_prefix: TEST
    """, None, "Blackbaud SKY API docs: getting started")

add("yaml/decoy-public-config", "_config.yml", """
    # Jekyll site for St. Jude Parish
    title: St. Jude Parish
    url: https://stjudeparish.org
    google_analytics: G-7QK2LW9XHD
    algolia:
      application_id: 4QX7N2LMBP
      index_name: sermons
      search_only_api_key: @@alg@@   # search-only key, safe in the browser
    giving:
      pushpay_link: https://pushpay.com/g/stjudeparish
      tithely_church_id: "882194"
    youtube_channel: UC@@yt@@
    """, None, "Algolia docs: search-only API key is meant to be public; Jekyll _config.yml",
    alg=hexs(32), yt=chars(22, URLSAFE))

add("yaml/decoy-precommit-revs", ".pre-commit-config.yaml", """
    repos:
      - repo: https://github.com/pre-commit/pre-commit-hooks
        rev: 2c9f875913ee60ca25ce70243dc24d5b6415598c  # frozen: v4.6.0
        hooks:
          - id: check-yaml
          - id: detect-private-key
      - repo: https://github.com/psf/black
        rev: 3702ba224ecffbcec30af640c149f231d90aebdb  # frozen: 24.4.2
        hooks:
          - id: black
      - repo: https://github.com/gitleaks/gitleaks
        rev: @@sha@@  # frozen: v8.18.4
        hooks:
          - id: gitleaks
    """, None, "pre-commit docs: frozen revisions (commit SHAs)", sha=hexs(40))


# ---------------------------------------------------------------- compose, Kubernetes, Helm
_v = rand_pw(16, "!#")
add("docker-compose/mssql", "rock/docker-compose.yml", """
    # Rock RMS dev/staging stack
    services:
      sql:
        image: mcr.microsoft.com/mssql/server:2019-latest
        environment:
          ACCEPT_EULA: "Y"
          MSSQL_SA_PASSWORD: "@@v@@"
          MSSQL_PID: Express
        ports:
          - "1433:1433"
        volumes:
          - rockdb:/var/opt/mssql
      rock:
        build: .
        depends_on: [sql]
        ports:
          - "8080:80"
    volumes:
      rockdb:
    """, _v, "Microsoft docs: SQL Server Linux containers (MSSQL_SA_PASSWORD)", v=_v)

_v = human_pw()
add("docker-compose/mysql", "website/docker-compose.yml", """
    version: "3.8"
    services:
      db:
        image: mariadb:10.11
        restart: always
        environment:
          MARIADB_DATABASE: wordpress
          MARIADB_USER: wp_givewp
          MARIADB_PASSWORD: @@v@@
          MARIADB_RANDOM_ROOT_PASSWORD: "1"
        volumes:
          - db:/var/lib/mysql
      wordpress:
        image: wordpress:6.5-php8.2-apache
        depends_on: [db]
        environment:
          WORDPRESS_DB_HOST: db
          WORDPRESS_DB_USER: wp_givewp
          WORDPRESS_DB_PASSWORD: @@v@@
          WORDPRESS_DB_NAME: wordpress
        ports:
          - "80:80"
    volumes:
      db:
    """, _v, "Docker Hub: wordpress and mariadb images (environment variables)", v=_v)

_v = fakes.redis_password(_seed())
add("docker-compose/redis", "scheduler/docker-compose.prod.yml", """
    services:
      redis:
        image: redis:7-alpine
        command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@v@@"]
        restart: unless-stopped
      worker:
        image: ghcr.io/hopefoodbank/shift-scheduler:1.8.2
        command: celery -A scheduler worker -l info
        environment:
          CELERY_BROKER_URL: redis://:@@v@@@redis:6379/0
          TZ: America/Chicago
        depends_on: [redis]
    """, _v, "Redis docs: requirepass; Celery docs: Redis broker URL", v=_v)

add("docker-compose/decoy-env-ref", "civicrm/docker-compose.yml", """
    services:
      db:
        image: mysql:8.0
        environment:
          MYSQL_DATABASE: civicrm
          MYSQL_USER: civicrm
          MYSQL_PASSWORD: ${CIVICRM_DB_PASSWORD:?set CIVICRM_DB_PASSWORD in .env}
          MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
        secrets: [mysql_root]
      civicrm:
        image: michaelmcandrew/civicrm:5.74-wordpress
        environment:
          CIVICRM_DB_PASSWORD: ${CIVICRM_DB_PASSWORD}
          CIVICRM_SITE_KEY: ${CIVICRM_SITE_KEY}
          WORDPRESS_DB_PASSWORD: ${WORDPRESS_DB_PASSWORD}
    secrets:
      mysql_root:
        file: ./secrets/mysql_root_password.txt
    """, None, "Docker Compose docs: interpolation (${VAR:?err}) and secrets")

add("docker-compose/decoy-digests", "streaming/docker-compose.yml", """
    # Sunday livestream relay (nginx-rtmp) - stream keys are mounted from /etc/stream-keys
    services:
      relay:
        image: tiangolo/nginx-rtmp@sha256:@@d1@@
        ports: ["1935:1935"]
        volumes:
          - ./nginx.conf:/etc/nginx/nginx.conf:ro
          - /etc/stream-keys:/etc/stream-keys:ro
      recorder:
        image: jrottenberg/ffmpeg@sha256:@@d2@@
        command: ["-i", "rtmp://relay/live/sanctuary", "-c", "copy", "/rec/sunday.mp4"]
    """, None, "Docker docs: pulling an image by digest", d1=sha256(), d2=sha256())

_v = stripe_whsec()
add("k8s-secret/stripe-webhook", "deploy/k8s/giving-secrets.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: giving-stripe
      namespace: giving
      labels:
        app.kubernetes.io/name: giving
    type: Opaque
    data:
      STRIPE_WEBHOOK_SECRET: @@v@@
      STRIPE_API_VERSION: @@ver@@
    """, _v, "Kubernetes docs: Secret data is base64; Stripe docs: webhook signing secret (whsec_)",
    v=b64(_v), ver=b64("2024-06-20"))

_v = gocardless_token()
add("k8s-secret/gocardless", "k8s/overlays/prod/gocardless-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: gocardless
      namespace: regular-giving
    type: Opaque
    stringData:
      GOCARDLESS_ENVIRONMENT: live
      GOCARDLESS_ACCESS_TOKEN: @@v@@
      GOCARDLESS_CREDITOR_ID: CR000@@cr@@
    """, _v, "GoCardless API docs: access tokens (live_...); Kubernetes Secret stringData", v=_v, cr=chars(9, UPPER_ALNUM))

_v = human_pw()
add("k8s-secret/postgres", "k8s/base/db-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: pantry-db
    type: kubernetes.io/basic-auth
    data:
      username: @@u@@
      password: @@p@@
    """, _v, "Kubernetes docs: basic-auth Secret type", u=b64("pantry_app"), p=b64(_v))

_v = hexs(64).upper()
add("helm/salesforce", "deploy/helm/npsp-sync/values-prod.yaml", """
    replicaCount: 1
    image:
      repository: registry.gitlab.com/youthmentors/npsp-sync
      tag: "2.3.0"
    salesforce:
      loginUrl: https://login.salesforce.com
      instanceUrl: https://youthmentors.my.salesforce.com
      apiVersion: "60.0"
      clientId: 3MVG9@@cid@@
      clientSecret: @@v@@
      username: integration@youthmentors.org
    schedule: "*/30 * * * *"
    resources:
      limits:
        memory: 256Mi
    """, _v, "Salesforce docs: connected app consumer key and secret", cid=chars(80, ALNUM + "._"), v=_v)

_v = mixed(40)
add("helm/pushpay", "charts/giving-bridge/values.yaml", """
    # Default values for giving-bridge (Pushpay -> QuickBooks)
    image:
      repository: ghcr.io/redeemerchurch/giving-bridge
      pullPolicy: IfNotPresent
    pushpay:
      apiBase: https://api.pushpay.com/v1
      tokenUrl: https://auth.pushpay.com/pushpay/oauth/token
      clientId: redeemer-giving-bridge
      clientSecret: "@@v@@"
      merchantKey: MTIzNDU2Nzg5
    env:
      - name: TZ
        value: America/New_York
    """, _v, "Pushpay developer docs: OAuth 2.0 client credentials", v=_v)

add("k8s/decoy-secret-key-ref", "deploy/k8s/giving-deployment.yaml", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: giving
      namespace: giving
    spec:
      replicas: 2
      selector:
        matchLabels: {app: giving}
      template:
        metadata:
          labels: {app: giving}
        spec:
          containers:
            - name: web
              image: ghcr.io/gracecommunity/giving:3.4.1
              env:
                - name: STRIPE_SECRET_KEY
                  valueFrom:
                    secretKeyRef: {name: giving-stripe, key: STRIPE_SECRET_KEY}
                - name: STRIPE_WEBHOOK_SECRET
                  valueFrom:
                    secretKeyRef: {name: giving-stripe, key: STRIPE_WEBHOOK_SECRET}
                - name: STRIPE_PUBLISHABLE_KEY
                  value: @@pk@@
              ports:
                - containerPort: 8000
    """, None, "Kubernetes docs: env from secretKeyRef", pk=fakes.fake("pk_live_", 24, _seed()))

add("k8s/decoy-sealed-secret", "deploy/k8s/sealed-gocardless.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: gocardless
      namespace: regular-giving
    spec:
      encryptedData:
        GOCARDLESS_ACCESS_TOKEN: AgB@@a@@
        GOCARDLESS_WEBHOOK_SECRET: AgC@@b@@
      template:
        metadata:
          name: gocardless
        type: Opaque
    """, None, "Bitnami sealed-secrets docs: SealedSecret encryptedData", a=chars(700, B64) + "==", b=chars(680, B64) + "=")

add("k8s/decoy-external-secret", "k8s/base/external-secret.yaml", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: pantry-db
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: pantry-db
      data:
        - secretKey: password
          remoteRef:
            key: prod/pantry/db
            property: password
        - secretKey: twilio-auth-token
          remoteRef:
            key: prod/pantry/twilio
            property: auth_token
    """, None, "External Secrets Operator docs: ExternalSecret")

add("helm/decoy-existing-secret", "charts/giving-bridge/values-prod.yaml", """
    pushpay:
      clientId: redeemer-giving-bridge
      # clientSecret comes from the existing secret below (created by the vault agent)
      existingSecret: giving-bridge-pushpay
      existingSecretKey: client-secret
    quickbooks:
      realmId: "9130357206813946"
      existingSecret: giving-bridge-qbo
    postgresql:
      auth:
        existingSecret: giving-bridge-db
        secretKeys:
          userPasswordKey: password
    """, None, "Bitnami Helm charts docs: auth.existingSecret")

# ---------------------------------------------------------------- CI configs
_v = "dop_v1_" + hexs(64)
add("github-actions/digitalocean", ".github/workflows/deploy.yml", """
    name: Deploy giving site
    on:
      push:
        branches: [main]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        env:
          DIGITALOCEAN_ACCESS_TOKEN: @@v@@
          APP_ID: 6f0a6c0e-1f2b-4bd5-9a0c-2c1f7e4c9d11
        steps:
          - uses: actions/checkout@v4
          - uses: digitalocean/action-doctl@v2
            with:
              token: ${{ env.DIGITALOCEAN_ACCESS_TOKEN }}
          - run: doctl apps create-deployment $APP_ID --wait
    """, _v, "DigitalOcean docs: personal access tokens (dop_v1_); digitalocean/action-doctl", v=_v)

_v = chars(40)
add("gitlab-ci/sam-gov", ".gitlab-ci.yml", """
    stages: [fetch, report]

    variables:
      PYTHON_VERSION: "3.12"
      SAM_API_KEY: "@@v@@"
      UEI: "KX7JN2M4LQB8"

    fetch-entity:
      stage: fetch
      image: python:3.12-slim
      script:
        - pip install requests
        - python scripts/sam_entity.py --uei "$UEI" --out build/entity.json
      artifacts:
        paths: [build/]

    grant-report:
      stage: report
      image: python:3.12-slim
      script:
        - python scripts/build_report.py build/entity.json
      only:
        - schedules
    """, _v, "SAM.gov Entity Management API docs: api_key parameter; GitLab CI variables", v=_v)

_v = azure_secret()
add("azure-pipelines/azure-ad", "azure-pipelines.yml", """
    trigger:
      - main
    pool:
      vmImage: windows-latest
    variables:
      tenantId: 2b1f6a44-93a1-4c5e-8f0c-7d2e1a9c3b55
      clientId: 7c0e9f1a-4d2b-4a8e-9b1c-3e5f7a9c1d20
      clientSecret: '@@v@@'   # M365 nonprofit grant app registration
    steps:
      - task: PowerShell@2
        inputs:
          targetType: filePath
          filePath: scripts/Sync-StaffDirectory.ps1
          arguments: -TenantId $(tenantId) -ClientId $(clientId) -ClientSecret $(clientSecret)
    """, _v, "Microsoft identity platform docs: client secrets; Azure Pipelines variables", v=_v)

_v = human_pw()
add("bitbucket-pipelines/ftp", "bitbucket-pipelines.yml", """
    image: atlassian/default-image:4
    pipelines:
      branches:
        master:
          - step:
              name: Deploy parish website
              script:
                - pipe: atlassian/ftp-deploy:0.7.1
                  variables:
                    USER: stmarks_web
                    PASSWORD: '@@v@@'
                    SERVER: ftp.stmarksparish.org
                    REMOTE_PATH: /public_html
                    LOCAL_PATH: dist
    """, _v, "Bitbucket Pipes: atlassian/ftp-deploy variables", v=_v)

_v = human_pw()
add("jenkinsfile/sqlcmd", "Jenkinsfile", """
    pipeline {
        agent { label 'windows' }
        triggers { cron('H 2 * * *') }
        stages {
            stage('Backup RockDB') {
                steps {
                    bat 'sqlcmd -S ROCKSQL01 -U rock_backup -P "@@v@@" -Q "BACKUP DATABASE [RockDB] TO DISK=N\\'E:\\\\Backups\\\\RockDB.bak\\' WITH INIT, COMPRESSION"'
                }
            }
            stage('Copy offsite') {
                steps {
                    bat 'robocopy E:\\\\Backups \\\\\\\\nas01\\\\rock-backups RockDB.bak /Z'
                }
            }
        }
    }
    """, _v, "Jenkins Pipeline syntax; sqlcmd utility docs (-U -P)", v=_v)

add("github-actions/decoy-secrets-ref", ".github/workflows/sync.yml", """
    name: Nightly Planning Center sync
    on:
      schedule:
        - cron: "15 7 * * *"
      workflow_dispatch:
    jobs:
      sync:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements.txt
          - run: python -m pcosync --since 24h
            env:
              PCO_APPLICATION_ID: ${{ secrets.PCO_APPLICATION_ID }}
              PCO_SECRET: ${{ secrets.PCO_SECRET }}
              BLOOMERANG_API_KEY: ${{ secrets.BLOOMERANG_API_KEY }}
              SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
    """, None, "GitHub Actions docs: using secrets in workflows")

add("gitlab-ci/decoy-masked-vars", "ci/deploy.gitlab-ci.yml", """
    # Protected + masked variables are set in Settings > CI/CD > Variables:
    #   SSH_PRIVATE_KEY (file), WPENGINE_SFTP_PASSWORD, STRIPE_SECRET_KEY
    deploy:
      stage: deploy
      image: alpine:3.20
      before_script:
        - apk add --no-cache openssh-client rsync
        - eval $(ssh-agent -s)
        - chmod 400 "$SSH_PRIVATE_KEY" && ssh-add "$SSH_PRIVATE_KEY"
      script:
        - rsync -az --delete wp-content/plugins/give-custom/ "$WPE_USER@$WPE_HOST:sites/stmarks/wp-content/plugins/give-custom/"
        - ssh "$WPE_USER@$WPE_HOST" "wp option update give_stripe_live_secret '$STRIPE_SECRET_KEY' --path=sites/stmarks"
      environment: production
      only: [main]
    """, None, "GitLab docs: CI/CD variables (masked, file type)")


# ---------------------------------------------------------------- JSON
_key = pem("")
_key = _key.replace("-----BEGIN  PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----").replace("-----END  PRIVATE KEY-----", "-----END PRIVATE KEY-----")
_v = _key.replace("\n", "\\n") + "\\n"
add("json/google-service-account", "volunteers/credentials/roster-sync-sa.json", """
    {
      "type": "service_account",
      "project_id": "grace-volunteer-roster",
      "private_key_id": "@@kid@@",
      "private_key": "@@v@@",
      "client_email": "roster-sync@grace-volunteer-roster.iam.gserviceaccount.com",
      "client_id": "@@cid@@",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/roster-sync%40grace-volunteer-roster.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, _v, "Google Cloud docs: service account key file format", kid=hexs(40), v=_v, cid=digits(21))

_v = human_pw()
add("appsettings/sqlserver", "src/Ministry.Api/appsettings.Production.json", """
    {
      "Logging": {
        "LogLevel": { "Default": "Warning", "Microsoft.AspNetCore": "Warning" }
      },
      "ConnectionStrings": {
        "MinistryPlatform": "Server=tcp:mp-sql.cornerstone.local,1433;Database=MinistryPlatform;User ID=mp_api;Password=@@v@@;Encrypt=True;TrustServerCertificate=True"
      },
      "MinistryPlatform": {
        "BaseUrl": "https://mp.cornerstonechurch.org/ministryplatformapi",
        "ClientId": "CornerstoneApp",
        "Scope": "http://www.thinkministry.com/dataplatform/scopes/all"
      },
      "AllowedHosts": "*"
    }
    """, _v, "Microsoft docs: ASP.NET Core connection strings; SqlClient connection string keywords", v=_v)

_v = mixed(40)
add("appsettings/ministry-platform", "src/Ministry.Api/appsettings.json", """
    {
      "MinistryPlatform": {
        "BaseUrl": "https://mp.cornerstonechurch.org/ministryplatformapi",
        "OAuthBaseUrl": "https://mp.cornerstonechurch.org/ministryplatform/oauth",
        "ClientId": "CornerstoneApp",
        "ClientSecret": "@@v@@",
        "DomainGuid": "@@dg@@"
      },
      "GroupFinder": {
        "DefaultCampus": 1,
        "ShowFullGroups": false
      }
    }
    """, _v, "Ministry Platform REST API docs: OAuth client credentials", v=_v, dg=uuid_s())

_v = words_pw()
add("vscode/sqltools", ".vscode/settings.json", """
    {
      "editor.formatOnSave": true,
      "python.defaultInterpreterPath": ".venv/bin/python",
      "sqltools.connections": [
        {
          "name": "CiviCRM prod (read-only)",
          "driver": "MySQL",
          "server": "crm.riversidehousing.org",
          "port": 3306,
          "database": "civicrm",
          "username": "reporting",
          "password": "@@v@@"
        }
      ],
      "files.exclude": { "**/__pycache__": true }
    }
    """, _v, "SQLTools docs: connection settings in settings.json", v=_v)

_v = mixed(64)
add("postman/virtuous", "postman/Virtuous-CRM.postman_environment.json", """
    {
      "id": "@@id@@",
      "name": "Virtuous CRM - production",
      "values": [
        { "key": "baseUrl", "value": "https://api.virtuoussoftware.com", "type": "default", "enabled": true },
        { "key": "apiKey", "value": "@@v@@", "type": "secret", "enabled": true },
        { "key": "contactId", "value": "184227", "type": "default", "enabled": true }
      ],
      "_postman_variable_scope": "environment",
      "_postman_exported_at": "2025-03-04T16:12:09.441Z",
      "_postman_exported_using": "Postman/11.2.14"
    }
    """, _v, "Postman docs: environment export format; Virtuous API docs: API keys (Bearer)", id=uuid_s(), v=_v)

_v = fakes.fake("rk_live_", 99, _seed())
add("json/firebase-runtimeconfig", "functions/.runtimeconfig.json", """
    {
      "stripe": {
        "restricted_key": "@@v@@",
        "connect_client_id": "ca_@@ca@@"
      },
      "giving": {
        "default_fund": "building",
        "receipt_from": "giving@zionfellowship.org"
      }
    }
    """, _v, "Firebase docs: functions:config and .runtimeconfig.json; Stripe restricted keys", v=_v, ca=chars(32))

_v = chars(40, URLSAFE)
add("json/package-scripts", "site/package.json", """
    {
      "name": "jubilee-house-site",
      "private": true,
      "version": "1.4.0",
      "scripts": {
        "build": "astro build",
        "preview": "astro preview",
        "purge": "curl -X POST https://api.cloudflare.com/client/v4/zones/8c2e1f0a9b7d4e6c5a3f1b2d0e9c8a7f/purge_cache -H 'Authorization: Bearer @@v@@' -H 'Content-Type: application/json' --data '{\\"purge_everything\\":true}'",
        "deploy": "npm run build && wrangler pages deploy dist && npm run purge"
      },
      "devDependencies": {
        "astro": "^4.10.2",
        "wrangler": "^3.60.0"
      }
    }
    """, _v, "Cloudflare API docs: API tokens (Bearer) and purge_cache", v=_v)

_v = fakes.github_token(_seed())
add("json/composer-auth", "wp/auth.json", """
    {
      "github-oauth": {
        "github.com": "@@v@@"
      },
      "http-basic": {
        "connect.advancedcustomfields.com": {
          "username": "${ACF_PRO_KEY}",
          "password": "https://stmarksparish.org"
        }
      }
    }
    """, _v, "Composer docs: auth.json (github-oauth, http-basic)", v=_v)

_v = youtube_stream_key()
add("json/obs-service", "av/obs/basic/profiles/Sunday/service.json", """
    {
        "settings": {
            "bwtest": false,
            "key": "@@v@@",
            "server": "rtmp://a.rtmp.youtube.com/live2",
            "service": "YouTube - RTMPS",
            "stream_key_link": "https://www.youtube.com/live_dashboard"
        },
        "type": "rtmp_common"
    }
    """, _v, "OBS Studio: profile service.json; YouTube Live stream keys", v=_v)

_v = discord_webhook()
add("json/discord-webhook", "bots/volunteer-bot/config.json", """
    {
      "guildName": "Bethel Youth Leaders",
      "timezone": "America/Denver",
      "announceChannel": "serve-schedule",
      "webhookUrl": "@@v@@",
      "planningCenter": {
        "serviceTypeId": 998012,
        "teams": ["Tech", "Worship", "Hospitality"]
      },
      "reminderDaysAhead": 3
    }
    """, _v, "Discord docs: webhooks (https://discord.com/api/webhooks/<id>/<token>)", v=_v)

add("appsettings/decoy-key-vault-ref", "src/Ministry.Api/appsettings.Staging.json", """
    {
      "ConnectionStrings": {
        "MinistryPlatform": "@Microsoft.KeyVault(SecretUri=https://kv-cornerstone.vault.azure.net/secrets/mp-sql-conn/)"
      },
      "MinistryPlatform": {
        "ClientId": "CornerstoneApp",
        "ClientSecret": "@Microsoft.KeyVault(VaultName=kv-cornerstone;SecretName=mp-client-secret)",
        "DomainGuid": "@@dg@@"
      },
      "ApplicationInsights": {
        "ConnectionString": "InstrumentationKey=@@ik@@;IngestionEndpoint=https://eastus-8.in.applicationinsights.azure.com/"
      }
    }
    """, None, "Azure App Service docs: Key Vault references; Application Insights connection strings",
    dg=uuid_s(), ik=uuid_s())

add("appsettings/decoy-placeholder", "src/Ministry.Api/appsettings.Development.json", """
    {
      "ConnectionStrings": {
        "MinistryPlatform": "Server=(localdb)\\\\MSSQLLocalDB;Database=MinistryPlatform_Dev;Trusted_Connection=True"
      },
      "MinistryPlatform": {
        "BaseUrl": "https://mp-sandbox.cornerstonechurch.org/ministryplatformapi",
        "ClientId": "CornerstoneApp-Dev",
        "ClientSecret": "set-with-dotnet-user-secrets"
      },
      "Logging": { "LogLevel": { "Default": "Debug" } }
    }
    """, None, "Microsoft docs: Safe storage of app secrets in development (user-secrets)")

add("postman/decoy-variable-ref", "postman/PlanningCenter.postman_collection.json", """
    {
      "info": {
        "_postman_id": "@@id@@",
        "name": "Planning Center People",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
      },
      "auth": {
        "type": "basic",
        "basic": [
          { "key": "username", "value": "{{pco_app_id}}", "type": "string" },
          { "key": "password", "value": "{{pco_secret}}", "type": "string" }
        ]
      },
      "item": [
        {
          "name": "List people",
          "request": {
            "method": "GET",
            "url": "https://api.planningcenteronline.com/people/v2/people?per_page=25"
          }
        }
      ]
    }
    """, None, "Postman collection format v2.1: basic auth with variables", id=uuid_s())

add("vscode/decoy-env-ref", ".vscode/launch.json", """
    {
      "version": "0.2.0",
      "configurations": [
        {
          "name": "pcosync (local)",
          "type": "debugpy",
          "request": "launch",
          "module": "pcosync",
          "args": ["--since", "7d", "--dry-run"],
          "envFile": "${workspaceFolder}/.env",
          "env": {
            "PCO_SECRET": "${env:PCO_SECRET}",
            "BLOOMERANG_API_KEY": "${env:BLOOMERANG_API_KEY}"
          }
        }
      ]
    }
    """, None, "VS Code docs: launch.json variables (${env:NAME}, envFile)")

add("json/decoy-lockfile-integrity", "site/package-lock.json", """
    {
      "name": "jubilee-house-site",
      "version": "1.4.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": {
          "name": "jubilee-house-site",
          "version": "1.4.0",
          "dependencies": { "@stripe/stripe-js": "^4.1.0" }
        },
        "node_modules/@stripe/stripe-js": {
          "version": "4.1.0",
          "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
          "integrity": "sha512-@@i1@@=="
        },
        "node_modules/@paypal/paypal-js": {
          "version": "8.1.0",
          "resolved": "https://registry.npmjs.org/@paypal/paypal-js/-/paypal-js-8.1.0.tgz",
          "integrity": "sha512-@@i2@@=="
        }
      }
    }
    """, None, "npm docs: package-lock.json integrity (SRI sha512)", i1=chars(86, B64), i2=chars(86, B64))

add("json/decoy-stripe-ids", "config/funds.json", """
    {
      "currency": "usd",
      "stripeAccount": "acct_@@acct@@",
      "connectClientId": "ca_@@ca@@",
      "funds": [
        { "slug": "general", "name": "General Fund", "product": "prod_@@p1@@", "monthlyPrice": "price_@@pr1@@" },
        { "slug": "missions", "name": "Missions", "product": "prod_@@p2@@", "monthlyPrice": "price_@@pr2@@" },
        { "slug": "building", "name": "Building Fund", "product": "prod_@@p3@@", "monthlyPrice": "price_@@pr3@@" }
      ],
      "coverFeesDefault": true
    }
    """, None, "Stripe docs: object ids (acct_, prod_, price_) and Connect client_id are not secret",
    acct=chars(16), ca=chars(32), p1=chars(14), p2=chars(14), p3=chars(14), pr1=chars(24), pr2=chars(24), pr3=chars(24))

add("json/decoy-firebase-web-config", "app/src/firebase-config.json", """
    {
      "apiKey": "@@k@@",
      "authDomain": "bethel-serve.firebaseapp.com",
      "projectId": "bethel-serve",
      "storageBucket": "bethel-serve.appspot.com",
      "messagingSenderId": "@@sender@@",
      "appId": "1:@@sender@@:web:@@app@@",
      "measurementId": "G-K3N8QP2XVT"
    }
    """, None, "Firebase docs: API keys for Firebase are not secret (web app config)",
    k=google_api_key(), sender=digits(12), app=hexs(22))


# ---------------------------------------------------------------- TOML
_v = hexs(32)
add("toml/neon-crm", "neon_sync/config.toml", """
    # Neon CRM -> volunteer hours rollup
    [neon]
    org_id = "hopehabitat"
    api_key = "@@v@@"
    api_version = "2.8"
    base_url = "https://api.neoncrm.com/v2"

    [volunteer]
    custom_field_hours = 84
    fiscal_year_start = "07-01"

    [output]
    path = "reports/volunteer_hours.xlsx"
    """, _v, "Neon CRM API v2 docs: HTTP Basic with org id and API key", v=_v)

_v = mailgun_key()
add("toml/netlify", "netlify.toml", """
    [build]
      command = "npm run build"
      publish = "dist"
      functions = "netlify/functions"

    [context.production.environment]
      MAILGUN_DOMAIN = "mg.jubileehouse.org"
      MAILGUN_API_KEY = "@@v@@"
      VOLUNTEER_FORM_RECIPIENT = "volunteer@jubileehouse.org"

    [[redirects]]
      from = "/give"
      to = "https://donorbox.org/jubilee-house-general"
      status = 301
    """, _v, "Netlify docs: netlify.toml context environment; Mailgun API keys", v=_v)

_v = human_pw()
add("toml/streamlit", "grants-dashboard/.streamlit/secrets.toml", """
    # Streamlit grant outcomes dashboard (board meetings)
    [connections.grantsdb]
    dialect = "postgresql"
    host = "grants-db.c7x2kq9vn1.us-east-1.rds.amazonaws.com"
    port = "5432"
    database = "grants"
    username = "dashboard"
    password = "@@v@@"

    [app]
    fiscal_year = 2025
    """, _v, "Streamlit docs: secrets.toml and st.connection", v=_v)

_v = stripe_secret()
add("toml/wrangler", "workers/give-webhook/wrangler.toml", """
    name = "give-webhook"
    main = "src/index.ts"
    compatibility_date = "2024-07-01"

    [vars]
    ENVIRONMENT = "production"
    STRIPE_API_KEY = "@@v@@"
    RECEIPT_SENDER = "giving@hosannachurch.org"

    [[kv_namespaces]]
    binding = "DONATIONS"
    id = "@@kv@@"
    """, _v, "Cloudflare Workers docs: wrangler.toml [vars] (plain text, not secrets)", v=_v, kv=hexs(32))

add("toml/decoy-placeholder", "neon_sync/config.example.toml", """
    [neon]
    org_id = "your-org-id"
    api_key = "YOUR_NEON_API_KEY"
    api_version = "2.8"
    base_url = "https://api.neoncrm.com/v2"

    [volunteer]
    custom_field_hours = 0
    """, None, "Neon CRM API v2 docs: authentication")

add("toml/decoy-env-ref", "pyproject.toml", """
    [project]
    name = "pcosync"
    version = "0.9.3"
    requires-python = ">=3.10"
    dependencies = ["httpx>=0.27", "pydantic-settings>=2.2"]

    [tool.pcosync]
    # read from the environment by pydantic-settings; see README
    app_id_env = "PCO_APPLICATION_ID"
    secret_env = "PCO_SECRET"
    webhook_secret_env = "PCO_WEBHOOK_SECRET"

    [tool.pytest.ini_options]
    env = ["PCO_SECRET=test-secret", "PCO_APPLICATION_ID=test-app"]
    """, None, "pyproject.toml tool tables; pytest-env")

# ---------------------------------------------------------------- INI-family files
_v = fakes.aws_secret_key(_seed())
add("aws-credentials/s3-sermons", "media/.aws/credentials", """
    [default]
    region = us-west-2

    [sermon-archive]
    aws_access_key_id = @@kid@@
    aws_secret_access_key = @@v@@
    # used by scripts/upload_sermon.sh (bucket: gracecommunity-sermons)
    """, _v, "AWS CLI docs: credentials file", kid=fakes.aws_key_id(_seed()), v=_v)

_v = "K005" + chars(27, ALNUM + "/+")
add("rclone/b2", "backup/rclone.conf", """
    [b2-media]
    type = b2
    account = 005@@acct@@0000000003
    key = @@v@@
    hard_delete = false

    [sanctuary-nas]
    type = sftp
    host = 192.168.10.20
    user = backup
    key_file = /home/backup/.ssh/id_ed25519
    """, _v, "rclone docs: Backblaze B2 (account = keyID, key = applicationKey)", acct=hexs(8), v=_v)

_v = rand_pw(16)
add("pgpass/postgres", "ops/pgpass", """
    # hostname:port:database:username:password
    # copied to ~/.pgpass by ops/bootstrap.sh (chmod 600)
    db.internal.hopefoodbank.org:5432:pantry:pantry_app:@@v@@
    db.internal.hopefoodbank.org:5432:pantry:readonly:*
    localhost:5432:*:postgres:postgres
    """, _v, "PostgreSQL docs: the password file (.pgpass)", v=_v)

_v = words_pw()
add("netrc/ccb", "scripts/.netrc", """
    # Church Community Builder API user (Settings > API > API Users)
    machine cornerstonechurch.ccbchurch.com
      login cornerstone_api
      password @@v@@
    # used by scripts/ccb-attendance.sh and scripts/ccb-groups.sh (curl --netrc-file)
    # API user permissions: attendance_profiles, group_profiles (read only)
    """, _v, "curl / GNU inetutils docs: .netrc; CCB API docs: HTTP Basic API user", v=_v)

_v = human_pw()
add("my-cnf/mysql", "backup/.my.cnf", """
    # mysqldump for CiviCRM nightly backups (see crontab)
    [client]
    user = civi_backup
    password = "@@v@@"
    host = 127.0.0.1

    [mysqldump]
    single-transaction
    quick
    """, _v, "MySQL docs: option files ([client] password)", v=_v)

_v = gmail_app_pw()
add("msmtprc/gmail", "ops/msmtprc", """
    # Outbound mail for cron reports (pantry inventory, Rock job failures)
    defaults
    auth on
    tls on
    tls_trust_file /etc/ssl/certs/ca-certificates.crt
    logfile /var/log/msmtp.log

    account gmail
    host smtp.gmail.com
    port 587
    from office.stjudeparish@gmail.com
    user office.stjudeparish@gmail.com
    password "@@v@@"

    account default : gmail
    """, _v, "msmtp manual: configuration file; Google: app passwords (16 letters)", v=_v)

_v = chars(40, B64)
add("s3cfg/spaces", "ops/.s3cfg", """
    [default]
    access_key = DO00@@ak@@
    secret_key = @@v@@
    host_base = nyc3.digitaloceanspaces.com
    host_bucket = %(bucket)s.nyc3.digitaloceanspaces.com
    use_https = True
    signature_v2 = False
    """, _v, "s3cmd docs: .s3cfg; DigitalOcean Spaces keys", ak=chars(16, UPPER_ALNUM), v=_v)

_v = "npm_" + chars(36)
_fa = uuid_s()
add("npmrc/fontawesome", "site/.npmrc", """
    # Font Awesome Pro (church website icons) - licence owned by the communications team
    @fortawesome:registry=https://npm.fontawesome.com/
    //npm.fontawesome.com/:_authToken=@@fa@@
    engine-strict=true
    save-exact=true
    """, _fa, "Font Awesome docs: Pro packages via npm (.npmrc _authToken)", fa=_fa)

_v = rand_pw(24)
add("ini/alembic", "pantry-app/alembic.ini", """
    [alembic]
    script_location = migrations
    prepend_sys_path = .
    sqlalchemy.url = postgresql+psycopg://pantry_app:@@v@@@db.internal.hopefoodbank.org/pantry

    [loggers]
    keys = root,sqlalchemy,alembic

    [handlers]
    keys = console

    [formatters]
    keys = generic
    """, _v, "Alembic docs: alembic.ini sqlalchemy.url", v=_v)

_v = mixed(40)
add("supervisord/givebutter", "deploy/supervisor/givebutter-sync.conf", """
    [program:givebutter-sync]
    command=/srv/gbsync/.venv/bin/python -m gbsync.worker
    directory=/srv/gbsync
    user=gbsync
    autostart=true
    autorestart=true
    environment=GIVEBUTTER_API_KEY="@@v@@",NEON_ORG_ID="hopehabitat",PYTHONUNBUFFERED="1"
    stdout_logfile=/var/log/gbsync.log
    redirect_stderr=true
    """, _v, "Supervisor docs: [program:x] environment; Givebutter API docs: API keys", v=_v)

_v = passphrase()
add("wpa-supplicant/psk", "kiosk/wpa_supplicant.conf", """
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=US

    network={
        ssid="GraceKids-CheckIn"
        psk="@@v@@"
        key_mgmt=WPA-PSK
        priority=10
    }
    """, _v, "wpa_supplicant.conf(5): network block psk", v=_v)

_v = human_pw()
add("hostapd/psk", "av/booth-ap/hostapd.conf", """
    # Sound booth access point (Behringer X32 iPad control)
    interface=wlan0
    driver=nl80211
    ssid=SanctuaryAudio
    hw_mode=g
    channel=6
    wmm_enabled=1
    auth_algs=1
    wpa=2
    wpa_key_mgmt=WPA-PSK
    rsn_pairwise=CCMP
    wpa_passphrase=@@v@@
    """, _v, "hostapd.conf reference: wpa_passphrase", v=_v)

add("aws-credentials/decoy-sso", "media/.aws/config", """
    [default]
    region = us-west-2

    [profile sermon-archive]
    sso_session = gracecommunity
    sso_account_id = 381492650017
    sso_role_name = MediaUploader
    region = us-west-2

    [sso-session gracecommunity]
    sso_start_url = https://gracecommunity.awsapps.com/start
    sso_region = us-east-1
    sso_registration_scopes = sso:account:access
    """, None, "AWS CLI docs: IAM Identity Center (SSO) profiles, no stored keys")

add("ini/decoy-env-interp", "deploy/supervisor/pcosync.conf", """
    [program:pcosync]
    command=/srv/pcosync/.venv/bin/python -m pcosync --loop
    directory=/srv/pcosync
    user=pcosync
    environment=PCO_APPLICATION_ID="%(ENV_PCO_APPLICATION_ID)s",PCO_SECRET="%(ENV_PCO_SECRET)s"
    autorestart=true
    stdout_logfile=/var/log/pcosync.log
    """, None, "Supervisor docs: environment variables expansion %(ENV_X)s")

add("ini/decoy-hash", "ops/htpasswd", """
    # nginx basic auth for /reports (generated with: htpasswd -B)
    # managed by ansible role "reports-proxy"; rotate when the finance committee changes
    treasurer:$2y$05$@@h1@@
    pastor.dan:$2y$05$@@h2@@
    finance-committee:$apr1$@@s@@$@@h3@@
    """, None, "Apache htpasswd docs: bcrypt and apr1 hashes",
    h1=chars(53, ALNUM + "./"), h2=chars(53, ALNUM + "./"), s=chars(8, ALNUM + "./"), h3=chars(22, ALNUM + "./"))

add("rclone/decoy-obscured-empty", "backup/rclone.conf.example", """
    # Fill with `rclone config`; keys are stored by rclone, not here.
    [b2-media]
    type = b2
    account = <keyID>
    key = <applicationKey>
    hard_delete = false

    [sanctuary-nas]
    type = sftp
    host = 192.168.10.20
    user = backup
    key_file = /home/backup/.ssh/id_ed25519
    """, None, "rclone docs: Backblaze B2 config")


# ---------------------------------------------------------------- PHP (WordPress, GiveWP, CiviCRM, Drupal, Laravel)
_v = human_pw()
add("php/wordpress-db", "wp-config.php", """
    <?php
    /** St. Mark's Parish - production (WP Engine migrated to Kinsta 2024) */
    define( 'DB_NAME', 'stmarks_wp' );
    define( 'DB_USER', 'stmarks_wp' );
    define( 'DB_PASSWORD', '@@v@@' );
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

    define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
    define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
    define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
    define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

    $table_prefix = 'wp_';
    define( 'WP_DEBUG', false );
    define( 'GIVE_DISABLE_FORM_CACHE', true );

    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }
    require_once ABSPATH . 'wp-settings.php';
    """, _v, "WordPress docs: editing wp-config.php (DB_PASSWORD)", v=_v)

_v = chars(16)
add("php/authorize-net", "wp-content/plugins/give-authnet-custom/includes/class-gateway.php", """
    <?php
    namespace StMarks\\Give\\AuthNet;

    use net\\authorize\\api\\contract\\v1 as AnetAPI;

    class Gateway {
        const API_LOGIN_ID    = '@@login@@';
        const TRANSACTION_KEY = '@@v@@';
        const ENDPOINT        = \\net\\authorize\\api\\constants\\ANetEnvironment::PRODUCTION;

        public static function merchant_auth(): AnetAPI\\MerchantAuthenticationType {
            $auth = new AnetAPI\\MerchantAuthenticationType();
            $auth->setName( self::API_LOGIN_ID );
            $auth->setTransactionKey( self::TRANSACTION_KEY );
            return $auth;
        }

        public static function fund_description( int $form_id ): string {
            return sprintf( 'Online gift - form %d', $form_id );
        }
    }
    """, _v, "Authorize.Net PHP SDK README: API login id and transaction key", login=chars(11), v=_v)

_v = words_pw()
add("php/drupal-db", "web/sites/default/settings.php", """
    <?php

    $databases['default']['default'] = [
      'database' => 'diocese_drupal',
      'username' => 'drupal',
      'password' => '@@v@@',
      'prefix' => '',
      'host' => 'db-01.diocese.local',
      'port' => '3306',
      'driver' => 'mysql',
      'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
    ];

    $settings['hash_salt'] = file_get_contents('/etc/drupal/hash_salt.txt');
    $settings['trusted_host_patterns'] = ['^www\\.diocesecharities\\.org$'];
    $settings['config_sync_directory'] = '../config/sync';

    if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
      include $app_root . '/' . $site_path . '/settings.local.php';
    }
    """, _v, "Drupal docs: settings.php $databases", v=_v)

_v = chars(32)
add("php/civicrm-site-key", "wp-content/uploads/civicrm/civicrm.settings.php", """
    <?php
    /**
     * CiviCRM configuration - Riverside Housing Coalition
     */
    if (!defined('CIVICRM_UF')) {
      define('CIVICRM_UF', 'WordPress');
    }
    if (!defined('CIVICRM_UF_DSN')) {
      define('CIVICRM_UF_DSN', 'mysql://wp:' . getenv('WP_DB_PASSWORD') . '@localhost/wordpress?new_link=true');
    }
    if (!defined('CIVICRM_DSN')) {
      define('CIVICRM_DSN', 'mysql://civicrm:' . getenv('CIVICRM_DB_PASSWORD') . '@localhost/civicrm?new_link=true');
    }
    if (!defined('CIVICRM_SITE_KEY')) {
      define('CIVICRM_SITE_KEY', '@@v@@');
    }
    if (!defined('CIVICRM_TEMPLATE_COMPILEDIR')) {
      define('CIVICRM_TEMPLATE_COMPILEDIR', '/var/www/html/wp-content/uploads/civicrm/templates_c/');
    }
    define('CIVICRM_MAIL_SMARTY', 0);
    define('CIVICRM_DOMAIN_ID', 1);
    """, _v, "CiviCRM sysadmin guide: civicrm.settings.php and the site key", v=_v)

_v = human_pw()
add("php/civicrm-dsn", "sites/default/civicrm.settings.php", """
    <?php
    // CiviCRM on Drupal 7 - legacy parish federation site
    global $civicrm_root;
    $civicrm_root = '/var/www/federation/sites/all/modules/civicrm';

    define('CIVICRM_UF', 'Drupal');
    define('CIVICRM_UF_DSN', 'mysql://drupal:' . getenv('DRUPAL_DB_PASS') . '@localhost/drupal?new_link=true');
    define('CIVICRM_DSN', 'mysql://civicrm:@@v@@@localhost/civicrm?new_link=true');
    define('CIVICRM_LOGGING_DSN', CIVICRM_DSN);
    define('CIVICRM_SITE_KEY', getenv('CIVICRM_SITE_KEY'));
    define('CIVICRM_UF_BASEURL', 'https://federation.stvincentdepaul-metro.org/');
    """, _v, "CiviCRM sysadmin guide: CIVICRM_DSN", v=_v)

_v = paypal_secret()
add("php/paypal", "config/services.php", """
    <?php

    return [
        'postmark' => [
            'token' => env('POSTMARK_TOKEN'),
        ],

        'paypal' => [
            'mode' => 'live',
            'client_id' => '@@cid@@',
            'secret' => '@@v@@',
            'webhook_id' => '@@wh@@',
            'brand_name' => 'Shepherd House Shelter',
        ],

        'mailchimp' => [
            'key' => env('MAILCHIMP_KEY'),
        ],
    ];
    """, _v, "PayPal REST API docs: client id and secret; Laravel config/services.php", cid=paypal_id(), v=_v, wh=chars(17, UPPER_ALNUM))

_v = mailchimp_key()
add("php/mailchimp", "wp-content/themes/stjude-child/inc/newsletter.php", """
    <?php
    /**
     * Bulletin signup -> Mailchimp (footer form)
     */
    function stjude_newsletter_subscribe( WP_REST_Request $request ) {
        $email = sanitize_email( $request->get_param( 'email' ) );
        $api   = new \\MailchimpMarketing\\ApiClient();
        $api->setConfig( [
            'apiKey' => '@@v@@',
            'server' => '@@dc@@',
        ] );
        $api->lists->setListMember( 'b7a3c91f04', md5( strtolower( $email ) ), [
            'email_address' => $email,
            'status_if_new' => 'subscribed',
            'tags'          => [ 'weekly-bulletin' ],
        ] );
        return rest_ensure_response( [ 'ok' => true ] );
    }
    add_action( 'rest_api_init', function () {
        register_rest_route( 'stjude/v1', '/subscribe', [ 'methods' => 'POST', 'callback' => 'stjude_newsletter_subscribe', 'permission_callback' => '__return_true' ] );
    } );
    """, _v, "Mailchimp Marketing PHP client README: setConfig apiKey/server", v=_v, dc=_v.split("-")[1])

_v = "0x" + hexs(40)
add("php/hcaptcha", "wp-content/mu-plugins/volunteer-form-captcha.php", """
    <?php
    // Volunteer application form spam protection (hCaptcha)
    define( 'VOLFORM_HCAPTCHA_SITEKEY', '@@site@@' );
    define( 'VOLFORM_HCAPTCHA_SECRET', '@@v@@' );

    add_filter( 'volform_validate', function ( $errors, $data ) {
        $resp = wp_remote_post( 'https://api.hcaptcha.com/siteverify', [
            'body' => [
                'secret'   => VOLFORM_HCAPTCHA_SECRET,
                'response' => $data['h-captcha-response'] ?? '',
            ],
        ] );
        $body = json_decode( wp_remote_retrieve_body( $resp ), true );
        if ( empty( $body['success'] ) ) {
            $errors[] = 'Please complete the captcha.';
        }
        return $errors;
    }, 10, 2 );
    """, _v, "hCaptcha docs: siteverify with secret key (0x...)", site=uuid_s(), v=_v)

add("php/decoy-wp-config-sample", "wp-config-sample.php", """
    <?php
    define( 'DB_NAME', 'database_name_here' );
    define( 'DB_USER', 'username_here' );
    define( 'DB_PASSWORD', 'password_here' );
    define( 'DB_HOST', 'localhost' );

    define( 'AUTH_KEY',         'put your unique phrase here' );
    define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
    define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
    define( 'NONCE_KEY',        'put your unique phrase here' );
    define( 'AUTH_SALT',        'put your unique phrase here' );

    $table_prefix = 'wp_';
    define( 'WP_DEBUG', false );
    """, None, "WordPress: wp-config-sample.php placeholders")

add("php/decoy-env-ref", "config/givewp-stripe.php", """
    <?php
    // Loaded by mu-plugins/give-stripe-keys.php; keys live in the host's environment panel.
    return [
        'live_publishable_key' => '@@pk@@',
        'live_secret_key'      => getenv( 'GIVE_STRIPE_LIVE_SECRET' ) ?: '',
        'webhook_secret'       => $_ENV['GIVE_STRIPE_WEBHOOK_SECRET'] ?? '',
        'statement_descriptor' => 'STMARKS GIFT',
        'account_id'           => 'acct_@@acct@@',
    ];
    """, None, "GiveWP Stripe docs: publishable key is public; PHP getenv", pk=fakes.fake("pk_live_", 99, _seed()), acct=chars(16))

add("php/decoy-recaptcha-test-keys", "tests/bootstrap-recaptcha.php", """
    <?php
    /**
     * PHPUnit bootstrap: Google's documented reCAPTCHA v2 test keys.
     * Every verification passes; see developers.google.com/recaptcha/docs/faq
     */
    define( 'VOLFORM_RECAPTCHA_SITEKEY', '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI' );
    define( 'VOLFORM_RECAPTCHA_SECRET', '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe' );
    define( 'VOLFORM_TESTING', true );
    require dirname( __DIR__ ) . '/vendor/autoload.php';
    """, None, "reCAPTCHA FAQ: test keys documented as public")

# ---------------------------------------------------------------- XML, web.config, NuGet, FileZilla
_v = rand_pw(20, "!$")
add("web-config/rock-connection", "RockWeb/web.ConnectionStrings.config", """
    <?xml version="1.0"?>
    <connectionStrings>
      <add name="RockContext"
           connectionString="Data Source=ROCKSQL01;Initial Catalog=RockDB;User Id=RockUser;password=@@v@@;MultipleActiveResultSets=true"
           providerName="System.Data.SqlClient"/>
    </connectionStrings>
    """, _v, "Rock RMS admin guide: web.ConnectionStrings.config", v=_v)

_v = b64("".join(_rng().choice(ALNUM) for _ in range(96)))
add("web-config/rock-encryption-key", "RockWeb/web.config", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <configSections>
        <section name="rock" type="Rock.Configuration.RockConfig, Rock" />
      </configSections>
      <connectionStrings configSource="web.ConnectionStrings.config" />
      <appSettings>
        <add key="RunJobsInIISContext" value="true" />
        <add key="OrganizationTimeZone" value="Central Standard Time" />
        <add key="EnableRedisCacheCluster" value="False" />
        <add key="DataEncryptionKey" value="@@v@@" />
        <add key="AllowDuplicateGroupMembers" value="false" />
      </appSettings>
      <system.web>
        <compilation debug="false" targetFramework="4.7.2" />
        <httpRuntime maxRequestLength="10240" targetFramework="4.7.2" />
      </system.web>
    </configuration>
    """, _v, "Rock RMS: web.config appSettings DataEncryptionKey", v=_v)

_v = words_pw()
add("nuget/cleartext", "rock-plugins/NuGet.Config", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <packageSources>
        <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
        <add key="triumph-tech" value="https://pkgs.dev.azure.com/cornerstone-it/_packaging/rock-plugins/nuget/v3/index.json" />
      </packageSources>
      <packageSourceCredentials>
        <triumph-tech>
          <add key="Username" value="build@cornerstonechurch.org" />
          <add key="ClearTextPassword" value="@@v@@" />
        </triumph-tech>
      </packageSourceCredentials>
    </configuration>
    """, _v, "NuGet docs: nuget.config packageSourceCredentials ClearTextPassword", v=_v)

_v = human_pw()
add("filezilla/base64", "docs/website/filezilla-sitemanager.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <FileZilla3 version="3.66.4" platform="windows">
      <Servers>
        <Server>
          <Host>ftp.stmarksparish.org</Host>
          <Port>21</Port>
          <Protocol>0</Protocol>
          <Type>0</Type>
          <User>stmarks_web</User>
          <Pass encoding="base64">@@v@@</Pass>
          <Logontype>1</Logontype>
          <Name>Parish website (GoDaddy)</Name>
          <Comments>Ask Linda before changing anything in /public_html/give</Comments>
        </Server>
      </Servers>
    </FileZilla3>
    """, _v, "FileZilla wiki: sitemanager.xml (base64 password)", v=b64(_v))

_v = words_pw()
add("xml/app-config-smtp", "tools/GivingStatements/App.config", """
    <?xml version="1.0" encoding="utf-8" ?>
    <configuration>
      <appSettings>
        <add key="StatementYear" value="2024" />
        <add key="TemplatePath" value="Templates\\Statement.docx" />
      </appSettings>
      <system.net>
        <mailSettings>
          <smtp from="finance@bethelchurch.org" deliveryMethod="Network">
            <network host="smtp.office365.com" port="587" enableSsl="true"
                     userName="finance@bethelchurch.org" password="@@v@@" />
          </smtp>
        </mailSettings>
      </system.net>
    </configuration>
    """, _v, ".NET Framework docs: <network> element of mailSettings", v=_v)

add("xml/decoy-dataloader-encrypted", "dataloader/process-conf.xml", """
    <!DOCTYPE beans PUBLIC "-//SPRING//DTD BEAN//EN" "http://www.springframework.org/dtd/spring-beans.dtd">
    <beans>
      <bean id="giftExtract" class="com.salesforce.dataloader.process.ProcessRunner" scope="prototype">
        <property name="name" value="giftExtract"/>
        <property name="configOverrideMap">
          <map>
            <entry key="sfdc.endpoint" value="https://login.salesforce.com"/>
            <entry key="sfdc.username" value="dataloader@youthmentors.org"/>
            <!-- encrypted with: encrypt.bat -e <password+token> dataloader/key.txt -->
            <entry key="sfdc.password" value="@@enc@@"/>
            <entry key="process.encryptionKeyFile" value="C:\\dataloader\\key.txt"/>
            <entry key="sfdc.entity" value="Opportunity"/>
            <entry key="process.operation" value="extract"/>
            <entry key="sfdc.extractionSOQL" value="SELECT Id, Amount, CloseDate, npsp__Primary_Contact__c FROM Opportunity WHERE CloseDate = LAST_N_DAYS:1"/>
            <entry key="dataAccess.name" value="C:\\dataloader\\out\\gifts.csv"/>
            <entry key="dataAccess.type" value="csvWrite"/>
          </map>
        </property>
      </bean>
    </beans>
    """, None, "Salesforce Data Loader guide: batch mode, encrypted password", enc=hexs(96))

add("web-config/decoy-integrated", "RockWeb/web.ConnectionStrings.config.example", """
    <?xml version="1.0"?>
    <!-- Rename to web.ConnectionStrings.config. The app pool identity needs db_owner on RockDB. -->
    <connectionStrings>
      <add name="RockContext"
           connectionString="Data Source=(local);Initial Catalog=RockDB;Integrated Security=SSPI;MultipleActiveResultSets=true"
           providerName="System.Data.SqlClient"/>
      <!-- SQL auth alternative:
           Data Source=SERVER;Initial Catalog=RockDB;User Id=RockUser;password=YOUR_PASSWORD;MultipleActiveResultSets=true -->
    </connectionStrings>
    """, None, "Rock RMS install guide; SqlClient Integrated Security")

add("xml/decoy-saml-cert", "RockWeb/App_Data/saml/idp-metadata.xml", """
    <?xml version="1.0"?>
    <EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/2b1f6a44-93a1-4c5e-8f0c-7d2e1a9c3b55/">
      <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        <KeyDescriptor use="signing">
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
            <X509Data>
              <X509Certificate>@@cert@@</X509Certificate>
            </X509Data>
          </KeyInfo>
        </KeyDescriptor>
        <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/2b1f6a44-93a1-4c5e-8f0c-7d2e1a9c3b55/saml2"/>
      </IDPSSODescriptor>
    </EntityDescriptor>
    """, None, "SAML 2.0 metadata: X509Certificate (public signing certificate)", cert="MIIC8DCCAdigAwIBAgIQ" + chars(880, B64) + "=")

# ---------------------------------------------------------------- .properties
_v = human_pw()
add("properties/datasource", "src/main/resources/application-prod.properties", """
    # Volunteer shift scheduler (Spring Boot)
    spring.datasource.url=jdbc:postgresql://db.internal.hopefoodbank.org:5432/shifts
    spring.datasource.username=shifts
    spring.datasource.password=@@v@@
    spring.jpa.hibernate.ddl-auto=validate
    spring.jpa.open-in-view=false
    scheduler.reminder.cron=0 0 18 * * FRI
    scheduler.timezone=America/Chicago
    """, _v, "Spring Boot docs: spring.datasource.* properties", v=_v)

_v = paypal_secret()
add("properties/paypal", "src/main/resources/paypal.properties", """
    # PayPal Checkout for the gala ticket store
    paypal.mode=live
    paypal.client.id=@@cid@@
    paypal.client.secret=@@v@@
    paypal.return.url=https://gala.shepherdhouse.org/checkout/complete
    paypal.cancel.url=https://gala.shepherdhouse.org/checkout
    """, _v, "PayPal REST SDK: client id and secret", cid=paypal_id(), v=_v)

_v = human_pw() + chars(25)
add("properties/salesforce-ant", "salesforce/build.properties", """
    # Salesforce Ant Migration Tool - NPSP customisations
    # sf.password is the password with the security token appended
    sf.username = deploy@youthmentors.org
    sf.password = @@v@@
    sf.serverurl = https://login.salesforce.com
    sf.maxPoll = 200
    sf.pollWaitMillis = 10000
    """, _v, "Salesforce Ant Migration Tool guide: build.properties (password + security token)", v=_v)

add("properties/decoy-placeholder-ref", "src/main/resources/application.properties", """
    spring.application.name=shift-scheduler
    spring.datasource.url=${DATABASE_URL:jdbc:postgresql://localhost:5432/shifts}
    spring.datasource.username=${DATABASE_USER:shifts}
    spring.datasource.password=${DATABASE_PASSWORD}
    twilio.account-sid=${TWILIO_ACCOUNT_SID}
    twilio.auth-token=${TWILIO_AUTH_TOKEN}
    scheduler.timezone=America/Chicago
    """, None, "Spring Boot docs: property placeholders with defaults")

add("properties/decoy-jasypt", "src/main/resources/application-staging.properties", """
    # values encrypted with jasypt (PBEWITHHMACSHA512ANDAES_256); key in JASYPT_ENCRYPTOR_PASSWORD
    spring.datasource.url=jdbc:postgresql://staging-db:5432/shifts
    spring.datasource.username=shifts
    spring.datasource.password=ENC(@@a@@)
    twilio.auth-token=ENC(@@b@@)
    """, None, "jasypt-spring-boot README: ENC() encrypted properties", a=chars(64, B64), b=chars(88, B64))


# ---------------------------------------------------------------- HCL (Terraform)
_v = stripe_secret()
add("hcl/stripe-provider", "infra/stripe/main.tf", """
    terraform {
      required_providers {
        stripe = {
          source  = "lukasaron/stripe"
          version = "~> 1.9"
        }
      }
    }

    provider "stripe" {
      api_key = "@@v@@"
    }

    resource "stripe_product" "monthly_partner" {
      name        = "Monthly Partner"
      description = "Recurring gift to Harvest Food Bank"
    }

    resource "stripe_price" "monthly_partner_25" {
      product     = stripe_product.monthly_partner.id
      currency    = "usd"
      unit_amount = 2500
      recurring {
        interval = "month"
      }
    }
    """, _v, "Terraform Registry: lukasaron/stripe provider (api_key)", v=_v)

_v = words_pw()
add("hcl/tfvars-db", "infra/envs/prod/terraform.tfvars", """
    project          = "grants-dashboard"
    region           = "us-east-1"
    db_instance_size = "db.t4g.small"
    db_username      = "grants_admin"
    db_password      = "@@v@@"
    allowed_cidrs    = ["203.0.113.40/32"] # diocese office
    backup_retention = 14
    """, _v, "Terraform docs: variable definitions (.tfvars)", v=_v)

_v = chars(40, URLSAFE)
add("hcl/cloudflare", "infra/dns/cloudflare.tf", """
    provider "cloudflare" {
      api_token = "@@v@@"
    }

    data "cloudflare_zone" "church" {
      name = "hosannachurch.org"
    }

    resource "cloudflare_record" "give" {
      zone_id = data.cloudflare_zone.church.id
      name    = "give"
      type    = "CNAME"
      content = "hosanna-giving.pages.dev"
      proxied = true
    }
    """, _v, "Terraform Registry: cloudflare provider api_token", v=_v)

add("hcl/decoy-sensitive-vars", "infra/envs/prod/variables.tf", """
    variable "db_username" {
      type    = string
      default = "grants_admin"
    }

    variable "db_password" {
      type        = string
      sensitive   = true
      description = "Set TF_VAR_db_password from the finance 1Password vault"
    }

    resource "random_password" "app_user" {
      length  = 32
      special = false
    }

    resource "aws_secretsmanager_secret_version" "app_user" {
      secret_id     = aws_secretsmanager_secret.app_user.id
      secret_string = random_password.app_user.result
    }
    """, None, "Terraform docs: sensitive variables; random_password")

add("hcl/decoy-secrets-manager", "infra/giving/secrets.tf", """
    data "aws_secretsmanager_secret_version" "stripe" {
      secret_id = "prod/giving/stripe"
    }

    locals {
      stripe = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)
    }

    resource "aws_lambda_function" "webhook" {
      function_name = "giving-stripe-webhook"
      role          = aws_iam_role.webhook.arn
      handler       = "handler.main"
      runtime       = "python3.12"
      filename      = "build/webhook.zip"
      environment {
        variables = {
          STRIPE_SECRET_ARN = "arn:aws:secretsmanager:us-east-1:381492650017:secret:prod/giving/stripe-Qw3rTy"
          STRIPE_PUBLISHABLE_KEY = "@@pk@@"
        }
      }
    }
    """, None, "Terraform AWS provider: aws_secretsmanager_secret_version data source", pk=fakes.fake("pk_live_", 24, _seed()))

# ---------------------------------------------------------------- nginx / apache
_v = youtube_stream_key()
_fb = facebook_stream_key()
add("nginx/rtmp-stream-key", "av/relay/nginx.conf", """
    worker_processes auto;
    events { worker_connections 1024; }

    rtmp {
        server {
            listen 1935;
            chunk_size 4096;

            application live {
                live on;
                record off;
                allow publish 192.168.20.0/24;
                deny publish all;
                # Sunday services: simulcast to YouTube
                push rtmp://a.rtmp.youtube.com/live2/@@v@@;
            }
        }
    }
    """, _v, "nginx-rtmp-module directives: push; YouTube Live RTMP ingestion", v=_v)

_v = b64("reports:" + human_pw())
add("nginx/basic-auth-header", "deploy/nginx/ccb-proxy.conf", """
    # Internal proxy so the kiosk tablets never hold the CCB API user
    server {
        listen 8081;
        server_name ccb-proxy.internal;

        location /api/ {
            proxy_pass https://cornerstonechurch.ccbchurch.com/api.php;
            proxy_set_header Authorization "Basic @@v@@";
            proxy_set_header Host cornerstonechurch.ccbchurch.com;
            proxy_ssl_server_name on;
            allow 10.10.0.0/16;
            deny all;
        }
    }
    """, _v, "nginx docs: proxy_set_header; RFC 7617 HTTP Basic", v=_v)

_v = stripe_secret()
add("apache/setenv", "deploy/apache/give.conf", """
    <VirtualHost *:443>
        ServerName give.zionfellowship.org
        DocumentRoot /var/www/give/public

        SSLEngine on
        SSLCertificateFile /etc/letsencrypt/live/give.zionfellowship.org/fullchain.pem
        SSLCertificateKeyFile /etc/letsencrypt/live/give.zionfellowship.org/privkey.pem

        SetEnv APP_ENV production
        SetEnv STRIPE_SECRET_KEY @@v@@
        SetEnv RECEIPT_FROM giving@zionfellowship.org

        <Directory /var/www/give/public>
            AllowOverride All
            Require all granted
        </Directory>
    </VirtualHost>
    """, _v, "Apache mod_env docs: SetEnv", v=_v)

add("nginx/decoy-rtmp-vars", "av/relay/nginx.conf.template", """
    rtmp {
        server {
            listen 1935;
            application live {
                live on;
                record off;
                # keys rendered by envsubst from /etc/stream-keys/*.env at container start
                push rtmp://a.rtmp.youtube.com/live2/${YOUTUBE_STREAM_KEY};
                push rtmp://127.0.0.1:19350/rtmp/${FACEBOOK_STREAM_KEY};
            }
        }
    }
    """, None, "nginx Docker image docs: templates rendered with envsubst")

add("nginx/decoy-auth-file", "deploy/nginx/reports.conf", """
    server {
        listen 443 ssl http2;
        server_name reports.stjudeparish.org;
        ssl_certificate     /etc/letsencrypt/live/reports.stjudeparish.org/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/reports.stjudeparish.org/privkey.pem;

        location / {
            auth_basic "Finance reports";
            auth_basic_user_file /etc/nginx/htpasswd;
            proxy_pass http://127.0.0.1:8501;
            proxy_set_header Authorization $http_authorization;
        }
    }
    """, None, "nginx docs: ngx_http_auth_basic_module")

add("apache/decoy-apple-pay-alias", "deploy/apache/give-wellknown.conf", """
    # Stripe Apple Pay domain verification (file downloaded from the Stripe dashboard, public)
    Alias /.well-known/apple-developer-merchantid-domain-association /var/www/give/wellknown/apple-developer-merchantid-domain-association
    <Location /.well-known/apple-developer-merchantid-domain-association>
        Require all granted
        Header set Content-Type "text/plain"
    </Location>
    # checksum of the file we serve:
    # sha256 @@sha@@
    """, None, "Stripe docs: Apple Pay domain registration", sha=sha256())

# ---------------------------------------------------------------- systemd and cron
_v = chars(40)
add("systemd/environment", "deploy/systemd/galaxy-sync.service", """
    [Unit]
    Description=Galaxy Digital volunteer hours -> Salesforce sync
    After=network-online.target
    Wants=network-online.target

    [Service]
    Type=simple
    User=galaxy
    WorkingDirectory=/opt/galaxy-sync
    Environment="GALAXY_API_BASE=https://api.galaxydigital.com/api"
    Environment="GALAXY_API_KEY=@@v@@"
    ExecStart=/opt/galaxy-sync/.venv/bin/python -m galaxy_sync
    Restart=on-failure
    RestartSec=30

    [Install]
    WantedBy=multi-user.target
    """, _v, "systemd.exec(5): Environment=; Galaxy Digital API docs: bearer API key", v=_v)

_v = human_pw()
add("systemd/execstart-password", "deploy/systemd/volunteerhub-export.service", """
    [Unit]
    Description=Nightly VolunteerHub roster export for background checks

    [Service]
    Type=oneshot
    User=vhub
    ExecStart=/usr/local/bin/vhub-export --org hopehabitat --user api@hopehabitat.org --password '@@v@@' --out /srv/exports/roster.csv
    """, _v, "systemd.service(5): ExecStart; VolunteerHub API: HTTP Basic user", v=_v)

_v = human_pw()
add("crontab/mysqldump", "ops/crontab", """
    # m h  dom mon dow   command
    MAILTO=it@riversidehousing.org
    15 2 * * * mysqldump -u civi_backup -p'@@v@@' --single-transaction civicrm | gzip > /backups/civicrm-$(date +\\%F).sql.gz
    45 2 * * * find /backups -name 'civicrm-*.sql.gz' -mtime +21 -delete
    0 6 * * 1 /usr/local/bin/civicrm-stats-report.sh
    """, _v, "crontab(5); mysqldump -p option", v=_v)

_v = chars(32)
add("crontab/elvanto", "ops/cron.d/elvanto-rosters", """
    SHELL=/bin/bash
    PATH=/usr/local/bin:/usr/bin:/bin
    # Pull Sunday rosters from Elvanto every Thursday 6pm for the printed run sheet
    0 18 * * 4 www-data curl -s -u '@@v@@:x' 'https://api.elvanto.com/v1/services/getAll.json?fields[]=volunteers&start=today' -o /var/www/runsheet/services.json
    5 18 * * 4 www-data /usr/local/bin/build-runsheet /var/www/runsheet/services.json
    """, _v, "Elvanto API docs: HTTP Basic with API key as user", v=_v)

add("systemd/decoy-credentials", "deploy/systemd/pcosync.service", """
    [Unit]
    Description=Planning Center -> Bloomerang sync
    After=network-online.target

    [Service]
    Type=simple
    User=pcosync
    EnvironmentFile=/etc/pcosync/pcosync.env
    LoadCredential=pco_secret:/etc/credstore/pco_secret
    ExecStart=/srv/pcosync/.venv/bin/python -m pcosync --secret-file ${CREDENTIALS_DIRECTORY}/pco_secret
    Restart=on-failure

    [Install]
    WantedBy=multi-user.target
    """, None, "systemd.exec(5): EnvironmentFile= and LoadCredential=")

add("crontab/decoy-env-file", "ops/crontab.giving", """
    # Giving reports - secrets come from /etc/giving/env (root:giving 0640)
    MAILTO=finance@bethelchurch.org
    0 7 * * 1 . /etc/giving/env && /srv/giving/bin/weekly-deposit-report --stripe-key "$STRIPE_SECRET_KEY"
    30 7 1 * * . /etc/giving/env && /srv/giving/bin/monthly-fund-summary --to "$FINANCE_LIST"
    0 3 * * * /usr/bin/pg_dump -Fc giving > /backups/giving-$(date +\\%u).dump
    """, None, "crontab(5): sourcing an environment file")


# ---------------------------------------------------------------- Python
_v = mixed(40)
add("python/quickbooks", "giving_bridge/qbo.py", """
    \"\"\"Post weekly Planning Center Giving batches to QuickBooks Online as deposits.\"\"\"
    from intuitlib.client import AuthClient
    from quickbooks import QuickBooks

    QBO_CLIENT_ID = "AB@@cid@@"
    QBO_CLIENT_SECRET = "@@v@@"
    QBO_REALM_ID = "9130357206813946"
    FUND_TO_CLASS = {"General Fund": "100", "Missions": "210", "Building": "300"}


    def client(refresh_token: str) -> QuickBooks:
        auth = AuthClient(
            client_id=QBO_CLIENT_ID,
            client_secret=QBO_CLIENT_SECRET,
            environment="production",
            redirect_uri="https://bridge.redeemerchurch.org/qbo/callback",
        )
        return QuickBooks(auth_client=auth, refresh_token=refresh_token, company_id=QBO_REALM_ID)
    """, _v, "Intuit developer docs: OAuth 2.0 client id and secret (intuit-oauth)", cid=chars(48), v=_v)

_v = hexs(32)
add("python/braintree", "gala/payments.py", """
    import braintree

    gateway = braintree.BraintreeGateway(
        braintree.Configuration(
            environment=braintree.Environment.Production,
            merchant_id="@@mid@@",
            public_key="@@pub@@",
            private_key="@@v@@",
        )
    )


    def charge_ticket(nonce: str, amount: str, guest_email: str):
        return gateway.transaction.sale({
            "amount": amount,
            "payment_method_nonce": nonce,
            "customer": {"email": guest_email},
            "options": {"submit_for_settlement": True},
            "custom_fields": {"event": "spring-gala-2025"},
        })
    """, _v, "Braintree Python SDK docs: gateway configuration (merchant id, public key, private key)",
    mid=chars(16, LOWER_ALNUM), pub=chars(16, LOWER_ALNUM), v=_v)

_v = fakes.django_secret_key(_seed())
add("python/django-secret", "giving/settings/production.py", """
    from .base import *  # noqa

    DEBUG = False
    SECRET_KEY = "@@v@@"
    ALLOWED_HOSTS = ["give.gracecommunity.org"]
    CSRF_TRUSTED_ORIGINS = ["https://give.gracecommunity.org"]

    DATABASES["default"]["HOST"] = "db.internal"
    SECURE_HSTS_SECONDS = 31536000
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    GIVING_RECEIPT_BCC = ["finance@gracecommunity.org"]
    """, _v, "Django docs: SECRET_KEY setting", v=_v)

_v = words_pw()
add("python/simple-salesforce", "reports/npsp_export.py", """
    import os
    import pandas as pd
    from simple_salesforce import Salesforce

    sf = Salesforce(
        username="reports@youthmentors.org",
        password="@@v@@",
        security_token=os.environ["SF_SECURITY_TOKEN"],
    )

    SOQL = \"\"\"
    SELECT Id, Amount, CloseDate, npsp__Primary_Contact__r.Name, GAU__c
    FROM Opportunity
    WHERE StageName = 'Closed Won' AND CloseDate = THIS_FISCAL_YEAR
    \"\"\"

    rows = sf.query_all(SOQL)["records"]
    df = pd.DataFrame(rows).drop(columns="attributes")
    df.to_excel("out/fy_gifts.xlsx", index=False)
    """, _v, "simple-salesforce README: username/password/security_token login", v=_v)

_v = hexs(32)
add("python/action-network", "organizing/an_sync.py", """
    import requests

    AN_API = "https://actionnetwork.org/api/v2"
    HEADERS = {
        "OSDI-API-Token": "@@v@@",
        "Content-Type": "application/json",
    }


    def add_signup(email: str, first: str, last: str, zip_code: str) -> None:
        body = {
            "person": {
                "given_name": first,
                "family_name": last,
                "email_addresses": [{"address": email}],
                "postal_addresses": [{"postal_code": zip_code}],
            },
            "add_tags": ["tenant-union-2025"],
        }
        r = requests.post(f"{AN_API}/people", json=body, headers=HEADERS, timeout=20)
        r.raise_for_status()
    """, _v, "Action Network API docs: OSDI-API-Token header", v=_v)

_v = uuid_s() + "|1"
add("python/everyaction", "organizing/van_client.py", """
    from requests.auth import HTTPBasicAuth
    import requests

    # EveryAction (NGP VAN) - "My Campaign" mode is |1, "My Voters" is |0
    VAN_APP = "RIVERSIDE.HOUSING.API"
    VAN_KEY = "@@v@@"
    BASE = "https://api.securevan.com/v4"


    def find_person(email: str) -> dict:
        r = requests.post(
            f"{BASE}/people/find",
            json={"emails": [{"email": email}]},
            auth=HTTPBasicAuth(VAN_APP, VAN_KEY),
            timeout=30,
        )
        r.raise_for_status()
        return r.json()
    """, _v, "NGP VAN API docs: HTTP Basic with application name and API key|mode", v=_v)

_v = hexs(32)
add("python/submittable", "grants/submittable_pull.py", """
    \"\"\"Pull awarded submissions from Submittable for the quarterly funder report.\"\"\"
    import csv
    import requests

    API = "https://submittable-api.submittable.com/v4"
    KEY = "@@v@@"  # Submittable > Integrations > API key (used as HTTP Basic user, blank password)

    def awarded(project_id: int):
        page = 1
        while True:
            r = requests.get(f"{API}/projects/{project_id}/submissions",
                             params={"page": page, "status": "accepted"}, auth=(KEY, ""), timeout=30)
            r.raise_for_status()
            data = r.json()
            yield from data["items"]
            if page >= data["totalPages"]:
                break
            page += 1

    with open("out/awarded.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for s in awarded(41872):
            w.writerow([s["submissionId"], s["submitterName"], s["awardAmount"]])
    """, _v, "Submittable API docs: HTTP Basic with API key", v=_v)

_v = chars(40)
add("python/little-green-light-split", "lgl/client.py", """
    import httpx

    # LGL > Settings > Integration Settings > API keys ("gift import" key)
    LGL_API_KEY = ("@@a@@"
                   "@@b@@")
    LGL_BASE = "https://api.littlegreenlight.com/api/v1"


    def constituents(search: str):
        r = httpx.get(f"{LGL_BASE}/constituents/search.json",
                      params={"q[]": f"name={search}"},
                      headers={"Authorization": f"Bearer {LGL_API_KEY}"})
        r.raise_for_status()
        return r.json()["items"]
    """, _v, "Little Green Light API docs: Bearer API key", a=_v[:22], b=_v[22:])

_v = hexs(30)
add("python/plaid", "finance/bank_feed.py", """
    from plaid.api import plaid_api
    from plaid.configuration import Configuration, Environment
    from plaid.api_client import ApiClient

    configuration = Configuration(
        host=Environment.Production,
        api_key={
            "clientId": "@@cid@@",
            "secret": "@@v@@",
        },
    )
    client = plaid_api.PlaidApi(ApiClient(configuration))

    # operating account at First Community Credit Union (deposits reconciliation)
    OPERATING_ACCESS_TOKEN_ENV = "PLAID_OPERATING_ACCESS_TOKEN"
    """, _v, "Plaid Python client README: clientId and secret", cid=hexs(24), v=_v)

_v = chars(32)
add("python/zoom", "smallgroups/zoom_meetings.py", """
    import base64
    import requests

    ACCOUNT_ID = "@@acct@@"
    CLIENT_ID = "@@cid@@"
    CLIENT_SECRET = "@@v@@"


    def token() -> str:
        basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        r = requests.post(
            "https://zoom.us/oauth/token",
            params={"grant_type": "account_credentials", "account_id": ACCOUNT_ID},
            headers={"Authorization": f"Basic {basic}"},
        )
        r.raise_for_status()
        return r.json()["access_token"]


    def create_group_meeting(topic: str, start_iso: str) -> dict:
        r = requests.post("https://api.zoom.us/v2/users/me/meetings",
                          json={"topic": topic, "type": 2, "start_time": start_iso, "duration": 90},
                          headers={"Authorization": f"Bearer {token()}"})
        return r.json()
    """, _v, "Zoom docs: Server-to-Server OAuth (account_credentials)", acct=chars(22, URLSAFE), cid=chars(22), v=_v)

_v = fakes.telegram_token(_seed())
add("python/telegram", "pantry/alerts.py", """
    \"\"\"Freezer temperature alerts for the food pantry (Raspberry Pi + DS18B20).\"\"\"
    import time
    import requests

    BOT_TOKEN = "@@v@@"
    CHAT_ID = -1002219384721  # "Pantry Leads" group
    LIMIT_C = -12.0


    def read_temp() -> float:
        with open("/sys/bus/w1/devices/28-3c01d6071a2b/temperature") as fh:
            return int(fh.read()) / 1000


    while True:
        t = read_temp()
        if t > LIMIT_C:
            requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                          data={"chat_id": CHAT_ID, "text": f"Freezer at {t:.1f} C - check the door!"})
        time.sleep(300)
    """, _v, "Telegram Bot API: bot tokens", v=_v)

add("python/decoy-env", "pcosync/settings.py", """
    from pydantic_settings import BaseSettings, SettingsConfigDict
    from pydantic import SecretStr


    class Settings(BaseSettings):
        model_config = SettingsConfigDict(env_file=".env", env_prefix="PCO_")

        application_id: str
        secret: SecretStr
        webhook_secret: SecretStr | None = None
        base_url: str = "https://api.planningcenteronline.com"
        per_page: int = 100


    settings = Settings()
    """, None, "pydantic-settings docs: env-backed settings with SecretStr")

add("python/decoy-twilio-sid", "volunteer_reminders/sms.py", """
    import os
    from twilio.rest import Client

    ACCOUNT_SID = "@@sid@@"  # not secret: shown on every console page
    MESSAGING_SERVICE_SID = "@@mg@@"
    client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


    def remind(phone: str, shift: str) -> None:
        client.messages.create(
            messaging_service_sid=MESSAGING_SERVICE_SID,
            to=phone,
            body=f"Reminder: you're serving {shift}. Reply STOP to opt out.",
        )
    """, None, "Twilio docs: Account SID is an identifier; auth token from the environment",
    sid=twilio_sid(), mg=twilio_sid("MG"))

add("python/decoy-test-vectors", "tests/test_webhook_signature.py", """
    \"\"\"Stripe webhook verification: fixtures are made up, signed with a test-only secret.\"\"\"
    import hmac, hashlib, time
    import stripe

    TEST_SECRET = "whsec_test_secret_for_unit_tests_only"
    PAYLOAD = '{"id": "evt_test_webhook", "object": "event", "type": "charge.succeeded"}'


    def sign(payload: str, secret: str, ts: int) -> str:
        mac = hmac.new(secret.encode(), f"{ts}.{payload}".encode(), hashlib.sha256).hexdigest()
        return f"t={ts},v1={mac}"


    def test_valid_signature():
        ts = int(time.time())
        event = stripe.Webhook.construct_event(PAYLOAD, sign(PAYLOAD, TEST_SECRET, ts), TEST_SECRET)
        assert event["type"] == "charge.succeeded"


    def test_card_numbers_are_stripe_test_cards():
        assert "4242424242424242".startswith("4242")
        assert "4000000000009995"  # insufficient funds
    """, None, "Stripe docs: verifying webhook signatures; testing cards")

add("python/decoy-stripe-docs-key", "docs_examples/stripe_quickstart.py", """
    # Copied from Stripe's API reference; the key below is Stripe's public documentation
    # test key (it appears on every page of stripe.com/docs and only works in test mode).
    import stripe

    stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

    stripe.PaymentIntent.create(
        amount=5000,
        currency="usd",
        automatic_payment_methods={"enabled": True},
        metadata={"fund": "general"},
    )
    """, None, "Stripe API reference: documented sample test key")

add("json/decoy-hash-fixture", "giving/fixtures/users.json", """
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "username": "treasurer",
          "password": "pbkdf2_sha256$720000$@@s1@@$@@h1@@=",
          "is_staff": true,
          "email": "treasurer@gracecommunity.org"
        }
      },
      {
        "model": "auth.user",
        "pk": 2,
        "fields": {
          "username": "counter2",
          "password": "pbkdf2_sha256$720000$@@s2@@$@@h2@@=",
          "is_staff": false,
          "email": "counting-team@gracecommunity.org"
        }
      }
    ]
    """, None, "Django docs: password storage format (pbkdf2_sha256$iterations$salt$hash)",
    s1=chars(22), h1=chars(43, B64), s2=chars(22), h2=chars(43, B64))

# ---------------------------------------------------------------- notebooks
def notebook(cells: List[str]) -> str:
    nb = {"cells": [{"cell_type": "code", "execution_count": i + 1, "metadata": {}, "outputs": [],
                     "source": [line + "\n" for line in src.split("\n")[:-1]] + [src.split("\n")[-1]]}
                    for i, src in enumerate(cells)],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1)


_v = hexs(32)
add("ipynb/candid", "notebooks/funder_prospects.ipynb", notebook([
    "import requests\nimport pandas as pd",
    "CANDID_KEY = \"@@v@@\"\nHEADERS = {\"Subscription-Key\": CANDID_KEY, \"Accept\": \"application/json\"}",
    "r = requests.post(\"https://api.candid.org/essentials/v3\", headers=HEADERS,\n"
    "                  json={\"search_terms\": \"youth mentoring\", \"filters\": {\"geography\": {\"state\": [\"MN\"]}}})\n"
    "orgs = pd.json_normalize(r.json()[\"hits\"])\norgs[[\"organization_name\", \"ein\", \"city\"]].head(20)",
]), _v, "Candid APIs docs: Subscription-Key header (Essentials API)", v=_v)

_v = hexs(64)
add("ipynb/fluxx", "notebooks/grant_portfolio_q3.ipynb", notebook([
    "import requests, pandas as pd",
    "FLUXX = \"https://communityfoundation.fluxx.io\"\n"
    "tok = requests.post(f\"{FLUXX}/oauth/token\", data={\n"
    "    \"grant_type\": \"client_credentials\",\n"
    "    \"client_id\": \"@@cid@@\",\n"
    "    \"client_secret\": \"@@v@@\",\n"
    "}).json()[\"access_token\"]",
    "r = requests.get(f\"{FLUXX}/api/rest/v2/grant_request\", headers={\"Authorization\": f\"Bearer {tok}\"},\n"
    "                 params={\"cols\": '[\"amount_recommended\",\"program_organization_id\"]', \"per_page\": 500})\n"
    "df = pd.json_normalize(r.json()[\"records\"][\"grant_request\"])\ndf.groupby(\"program_organization_id\").amount_recommended.sum()",
]), _v, "Fluxx API docs: OAuth client credentials", cid=hexs(64), v=_v)

add("ipynb/decoy-getpass", "notebooks/donor_retention.ipynb", notebook([
    "import os\nfrom getpass import getpass\nimport pandas as pd\nfrom simple_salesforce import Salesforce",
    "sf = Salesforce(username=os.environ.get(\"SF_USER\", \"reports@youthmentors.org\"),\n"
    "                password=getpass(\"Salesforce password: \"),\n"
    "                security_token=getpass(\"Security token: \"))",
    "q = sf.query_all(\"SELECT npo02__LastCloseDate__c, npo02__TotalOppAmount__c FROM Contact WHERE npo02__TotalOppAmount__c > 0\")\n"
    "df = pd.DataFrame(q[\"records\"]).drop(columns=\"attributes\")\ndf.describe()",
]), None, "simple-salesforce README; Python getpass")


# ---------------------------------------------------------------- JavaScript / TypeScript
_v = stripe_secret()
add("javascript/stripe", "api/create-payment-intent.js", """
    // Vercel serverless function for the Christmas appeal page
    const stripe = require('stripe')('@@v@@');

    module.exports = async (req, res) => {
      if (req.method !== 'POST') return res.status(405).end();
      const { amount, fund, coverFees } = req.body;
      const cents = Math.round(Number(amount) * 100 * (coverFees ? 1.03 : 1));
      const intent = await stripe.paymentIntents.create({
        amount: cents,
        currency: 'usd',
        automatic_payment_methods: { enabled: true },
        metadata: { fund: fund || 'general', campaign: 'christmas-2024' },
      });
      res.json({ clientSecret: intent.client_secret });
    };
    """, _v, "Stripe Node library README: require('stripe')(secretKey)", v=_v)

_v = square_token()
add("javascript/square", "server/square.js", """
    import { Client, Environment } from 'square';

    // Thrift store POS -> donor receipts
    export const square = new Client({
      environment: Environment.Production,
      accessToken: '@@v@@',
    });

    export const LOCATION_ID = 'L@@loc@@';

    export async function listTodayPayments() {
      const begin = new Date();
      begin.setHours(0, 0, 0, 0);
      const { result } = await square.paymentsApi.listPayments(begin.toISOString(), undefined, undefined, undefined, LOCATION_ID);
      return result.payments ?? [];
    }
    """, _v, "Square Node SDK docs: Client accessToken", v=_v, loc=chars(12, UPPER_ALNUM))

_v = slack_webhook()
add("javascript/slack-webhook", "functions/notify-gift.js", """
    const fetch = require('node-fetch');

    const SLACK_WEBHOOK = '@@v@@';
    const BIG_GIFT = 1000;

    exports.handler = async (event) => {
      const gift = JSON.parse(event.body);
      if (gift.amount < BIG_GIFT) return { statusCode: 204 };
      await fetch(SLACK_WEBHOOK, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: `:tada: ${gift.donor} gave $${gift.amount} to ${gift.fund}` }),
      });
      return { statusCode: 200 };
    };
    """, _v, "Slack docs: incoming webhooks", v=_v)

_v = teams_webhook()
add("javascript/teams-webhook", "scripts/volunteer-gaps.mjs", """
    // Posts unfilled Planning Center Services positions to the staff Teams channel every Wednesday
    import { getUnfilledPositions } from './pco.mjs';

    const TEAMS_WEBHOOK =
      '@@v@@';

    const gaps = await getUnfilledPositions({ daysAhead: 10 });
    if (gaps.length) {
      await fetch(TEAMS_WEBHOOK, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          text: `**Unfilled this Sunday**\\n\\n${gaps.map((g) => `- ${g.team}: ${g.position}`).join('\\n')}`,
        }),
      });
    }
    """, _v, "Microsoft Teams docs: incoming webhooks", v=_v)

_v = words_pw()
add("javascript/nodemailer", "server/mailer.js", """
    const nodemailer = require('nodemailer');

    const transporter = nodemailer.createTransport({
      host: 'smtp.office365.com',
      port: 587,
      secure: false,
      auth: {
        user: 'volunteers@shepherdhouse.org',
        pass: '@@v@@',
      },
    });

    async function sendShiftConfirmation(to, shift) {
      return transporter.sendMail({
        from: '"Shepherd House Volunteers" <volunteers@shepherdhouse.org>',
        to,
        subject: `You're signed up: ${shift.title}`,
        text: `Thanks for serving on ${shift.date} at ${shift.time}.`,
      });
    }

    module.exports = { sendShiftConfirmation };
    """, _v, "Nodemailer docs: SMTP transport auth", v=_v)

_v = mollie_key()
add("typescript/mollie", "src/lib/mollie.ts", """
    import createMollieClient from '@mollie/api-client';

    // Stichting Voedselbank - online donaties (iDEAL)
    export const mollie = createMollieClient({ apiKey: '@@v@@' });

    export async function startDonation(amountEur: string, donorEmail: string) {
      return mollie.payments.create({
        amount: { currency: 'EUR', value: amountEur },
        description: 'Donatie Voedselbank Utrecht',
        redirectUrl: 'https://doneer.voedselbank-utrecht.nl/bedankt',
        webhookUrl: 'https://doneer.voedselbank-utrecht.nl/api/mollie-webhook',
        metadata: { donorEmail },
      });
    }
    """, _v, "Mollie API docs: live_ API keys; @mollie/api-client", v=_v)

_v = mixed(40)
add("typescript/classy", "src/integrations/classy.ts", """
    const CLASSY_TOKEN_URL = 'https://api.classy.org/oauth2/auth';

    const credentials = {
      client_id: 'l7Qx2bT4nVmK9pRs',
      client_secret: '@@v@@',
      grant_type: 'client_credentials',
    } as const;

    export async function classyToken(): Promise<string> {
      const res = await fetch(CLASSY_TOKEN_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(credentials),
      });
      if (!res.ok) throw new Error(`Classy auth failed: ${res.status}`);
      return (await res.json()).access_token;
    }

    export const ORG_ID = 81234;
    """, _v, "Classy (GoFundMe Pro) API docs: client credentials", v=_v)

_v = airtable_pat()
add("typescript/airtable", "src/volunteers/airtable.ts", """
    import Airtable from 'airtable';

    // Soup kitchen volunteer roster lives in Airtable (base "Volunteers 2025")
    const base = new Airtable({ apiKey: '@@v@@' }).base('app@@base@@');

    export async function shiftsFor(date: string) {
      const records = await base('Shifts')
        .select({ filterByFormula: `{Date} = '${date}'`, view: 'Upcoming' })
        .all();
      return records.map((r) => ({ name: r.get('Volunteer'), role: r.get('Role') }));
    }
    """, _v, "Airtable docs: personal access tokens (pat...)", v=_v, base=chars(14))

add("javascript/decoy-publishable", "src/components/DonateForm.jsx", """
    import { loadStripe } from '@stripe/stripe-js';
    import { Elements, PaymentElement } from '@stripe/react-stripe-js';

    // Publishable key: safe to ship in the browser bundle
    const stripePromise = loadStripe('@@pk@@');

    export default function DonateForm({ clientSecret }) {
      return (
        <Elements stripe={stripePromise} options={{ clientSecret, appearance: { theme: 'flat' } }}>
          <form id="donate">
            <PaymentElement />
            <button type="submit">Give now</button>
          </form>
        </Elements>
      );
    }
    """, None, "Stripe docs: publishable keys in client code", pk=fakes.fake("pk_live_", 99, _seed()))

add("javascript/decoy-square-app-id", "public/js/square-card.js", """
    // Square Web Payments SDK: application id and location id are public
    const appId = 'sq0idp-@@app@@';
    const locationId = 'L@@loc@@';

    async function initCard() {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
      document.getElementById('give-btn').addEventListener('click', async () => {
        const result = await card.tokenize();
        if (result.status === 'OK') {
          await fetch('/api/give', { method: 'POST', body: JSON.stringify({ token: result.token }) });
        }
      });
    }
    initCard();
    """, None, "Square Web Payments SDK docs: applicationId and locationId", app=chars(22, URLSAFE), loc=chars(12, UPPER_ALNUM))

add("javascript/decoy-braintree-tokenization", "gala/static/checkout.js", """
    // Braintree Drop-in: tokenization keys are designed for client-side use
    braintree.dropin.create({
      authorization: 'production_@@a@@_@@b@@',
      container: '#dropin-container',
      paypal: { flow: 'checkout', amount: '150.00', currency: 'USD' },
      venmo: {},
    }, function (err, instance) {
      document.querySelector('#buy').addEventListener('click', function () {
        instance.requestPaymentMethod(function (err, payload) {
          document.querySelector('#nonce').value = payload.nonce;
          document.querySelector('#ticket-form').submit();
        });
      });
    });
    """, None, "Braintree docs: tokenization keys (client-side authorization)", a=chars(8, LOWER_ALNUM), b=chars(16, LOWER_ALNUM))

add("javascript/decoy-mapbox-public", "src/map/churchFinder.js", """
    import mapboxgl from 'mapbox-gl';

    // Public token (pk.), URL-restricted to *.dioceseparishes.org in the Mapbox account
    mapboxgl.accessToken = 'pk.@@p@@.@@s@@';

    export function renderParishMap(el, parishes) {
      const map = new mapboxgl.Map({ container: el, style: 'mapbox://styles/mapbox/streets-v12', center: [-93.26, 44.97], zoom: 9 });
      parishes.forEach((p) => new mapboxgl.Marker().setLngLat([p.lng, p.lat]).setPopup(new mapboxgl.Popup().setText(p.name)).addTo(map));
      return map;
    }
    """, None, "Mapbox docs: public access tokens (pk.) are meant for client code",
    p=b64('{"u":"dioceseparishes","a":"clx' + chars(22, LOWER_ALNUM) + '"}').rstrip("="), s=chars(22, URLSAFE))

add("typescript/decoy-env", "src/lib/pco.ts", """
    const APP_ID = process.env.PCO_APPLICATION_ID!;
    const SECRET = process.env.PCO_SECRET!;

    if (!APP_ID || !SECRET) {
      throw new Error('Set PCO_APPLICATION_ID and PCO_SECRET (see README > Planning Center)');
    }

    const auth = 'Basic ' + Buffer.from(`${APP_ID}:${SECRET}`).toString('base64');

    export async function pco<T>(path: string): Promise<T> {
      const res = await fetch(`https://api.planningcenteronline.com${path}`, { headers: { Authorization: auth } });
      if (!res.ok) throw new Error(`PCO ${res.status} ${path}`);
      return res.json() as Promise<T>;
    }
    """, None, "Planning Center API docs: HTTP Basic from environment variables")

# ---------------------------------------------------------------- Ruby
_v = uuid_s()
add("ruby/fellowship-one", "lib/f1/client.rb", """
    require 'oauth'

    module F1
      # Fellowship One (FT) API - 1st-party OAuth 1.0a credentials
      CHURCH_CODE     = 'calvarychapel'
      CONSUMER_KEY    = '@@ck@@'
      CONSUMER_SECRET = '@@v@@'

      def self.consumer
        OAuth::Consumer.new(CONSUMER_KEY, CONSUMER_SECRET,
          site: "https://#{CHURCH_CODE}.fellowshiponeapi.com",
          request_token_path: '/v1/Tokens/RequestToken',
          access_token_path: '/v1/PortalUser/AccessToken')
      end
    end
    """, _v, "Fellowship One API docs: OAuth consumer key and secret", ck=digits(3), v=_v)

_v = fakes.redis_password(_seed())
add("ruby/sidekiq-redis", "config/initializers/sidekiq.rb", """
    # Volunteer portal background jobs (reminder e-mails, PCO sync)
    REDIS_URL = 'redis://:@@v@@@redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345/0'

    Sidekiq.configure_server do |config|
      config.redis = { url: REDIS_URL, network_timeout: 5 }
    end

    Sidekiq.configure_client do |config|
      config.redis = { url: REDIS_URL, network_timeout: 5 }
    end
    """, _v, "Sidekiq wiki: using Redis (redis:// URL with password)", v=_v)

_v = "sq0csp-" + chars(43, URLSAFE)
add("ruby/square-oauth", "config/initializers/square.rb", """
    # Square OAuth so each parish in the diocese can connect its own account
    Rails.application.config.square = ActiveSupport::OrderedOptions.new.tap do |sq|
      sq.application_id     = 'sq0idp-@@app@@'
      sq.application_secret = '@@v@@'
      sq.environment        = 'production'
      sq.redirect_uri       = 'https://parishpay.diocesecharities.org/square/callback'
      sq.scopes             = %w[PAYMENTS_READ MERCHANT_PROFILE_READ]
    end
    """, _v, "Square docs: OAuth application secret (sq0csp-)", app=chars(22, URLSAFE), v=_v)

add("pgp/decoy-encrypted-export", "exports/major_donors_fy2024.csv.asc", """
    -----BEGIN PGP MESSAGE-----

    @@body@@
    =@@crc@@
    -----END PGP MESSAGE-----
    """, None, "RFC 4880: ASCII-armored OpenPGP message (encrypted export)",
    body="hQIMA" + chars(59, B64) + "\n" + "\n".join(chars(64, B64) for _ in range(10)) + "\n" + chars(30, B64) + "==",
    crc=chars(4, B64))

# ---------------------------------------------------------------- C#
_v = chars(24)
add("csharp/rock-rest-key", "rock-plugins/org.cornerstone.Kiosk/KioskClient.cs", """
    using System.Net.Http;
    using System.Threading.Tasks;

    namespace org.cornerstone.Kiosk
    {
        /// <summary>Talks to Rock's REST API from the lobby prayer-request kiosk.</summary>
        public class KioskClient
        {
            private const string RockUrl = "https://rock.cornerstonechurch.org/api/";
            // REST key of the "Prayer Kiosk" REST user (Admin Tools > Security > REST Keys)
            private const string RestKey = "@@v@@";

            private readonly HttpClient _http = new HttpClient();

            public async Task<string> PostPrayerRequestAsync(string json)
            {
                var req = new HttpRequestMessage(HttpMethod.Post, RockUrl + "PrayerRequests");
                req.Headers.Add("Authorization-Token", RestKey);
                req.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
                var resp = await _http.SendAsync(req);
                return await resp.Content.ReadAsStringAsync();
            }
        }
    }
    """, _v, "Rock RMS REST API docs: Authorization-Token header (REST keys)", v=_v)

_v = human_pw()
add("csharp/sqlconnection", "tools/GivingStatements/Program.cs", """
    using System;
    using System.Data.SqlClient;

    namespace GivingStatements
    {
        internal static class Program
        {
            private const string ConnStr =
                "Server=ROCKSQL01;Database=RockDB;User Id=statements;" +
                "Password=@@v@@;TrustServerCertificate=True";

            private static void Main(string[] args)
            {
                var year = args.Length > 0 ? int.Parse(args[0]) : DateTime.Now.Year - 1;
                using var conn = new SqlConnection(ConnStr);
                conn.Open();
                Console.WriteLine($"Building {year} statements...");
                StatementBuilder.Run(conn, year);
            }
        }
    }
    """, _v, "SqlClient connection string keywords", v=_v)

_v = chars(40, HEX)
add("csharp/churchsuite", "src/ChurchSuiteSync/ChurchSuiteClient.cs", """
    using System.Net.Http;

    public static class ChurchSuiteClient
    {
        public static HttpClient Create()
        {
            var http = new HttpClient { BaseAddress = new System.Uri("https://api.churchsuite.com/v1/") };
            http.DefaultRequestHeaders.Add("X-Account", "stjohnsleeds");
            http.DefaultRequestHeaders.Add("X-Application", "rota-printer");
            http.DefaultRequestHeaders.Add("X-Auth", "@@v@@");
            http.DefaultRequestHeaders.Add("Accept", "application/json");
            return http;
        }
    }
    """, _v, "ChurchSuite API v1 docs: X-Account, X-Application, X-Auth headers", v=_v)

add("csharp/decoy-config", "src/Ministry.Api/Program.cs", """
    var builder = WebApplication.CreateBuilder(args);

    builder.Configuration.AddAzureKeyVault(
        new Uri("https://kv-cornerstone.vault.azure.net/"),
        new Azure.Identity.DefaultAzureCredential());

    var mp = builder.Configuration.GetSection("MinistryPlatform");
    builder.Services.AddHttpClient("mp", c => c.BaseAddress = new Uri(mp["BaseUrl"]!));
    builder.Services.AddSingleton(new MpCredentials(mp["ClientId"]!, mp["ClientSecret"]!));

    var app = builder.Build();
    app.MapGet("/health", () => "ok");
    app.Run();
    """, None, "Microsoft docs: Azure Key Vault configuration provider")

# ---------------------------------------------------------------- Go
_v = hexs(32)
add("go/twilio", "cmd/prayerline/main.go", """
    package main

    import (
    	"log"
    	"net/http"

    	"github.com/twilio/twilio-go"
    )

    const (
    	accountSid = "@@sid@@"
    	authToken  = "@@v@@"
    	fromNumber = "+16125550188"
    )

    func main() {
    	client := twilio.NewRestClientWithParams(twilio.ClientParams{Username: accountSid, Password: authToken})
    	http.HandleFunc("/sms", prayerRequestHandler(client))
    	log.Println("prayer line listening on :8080")
    	log.Fatal(http.ListenAndServe(":8080", nil))
    }
    """, _v, "twilio-go README: ClientParams Username/Password", sid=twilio_sid(), v=_v)

# ---------------------------------------------------------------- Apex, Apps Script, VBA, R
_v = mixed(40)
add("apex/donorbox", "force-app/main/default/classes/DonorboxSync.cls", """
    public with sharing class DonorboxSync implements Schedulable {
        private static final String ENDPOINT = 'https://donorbox.org/api/v1/donations';
        private static final String API_USER = 'sf-integration@youthmentors.org';
        private static final String API_KEY = '@@v@@';

        public void execute(SchedulableContext ctx) {
            fetchDonations();
        }

        @future(callout=true)
        public static void fetchDonations() {
            HttpRequest req = new HttpRequest();
            req.setEndpoint(ENDPOINT + '?date_from=' + String.valueOf(Date.today().addDays(-1)));
            req.setMethod('GET');
            Blob creds = Blob.valueOf(API_USER + ':' + API_KEY);
            req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(creds));
            HttpResponse res = new Http().send(req);
            DonorboxMapper.upsertOpportunities(res.getBody());
        }
    }
    """, _v, "Salesforce Apex docs: HttpRequest callouts; Donorbox API docs: HTTP Basic", v=_v)

_v = hexs(32)
add("apps-script/twilio", "apps-script/VolunteerSignup/Code.gs", """
    // Bound to the "Easter Serve Team 2025" sign-up sheet
    const TWILIO_AUTH_TOKEN = '@@v@@';
    const TWILIO_SID = '@@sid@@';

    function onFormSubmit(e) {
      const row = e.namedValues;
      const phone = row['Mobile'][0];
      const body = 'Thanks for signing up to serve at Easter! Your team lead will text you this week.';
      UrlFetchApp.fetch('https://api.twilio.com/2010-04-01/Accounts/' + TWILIO_SID + '/Messages.json', {
        method: 'post',
        payload: { To: phone, From: '+16125550142', Body: body },
        headers: { Authorization: 'Basic ' + Utilities.base64Encode(TWILIO_SID + ':' + TWILIO_AUTH_TOKEN) },
      });
    }
    """, _v, "Google Apps Script: UrlFetchApp; Twilio Messages API with auth token",
    v=_v, sid=twilio_sid())

_v = human_pw()
add("vba/adodb", "finance/GrantReport.bas", """
    Attribute VB_Name = "GrantReport"
    Option Explicit

    ' Pulls restricted-fund balances from the Financial Edge reporting copy into the "Grants" sheet.
    Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=FE-REPORT01;Initial Catalog=FE_Reporting;" & _
                                   "User ID=grants_excel;Password=@@v@@;"

    Public Sub RefreshGrantBalances()
        Dim cn As Object, rs As Object
        Set cn = CreateObject("ADODB.Connection")
        cn.Open CONN
        Set rs = cn.Execute("SELECT FundId, Description, Balance FROM dbo.vw_RestrictedFunds ORDER BY FundId")
        Sheets("Grants").Range("A2").CopyFromRecordset rs
        rs.Close: cn.Close
        Sheets("Grants").Range("E1").Value = "Refreshed " & Format(Now, "yyyy-mm-dd hh:nn")
    End Sub
    """, _v, "Microsoft docs: ADO connection strings (MSOLEDBSQL)", v=_v)

_v = words_pw()
add("r/rmysql", "analysis/retention_report.R", """
    library(DBI)
    library(dplyr)
    library(ggplot2)

    con <- dbConnect(
      RMariaDB::MariaDB(),
      host = "crm.riversidehousing.org",
      dbname = "civicrm",
      user = "reporting",
      password = "@@v@@"
    )

    gifts <- tbl(con, "civicrm_contribution") %>%
      filter(contribution_status_id == 1) %>%
      select(contact_id, receive_date, total_amount) %>%
      collect()

    retention <- gifts %>%
      mutate(year = lubridate::year(receive_date)) %>%
      distinct(contact_id, year) %>%
      count(year)

    ggsave("out/retention.png", ggplot(retention, aes(year, n)) + geom_col())
    dbDisconnect(con)
    """, _v, "DBI / RMariaDB docs: dbConnect with password", v=_v)


# ---------------------------------------------------------------- PowerShell
_v = human_pw()
add("powershell/securestring", "scripts/Set-VolunteerMailbox.ps1", """
    # Creates the shared mailbox for a new ministry team and grants the leads access.
    param(
        [Parameter(Mandatory)] [string] $Team,
        [Parameter(Mandatory)] [string[]] $Leads
    )

    $adminUser = 'itadmin@gracecommunity.org'
    $adminPass = ConvertTo-SecureString '@@v@@' -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential($adminUser, $adminPass)

    Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
    $alias = ($Team -replace '\\s', '').ToLower()
    New-Mailbox -Shared -Name "$Team Team" -DisplayName "$Team Team" -Alias $alias
    foreach ($lead in $Leads) {
        Add-MailboxPermission -Identity $alias -User $lead -AccessRights FullAccess -InheritanceType All
    }
    Disconnect-ExchangeOnline -Confirm:$false
    """, _v, "Microsoft docs: ConvertTo-SecureString -AsPlainText; Connect-ExchangeOnline -Credential", v=_v)

_v = hexs(32)
add("powershell/breeze", "scripts/Export-BreezeGiving.ps1", """
    $subdomain = 'stjudeparish'
    $headers = @{ 'Api-Key' = '@@v@@' }
    $start = (Get-Date).AddDays(-7).ToString('d-M-yyyy')
    $end = (Get-Date).ToString('d-M-yyyy')

    $uri = "https://$subdomain.breezechms.com/api/giving/list?start=$start&end=$end&details=1"
    $gifts = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get

    $gifts | Select-Object id, date, amount, @{n='fund';e={$_.funds[0].name}} |
        Export-Csv -Path "\\\\fileserver\\finance\\breeze\\giving-$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
    Write-Host "Exported $($gifts.Count) gifts"
    """, _v, "Breeze ChMS API docs: Api-Key header, giving/list", v=_v)

_v = words_pw()
add("powershell/sage-intacct", "scripts/Post-GrantJournal.ps1", """
    # Posts the monthly grant allocation journal to Sage Intacct (Web Services XML API)
    $senderId = 'CommunityFoundationMN'
    $senderPassword = '@@v@@'
    $companyId = 'cfmn'
    $userId = 'xml_gateway'

    $body = @"
    <?xml version="1.0" encoding="UTF-8"?>
    <request>
      <control>
        <senderid>$senderId</senderid>
        <password>$senderPassword</password>
        <controlid>$(New-Guid)</controlid>
        <uniqueid>false</uniqueid>
        <dtdversion>3.0</dtdversion>
      </control>
      <operation>
        <authentication><sessionid>$env:INTACCT_SESSION</sessionid></authentication>
        <content><function controlid="jrnl"><create><GLBATCH><JOURNAL>GRANTS</JOURNAL></GLBATCH></create></function></content>
      </operation>
    </request>
    "@
    Invoke-RestMethod -Uri 'https://api.intacct.com/ia/xml/xmlgw.phtml' -Method Post -Body $body -ContentType 'application/xml'
    """, _v, "Sage Intacct Web Services docs: sender id and sender password", v=_v)

add("powershell/decoy-get-secret", "scripts/Sync-StaffDirectory.ps1", """
    param(
        [string] $TenantId,
        [string] $ClientId,
        [string] $ClientSecret = (Get-Secret -Name 'M365-StaffDirectory' -Vault ChurchIT -AsPlainText)
    )
    $secure = ConvertTo-SecureString $ClientSecret -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential($ClientId, $secure)
    Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome
    Get-MgUser -All -Filter "accountEnabled eq true" -Property displayName,jobTitle,mail |
        Export-Csv staff.csv -NoTypeInformation
    """, None, "Microsoft.PowerShell.SecretManagement docs: Get-Secret")

# ---------------------------------------------------------------- shell scripts
_v = _fb
add("shell/ffmpeg-facebook", "av/scripts/stream-facebook.sh", """
    #!/usr/bin/env bash
    # Restream the sanctuary feed to the church Facebook page (Sunday 9:00 and 11:00)
    set -euo pipefail

    INPUT="rtmp://127.0.0.1/live/sanctuary"
    FB_URL="rtmps://live-api-s.facebook.com:443/rtmp/"
    FB_KEY="@@v@@"

    exec ffmpeg -hide_banner -loglevel warning \\
      -i "$INPUT" \\
      -c:v copy -c:a aac -b:a 160k -ar 44100 \\
      -f flv "${FB_URL}${FB_KEY}"
    """, _v, "Facebook Live Producer docs: persistent stream key; ffmpeg flv output", v=_v)

_v = fakes.aws_secret_key(_seed())
add("shell/aws-export", "scripts/upload_sermon.sh", """
    #!/bin/bash
    # usage: upload_sermon.sh 2025-03-09 "Psalm 23" sermon.mp3
    export AWS_ACCESS_KEY_ID=@@kid@@
    export AWS_SECRET_ACCESS_KEY=@@v@@
    export AWS_DEFAULT_REGION=us-west-2

    DATE="$1"; TITLE="$2"; FILE="$3"
    aws s3 cp "$FILE" "s3://gracecommunity-sermons/${DATE}/$(basename "$FILE")" \\
      --metadata title="$TITLE" --content-type audio/mpeg
    echo "Uploaded: https://sermons.gracecommunity.org/${DATE}/$(basename "$FILE")"
    """, _v, "AWS CLI docs: environment variables", kid=fakes.aws_key_id(_seed()), v=_v)

_v = uuid_s()
add("shell/heredoc-postmark", "deploy/bootstrap.sh", """
    #!/usr/bin/env bash
    set -e
    apt-get update && apt-get install -y python3-venv nginx

    mkdir -p /etc/giving
    cat > /etc/giving/env <<'EOF'
    APP_ENV=production
    POSTMARK_SERVER_TOKEN=@@v@@
    POSTMARK_MESSAGE_STREAM=receipts
    RECEIPT_FROM=giving@bethelchurch.org
    EOF
    chmod 640 /etc/giving/env
    chown root:giving /etc/giving/env

    systemctl enable --now giving.service
    """, _v, "Postmark docs: Server API token (X-Postmark-Server-Token)", v=_v)

_v = rand_pw(16, "!#")
add("shell/sqlcmd", "ops/restore-rock-staging.sh", """
    #!/bin/bash
    # Refresh Rock staging from last night's production backup
    set -euo pipefail
    BAK=/mnt/backups/RockDB.bak
    sqlcmd -S rock-staging-sql -U sa -P '@@v@@' -C -Q "
      ALTER DATABASE RockDB SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
      RESTORE DATABASE RockDB FROM DISK='${BAK}' WITH REPLACE;
      ALTER DATABASE RockDB SET MULTI_USER;"
    sqlcmd -S rock-staging-sql -U sa -P '@@v@@' -C -d RockDB -i ops/sql/scrub-staging.sql
    """, _v, "sqlcmd utility docs: -U -P options", v=_v)

_v = hexs(64)
add("shell/curl-pco", "scripts/pco-checkins-count.sh", """
    #!/bin/sh
    # Prints this Sunday's check-in headcount (used by the Monday staff e-mail)
    APP_ID=@@app@@
    SECRET=@@v@@
    EVENT=190220
    curl -s -u "$APP_ID:$SECRET" \\
      "https://api.planningcenteronline.com/check-ins/v2/events/$EVENT/event_times?order=-starts_at&per_page=2&include=headcounts" \\
      | jq '[.included[] | select(.type=="Headcount") | .attributes.total] | add'
    """, _v, "Planning Center API docs: HTTP Basic with PAT (curl -u)", app=hexs(64), v=_v)

_v = mixed(80)
add("shell/signupgenius", "scripts/sug-export.sh", """
    #!/usr/bin/env bash
    # Export filled SignUpGenius slots for the Thanksgiving meal delivery
    SUG_USER_KEY="@@v@@"
    SIGNUP_ID=48812730
    curl -sS "https://api.signupgenius.com/v2/k/signups/report/filled/${SIGNUP_ID}/?user_key=${SUG_USER_KEY}" \\
      -o "data/thanksgiving-$(date +%Y).json"
    python3 scripts/routes.py "data/thanksgiving-$(date +%Y).json"
    """, _v, "SignUpGenius API docs: user_key query parameter", v=_v)

add("shell/decoy-vault-read", "deploy/render-env.sh", """
    #!/usr/bin/env bash
    # Render /etc/giving/env from Vault at deploy time
    set -euo pipefail
    export VAULT_ADDR=https://vault.diocese.internal:8200
    vault login -method=approle role_id="$ROLE_ID" secret_id="$SECRET_ID" >/dev/null
    {
      echo "STRIPE_SECRET_KEY=$(vault kv get -field=secret_key kv/giving/stripe)"
      echo "STRIPE_WEBHOOK_SECRET=$(vault kv get -field=webhook_secret kv/giving/stripe)"
      echo "POSTMARK_SERVER_TOKEN=$(vault kv get -field=token kv/giving/postmark)"
    } > /etc/giving/env
    chmod 640 /etc/giving/env
    """, None, "HashiCorp Vault CLI docs: vault kv get -field")

add("shell/decoy-checksums", "av/scripts/install-obs-plugins.sh", """
    #!/usr/bin/env bash
    set -euo pipefail
    # NDI and Advanced Scene Switcher for the booth PC (Linux)
    NDI_URL=https://github.com/obs-ndi/obs-ndi/releases/download/4.14.1/obs-ndi-4.14.1-x86_64-linux-gnu.deb
    NDI_SHA256=@@s1@@
    ASS_URL=https://github.com/WarmUpTill/SceneSwitcher/releases/download/1.26.4/advanced-scene-switcher-linux-x86_64.deb
    ASS_SHA256=@@s2@@
    curl -fsSLo /tmp/ndi.deb "$NDI_URL" && echo "$NDI_SHA256  /tmp/ndi.deb" | sha256sum -c -
    curl -fsSLo /tmp/ass.deb "$ASS_URL" && echo "$ASS_SHA256  /tmp/ass.deb" | sha256sum -c -
    sudo apt-get install -y /tmp/ndi.deb /tmp/ass.deb
    """, None, "sha256sum(1): verifying downloads", s1=sha256(), s2=sha256())

# ---------------------------------------------------------------- Dockerfile, Makefile
_v = words_pw()
add("dockerfile/env", "grants/Dockerfile", """
    FROM python:3.12-slim
    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY . .
    ENV INTACCT_SENDER_ID=CommunityFoundationMN \\
        INTACCT_SENDER_PASSWORD=@@v@@ \\
        INTACCT_COMPANY_ID=cfmn
    CMD ["python", "-m", "grants.post_journals"]
    """, _v, "Dockerfile reference: ENV; Sage Intacct sender credentials", v=_v)

_v = rand_pw(22)
add("dockerfile/pip-index", "crm-sync/Dockerfile", """
    FROM python:3.11-slim AS build
    WORKDIR /src
    COPY pyproject.toml .
    # internal packages (bloomerang-client, pco-models) are on the diocese's private index
    RUN pip wheel --wheel-dir /wheels \\
        --extra-index-url https://build:@@v@@@pypi.diocese-it.org/simple/ .

    FROM python:3.11-slim
    COPY --from=build /wheels /wheels
    RUN pip install --no-cache-dir /wheels/*.whl
    CMD ["crm-sync"]
    """, _v, "pip docs: --extra-index-url with credentials in the URL", v=_v)

_v = hexs(32)
add("makefile/vimeo", "media/Makefile", """
    VIMEO_TOKEN := @@v@@
    SERIES ?= advent-2024

    .PHONY: upload list

    upload:
    \tpython tools/vimeo_upload.py --token $(VIMEO_TOKEN) --folder "$(SERIES)" renders/*.mp4

    list:
    \tcurl -s -H "Authorization: bearer $(VIMEO_TOKEN)" https://api.vimeo.com/me/videos?per_page=10 | jq '.data[].name'
    """, _v, "Vimeo API docs: personal access tokens (Authorization: bearer)", v=_v)

add("dockerfile/decoy-build-secret", "web/Dockerfile", """
    # syntax=docker/dockerfile:1.7
    FROM node:20-alpine AS build
    WORKDIR /app
    COPY package.json package-lock.json ./
    # Font Awesome Pro token is passed as a BuildKit secret, never written to a layer
    RUN --mount=type=secret,id=fa_token \\
        npm config set //npm.fontawesome.com/:_authToken "$(cat /run/secrets/fa_token)" && npm ci
    COPY . .
    ARG STRIPE_PUBLISHABLE_KEY
    ENV VITE_STRIPE_PUBLISHABLE_KEY=$STRIPE_PUBLISHABLE_KEY
    RUN npm run build

    FROM nginx:1.27-alpine
    COPY --from=build /app/dist /usr/share/nginx/html
    """, None, "Docker docs: build secrets (RUN --mount=type=secret)")


# ---------------------------------------------------------------- SQL
_v = words_pw()
add("sql/mysql-user", "ops/sql/civicrm-reporting-user.sql", """
    -- Read-only reporting user for the board dashboard (Metabase)
    CREATE USER IF NOT EXISTS 'reporting'@'10.0.%' IDENTIFIED BY '@@v@@';
    GRANT SELECT ON civicrm.civicrm_contribution TO 'reporting'@'10.0.%';
    GRANT SELECT ON civicrm.civicrm_contact TO 'reporting'@'10.0.%';
    GRANT SELECT ON civicrm.civicrm_financial_type TO 'reporting'@'10.0.%';
    FLUSH PRIVILEGES;
    """, _v, "MySQL docs: CREATE USER ... IDENTIFIED BY", v=_v)

_v = chars(32)
add("sql/rock-gateway", "ops/sql/configure-nmi-gateway.sql", """
    -- Rock RMS: set the NMI gateway's security key on the production financial gateway (Id 3)
    DECLARE @GatewayId int = 3;
    DECLARE @AttrId int = (SELECT a.Id FROM Attribute a
                           JOIN EntityType et ON et.Id = a.EntityTypeId
                           WHERE et.Name = 'Rock.Model.FinancialGateway' AND a.[Key] = 'SecurityKey');

    UPDATE AttributeValue
       SET [Value] = '@@v@@', ModifiedDateTime = GETDATE()
     WHERE AttributeId = @AttrId AND EntityId = @GatewayId;

    UPDATE FinancialGateway SET IsActive = 1 WHERE Id = @GatewayId;
    """, _v, "NMI Payment API docs: security_key; Rock RMS financial gateways", v=_v)

add("sql/decoy-bcrypt-seed", "db/seeds/001_staff_users.sql", """
    -- Seed staff logins for the pantry intake app (bcrypt, cost 10). Plain passwords are in
    -- nobody's hands: each user resets on first login (must_reset = true).
    INSERT INTO staff_user (email, display_name, password_hash, must_reset) VALUES
      ('director@hopefoodbank.org', 'Pantry Director', '@@h1@@', true),
      ('intake1@hopefoodbank.org', 'Intake Desk 1', '@@h2@@', true),
      ('intake2@hopefoodbank.org', 'Intake Desk 2', '@@h3@@', true);
    """, None, "bcrypt hash format ($2y$10$...)", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("sql/decoy-psql-variable", "db/roles.sql", """
    -- run with: psql -v app_pw="$PANTRY_APP_PASSWORD" -v ro_pw="$PANTRY_RO_PASSWORD" -f db/roles.sql
    CREATE ROLE pantry_app LOGIN PASSWORD :'app_pw';
    CREATE ROLE readonly LOGIN PASSWORD :'ro_pw';
    GRANT CONNECT ON DATABASE pantry TO pantry_app, readonly;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO readonly;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO readonly;
    """, None, "psql docs: SQL interpolation of variables (:'name')")

# ---------------------------------------------------------------- docs kept in the repository
_v = human_pw()
add("markdown/av-runbook", "docs/av-booth.md", """
    # Sunday AV booth checklist

    1. Power on the X32 (wait for the green light) then the ProPresenter PC.
    2. Lyrics: ProPresenter pulls songs from CCLI SongSelect.
       - Login: worship@calvarychapel.org
       - Password: @@v@@
       - CCLI licence #: 2147183 (print on the slide footer)
    3. Start OBS, profile **Sunday**, scene collection **Main**.
    4. Check the stream at 9:50 on a phone (not the booth PC).
    5. After service: stop stream, export the sermon audio to `\\\\nas01\\sermons`.

    Questions: text Mike (tech lead) at 555-0133.
    """, _v, "CCLI SongSelect sign-in; team runbook kept in the repo", v=_v)

_v = hexs(32)
add("markdown/readme-example", "README.md", """
    # neon-volunteer-hours

    Rolls up volunteer hours from Neon CRM for the annual report.

    ## Quick start

    ```bash
    pip install -e .
    export NEON_ORG_ID=hopehabitat
    export NEON_API_KEY=@@v@@
    python -m neon_hours --fy 2025
    ```

    The key above belongs to the `api-reports` Neon user (read-only). See `config.example.toml`
    for the other settings.
    """, _v, "Neon CRM API v2 docs: org id + API key", v=_v)

add("markdown/decoy-placeholder", "docs/setup.md", """
    # Setting up the Breeze -> Mailchimp sync

    1. In Breeze, open **Extensions > API** and copy the API key.
    2. In Mailchimp, create a key under **Profile > Extras > API keys**.
    3. Create `.env`:

       ```
       BREEZE_SUBDOMAIN=yourchurch
       BREEZE_API_KEY=<your-breeze-api-key>
       MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us21
       ```

    4. Run `python sync.py --dry-run` and check the counts before the first real run.
    """, None, "Breeze and Mailchimp docs: where to find API keys")

add("markdown/decoy-masked", "docs/giving-keys.md", """
    # Where the giving keys live

    | Key | Where | Last 4 | Rotated |
    |-----|-------|--------|---------|
    | Stripe secret (live) | 1Password > Church IT > Stripe giving | `sk_live_...@@l1@@` | 2025-01-12 |
    | Stripe webhook (prod) | Vault `kv/giving/stripe` | `whsec_****@@l2@@` | 2025-01-12 |
    | Pushpay client secret | Azure Key Vault `kv-redeemer` | `••••••@@l3@@` | 2024-09-30 |
    | Planning Center PAT | GitHub Actions secret `PCO_SECRET` | n/a | 2024-11-02 |

    Never paste a full key in Slack or e-mail. To rotate, see `docs/rotation.md`.
    """, None, "Stripe dashboard: keys shown masked by their last characters", l1=chars(4), l2=chars(4), l3=chars(4))

add("markdown/decoy-vendor-example", "docs/pco-api-notes.md", """
    # Planning Center API notes

    Authentication with a personal access token is HTTP Basic: application id as the user,
    secret as the password.

    ```bash
    curl -u "$PCO_APPLICATION_ID:$PCO_SECRET" https://api.planningcenteronline.com/people/v2/me
    ```

    Webhooks are signed: compare `X-PCO-Webhooks-Authenticity` with
    `HMAC-SHA256(authenticity_secret, body)`. The secret is on the webhook's page; store it as
    `PCO_WEBHOOK_SECRET`, e.g. `PCO_WEBHOOK_SECRET=your_authenticity_secret_here`.

    Rate limit: 100 requests / 20 seconds per user.
    """, None, "Planning Center API docs: authentication and webhooks")

# ---------------------------------------------------------------- private keys and their public halves
_v = pem("OPENSSH")
add("pem/openssh-deploy", "deploy/keys/wpengine_deploy", """
    @@v@@
    """, _v, "OpenSSH: private key file format (ssh-keygen -t ed25519)", v=_v)

_v = pem("RSA")
add("yaml/grants-gov-key", "deploy/helm/grants-s2s/values-prod.yaml", """
    # Grants.gov S2S SOAP client (system-to-system certificate, registered in eRA/Grants.gov)
    s2s:
      endpoint: https://ws07.grants.gov:446/grantsws-applicant/services/v2/ApplicantWebServicesSoapPort
      organizationUEI: KX7JN2M4LQB8
      certificate: |
    @@cert@@
      privateKey: |
    @@key@@
    schedule: "0 */4 * * *"
    """, _v, "Grants.gov S2S docs: client certificate authentication", cert=indent(cert_pem(), 4), key=indent(_v, 4))

add("ssh/decoy-authorized-keys", "ansible/roles/base/files/authorized_keys", """
    # Managed by ansible (roles/base). Volunteer IT team - remove people when they step down.
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ mike@booth-laptop
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ deploy@stmarks-ci
    # Sarah (Rock admin), added 2024-10-02
    ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ sarah@parish-office
    """, None, "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)",
    k1=chars(43, B64), k2=chars(43, B64), k3=chars(510, B64) + "=")

add("pem/decoy-certificate", "certs/grants_gov_s2s.crt", """
    @@c@@
    """, None, "X.509 certificate (PEM), public half of the S2S key pair", c=cert_pem())

add("pgp/decoy-public-key", "docs/pgp/finance-public.asc", """
    -----BEGIN PGP PUBLIC KEY BLOCK-----
    Comment: finance@diocesecharities.org - encrypt donor exports to this key

    mQINBG@@h@@
    @@body@@
    =@@crc@@
    -----END PGP PUBLIC KEY BLOCK-----
    """, None, "RFC 4880: ASCII-armored public key", h=chars(58, B64),
    body="\n".join(chars(64, B64) for _ in range(12)), crc=chars(4, B64))

# ---------------------------------------------------------------- HTML pages with public ids
add("html/decoy-paypal-sdk", "site/give.html", """
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Give - Shepherd House Shelter</title>
      <script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD&intent=capture&enable-funding=venmo"></script>
    </head>
    <body>
      <h1>Give a night of shelter</h1>
      <div id="paypal-button-container"></div>
      <script>
        paypal.Buttons({
          createOrder: () => fetch('/api/orders', { method: 'POST' }).then((r) => r.json()).then((o) => o.id),
          onApprove: (data) => fetch(`/api/orders/${data.orderID}/capture`, { method: 'POST' }),
        }).render('#paypal-button-container');
      </script>
    </body>
    </html>
    """, None, "PayPal JS SDK docs: client-id query parameter (public)", cid=paypal_id())

add("html/decoy-bloomerang-form", "site/donate/index.html", """
    <!doctype html>
    <html>
    <head>
      <meta charset="utf-8">
      <title>Donate | Hope Food Bank</title>
      <!-- Bloomerang public API key: for forms only, documented as safe to publish -->
      <script src="https://crm.bloomerang.co/Content/Scripts/Api/WebsiteJson.js"></script>
      <script>Bloomerang.Api.OnSuccess = function () { window.location = '/thank-you'; };
              Bloomerang.useKey('pub_@@k@@');</script>
    </head>
    <body>
      <form id="donation-form" onsubmit="Bloomerang.Api.Donate(); return false;">
        <input name="amount" type="number" min="5" value="50">
        <button type="submit">Donate</button>
      </form>
    </body>
    </html>
    """, None, "Bloomerang docs: public API keys for website forms", k=uuid_s())

add("html/decoy-site-keys", "site/_includes/head.html", """
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- Google tag (gtag.js) -->
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2LW9XHD"></script>
    <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7QK2LW9XHD');</script>
    <!-- Meta pixel for the Easter campaign -->
    <script>!function(f){/* fbevents loader */}(window); fbq('init', '@@px@@'); fbq('track', 'PageView');</script>
    <!-- reCAPTCHA v3 site key (public; the secret is on the server) -->
    <script src="https://www.google.com/recaptcha/api.js?render=@@rc@@"></script>
    <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
          integrity="sha384-@@sri@@" crossorigin="anonymous">
    """, None, "reCAPTCHA docs: site key is public; Subresource Integrity (W3C)",
    px=digits(16), rc=recaptcha_key(), sri=chars(64, B64))

add("html/decoy-web-to-lead", "site/volunteer.html", """
    <!-- Salesforce Web-to-Lead for volunteer interest; oid is the org id, public by design -->
    <form action="https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8" method="POST">
      <input type="hidden" name="oid" value="00D@@org@@">
      <input type="hidden" name="retURL" value="https://www.youthmentors.org/thanks">
      <input type="hidden" name="lead_source" value="Website - Volunteer">
      <input type="hidden" name="00N@@fld@@" value="Mentor">
      <label for="first_name">First name</label><input id="first_name" name="first_name" maxlength="40">
      <label for="email">Email</label><input id="email" name="email" maxlength="80">
      <input type="submit" value="I want to mentor">
    </form>
    """, None, "Salesforce Help: Web-to-Lead form (oid hidden field)", org=chars(12), fld=chars(12))

add("html/decoy-mailchimp-embed", "site/_includes/newsletter.html", """
    <!-- Begin Mailchimp Signup Form -->
    <div id="mc_embed_signup">
      <form action="https://bethelchurch.us21.list-manage.com/subscribe/post?u=@@u@@&amp;id=@@id@@&amp;f_id=00a1b2e1f0"
            method="post" id="mc-embedded-subscribe-form" target="_blank">
        <input type="email" name="EMAIL" class="required email" placeholder="Your e-mail">
        <div style="position: absolute; left: -5000px;" aria-hidden="true"><input type="text" name="b_@@u@@_@@id@@" tabindex="-1" value=""></div>
        <input type="submit" value="Get the weekly bulletin" name="subscribe">
      </form>
    </div>
    <!--End mc_embed_signup-->
    """, None, "Mailchimp embedded signup form (u= account hash, id= audience id)", u=hexs(25), id=hexs(10))

# ---------------------------------------------------------------- more decoys in code and configs
add("javascript/decoy-hcaptcha-test-keys", "tests/e2e/captcha.config.js", """
    // hCaptcha's published test keys: always pass, never usable in production.
    // https://docs.hcaptcha.com/#integration-testing-test-keys
    module.exports = {
      siteKey: '10000000-ffff-ffff-ffff-000000000001',
      secret: '0x0000000000000000000000000000000000000000',
      verifyUrl: 'https://api.hcaptcha.com/siteverify',
      volunteerFormPath: '/serve/apply',
    };
    """, None, "hCaptcha docs: integration testing test keys")

add("javascript/decoy-google-client-id", "src/auth/google.js", """
    // "Sign in with Google" for volunteer leaders. Client ids are public; no secret in the SPA (PKCE).
    export const GOOGLE_CLIENT_ID = '@@n@@-@@s@@.apps.googleusercontent.com';

    export function initGoogleSignIn(onCredential) {
      window.google.accounts.id.initialize({
        client_id: GOOGLE_CLIENT_ID,
        callback: (resp) => onCredential(resp.credential),
        hd: 'bethelchurch.org',
      });
      window.google.accounts.id.prompt();
    }
    """, None, "Google Identity docs: client id in web apps", n=digits(12), s=chars(32, LOWER_ALNUM))

add("ruby/decoy-credentials-ref", "config/initializers/stripe.rb", """
    # Keys come from encrypted credentials (config/credentials/production.yml.enc)
    Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
    Stripe.api_version = '2024-06-20'

    Rails.configuration.stripe = {
      publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
      webhook_secret: ENV.fetch('STRIPE_WEBHOOK_SECRET') { Rails.application.credentials.dig(:stripe, :webhook_secret) },
    }
    """, None, "Rails guides: Rails.application.credentials")

add("go/decoy-env", "cmd/prayerline/config.go", """
    package main

    import (
    	"log"
    	"os"
    )

    type Config struct {
    	AccountSID string
    	AuthToken  string
    	From       string
    }

    func loadConfig() Config {
    	c := Config{AccountSID: os.Getenv("TWILIO_ACCOUNT_SID"), AuthToken: os.Getenv("TWILIO_AUTH_TOKEN"), From: os.Getenv("PRAYERLINE_FROM")}
    	if c.AuthToken == "" {
    		log.Fatal("TWILIO_AUTH_TOKEN is required")
    	}
    	return c
    }
    """, None, "Go os.Getenv; Twilio credentials from the environment")

add("python/decoy-keyring", "grants/intacct_session.py", """
    import keyring
    import requests

    SERVICE = "sage-intacct"
    SENDER_ID = "CommunityFoundationMN"


    def sender_password() -> str:
        pw = keyring.get_password(SERVICE, SENDER_ID)
        if pw is None:
            raise SystemExit("run: keyring set sage-intacct CommunityFoundationMN")
        return pw
    """, None, "keyring docs: get_password from the OS credential store")

add("yaml/decoy-ssm-ref", "functions/serverless.yml", """
    service: giving-webhooks
    provider:
      name: aws
      runtime: python3.12
      environment:
        STRIPE_SECRET_KEY: ${ssm:/giving/prod/stripe-secret-key}
        STRIPE_WEBHOOK_SECRET: ${ssm:/giving/prod/stripe-webhook-secret}
        BLOOMERANG_API_KEY: ${ssm:/giving/prod/bloomerang-key}
        FUND_MAP_TABLE: giving-fund-map
    functions:
      stripe:
        handler: handlers.stripe_event
        events:
          - httpApi: POST /stripe
    """, None, "Serverless Framework docs: ${ssm:} variables")

add("k8s/decoy-configmap-ids", "deploy/k8s/giving-configmap.yaml", """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: giving-config
      namespace: giving
    data:
      STRIPE_PUBLISHABLE_KEY: "@@pk@@"
      PCO_GIVING_FUND_GENERAL: "281934"
      PCO_GIVING_FUND_MISSIONS: "281935"
      QBO_REALM_ID: "9130357206813946"
      MAILCHIMP_AUDIENCE_ID: "4f1c2a9e7b"
      SENTRY_DSN: "https://@@sentry@@@o4507112.ingest.us.sentry.io/4507112235"
      RECEIPT_TEMPLATE_ID: "@@tpl@@"
    """, None, "Kubernetes ConfigMap; Stripe publishable key and ids are public",
    pk=fakes.fake("pk_live_", 24, _seed()), sentry=hexs(32), tpl=uuid_s())

add("xml/decoy-token-replace", "RockWeb/web.ConnectionStrings.Release.config", """
    <?xml version="1.0"?>
    <!-- Tokens replaced by the Azure DevOps "Replace Tokens" task from the library group rock-prod -->
    <connectionStrings xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
      <add name="RockContext"
           connectionString="Data Source=#{RockSqlServer}#;Initial Catalog=RockDB;User Id=#{RockSqlUser}#;password=#{RockSqlPassword}#;MultipleActiveResultSets=true"
           xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
    </connectionStrings>
    """, None, "Azure DevOps Replace Tokens task: #{var}# tokens; web.config transforms")

add("msmtprc/decoy-passwordeval", "ops/msmtprc.pantry", """
    defaults
    auth on
    tls on
    tls_trust_file /etc/ssl/certs/ca-certificates.crt

    account office365
    host smtp.office365.com
    port 587
    from alerts@hopefoodbank.org
    user alerts@hopefoodbank.org
    passwordeval "pass show pantry/office365-alerts"

    account default : office365
    """, None, "msmtp manual: passwordeval")

add("csv/decoy-record-ids", "data/fund_mapping.csv", """
    pco_fund_id,pco_fund_name,qbo_account,qbo_class,bloomerang_fund_id,salesforce_gau_id
    281934,General Fund,4000 Tithes and Offerings,100,@@b1@@,a0B@@s1@@
    281935,Missions,4100 Missions Giving,210,@@b2@@,a0B@@s2@@
    281936,Building Fund,4200 Capital Campaign,300,@@b3@@,a0B@@s3@@
    281937,Benevolence,4300 Benevolence,400,@@b4@@,a0B@@s4@@
    """, None, "Record ids of Planning Center Giving, QuickBooks, Bloomerang and Salesforce (not secret)",
    b1=digits(9), b2=digits(9), b3=digits(9), b4=digits(9), s1=chars(15), s2=chars(15), s3=chars(15), s4=chars(15))

add("json/decoy-jwks", "site/.well-known/jwks.json", """
    {
      "keys": [
        {
          "kty": "RSA",
          "use": "sig",
          "kid": "@@kid@@",
          "alg": "RS256",
          "n": "@@n@@",
          "e": "AQAB"
        }
      ]
    }
    """, None, "RFC 7517: JSON Web Key Set (public keys)", kid=hexs(16), n=chars(342, URLSAFE))
