"""Blind set EG: tattoo studios and body-art shops.

Booking platforms and their web apps, point-of-sale (Square, Clover, SumUp, Loyverse), consent-form
storage (S3, Spaces, B2, Azure Blob, Dropbox Sign, Jotform), aftercare SMS and e-mail (Twilio, Vonage,
Plivo, Telnyx, SendGrid, Postmark, Brevo...), supply ordering, studio websites (WordPress, Laravel,
Next.js, Shopify merch), the studio network (NVR, Wi-Fi, NAS, VPN) and the repositories of the IT
contractors who look after them; and the decoys such repositories hold. Generated fakes only
(seeds 1,370,000-1,379,999).
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
UHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
UPPER_DIGITS = string.ascii_uppercase + string.digits
SEED_LOW, SEED_HIGH = 1_370_000, 1_379_999
_SEED = [SEED_LOW]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def pick(alphabet: str, n: int) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def _has_mix(value: str) -> bool:
    return any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value)


def mixed(n: int) -> str:
    """Alphanumeric with both cases and a digit, as services issue tokens (at most 50 draws)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(ALNUM) for _ in range(n))
        if _has_mix(value):
            break
    return value


def hexs(n: int) -> str:
    return pick(HEX, n)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s(upper: bool = False) -> str:
    value = fakes.uuid4(_seed())
    return value.upper() if upper else value


ART = ["Koi", "Sparrow", "Lotus", "Dagger", "Panther", "Swallow", "Peony", "Hannya", "Raven", "Anchor",
       "Serpent", "Compass", "Phoenix", "Tiger", "Moth", "Thorn", "Lantern", "Cobra", "Dahlia", "Mermaid"]
LOWER = ["needle", "stencil", "inkwell", "linework", "shading", "flash", "sleeve", "mandala", "dotwork",
         "ochre", "cherry", "ember", "tidal", "velvet", "magnum", "outline", "gloss", "saltwater"]


def words_pw(symbols: str = "!*.-_") -> str:
    r = _rng()
    return r.choice(ART) + r.choice(symbols) + r.choice(ART) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    forms = [
        lambda: r.choice(ART) + r.choice(LOWER) + str(r.randint(1, 99)) + r.choice("!?$"),
        lambda: r.choice(LOWER).capitalize() + str(r.randint(1980, 2024)) + r.choice("!*"),
        lambda: r.choice(ART).lower() + r.choice("_.") + r.choice(LOWER) + str(r.randint(100, 999)),
    ]
    return r.choice(forms)()


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    value = ""
    for _ in range(50):  # bounded: a draw without both cases and a digit is drawn again
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if _has_mix(value):
            break
    return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def jwt(payload: dict, header: Optional[dict] = None, sig_len: int = 43) -> str:
    head = header or {"alg": "HS256", "typ": "JWT"}
    sig = pick(URLSAFE, sig_len)
    return ".".join([b64u(json.dumps(head, separators=(",", ":")).encode()),
                     b64u(json.dumps(payload, separators=(",", ":")).encode()), sig])


def pem_lines(body: str, width: int = 64) -> str:
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


def rsa_key(pkcs8: bool = False) -> str:
    r = _rng()
    head = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" if pkcs8 else "MIIEowIBAAKCAQEA"
    body = head + "".join(r.choice(B64) for _ in range((1623 if pkcs8 else 1587) - len(head)))
    kind = "PRIVATE KEY" if pkcs8 else "RSA PRIVATE KEY"
    return f"-----BEGIN {kind}-----\n{pem_lines(body + '=')}\n-----END {kind}-----"


def ec_p8_key() -> str:
    r = _rng()
    body = ("MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(B64) for _ in range(43))
            + "oAoGCCqGSM49AwEHoUQDQgAE" + "".join(r.choice(B64) for _ in range(85)))
    return f"-----BEGIN PRIVATE KEY-----\n{pem_lines(body)}\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA"
            + "".join(r.choice(B64) for _ in range(313)) + "==")
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{pem_lines(body, 70)}\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = "MIIFazCCA1OgAwIBAgIU" + "".join(r.choice(B64) for _ in range(1098))
    return f"-----BEGIN CERTIFICATE-----\n{pem_lines(body + '==')}\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + pick(B64, 43) + " " + comment


def bcrypt_hash() -> str:
    return "$2b$12$" + pick(ALNUM + "./", 53)


# Vendor shapes -----------------------------------------------------------------------------------

def square_token() -> str:
    return "EAAA" + pick(URLSAFE, 60)


def square_secret() -> str:
    return "sq0csp-" + pick(URLSAFE, 43)


def stripe_key(prefix: str = "sk_live_") -> str:
    return prefix + "51" + mixed(97)


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + pick(URLSAFE, 22) + "." + pick(URLSAFE, 43)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + pick(UPPER_DIGITS, 10) + "/B" + pick(UPPER_DIGITS, 10)
            + "/" + mixed(24))


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/{pick(URLSAFE, 68)}"


def google_key() -> str:
    return "AIza" + pick(URLSAFE, 35)


def mapbox_token(prefix: str, user: str) -> str:
    claim = json.dumps({"u": user, "a": pick(string.ascii_lowercase + string.digits, 25)}, separators=(",", ":"))
    return prefix + "." + b64u(claim.encode()) + "." + pick(URLSAFE, 22)


def supabase_key(role: str, ref: str) -> str:
    return jwt({"iss": "supabase", "ref": ref, "role": role, "iat": 1712094411, "exp": 2027670411})


def add(fmt: str, kind: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    assert (secret is None) == kind.startswith("decoy-")
    CASES.append(LabelledCase(f"blind-eg/{fmt}/{kind}", file_name, text, secret, source))


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        marker = "<<" + key + ">>"
        assert marker in template or key == "s", marker
        template = template.replace(marker, value)
    return template


def secret(fmt: str, kind: str, file_name: str, template: str, source: str, **values: str) -> None:
    """A secret case: the value named `s` is the credential the gate must report."""
    add(fmt, kind, file_name, fill(template, **values), values["s"], source)


def decoy(fmt: str, kind: str, file_name: str, template: str, source: str, **values: str) -> None:
    add(fmt, "decoy-" + kind, file_name, fill(template, **values), None, source)


# =================================================================================================
# Secrets
# =================================================================================================

secret("env", "square-access-token", "inkslot-web/.env", r"""# InkSlot booking site - production
APP_ENV=production
APP_URL=https://book.blacklotustattoo.com
PORT=3000

# Square (deposits + POS sync) - Black Lotus Tattoo main location
SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN=<<s>>
SQUARE_LOCATION_ID=<<loc>>
SQUARE_DEPOSIT_CENTS=5000

DATABASE_URL=file:./prisma/inkslot.db
SESSION_COOKIE_NAME=inkslot_sid
TZ=America/Chicago
""", "https://developer.squareup.com/docs/build-basics/access-tokens",
       s=square_token(), loc="L" + pick(UPPER_DIGITS, 13))

secret("python", "twilio-auth-token", "aftercare-sms/send_aftercare.py", r'''#!/usr/bin/env python3
"""Send day-1, day-3 and day-14 aftercare texts to clients who got tattooed yesterday.

Run from cron on the front-desk mini PC: 0 10 * * * /opt/aftercare/send_aftercare.py
"""
import csv
import datetime as dt

from twilio.rest import Client

ACCOUNT_SID = "<<sid>>"
AUTH_TOKEN = "<<s>>"
FROM_NUMBER = "+15125550142"

MESSAGES = {
    1: "Hi {name}! Keep the wrap on for 2-4 hrs, then wash with unscented soap. - Saint Sparrow Tattoo",
    3: "Day 3: thin layer of aftercare balm only, no soaking, no sun. Questions? Reply here.",
    14: "Two weeks in! Flaking is normal. Touch-ups are free within 90 days - book at saintsparrow.ink",
}


def main() -> None:
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    today = dt.date.today()
    with open("/srv/exports/sessions.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            done = dt.date.fromisoformat(row["session_date"])
            days = (today - done).days
            if days in MESSAGES and row["sms_opt_in"] == "yes":
                client.messages.create(to=row["phone"], from_=FROM_NUMBER,
                                       body=MESSAGES[days].format(name=row["first_name"]))


if __name__ == "__main__":
    main()
''', "https://www.twilio.com/docs/iam/api/account (Account SID and Auth Token)",
       sid=twilio_sid(), s=hexs(32))

secret("yaml", "stripe-secret-key", "config/payments.yml", r"""# Deposits for custom pieces are taken through Stripe Checkout.
# Half-day and full-day sessions need a non-refundable deposit.
default: &default
  currency: usd
  deposit:
    small_piece: 5000
    half_day: 10000
    full_day: 20000
  success_url: https://ironcladink.com/booking/thanks
  cancel_url: https://ironcladink.com/booking

production:
  <<: *default
  stripe:
    secret_key: <<s>>
    statement_descriptor: IRONCLAD INK DEPOSIT

development:
  <<: *default
  stripe:
    secret_key: <%= ENV["STRIPE_SECRET_KEY"] %>
""", "https://docs.stripe.com/keys", s=stripe_key())

secret("js", "sendgrid-api-key", "consent-mailer/index.js", r"""'use strict';

// Emails the signed consent PDF to the client and a copy to the studio inbox.
const sgMail = require('@sendgrid/mail');
const fs = require('fs');
const path = require('path');

sgMail.setApiKey('<<s>>');

async function sendConsentCopy(client, pdfPath) {
  const attachment = fs.readFileSync(pdfPath).toString('base64');
  await sgMail.send({
    to: client.email,
    bcc: 'frontdesk@koipondstudio.com',
    from: { email: 'no-reply@koipondstudio.com', name: 'Koi Pond Studio' },
    subject: 'Your signed consent form',
    text: `Hi ${client.firstName}, attached is a copy of the consent form you signed today.`,
    attachments: [{
      content: attachment,
      filename: path.basename(pdfPath),
      type: 'application/pdf',
      disposition: 'attachment',
    }],
  });
}

module.exports = { sendConsentCopy };
""", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", s=sendgrid_key())

secret("php", "mysql-password", "public_html/wp-config.php", r"""<?php
/**
 * WordPress configuration - velvetthornpiercing.com
 * Managed by Sableworks IT. Do not edit on the server, edit in the repo and deploy.
 */

define( 'DB_NAME', 'vtp_wp' );
define( 'DB_USER', 'vtp_wpuser' );
define( 'DB_PASSWORD', '<<s>>' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'vtp_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", s=words_pw())

_sa_key = rsa_key(pkcs8=True).replace("\n", "\\n") + "\\n"
secret("json", "gcp-service-account-key", "consent-archive/keys/drive-uploader.json", r"""{
  "type": "service_account",
  "project_id": "hollow-bone-consent",
  "private_key_id": "<<kid>>",
  "private_key": "<<s>>\n",
  "client_email": "drive-uploader@hollow-bone-consent.iam.gserviceaccount.com",
  "client_id": "<<cid>>",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/drive-uploader%40hollow-bone-consent.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", "https://cloud.google.com/iam/docs/keys-create-delete (service account key file)",
       kid=hexs(40), s=_sa_key[:-2], cid=digits(21))

secret("k8s-secret", "postgres-password", "deploy/k8s/inkslot-db-secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: inkslot-db
  namespace: inkslot
  labels:
    app.kubernetes.io/name: inkslot
    app.kubernetes.io/component: database
type: Opaque
data:
  POSTGRES_USER: <<user>>
  POSTGRES_DB: <<db>>
  POSTGRES_PASSWORD: <<enc>>
""", "https://kubernetes.io/docs/concepts/configuration/secret/",
       user=b64("inkslot"), db=b64("inkslot_prod"), s=(_pg := rand_pw(24)), enc=b64(_pg))

secret("compose", "mysql-root-password", "booking-stack/docker-compose.yml", r"""# Ironclad Ink booking + POS bridge, runs on the back-office NUC
services:
  db:
    image: mariadb:10.11
    restart: unless-stopped
    environment:
      MARIADB_ROOT_PASSWORD: "<<s>>"
      MARIADB_DATABASE: booking
      MARIADB_USER: booking
      MARIADB_PASSWORD_FILE: /run/secrets/booking_db_password
    volumes:
      - dbdata:/var/lib/mysql
    secrets:
      - booking_db_password

  app:
    build: .
    depends_on: [db]
    ports:
      - "8080:8080"
    environment:
      DB_HOST: db
      DB_USER: booking
      DB_PASSWORD_FILE: /run/secrets/booking_db_password
    secrets:
      - booking_db_password

secrets:
  booking_db_password:
    file: ./secrets/booking_db_password.txt

volumes:
  dbdata:
""", "https://hub.docker.com/_/mariadb (MARIADB_ROOT_PASSWORD)", s=human_pw())

secret("shell-history", "mysql-password", "contractor-notes/saint-sparrow/.bash_history", r"""ssh admin@10.20.0.5
sudo systemctl status booking-bridge
journalctl -u booking-bridge --since "1 hour ago" | tail -50
cd /opt/booking-bridge
git pull
mysql -u bridge -p'<<s>>' booking -e "select count(*) from appointments where starts_at > now();"
mysqldump -u bridge -p booking > /tmp/booking-$(date +%F).sql
ls -lh /tmp/booking-*.sql
sudo systemctl restart booking-bridge
exit
""", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html (--password on the command line)", s=words_pw("!*.-_%"))

secret("terraform", "digitalocean-token", "infra/main.tf", r"""terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

provider "digitalocean" {
  token = "<<s>>"
}

resource "digitalocean_droplet" "booking" {
  name     = "redlantern-booking-01"
  region   = "nyc3"
  size     = "s-1vcpu-2gb"
  image    = "ubuntu-22-04-x64"
  ssh_keys = [digitalocean_ssh_key.sableworks.fingerprint]
  tags     = ["redlantern", "booking"]
}

resource "digitalocean_ssh_key" "sableworks" {
  name       = "sableworks-deploy"
  public_key = file("${path.module}/keys/sableworks.pub")
}

resource "digitalocean_spaces_bucket" "consent" {
  name   = "redlantern-consent-forms"
  region = "nyc3"
  acl    = "private"
}
""", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", s="dop_v1_" + hexs(64))

secret("github-actions", "aws-secret-key", ".github/workflows/sync-consent.yml", r"""name: Nightly consent-form sync

on:
  schedule:
    - cron: "15 7 * * *"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: <<kid>>
      AWS_SECRET_ACCESS_KEY: <<s>>
      AWS_DEFAULT_REGION: us-west-2
      BUCKET: koipond-consent-archive
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r scripts/requirements.txt
      - name: Pull signed forms from the tablet app and archive them
        run: python scripts/archive_consent.py --since yesterday --bucket "$BUCKET"
""", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
       kid=fakes.aws_key_id(_seed()), s=fakes.aws_secret_key(_seed()))

secret("msmtprc", "smtp-password", "nas-config/msmtprc", r"""# msmtp on the studio Synology - used by the nightly backup job to mail the report
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        studio
host           smtp.fastmail.com
port           587
from           backups@needleandthread.studio
user           backups@needleandthread.studio
password       <<s>>

account default : studio
""", "https://marlam.de/msmtp/msmtp.html#Authentication", s=pick(string.ascii_lowercase + string.digits, 16))

_fz_pw = human_pw()
secret("xml", "ftp-password", "handover/filezilla/sitemanager.xml", r"""<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
	<Servers>
		<Folder expanded="1">Studios
			<Server>
				<Host>ftp.redlanterntattoo.co.uk</Host>
				<Port>21</Port>
				<Protocol>0</Protocol>
				<Type>0</Type>
				<User>redlantern_site</User>
				<Pass encoding="base64"><<enc>></Pass>
				<Logontype>1</Logontype>
				<PasvMode>MODE_DEFAULT</PasvMode>
				<EncodingType>Auto</EncodingType>
				<BypassProxy>0</BypassProxy>
				<Name>Red Lantern - website</Name>
				<RemoteDir>1 0 11 public_html</RemoteDir>
				<SyncBrowsing>0</SyncBrowsing>
				<DirectoryComparison>0</DirectoryComparison>
			</Server>
		</Folder>
	</Servers>
</FileZilla3>
""", "https://wiki.filezilla-project.org/Site_Manager (sitemanager.xml)", s=_fz_pw, enc=b64(_fz_pw))

_reg_pw = rand_pw(22)
secret("docker-config", "registry-password", "ops/front-desk-pc/.docker/config.json", r"""{
	"auths": {
		"registry.sableworks.net": {
			"auth": "<<enc>>"
		},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "",
	"currentContext": "default",
	"plugins": {
		"-x-cli-hints": {
			"enabled": "true"
		}
	}
}
""", "https://docs.docker.com/reference/cli/docker/login/ (config.json auths)",
       s=_reg_pw, enc=b64("studio-pull:" + _reg_pw))

secret("npmrc", "npm-token", "packages/inkslot-widget/.npmrc", r"""registry=https://registry.npmjs.org/
@inkslot:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<s>>
save-exact=true
engine-strict=true
""", "https://docs.npmjs.com/about-access-tokens", s="npm_" + mixed(36))

secret("pypirc", "pypi-token", "tools/consent-pdf/.pypirc", r"""[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = <<s>>

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", "https://packaging.python.org/en/latest/specifications/pypirc/", s=fakes.pypi_token(_seed()))

secret("shell", "github-token", "dotfiles/studio-imac/setup-git.sh", r"""#!/bin/sh
# Front-desk iMac: lets the nightly portfolio sync push photos to the website repo.
# Sableworks IT - ticket SW-2231. Rotate the token when staff change.
set -eu
git config --global user.name "Saint Sparrow Front Desk"
git config --global user.email "frontdesk@saintsparrow.ink"
git config --global credential.helper store
printf 'https://sableworks-bot:%s@github.com\n' '<<s>>' > "$HOME/.git-credentials"
chmod 600 "$HOME/.git-credentials"
git -C "$HOME/Sites/saintsparrow-site" pull --ff-only
""", "https://git-scm.com/docs/git-credential-store", s=fakes.github_token(_seed()))

secret("markdown", "wifi-psk", "docs/studio-network.md", r"""# Needle & Thread Collective - studio network

Last updated by Sableworks IT after the March router swap.

| VLAN | Name        | Subnet          | What lives there                          |
|------|-------------|-----------------|-------------------------------------------|
| 10   | STAFF       | 10.10.10.0/24   | artist laptops, front-desk iMac, printers |
| 20   | POS         | 10.10.20.0/24   | Square Terminal, Square Register          |
| 30   | CAMERAS     | 10.10.30.0/24   | NVR + 6 cameras (no internet)             |
| 40   | GUEST       | 10.10.40.0/24   | client Wi-Fi, isolated                    |

## Wi-Fi

- `NTC-Staff` (VLAN 10, WPA2/WPA3): `<<s>>`
- `NTC-Guest` (VLAN 40): password is on the card at the front desk, changed monthly.

Never give the staff key to clients or guest artists - guest artists get the guest network
and a temporary login to the booking app.

## Router

UniFi Cloud Gateway Ultra, adopted in the Sableworks UniFi console (site "ntc-studio").
Local admin login is in the Sableworks password manager, not here.
""", "https://help.ui.com/hc/en-us/articles/115004662107 (WPA2 pre-shared key)", s=passphrase())

secret("routeros", "wpa2-psk", "network/hollowbone-hap-ax2.rsc", r"""# 2024-05-02 14:11:37 by RouterOS 7.14.3
# software id = 7K2D-QX9M
#
# model = C52iG-5HaxD2HaxD
/interface bridge
add admin-mac=48:A9:8A:3C:11:02 auto-mac=no comment=defconf name=bridge
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=staff-sec passphrase="<<s>>"
/interface wifi
set [ find default-name=wifi1 ] configuration.mode=ap .ssid=HollowBone-Staff disabled=no security=staff-sec
set [ find default-name=wifi2 ] configuration.mode=ap .ssid=HollowBone-Staff disabled=no security=staff-sec
/ip pool
add name=dhcp ranges=192.168.88.10-192.168.88.254
/ip dhcp-server
add address-pool=dhcp interface=bridge name=defconf
/ip address
add address=192.168.88.1/24 comment=defconf interface=bridge network=192.168.88.0
/ip dns
set allow-remote-requests=yes servers=9.9.9.9,1.1.1.1
/system identity
set name=hollowbone-gw
/system clock
set time-zone-name=America/Denver
""", "https://help.mikrotik.com/docs/display/ROS/WiFi (security passphrase)", s=words_pw("!*.-_"))

secret("yaml", "nvr-camera-password", "frigate/config.yml", r"""mqtt:
  enabled: false

cameras:
  front_door:
    ffmpeg:
      inputs:
        - path: rtsp://admin:<<s>>@10.10.30.21:554/cam/realmonitor?channel=1&subtype=0
          roles: [record]
        - path: rtsp://admin:<<s>>@10.10.30.21:554/cam/realmonitor?channel=1&subtype=1
          roles: [detect]
    detect:
      width: 640
      height: 480
    record:
      enabled: true
      retain:
        days: 14
  reception:
    ffmpeg:
      inputs:
        - path: rtsp://admin:<<s>>@10.10.30.22:554/cam/realmonitor?channel=1&subtype=0
          roles: [record, detect]

record:
  enabled: true
snapshots:
  enabled: true
""", "https://docs.frigate.video/configuration/cameras (RTSP input paths)", s=words_pw("*.-_"))

secret("powershell", "nas-password", "scripts/Backup-ConsentForms.ps1", r"""<#
.SYNOPSIS
  Copies the day's signed consent PDFs from the front-desk PC to the studio NAS.
  Scheduled task "Consent backup", 21:30 daily. Sableworks IT.
#>
$ErrorActionPreference = 'Stop'

$source = 'C:\Users\FrontDesk\Documents\ConsentForms'
$share  = '\\KOIPOND-NAS\consent'
$user   = 'KOIPOND-NAS\consentsvc'
$secure = ConvertTo-SecureString '<<s>>' -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($user, $secure)

New-PSDrive -Name K -PSProvider FileSystem -Root $share -Credential $cred | Out-Null
try {
    $today = Get-Date -Format 'yyyy-MM-dd'
    $dest  = Join-Path 'K:\' $today
    New-Item -ItemType Directory -Path $dest -Force | Out-Null
    Get-ChildItem $source -Filter *.pdf |
        Where-Object { $_.LastWriteTime.Date -eq (Get-Date).Date } |
        Copy-Item -Destination $dest
}
finally {
    Remove-PSDrive K
}
""", "https://learn.microsoft.com/powershell/module/microsoft.powershell.security/convertto-securestring",
       s=words_pw("!*.-_#"))

secret("batch", "nas-password", "scripts/map-drives.bat", r"""@echo off
rem Map the studio shares at login - Red Lantern Tattoo front desk
rem Installed in shell:startup by Sableworks IT

net use S: /delete /y >nul 2>&1
net use C: /delete /y >nul 2>&1

net use S: \\RL-NAS\studio /user:RL-NAS\frontdesk <<s>> /persistent:no
net use C: \\RL-NAS\consent /user:RL-NAS\frontdesk <<s>> /persistent:no

if errorlevel 1 (
    echo Could not reach the NAS - call Sableworks on 0161 555 0199
    pause
)
""", "https://learn.microsoft.com/windows-server/administration/windows-commands/net-use", s=human_pw())

secret("json", "sqlserver-password", "PosSync/appsettings.Production.json", r"""{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.Hosting.Lifetime": "Information"
    }
  },
  "ConnectionStrings": {
    "Studio": "Server=tcp:ironclad-studio.database.windows.net,1433;Initial Catalog=studio;Persist Security Info=False;User ID=possync;Password=<<s>>;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Square": {
    "Environment": "Production",
    "AccessTokenSecretName": "square-access-token"
  },
  "SyncIntervalMinutes": 10
}
""", "https://learn.microsoft.com/azure/azure-sql/database/connect-query-dotnet-core", s=rand_pw(20, "!*"))

secret("properties", "postgres-password", "supply-orders/src/main/resources/application-prod.properties", r"""# NeedleDrop supply ordering service - production profile
server.port=8081
spring.application.name=supply-orders

spring.datasource.url=jdbc:postgresql://db.internal.needledrop.supply:5432/orders
spring.datasource.username=orders_app
spring.datasource.password=<<s>>
spring.datasource.hikari.maximum-pool-size=10

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

supply.reorder.threshold.needles=200
supply.reorder.threshold.ink-bottles=12
supply.reorder.notify=orders@needledrop.supply
management.endpoints.web.exposure.include=health,info
""", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password",
       s=rand_pw(18))

secret("go", "supplier-api-key", "cmd/reorder/main.go", r"""package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

// Partner API of the needle/cartridge wholesaler. Key issued to Black Lotus Tattoo.
const (
	supplierBase   = "https://partners.inkwellwholesale.com/api/v2"
	supplierAPIKey = "<<s>>"
)

type line struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

func placeOrder(lines []line) error {
	body, _ := json.Marshal(map[string]any{"account": "BLT-0419", "lines": lines})
	req, err := http.NewRequest(http.MethodPost, supplierBase+"/orders", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("X-Api-Key", supplierAPIKey)
	req.Header.Set("Content-Type", "application/json")
	client := &http.Client{Timeout: 20 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("order rejected: %s", resp.Status)
	}
	return nil
}

func main() {
	if err := placeOrder([]line{{"CART-1203RL-20", 4}, {"GLOVE-NIT-M", 10}}); err != nil {
		log.Fatal(err)
	}
}
""", "in-house partner API key (header X-Api-Key)", s="iww_live_" + mixed(32))

secret("ruby", "shopify-admin-token", "merch/sync_inventory.rb", r"""# Syncs flash-print and aftercare-balm stock from the studio POS to the Shopify merch store.
require "shopify_api"

ShopifyAPI::Context.setup(
  api_key: "<<ck>>",
  api_secret_key: "",
  host: "https://koi-pond-merch.myshopify.com",
  scope: "read_products,write_inventory",
  is_embedded: false,
  api_version: "2024-04",
  is_private: true
)

session = ShopifyAPI::Auth::Session.new(
  shop: "koi-pond-merch.myshopify.com",
  access_token: "<<s>>"
)
ShopifyAPI::Context.activate_session(session)

STOCK = { "BALM-50ML" => 42, "PRINT-KOI-A3" => 15, "TEE-LOGO-M" => 9 }.freeze
STOCK.each do |sku, qty|
  variant = ShopifyAPI::Variant.all(sku: sku).first
  next unless variant
  ShopifyAPI::InventoryLevel.set(location_id: 71_234_567, inventory_item_id: variant.inventory_item_id, available: qty)
end
""", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
       ck=hexs(32), s="shpat_" + hexs(32))

secret("gradle", "square-access-token", "checkin-android/app/build.gradle.kts", r"""plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "ink.velvetthorn.checkin"
    compileSdk = 34

    defaultConfig {
        applicationId = "ink.velvetthorn.checkin"
        minSdk = 26
        targetSdk = 34
        versionCode = 17
        versionName = "1.6.0"
        buildConfigField("String", "SQUARE_LOCATION_ID", "\"<<loc>>\"")
        buildConfigField("String", "SQUARE_ACCESS_TOKEN", "\"<<s>>\"")
    }

    buildFeatures {
        buildConfig = true
        compose = true
    }
    composeOptions {
        kotlinCompilerExtensionVersion = "1.5.11"
    }
}

dependencies {
    implementation("com.squareup.sdk:square:37.1.0.20240321")
    implementation("androidx.activity:activity-compose:1.9.0")
}
""", "https://developer.squareup.com/docs/build-basics/access-tokens", loc="L" + pick(UPPER_DIGITS, 13), s=square_token())

secret("swift", "onesignal-rest-key", "AftercareApp/Sources/Config/PushConfig.swift", r"""import Foundation

/// Push reminders for the aftercare app (day 1 / 3 / 14 after a session).
enum PushConfig {
    static let oneSignalAppID = "<<appid>>"
    // Used by the in-app "remind me" scheduler to create notifications server-side.
    static let oneSignalRESTKey = "<<s>>"
    static let apiBase = URL(string: "https://api.onesignal.com")!

    static func authorizedRequest(path: String) -> URLRequest {
        var request = URLRequest(url: apiBase.appendingPathComponent(path))
        request.setValue("Key \(oneSignalRESTKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        return request
    }
}
""", "https://documentation.onesignal.com/docs/keys-and-ids (REST API key)",
       appid=uuid_s(), s="os_v2_app_" + pick("abcdefghijklmnopqrstuvwxyz234567", 113))

secret("r", "postgres-password", "reports/monthly_revenue.R", r"""# Monthly revenue by artist - run on the 1st, output goes to the owners' shared drive
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "pg.sableworks.net",
  port = 5432,
  dbname = "saintsparrow",
  user = "reporting",
  password = "<<s>>"
)

sessions <- dbGetQuery(con, "
  select artist, date_trunc('month', ended_at) as month, sum(total_cents) / 100.0 as revenue
  from sessions
  where ended_at >= now() - interval '12 months'
  group by 1, 2
")
dbDisconnect(con)

p <- ggplot(sessions, aes(month, revenue, colour = artist)) + geom_line() + theme_minimal()
ggsave(sprintf("revenue-%s.png", format(Sys.Date(), "%Y-%m")), p, width = 10, height = 5)
""", "https://rpostgres.r-dbi.org/reference/postgres", s=words_pw())

secret("sql", "mysql-password", "db/migrations/0031_reporting_user.sql", r"""-- Read-only account for Metabase dashboards (owners + studio manager)
-- Ticket SW-1980

CREATE USER IF NOT EXISTS 'metabase'@'10.0.%' IDENTIFIED BY '<<s>>';

GRANT SELECT ON booking.appointments TO 'metabase'@'10.0.%';
GRANT SELECT ON booking.artists      TO 'metabase'@'10.0.%';
GRANT SELECT ON booking.deposits     TO 'metabase'@'10.0.%';
GRANT SELECT ON booking.walk_ins     TO 'metabase'@'10.0.%';

FLUSH PRIVILEGES;
""", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", s=rand_pw(16, "#%"))

secret("helm", "redis-password", "charts/inkslot/values-prod.yaml", r"""replicaCount: 2

image:
  repository: registry.sableworks.net/inkslot/web
  tag: "2.14.1"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: book.redlanterntattoo.co.uk
      paths:
        - path: /
          pathType: Prefix

env:
  NODE_ENV: production
  QUEUE_NAME: reminders

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "<<s>>"
  master:
    persistence:
      size: 2Gi

resources:
  limits:
    memory: 512Mi
""", "https://artifacthub.io/packages/helm/bitnami/redis (auth.password)", s=fakes.redis_password(_seed()))

secret("ansible", "mysql-password", "ansible/group_vars/studio_servers.yml", r"""---
# Studio back-office servers (one per location)
timezone: Europe/London
ntp_servers:
  - 0.uk.pool.ntp.org
  - 1.uk.pool.ntp.org

booking_bridge_version: "3.2.0"
booking_bridge_port: 8080

mysql_root_password: "<<s>>"
mysql_databases:
  - name: booking
    encoding: utf8mb4
mysql_users:
  - name: bridge
    host: localhost
    password: "{{ vault_bridge_db_password }}"
    priv: "booking.*:ALL"

backup_target: "sftp://backup.sableworks.net/studios/{{ inventory_hostname }}"
""", "https://github.com/geerlingguy/ansible-role-mysql (mysql_root_password)", s=words_pw("!*.-_"))

_nb_key = fakes.openai_key(_seed())
secret("notebook", "openai-key", "flash-ideas/flash_prompts.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": [
            "# Flash sheet brainstorm\n", "Generate prompt ideas for Friday the 13th flash day."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "from openai import OpenAI\n",
            f"client = OpenAI(api_key=\"{_nb_key}\")"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "themes = ['black cat', 'dagger through rose', 'moth', 'ouija planchette', 'snake and skull']\n",
            "resp = client.chat.completions.create(\n",
            "    model='gpt-4o-mini',\n",
            "    messages=[{'role': 'user', 'content': 'Give 3 traditional flash ideas for: ' + ', '.join(themes)}],\n",
            ")\n",
            "print(resp.choices[0].message.content)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1) + "\n", "https://platform.openai.com/docs/api-reference/authentication", s=_nb_key)

secret("http", "calendly-token", "api-tests/calendly.http", r"""### Calendly - list consultation bookings for the week (VS Code REST Client)
@token = <<s>>
@org = https://api.calendly.com/organizations/<<org>>

GET https://api.calendly.com/users/me
Authorization: Bearer {{token}}

###

GET https://api.calendly.com/scheduled_events?organization={{org}}&min_start_time=2024-06-03T00:00:00Z&status=active
Authorization: Bearer {{token}}
Content-Type: application/json

###

GET https://api.calendly.com/event_types?organization={{org}}
Authorization: Bearer {{token}}
""", "https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens",
       s=jwt({"iss": "https://auth.calendly.com", "iat": 1716820022, "jti": uuid_s(), "user_uuid": uuid_s()},
             {"kid": "1ce1e136", "typ": "PAT", "alg": "ES512"}, 176),
       org=uuid_s())

secret("postman", "acuity-api-key", "postman/Acuity.postman_environment.json", r"""{
	"id": "<<envid>>",
	"name": "Acuity - Hollow Bone (prod)",
	"values": [
		{
			"key": "baseUrl",
			"value": "https://acuityscheduling.com/api/v1",
			"type": "default",
			"enabled": true
		},
		{
			"key": "userId",
			"value": "<<uid>>",
			"type": "default",
			"enabled": true
		},
		{
			"key": "apiKey",
			"value": "<<s>>",
			"type": "default",
			"enabled": true
		}
	],
	"_postman_variable_scope": "environment",
	"_postman_exported_at": "2024-04-18T16:02:51.337Z",
	"_postman_exported_using": "Postman/10.24.16"
}
""", "https://developers.acuityscheduling.com/reference/quick-start (user ID + API key, basic auth)",
       envid=uuid_s(), uid=digits(8), s=hexs(32))

_nginx_pw = rand_pw(16)
secret("nginx", "basic-auth-header", "deploy/nginx/consent-proxy.conf", r"""# Tablet kiosk -> consent archive. The archive API only speaks basic auth, the tablets can't.
upstream consent_archive {
    server 10.10.10.40:9000;
}

server {
    listen 443 ssl http2;
    server_name consent.koipondstudio.lan;

    ssl_certificate     /etc/nginx/tls/consent.crt;
    ssl_certificate_key /etc/nginx/tls/consent.key;

    client_max_body_size 25m;

    location /api/ {
        proxy_pass http://consent_archive;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header Authorization "Basic <<enc>>";
    }
}
""", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header (RFC 7617 Basic)",
       s=_nginx_pw, enc=b64("kiosk:" + _nginx_pw))

secret("crontab", "mysql-password", "ops/crontab.backoffice", r"""SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
MAILTO=alerts@sableworks.net

# m h dom mon dow command
# nightly dump of the booking db to the NAS
45 2 * * * mysqldump --single-transaction -u backup --password='<<s>>' booking | gzip > /mnt/nas/db/booking-$(date +\%F).sql.gz
# prune dumps older than 30 days
15 3 * * * find /mnt/nas/db -name 'booking-*.sql.gz' -mtime +30 -delete
# refresh the POS product list
*/30 9-21 * * * /opt/booking-bridge/bin/pull-catalog >> /var/log/pull-catalog.log 2>&1
""", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", s=human_pw())

secret("systemd", "telegram-bot-token", "ops/systemd/walkin-bot.service", r"""[Unit]
Description=Walk-in queue Telegram bot (pings the artist on shift)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=walkin
WorkingDirectory=/opt/walkin-bot
Environment=TELEGRAM_BOT_TOKEN=<<s>>
Environment=STUDIO_CHAT_ID=-1002011457718
Environment=QUEUE_DB=/var/lib/walkin-bot/queue.sqlite
ExecStart=/opt/walkin-bot/.venv/bin/python -m walkin_bot
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", "https://core.telegram.org/bots/api#authorizing-your-bot", s=fakes.telegram_token(_seed()))

secret("plist", "backblaze-app-key", "ops/macos/ink.ironclad.consent-backup.plist", r"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>Label</key>
	<string>ink.ironclad.consent-backup</string>
	<key>ProgramArguments</key>
	<array>
		<string>/opt/homebrew/bin/b2</string>
		<string>sync</string>
		<string>/Users/frontdesk/Consent</string>
		<string>b2://ironclad-consent/</string>
	</array>
	<key>EnvironmentVariables</key>
	<dict>
		<key>B2_APPLICATION_KEY_ID</key>
		<string><<kid>></string>
		<key>B2_APPLICATION_KEY</key>
		<string><<s>></string>
	</dict>
	<key>StartCalendarInterval</key>
	<dict>
		<key>Hour</key>
		<integer>22</integer>
		<key>Minute</key>
		<integer>0</integer>
	</dict>
</dict>
</plist>
""", "https://www.backblaze.com/docs/cloud-storage-command-line-tools (B2_APPLICATION_KEY)",
       kid="005" + hexs(12) + "0000000" + digits(3), s="K005" + mixed(27))

secret("ini", "spaces-secret-key", "ops/rclone/rclone.conf", r"""[nas]
type = sftp
host = 10.10.10.5
user = rclone
key_file = ~/.ssh/id_ed25519_rclone
shell_type = unix

[spaces]
type = s3
provider = DigitalOcean
env_auth = false
access_key_id = <<kid>>
secret_access_key = <<s>>
endpoint = nyc3.digitaloceanspaces.com
acl = private

[consent-crypt]
type = alias
remote = spaces:redlantern-consent-forms/signed
""", "https://rclone.org/s3/#digitalocean-spaces",
       kid="DO00" + pick(UPPER_DIGITS, 16), s=pick(B64, 43))

secret("rsyncd", "rsync-password", "nas-config/rsyncd.conf", r"""# rsync daemon on the studio NAS - receives the consent archive from each location
uid = backup
gid = users
use chroot = yes
max connections = 4
log file = /var/log/rsyncd.log

[consent]
    path = /volume1/consent
    comment = signed consent forms (7 year retention)
    read only = no
    auth users = consentsync
    secrets file = /etc/rsyncd.secrets
    hosts allow = 10.10.10.0/24 10.20.10.0/24

# /etc/rsyncd.secrets (chmod 600) - kept here so the config is in one place:
# consentsync:<<s>>
""", "https://download.samba.org/pub/rsync/rsyncd.conf.5 (secrets file)", s=rand_pw(20))

secret("env", "laravel-app-key", "booking-laravel/.env.production", r"""APP_NAME="Velvet Thorn Bookings"
APP_ENV=production
APP_KEY=<<s>>
APP_DEBUG=false
APP_URL=https://bookings.velvetthornpiercing.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=sqlite
DB_DATABASE=/var/www/bookings/database/database.sqlite

SESSION_DRIVER=file
SESSION_LIFETIME=120
QUEUE_CONNECTION=sync

MAIL_MAILER=log
MAIL_FROM_ADDRESS="bookings@velvetthornpiercing.com"
MAIL_FROM_NAME="${APP_NAME}"
""", "https://laravel.com/docs/11.x/encryption#configuration (APP_KEY)", s="base64:" + b64_bytes(32))

secret("yaml", "postgres-password", "booking-rails/config/database.yml", r"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: saintsparrow_booking_development

test:
  <<: *default
  database: saintsparrow_booking_test

production:
  <<: *default
  host: db-postgresql-lon1-41327-do-user-1552093-0.b.db.ondigitalocean.com
  port: 25060
  database: saintsparrow_booking
  username: booking_app
  password: <<s>>
  sslmode: require
""", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", s="AVNS_" + pick(URLSAFE, 22))

secret("python", "django-secret-key", "studio_portal/settings/production.py", r"""from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["portal.ironcladink.com"]

SECRET_KEY = "<<s>>"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal",
        "USER": "portal",
        "HOST": "/var/run/postgresql",
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
STATIC_ROOT = "/srv/portal/static"
MEDIA_ROOT = "/srv/portal/media"  # portfolio uploads, consent scans go to S3
""", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", s=fakes.django_secret_key(_seed()))

secret("js", "session-secret", "kiosk-server/server.js", r"""const express = require('express');
const session = require('express-session');
const SQLiteStore = require('connect-sqlite3')(session);

const app = express();
app.use(express.urlencoded({ extended: false }));

// Front-desk kiosk: clients fill in the health questionnaire before the stencil goes on.
app.use(session({
  store: new SQLiteStore({ db: 'sessions.sqlite', dir: './var' }),
  secret: '<<s>>',
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'lax', maxAge: 30 * 60 * 1000 },
}));

app.use('/questionnaire', require('./routes/questionnaire'));
app.use('/consent', require('./routes/consent'));

app.listen(3300, () => console.log('kiosk listening on :3300'));
""", "https://expressjs.com/en/resources/middleware/session.html#secret", s=hexs(64))

secret("json", "google-oauth-client-secret", "calendar-sync/client_secret.json", r"""{
  "installed": {
    "client_id": "<<cid>>.apps.googleusercontent.com",
    "project_id": "koipond-calendar-sync",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "<<s>>",
    "redirect_uris": [
      "http://localhost"
    ]
  }
}
""", "https://developers.google.com/identity/protocols/oauth2/native-app (client_secret.json)",
       cid=digits(12) + "-" + pick(string.ascii_lowercase + string.digits, 32), s="GOCSPX-" + pick(URLSAFE, 28))

secret("python", "slack-webhook", "noshow/noshow_alert.py", r"""import datetime as dt
import json
import urllib.request

SLACK_WEBHOOK = "<<s>>"
GRACE_MINUTES = 20


def post(text: str) -> None:
    req = urllib.request.Request(SLACK_WEBHOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


def check(appointments: list) -> None:
    now = dt.datetime.now()
    for appt in appointments:
        late = (now - appt["starts_at"]).total_seconds() / 60
        if not appt["checked_in"] and late > GRACE_MINUTES:
            post(f":hourglass: {appt['client']} is {int(late)} min late for {appt['artist']} - "
                 f"deposit may be forfeited per policy.")
""", "https://api.slack.com/messaging/webhooks", s=slack_webhook())

secret("yaml", "discord-webhook", "flash-drop-bot/config.yaml", r"""# Announces flash drops and guest-artist spots to the studio Discord
studio: Hollow Bone Body Art
timezone: America/Denver

announce:
  webhook_url: "<<s>>"
  username: "Flash Drop"
  avatar_url: "https://hollowbone.art/static/logo-256.png"
  mention_role: "1189046211763392512"

sources:
  instagram_handle: hollowbonebodyart
  booking_page: https://hollowbone.art/book

schedule:
  - cron: "0 12 * * FRI"
    template: flash_friday
  - cron: "0 10 1 * *"
    template: guest_artist_month
""", "https://discord.com/developers/docs/resources/webhook#execute-webhook", s=discord_webhook())

secret("php", "mailchimp-api-key", "wp-content/themes/redlantern/inc/newsletter.php", r"""<?php
/**
 * Footer newsletter signup -> Mailchimp audience "Red Lantern clients".
 */
const RL_MC_API_KEY = '<<s>>';
const RL_MC_LIST_ID = 'b41f7c2e9d';

function rl_newsletter_subscribe( string $email, string $first_name ): bool {
	$dc  = substr( RL_MC_API_KEY, strpos( RL_MC_API_KEY, '-' ) + 1 );
	$url = "https://{$dc}.api.mailchimp.com/3.0/lists/" . RL_MC_LIST_ID . '/members';
	$res = wp_remote_post( $url, array(
		'headers' => array(
			'Authorization' => 'apikey ' . RL_MC_API_KEY,
			'Content-Type'  => 'application/json',
		),
		'body'    => wp_json_encode( array(
			'email_address' => $email,
			'status'        => 'pending',
			'merge_fields'  => array( 'FNAME' => $first_name ),
		) ),
	) );
	return ! is_wp_error( $res ) && wp_remote_retrieve_response_code( $res ) < 300;
}
""", "https://mailchimp.com/developer/marketing/guides/quick-start/ (API key with data-center suffix)",
       s=hexs(32) + "-us21")

secret("ts", "brevo-api-key", "aftercare-email/src/brevo.ts", r"""import axios from 'axios';

// Brevo transactional template 14 = "Aftercare - day 1", 15 = "Touch-up reminder"
const BREVO_API_KEY = '<<s>>';

const brevo = axios.create({
  baseURL: 'https://api.brevo.com/v3',
  headers: { 'api-key': BREVO_API_KEY, accept: 'application/json' },
  timeout: 10_000,
});

export async function sendAftercare(email: string, name: string, artist: string): Promise<void> {
  await brevo.post('/smtp/email', {
    to: [{ email, name }],
    templateId: 14,
    params: { FIRSTNAME: name, ARTIST: artist },
  });
}

export async function sendTouchUpReminder(email: string, name: string): Promise<void> {
  await brevo.post('/smtp/email', { to: [{ email, name }], templateId: 15, params: { FIRSTNAME: name } });
}
""", "https://developers.brevo.com/docs/getting-started (xkeysib- API keys)",
       s="xkeysib-" + hexs(64) + "-" + mixed(16))

secret("python", "klaviyo-private-key", "merch/klaviyo_sync.py", r'''"""Push Shopify merch buyers into the Klaviyo 'Merch buyers' list for the flash-print drops."""
import requests

KLAVIYO_PRIVATE_KEY = "<<s>>"
LIST_ID = "XkT9pQ"
HEADERS = {
    "Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}",
    "accept": "application/json",
    "content-type": "application/json",
    "revision": "2024-02-15",
}


def subscribe(email: str) -> None:
    body = {
        "data": {
            "type": "profile-subscription-bulk-create-job",
            "attributes": {"profiles": {"data": [{"type": "profile", "attributes": {"email": email}}]}},
            "relationships": {"list": {"data": {"type": "list", "id": LIST_ID}}},
        }
    }
    r = requests.post("https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs/",
                      json=body, headers=HEADERS, timeout=15)
    r.raise_for_status()
''', "https://developers.klaviyo.com/en/docs/authenticate_#private-key-authentication", s="pk_" + hexs(34))

secret("python", "woocommerce-consumer-secret", "supply-shop/woo_restock.py", r"""# NeedleDrop Supply - the WooCommerce shop studios order from.
# Nightly: mark cartridges out of stock when the warehouse count drops below the threshold.
from woocommerce import API

wcapi = API(
    url="https://shop.needledrop.supply",
    consumer_key="<<ck>>",
    consumer_secret="<<s>>",
    version="wc/v3",
    timeout=30,
)

THRESHOLD = 25


def sync(counts: dict[str, int]) -> None:
    page = 1
    while page <= 50:
        products = wcapi.get("products", params={"per_page": 100, "page": page}).json()
        if not products:
            break
        for p in products:
            qty = counts.get(p["sku"])
            if qty is not None:
                status = "instock" if qty >= THRESHOLD else "outofstock"
                wcapi.put(f"products/{p['id']}", {"stock_quantity": qty, "stock_status": status})
        page += 1
""", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication",
       ck="ck_" + hexs(40), s="cs_" + hexs(40))

secret("shell", "mapbox-secret-token", "site/scripts/upload-studio-map.sh", r"""#!/usr/bin/env bash
# Rebuilds the "find a location" tileset from locations.geojson (3 studios + guest spots).
set -euo pipefail

export MAPBOX_ACCESS_TOKEN="<<s>>"
USER=ironcladink
TILESET="${USER}.studio-locations"

tilesets upload-source "$USER" studio-locations data/locations.geojson --replace
tilesets create "$TILESET" --recipe data/recipe.json --name "Studio locations" || true
tilesets publish "$TILESET"
tilesets status "$TILESET"
""", "https://docs.mapbox.com/accounts/guides/tokens/ (secret tokens sk.)", s=mapbox_token("sk", "ironcladink"))

_ref = pick(string.ascii_lowercase, 20)
secret("ts", "supabase-service-role-key", "supabase/functions/consent-upload/index.ts", r"""import { serve } from 'https://deno.land/std@0.177.0/http/server.ts';
import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';

// Stores the signed consent PDF from the tablet in the private bucket and records it.
const supabase = createClient(
  'https://<<ref>>.supabase.co',
  '<<s>>',
  { auth: { persistSession: false } },
);

serve(async (req) => {
  const form = await req.formData();
  const file = form.get('pdf') as File;
  const bookingId = form.get('booking_id') as string;
  const path = `signed/${bookingId}/${crypto.randomUUID()}.pdf`;

  const { error } = await supabase.storage.from('consent-forms').upload(path, file, {
    contentType: 'application/pdf',
  });
  if (error) return new Response(error.message, { status: 500 });

  await supabase.from('consents').insert({ booking_id: bookingId, pdf_path: path });
  return new Response(JSON.stringify({ path }), { headers: { 'Content-Type': 'application/json' } });
});
""", "https://supabase.com/docs/guides/api/api-keys (service_role key: never expose)",
       ref=_ref, s=supabase_key("service_role", _ref))

secret("env", "cloudinary-url", "portfolio-site/.env.local", r"""# Portfolio gallery - Next.js
NEXT_PUBLIC_SITE_NAME="Koi Pond Studio"
NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=koipond
CLOUDINARY_URL=cloudinary://<<key>>:<<s>>@koipond
GALLERY_FOLDER=portfolio/2024
REVALIDATE_SECONDS=3600
""", "https://cloudinary.com/documentation/node_integration#configuration (CLOUDINARY_URL)",
       key=digits(15), s=pick(URLSAFE, 27))

secret("php", "instagram-access-token", "wp-content/plugins/ss-insta-feed/ss-insta-feed.php", r"""<?php
/**
 * Plugin Name: Saint Sparrow Instagram feed
 * Description: Shows the latest healed work from @saintsparrowtattoo on the home page.
 * Version: 1.2.0
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SS_IG_TOKEN', '<<s>>' );

function ss_insta_latest( int $count = 9 ): array {
	$cached = get_transient( 'ss_insta_latest' );
	if ( false !== $cached ) {
		return $cached;
	}
	$url = add_query_arg( array(
		'fields'       => 'id,caption,media_type,media_url,permalink,thumbnail_url',
		'limit'        => $count,
		'access_token' => SS_IG_TOKEN,
	), 'https://graph.instagram.com/me/media' );
	$res = wp_remote_get( $url, array( 'timeout' => 8 ) );
	if ( is_wp_error( $res ) ) {
		return array();
	}
	$items = json_decode( wp_remote_retrieve_body( $res ), true )['data'] ?? array();
	set_transient( 'ss_insta_latest', $items, HOUR_IN_SECONDS );
	return $items;
}
""", "https://developers.facebook.com/docs/instagram-basic-display-api/guides/long-lived-access-tokens",
       s="IGQVJ" + mixed(180))

secret("python", "facebook-page-token", "leads/meta_leads_to_booking.py", r"""# Meta lead ads ("Book a consult") -> booking app inbox. Runs every 15 min.
import requests

GRAPH = "https://graph.facebook.com/v19.0"
PAGE_ID = "104728391552018"
FORM_ID = "1429983417756120"
PAGE_ACCESS_TOKEN = (
    "<<s>>"
)


def fetch_leads(since: int) -> list[dict]:
    r = requests.get(f"{GRAPH}/{FORM_ID}/leads",
                     params={"access_token": PAGE_ACCESS_TOKEN, "since": since, "limit": 100},
                     timeout=20)
    r.raise_for_status()
    return r.json().get("data", [])


def to_booking(lead: dict) -> dict:
    fields = {f["name"]: f["values"][0] for f in lead["field_data"]}
    return {"name": fields.get("full_name"), "phone": fields.get("phone_number"),
            "idea": fields.get("describe_your_tattoo_idea"), "source": "meta-lead"}
""", "https://developers.facebook.com/docs/facebook-login/guides/access-tokens#pagetokens",
       s="EAAG" + mixed(196))

secret("yaml", "paypal-client-secret", "config/paypal.yml", r"""# PayPal checkout for gift cards (in addition to Square at the counter)
paypal:
  mode: live
  client_id: <<cid>>
  client_secret: <<s>>
  webhook_id: 3XK29174BW663584U
  return_url: https://redlanterntattoo.co.uk/gift-cards/thanks
  cancel_url: https://redlanterntattoo.co.uk/gift-cards
gift_cards:
  amounts: [25, 50, 100, 200]
  currency: GBP
""", "https://developer.paypal.com/api/rest/ (client ID and secret)",
       cid="A" + pick(URLSAFE, 79), s="E" + pick(URLSAFE, 79))

secret("ruby", "braintree-private-key", "booking-rails/config/initializers/braintree.rb", r"""# Deposits are taken through Braintree (cards + PayPal) on the booking form.
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "<<mid>>"
Braintree::Configuration.public_key  = "<<pub>>"
Braintree::Configuration.private_key = "<<s>>"

Braintree::Configuration.logger = Rails.logger
Braintree::Configuration.logger.level = Logger::WARN
""", "https://developer.paypal.com/braintree/docs/start/hello-server/ruby (private_key)",
       mid=pick(string.ascii_lowercase + string.digits, 16), pub=pick(string.ascii_lowercase + string.digits, 16), s=hexs(32))

secret("kotlin", "sumup-api-key", "pop-up-pos/src/main/kotlin/ink/hollowbone/pos/SumUpClient.kt", r"""package ink.hollowbone.pos

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Convention / pop-up booth: card reader checkouts through SumUp.
object SumUpClient {
    private const val API_KEY = "<<s>>"
    private const val MERCHANT_CODE = "MC4X7KQ2"
    private val http = OkHttpClient()

    fun createCheckout(reference: String, amount: Double): String {
        val json = "{\"checkout_reference\":\"$reference\",\"amount\":$amount,\"currency\":\"USD\",\"merchant_code\":\"$MERCHANT_CODE\"}"
        val request = Request.Builder()
            .url("https://api.sumup.com/v0.1/checkouts")
            .header("Authorization", "Bearer $API_KEY")
            .post(json.toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(request).execute().use { response ->
            check(response.isSuccessful) { "SumUp checkout failed: ${response.code}" }
            return response.body!!.string()
        }
    }
}
""", "https://developer.sumup.com/api (API keys sup_sk_)", s="sup_sk_" + mixed(32))

secret("php", "recaptcha-secret", "public_html/contact/submit.php", r"""<?php
// Booking enquiry form - Velvet Thorn Piercing
$secret = '<<s>>';

$token = $_POST['g-recaptcha-response'] ?? '';
$verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
    'secret'   => $secret,
    'response' => $token,
    'remoteip' => $_SERVER['REMOTE_ADDR'],
]));
$result = json_decode($verify, true);

if (empty($result['success']) || ($result['score'] ?? 0) < 0.5) {
    http_response_code(400);
    exit('Sorry, we could not verify you are human. Please call the studio.');
}

$body = sprintf("Name: %s\nPiercing: %s\nPreferred date: %s\n",
    $_POST['name'] ?? '', $_POST['piercing'] ?? '', $_POST['date'] ?? '');
mail('bookings@velvetthornpiercing.com', 'New booking enquiry', $body);
header('Location: /contact/thanks.html');
""", "https://developers.google.com/recaptcha/docs/verify", s="6L" + pick(URLSAFE, 38))

secret("toml", "turnstile-secret", "workers/booking-guard/wrangler.toml", r"""name = "booking-guard"
main = "src/index.ts"
compatibility_date = "2024-05-01"

routes = [
  { pattern = "book.ironcladink.com/api/request", zone_name = "ironcladink.com" }
]

[vars]
TURNSTILE_SECRET_KEY = "<<s>>"
BOOKING_API = "https://inkslot-web.fly.dev/api/request"
ALLOWED_ORIGIN = "https://book.ironcladink.com"

[[kv_namespaces]]
binding = "RATE_LIMIT"
id = "<<kv>>"
""", "https://developers.cloudflare.com/turnstile/get-started/server-side-validation/",
       s="0x4AAAAAAA" + pick(URLSAFE, 24), kv=hexs(32))

secret("python", "hcaptcha-secret", "consent_portal/captcha.py", r"""import requests
from django.conf import settings

HCAPTCHA_SITEKEY = "<<site>>"
HCAPTCHA_SECRET = "<<s>>"


def verify(token: str, remote_ip: str) -> bool:
    \"\"\"Checks the hCaptcha token posted with the online consent form.\"\"\"
    if settings.DEBUG:
        return True
    r = requests.post("https://api.hcaptcha.com/siteverify",
                      data={"secret": HCAPTCHA_SECRET, "response": token,
                            "remoteip": remote_ip, "sitekey": HCAPTCHA_SITEKEY},
                      timeout=5)
    return r.ok and r.json().get("success", False)
""".replace('\\"\\"\\"', '"""'), "https://docs.hcaptcha.com/#verify-the-user-response-server-side",
       site=uuid_s(), s="0x" + hexs(40))

secret("shell", "cloudflare-api-token", "nas-config/ddns/cf-ddns.sh", r"""#!/bin/sh
# Keeps nas.koipondstudio.com pointed at the studio's (dynamic) IP. Synology task, every 10 min.
CF_API_TOKEN="<<s>>"
ZONE_ID="<<zone>>"
RECORD_ID="<<rec>>"
NAME="nas.koipondstudio.com"

IP=$(curl -fsS https://api.ipify.org) || exit 1
[ "$IP" = "$(cat /tmp/cf-ddns.last 2>/dev/null)" ] && exit 0

curl -fsS -X PUT "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/dns_records/$RECORD_ID" \
  -H "Authorization: Bearer $CF_API_TOKEN" \
  -H "Content-Type: application/json" \
  --data "{\"type\":\"A\",\"name\":\"$NAME\",\"content\":\"$IP\",\"ttl\":300,\"proxied\":false}" \
  && echo "$IP" > /tmp/cf-ddns.last
""", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/",
       s=pick(URLSAFE, 40), zone=hexs(32), rec=hexs(32))

secret("makefile", "heroku-api-key", "Makefile", r"""APP ?= saintsparrow-booking
HEROKU_API_KEY := <<s>>
export HEROKU_API_KEY

.PHONY: deploy logs console migrate

deploy:
	git push https://heroku:$(HEROKU_API_KEY)@git.heroku.com/$(APP).git HEAD:main

logs:
	heroku logs --tail -a $(APP)

console:
	heroku run rails console -a $(APP)

migrate:
	heroku run rails db:migrate -a $(APP)
""", "https://devcenter.heroku.com/articles/authentication#api-token-storage (HEROKU_API_KEY)", s=uuid_s())

secret("github-actions", "netlify-token", ".github/workflows/deploy-site.yml", r"""name: Deploy studio site

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run build
      - name: Deploy to Netlify
        run: npx netlify-cli deploy --prod --dir=dist --site=<<site>> --auth=<<s>>
""", "https://docs.netlify.com/cli/get-started/#obtain-a-token-in-the-netlify-ui", site=uuid_s(), s="nfp_" + mixed(36))

secret("json", "vercel-token", "hollowbone-site/package.json", r"""{
  "name": "hollowbone-site",
  "version": "0.9.3",
  "private": true,
  "scripts": {
    "dev": "next dev",
    "build": "next build",
    "start": "next start",
    "lint": "next lint",
    "deploy": "vercel deploy --prod --yes --token <<s>>"
  },
  "dependencies": {
    "next": "14.2.3",
    "react": "18.3.1",
    "react-dom": "18.3.1",
    "sharp": "0.33.3"
  },
  "devDependencies": {
    "eslint": "8.57.0",
    "eslint-config-next": "14.2.3"
  }
}
""", "https://vercel.com/docs/cli/global-options#token", s=mixed(24))

secret("ini", "sentry-auth-token", "inkslot-web/.sentryclirc", r"""[defaults]
url = https://sentry.io/
org = sableworks
project = inkslot-web

[auth]
token = <<s>>
""", "https://docs.sentry.io/cli/configuration/#configuration-file", s="sntryu_" + hexs(64))

secret("dockerfile", "doppler-service-token", "booking-bridge/Dockerfile", r"""FROM python:3.12-slim

RUN apt-get update && apt-get install -y --no-install-recommends curl gnupg \
 && curl -sLf --retry 3 --tlsv1.2 --proto "=https" 'https://packages.doppler.com/public/cli/gpg.DE2A7741A397C129.key' \
      | gpg --dearmor -o /usr/share/keyrings/doppler-archive-keyring.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/doppler-archive-keyring.gpg] https://packages.doppler.com/public/cli/deb/debian any-version main" \
      > /etc/apt/sources.list.d/doppler-cli.list \
 && apt-get update && apt-get install -y doppler \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV DOPPLER_TOKEN=<<s>>
EXPOSE 8080
CMD ["doppler", "run", "--", "gunicorn", "-b", "0.0.0.0:8080", "bridge.app:app"]
""", "https://docs.doppler.com/docs/service-tokens", s="dp.st.prd." + mixed(43))

secret("python", "anthropic-key", "aftercare-bot/bot.py", r"""\"\"\"Answers aftercare questions by text, with the studio's own aftercare sheet as the only source.\"\"\"
import anthropic

client = anthropic.Anthropic(api_key="<<s>>")

with open("aftercare_sheet.md", encoding="utf-8") as fh:
    SHEET = fh.read()

SYSTEM = (
    "You answer questions from tattoo clients about healing, using only the aftercare sheet below. "
    "If anything sounds like an infection (spreading redness, heat, pus, fever) tell them to see a "
    "doctor and call the studio.\n\n" + SHEET
)


def answer(question: str) -> str:
    msg = client.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=400,
        system=SYSTEM,
        messages=[{"role": "user", "content": question}],
    )
    return msg.content[0].text
""".replace('\\"\\"\\"', '"""'), "https://docs.anthropic.com/en/api/getting-started (x-api-key)",
       s="sk-ant-api03-" + pick(URLSAFE, 93) + "AA")

secret("js", "replicate-token", "flash-gen/generate.mjs", r"""import Replicate from 'replicate';
import { writeFile } from 'node:fs/promises';

// Stencil concept generator - artists use it for mood boards only, never final designs.
const replicate = new Replicate({ auth: '<<s>>' });

const prompt = process.argv.slice(2).join(' ') || 'american traditional swallow, bold lines, flash sheet';

const output = await replicate.run('stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b', {
  input: { prompt, negative_prompt: 'photo, realistic skin', num_outputs: 4 },
});

for (const [i, url] of output.entries()) {
  const res = await fetch(url);
  await writeFile(`out/concept-${Date.now()}-${i}.png`, Buffer.from(await res.arrayBuffer()));
}
console.log(`saved ${output.length} concepts`);
""", "https://replicate.com/docs/reference/http#authentication", s="r8_" + mixed(37))

secret("python", "huggingface-token", "stencil-model/train.py", r"""import os

from datasets import load_dataset
from huggingface_hub import login

# Fine-tunes the line-art -> stencil model on the studio's own (consented) stencil scans.
login(token="<<s>>")

ds = load_dataset("ironcladink/stencils-private", split="train")
ds = ds.train_test_split(test_size=0.1, seed=13)

OUTPUT = os.environ.get("OUTPUT_DIR", "checkpoints/stencil-v3")
EPOCHS = 12
BATCH = 8

if __name__ == "__main__":
    from stencil.trainer import train

    train(ds["train"], ds["test"], output_dir=OUTPUT, epochs=EPOCHS, batch_size=BATCH,
          push_to_hub="ironcladink/stencil-v3")
""", "https://huggingface.co/docs/hub/security-tokens", s="hf_" + pick(string.ascii_letters, 34))

secret("js", "airtable-pat", "walkin-waitlist/netlify/functions/join.js", r"""// Walk-in waitlist: the QR code on the door opens a form that posts here.
const AIRTABLE_TOKEN = '<<s>>';
const BASE_ID = 'appT4kq9WmZ2Lx81P';
const TABLE = 'Walk-ins';

exports.handler = async (event) => {
  if (event.httpMethod !== 'POST') return { statusCode: 405, body: 'Method not allowed' };
  const { name, phone, idea, size } = JSON.parse(event.body || '{}');
  const res = await fetch(`https://api.airtable.com/v0/${BASE_ID}/${encodeURIComponent(TABLE)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${AIRTABLE_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ records: [{ fields: { Name: name, Phone: phone, Idea: idea, Size: size, Status: 'Waiting' } }] }),
  });
  return { statusCode: res.ok ? 200 : 502, body: res.ok ? 'You are on the list!' : 'Try again at the desk' };
};
""", "https://airtable.com/developers/web/guides/personal-access-tokens",
       s="pat" + mixed(14) + "." + hexs(64))

secret("python", "notion-token", "artist-schedule/notion_rota.py", r"""from notion_client import Client

# Weekly rota: pulls the "Artist rota" database and prints who is on the floor each day.
notion = Client(auth="<<s>>")
ROTA_DB = "<<db>>"


def week_rota() -> dict[str, list[str]]:
    rows = notion.databases.query(database_id=ROTA_DB, page_size=100)["results"]
    rota: dict[str, list[str]] = {}
    for row in rows:
        props = row["properties"]
        day = props["Day"]["select"]["name"]
        artist = props["Artist"]["title"][0]["plain_text"]
        rota.setdefault(day, []).append(artist)
    return rota


if __name__ == "__main__":
    for day, artists in week_rota().items():
        print(f"{day:<10} {', '.join(artists)}")
""", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up",
       s="ntn_" + digits(11) + mixed(35), db=hexs(32))

secret("yaml", "typeform-token", "intake/typeform-sync.yml", r"""# Pulls new answers from the "Tattoo request" Typeform into the booking inbox.
typeform:
  base_url: https://api.typeform.com
  personal_token: <<s>>
  form_id: Xq7bL2mD
  poll_interval: 5m
  fields:
    placement: 6f1a2c9e
    size_cm: 9b0d7e43
    reference_images: 1e77ac08
    budget: c42f9a10
booking_inbox:
  url: https://book.saintsparrow.ink/api/requests
  auth_header: X-Inbox-Key
  auth_value_env: INBOX_KEY
""", "https://www.typeform.com/developers/get-started/personal-access-token/",
       s="tfp_" + mixed(44) + "_" + mixed(14))

secret("php", "jotform-api-key", "consent-sync/pull_forms.php", r"""<?php
// Pulls yesterday's signed consent forms from Jotform and stores the PDFs on the studio NAS.
require __DIR__ . '/vendor/autoload.php';

$apiKey = '<<s>>';
$formId = '241045839912057';
$target = '/mnt/consent/' . date('Y/m', strtotime('-1 day'));

$jotform = new JotForm($apiKey);
$submissions = $jotform->getFormSubmissions($formId, 0, 200, [
    'created_at:gt' => date('Y-m-d', strtotime('-1 day')),
]);

if (!is_dir($target)) {
    mkdir($target, 0750, true);
}
foreach ($submissions as $s) {
    $pdf = file_get_contents("https://api.jotform.com/pdf-converter/{$formId}/fill-pdf?download=1&submissionID={$s['id']}&apikey={$apiKey}");
    file_put_contents("{$target}/{$s['id']}.pdf", $pdf);
}
echo count($submissions) . " forms archived\n";
""", "https://api.jotform.com/docs/#authentication", s=hexs(32))

secret("ruby", "dropbox-sign-api-key", "consent/lib/esign.rb", r"""require "dropbox-sign"

# Sends the consent + release form for remote signature when a client books online.
Dropbox::Sign.configure do |config|
  config.username = "<<s>>"
end

module Esign
  TEMPLATE_ID = "<<tpl>>"

  def self.request_signature(client_name:, client_email:, booking_ref:)
    api = Dropbox::Sign::SignatureRequestApi.new
    data = Dropbox::Sign::SignatureRequestSendWithTemplateRequest.new
    data.template_ids = [TEMPLATE_ID]
    data.subject = "Consent form for your appointment #{booking_ref}"
    data.signers = [Dropbox::Sign::SubSignatureRequestTemplateSigner.new(
      role: "Client", name: client_name, email_address: client_email
    )]
    data.metadata = { booking_ref: booking_ref }
    data.test_mode = false
    api.signature_request_send_with_template(data)
  end
end
""", "https://developers.hellosign.com/api/reference/authentication/ (API key as basic-auth user)",
       s=hexs(64), tpl=hexs(40))

_ds_key = rsa_key()
secret("pem", "rsa-private-key", "consent-docusign/keys/docusign_private.pem", _ds_key + "\n",
       "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/ (RSA key pair for JWT grant)", s=_ds_key)

_deploy_key = openssh_key()
secret("yaml", "ssh-private-key", "ansible/roles/site_deploy/vars/main.yml", r"""---
site_repo: git@github.com:sableworks/hollowbone-site.git
site_branch: main
site_root: /var/www/hollowbone
deploy_user: deploy

# read-only deploy key for the site repo (GitHub -> Settings -> Deploy keys)
deploy_key: |
  <<key>>

deploy_known_hosts:
  - "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"
""", "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/managing-deploy-keys",
       key=_deploy_key.replace("\n", "\n  "), s=_deploy_key)

_apns = ec_p8_key()
secret("p8", "apns-auth-key", "AftercareApp/Push/AuthKey_7QF3K9ZC2M.p8", _apns + "\n",
       "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns",
       s=_apns)

secret("csharp", "twilio-api-key-secret", "Reminders/Program.cs", r"""using Twilio;
using Twilio.Rest.Api.V2010.Account;

// Appointment reminders, 24h before. Ironclad Ink, all three locations.
const string accountSid = "<<sid>>";
const string apiKeySid = "<<ksid>>";
const string apiKeySecret = "<<s>>";

TwilioClient.Init(apiKeySid, apiKeySecret, accountSid);

var tomorrow = DateOnly.FromDateTime(DateTime.Today.AddDays(1));
foreach (var appt in await Bookings.ForDayAsync(tomorrow))
{
    if (!appt.SmsOptIn) continue;
    await MessageResource.CreateAsync(
        to: new Twilio.Types.PhoneNumber(appt.Phone),
        messagingServiceSid: "MG9d1f3b5c2a7e4f6081b2c3d4e5f6a7b8",
        body: $"Hi {appt.FirstName}, reminder: {appt.Artist} tomorrow at {appt.Start:h:mm tt}. " +
              "Eat beforehand, no alcohol 24h before. Reply C to cancel (deposit policy applies).");
}
""", "https://www.twilio.com/docs/iam/api-keys (API key SID + secret)",
       sid=twilio_sid(), ksid=twilio_sid("SK"), s=mixed(32))

secret("php", "vonage-api-secret", "app/Services/SmsReminder.php", r"""<?php

namespace App\Services;

use Vonage\Client;
use Vonage\Client\Credentials\Basic;
use Vonage\SMS\Message\SMS;

class SmsReminder
{
    private Client $client;

    public function __construct()
    {
        $this->client = new Client(new Basic('<<key>>', '<<s>>'));
    }

    public function send(string $to, string $name, string $when): void
    {
        $text = "Hi {$name}, your piercing appointment at Velvet Thorn is {$when}. "
              . 'Please bring photo ID (18+ or parent with ID for ear lobes).';
        $this->client->sms()->send(new SMS($to, 'VelvetThorn', $text));
    }
}
""", "https://developer.vonage.com/en/messaging/sms/overview (API key + API secret)",
       key=hexs(8), s=mixed(16))

secret("ruby", "plivo-auth-token", "lib/tasks/aftercare_sms.rake", r"""require "plivo"

namespace :aftercare do
  desc "Text day-3 aftercare reminders"
  task day3: :environment do
    client = Plivo::RestClient.new("<<aid>>", "<<s>>")
    Session.where(ended_on: 3.days.ago.to_date).find_each do |session|
      next unless session.client.sms_opt_in?

      client.messages.create(
        src: "+14155550188",
        dst: session.client.phone,
        text: "Day 3! Thin layer of balm, let it breathe, no scratching. - #{session.artist.name}"
      )
    end
  end
end
""", "https://www.plivo.com/docs/messaging/api/overview/authentication (Auth ID + Auth Token)",
       aid="MA" + pick(UPPER_DIGITS, 18), s=mixed(40))

secret("go", "telnyx-api-key", "internal/sms/telnyx.go", r"""package sms

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const telnyxKey = "<<s>>"

type Sender struct {
	From string
	HTTP *http.Client
}

func (s Sender) Send(ctx context.Context, to, text string) error {
	body, _ := json.Marshal(map[string]string{"from": s.From, "to": to, "text": text})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.telnyx.com/v2/messages", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+telnyxKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("telnyx: %s", resp.Status)
	}
	return nil
}
""", "https://developers.telnyx.com/docs/overview/authentication (API v2 key)",
       s="KEY" + pick(UHEX, 32) + "_" + mixed(22))

secret("shell", "clicksend-api-key", "scripts/send-test-sms.sh", r"""#!/usr/bin/env bash
# Quick check that ClickSend still works after the number port. Usage: ./send-test-sms.sh +447700900123
set -euo pipefail
TO="${1:?phone number}"

curl -sS https://rest.clicksend.com/v3/sms/send \
  -u "studio@redlanterntattoo.co.uk:<<s>>" \
  -H "Content-Type: application/json" \
  -d "{\"messages\":[{\"source\":\"bash\",\"from\":\"RedLantern\",\"to\":\"${TO}\",\"body\":\"Test from Red Lantern - ignore me\"}]}" \
  | jq '.response_code, .data.messages[0].status'
""", "https://developers.clicksend.com/docs/rest/v3/#authentication (username + API key)", s=uuid_s(upper=True))

secret("js", "messagebird-key", "reminders/messagebird.js", r"""const messagebird = require('messagebird').initClient('<<s>>');

// Touch-up reminder 8 weeks after a session (free touch-up window is 90 days).
function sendTouchUp(phone, name) {
  return new Promise((resolve, reject) => {
    messagebird.messages.create({
      originator: 'KoiPond',
      recipients: [phone],
      body: `Hi ${name}! Your tattoo should be healed by now. Free touch-ups within 90 days - reply BOOK.`,
    }, (err, response) => (err ? reject(err) : resolve(response)));
  });
}

module.exports = { sendTouchUp };
""", "https://developers.messagebird.com/api/#authentication (live access key)", s=mixed(25))

secret("shell", "mailgun-api-key", "ops/test-mail.sh", r"""#!/bin/sh
# sanity check for the booking confirmation mails after the DNS move
curl -s --user 'api:<<s>>' \
    https://api.eu.mailgun.net/v3/mg.hollowbone.art/messages \
    -F from='Hollow Bone Bookings <bookings@mg.hollowbone.art>' \
    -F to='owner@hollowbone.art' \
    -F subject='Mailgun test after DNS move' \
    -F text='If you can read this, booking confirmations work again.'
""", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/",
       s=hexs(32) + "-" + hexs(8) + "-" + hexs(8))

secret("ruby", "postmark-server-token", "booking-rails/config/environments/production.rb", r"""require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "<<s>>" }
  config.action_mailer.default_url_options = { host: "book.saintsparrow.ink", protocol: "https" }
  config.action_mailer.perform_caching = false

  config.active_storage.service = :amazon
  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
end
""", "https://postmarkapp.com/developer/api/overview#authentication (server API token)", s=uuid_s())

secret("python", "mailjet-secret", "newsletter/mailjet_send.py", r"""from mailjet_rest import Client

API_KEY = "<<key>>"
API_SECRET = "<<s>>"
mailjet = Client(auth=(API_KEY, API_SECRET), version="v3.1")


def send_flash_day(recipients: list[dict]) -> int:
    data = {"Messages": [{
        "From": {"Email": "news@ironcladink.com", "Name": "Ironclad Ink"},
        "To": [{"Email": r["email"], "Name": r["name"]}],
        "TemplateID": 5821734,
        "TemplateLanguage": True,
        "Variables": {"first_name": r["name"], "date": "Friday 13 September"},
    } for r in recipients]}
    result = mailjet.send.create(data=data)
    return result.status_code
""", "https://dev.mailjet.com/email/guides/getting-started/ (API key + secret key)", key=hexs(32), s=hexs(32))

_gapp = " ".join(pick(string.ascii_lowercase, 4) for _ in range(4))
secret("js", "gmail-app-password", "booking-form/mailer.js", r"""const nodemailer = require('nodemailer');

// The studio still uses its Gmail inbox for booking requests.
const transporter = nodemailer.createTransport({
  service: 'gmail',
  auth: {
    user: 'needleandthreadcollective@gmail.com',
    pass: '<<s>>', // app password, 2FA is on
  },
});

async function forwardRequest(req) {
  await transporter.sendMail({
    from: '"Booking form" <needleandthreadcollective@gmail.com>',
    to: 'needleandthreadcollective@gmail.com',
    replyTo: req.email,
    subject: `Booking request: ${req.placement} (${req.size})`,
    text: `${req.name}\n${req.phone}\n\n${req.description}\n\nPreferred artist: ${req.artist || 'any'}`,
  });
}

module.exports = { forwardRequest };
""", "https://support.google.com/accounts/answer/185833 (app passwords, 16 letters)", s=_gapp)

secret("env", "xero-client-secret", "bookkeeping-sync/.env", r"""# Square -> Xero daily sales journal
XERO_CLIENT_ID=<<cid>>
XERO_CLIENT_SECRET=<<s>>
XERO_REDIRECT_URI=http://localhost:5000/callback
XERO_TENANT_NAME="Koi Pond Studio Ltd"
SALES_ACCOUNT_CODE=200
DEPOSITS_ACCOUNT_CODE=820
""", "https://developer.xero.com/documentation/guides/oauth2/auth-flow/ (client secret)",
       cid=pick(UHEX, 32), s=pick(URLSAFE, 48))

secret("python", "loyverse-token", "pos-export/loyverse_daily.py", r"""# Daily sales export from Loyverse (piercing counter + jewellery) into the owners' sheet
import csv
import datetime as dt

import requests

LOYVERSE_TOKEN = "<<s>>"
STORE_ID = "<<store>>"


def receipts(day: dt.date) -> list[dict]:
    params = {"store_id": STORE_ID, "created_at_min": f"{day}T00:00:00.000Z",
              "created_at_max": f"{day}T23:59:59.999Z", "limit": 250}
    r = requests.get("https://api.loyverse.com/v1.0/receipts", params=params,
                     headers={"Authorization": f"Bearer {LOYVERSE_TOKEN}"}, timeout=30)
    r.raise_for_status()
    return r.json()["receipts"]


if __name__ == "__main__":
    yesterday = dt.date.today() - dt.timedelta(days=1)
    with open(f"sales-{yesterday}.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["receipt", "total", "payment"])
        for rc in receipts(yesterday):
            w.writerow([rc["receipt_number"], rc["total_money"], rc["payments"][0]["name"]])
""", "https://developer.loyverse.com/docs/#section/Authentication (access token)", s=hexs(32), store=uuid_s())

secret("kotlin", "clover-api-token", "clover-sync/src/main/kotlin/CloverConfig.kt", r"""package studio.redlantern.cloversync

// Clover Station at the front counter. Token created in the Clover dashboard
// (Account & Setup > API Tokens), merchant "Red Lantern Tattoo - Shoreditch".
object CloverConfig {
    const val BASE_URL = "https://api.eu.clover.com/v3/merchants"
    const val MERCHANT_ID = "<<mid>>"
    const val API_TOKEN = "<<s>>"

    fun ordersUrl(since: Long) = "$BASE_URL/$MERCHANT_ID/orders?filter=createdTime>=$since&expand=lineItems"
}
""", "https://docs.clover.com/docs/using-api-tokens", mid=pick(UPPER_DIGITS, 13), s=uuid_s())

secret("toml", "square-application-secret", "inkslot-platform/config/production.toml", r"""# InkSlot multi-studio platform: each studio connects its own Square account via OAuth.
[server]
bind = "0.0.0.0:8000"
public_url = "https://app.inkslot.io"

[square]
environment = "production"
application_id = "<<appid>>"
application_secret = "<<s>>"
oauth_redirect = "https://app.inkslot.io/integrations/square/callback"
scopes = ["MERCHANT_PROFILE_READ", "APPOINTMENTS_READ", "APPOINTMENTS_WRITE", "PAYMENTS_WRITE"]

[storage]
consent_bucket = "inkslot-consent-prod"
region = "us-east-1"
""", "https://developer.squareup.com/docs/oauth-api/overview (application secret)",
       appid="sq0idp-" + pick(URLSAFE, 22), s=square_secret())

secret("js", "square-webhook-signature-key", "inkslot-web/api/webhooks/square.js", r"""import { WebhooksHelper } from 'square';

// Square sends booking.created / booking.updated / payment.updated here.
const SIGNATURE_KEY = '<<s>>';
const NOTIFICATION_URL = 'https://book.blacklotustattoo.com/api/webhooks/square';

export const config = { api: { bodyParser: false } };

export default async function handler(req, res) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = Buffer.concat(chunks).toString('utf8');

  const valid = WebhooksHelper.isValidWebhookEventSignature(
    body, req.headers['x-square-hmacsha256-signature'], SIGNATURE_KEY, NOTIFICATION_URL,
  );
  if (!valid) return res.status(403).end();

  const event = JSON.parse(body);
  if (event.type === 'booking.created') await import('../../lib/bookings').then((m) => m.onCreated(event.data));
  res.status(200).end();
}
""", "https://developer.squareup.com/docs/webhooks/step3validate (signature key)", s=pick(URLSAFE, 22))

secret("go", "stripe-webhook-secret", "internal/deposits/webhook.go", r"""package deposits

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/webhook"
)

const endpointSecret = "<<s>>"

// Handler marks a booking's deposit as paid when Checkout completes.
func Handler(store Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		payload, err := io.ReadAll(io.LimitReader(r.Body, 65536))
		if err != nil {
			http.Error(w, "read error", http.StatusServiceUnavailable)
			return
		}
		event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)
		if err != nil {
			http.Error(w, "bad signature", http.StatusBadRequest)
			return
		}
		if event.Type == stripe.EventTypeCheckoutSessionCompleted {
			store.MarkDepositPaid(event.Data.Object["client_reference_id"].(string))
		}
		w.WriteHeader(http.StatusOK)
	}
}
""", "https://docs.stripe.com/webhooks#verify-official-libraries", s=stripe_whsec())

secret("terraform", "stripe-restricted-key", "infra/variables.tf", r"""variable "region" {
  type    = string
  default = "us-east-1"
}

variable "studio_name" {
  type    = string
  default = "ironclad-ink"
}

variable "stripe_restricted_key" {
  description = "Restricted key (Checkout Sessions: write, Charges: read) for the deposit lambda"
  type        = string
  default     = "<<s>>"
  sensitive   = true
}

variable "alert_email" {
  type    = string
  default = "ops@sableworks.net"
}
""", "https://docs.stripe.com/keys#limit-access (restricted keys rk_live_)", s=stripe_key("rk_live_"))

secret("shell", "gitlab-token", "scripts/release.sh", r"""#!/usr/bin/env bash
# Tag a release of the booking bridge and create the GitLab release with the changelog.
set -euo pipefail
VERSION="${1:?version}"
PROJECT_ID=48211937

git tag -a "v$VERSION" -m "booking-bridge $VERSION"
git push origin "v$VERSION"

curl --fail --header "PRIVATE-TOKEN: <<s>>" \
     --header "Content-Type: application/json" \
     --data "{\"name\":\"v$VERSION\",\"tag_name\":\"v$VERSION\",\"description\":\"$(sed -n "/## $VERSION/,/## /p" CHANGELOG.md | head -n -1 | sed 's/"/\\"/g' | tr '\n' ' ')\"}" \
     "https://gitlab.com/api/v4/projects/$PROJECT_ID/releases"
""", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", s="glpat-" + pick(URLSAFE, 20))

secret("markdown", "github-fine-grained-token", "HANDOVER.md", r"""# Handover: Saint Sparrow Tattoo website

Prepared by Sableworks IT for the studio's new web person.

## Repos

- `sableworks/saintsparrow-site` - Astro site, deployed by GitHub Actions to Netlify.
- `sableworks/saintsparrow-booking` - Rails booking app on Heroku.

## Getting access

Until we add you to the org, clone with the temporary token below (read/write on the two repos
above only, expires in 30 days):

```
git clone https://x-access-token:<<s>>@github.com/sableworks/saintsparrow-site.git
```

## Content

- Artist pages: `src/content/artists/*.md` (one per artist, photo in `public/artists/`).
- Flash: `src/content/flash/` - add a file, push, it appears on /flash after the deploy.
- Aftercare page: `src/pages/aftercare.astro`, wording approved by the owner, don't change it
  without asking.
""", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
       s=fakes.github_fine_grained_token(_seed()))

secret("ini", "aws-secret-key", "ops/front-desk-pc/aws/credentials", r"""[default]
region = us-west-2

[consent-archive]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<s>>
region = us-west-2

[readonly]
role_arn = arn:aws:iam::418295730061:role/studio-readonly
source_profile = consent-archive
""", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
       kid=fakes.aws_key_id(_seed()), s=fakes.aws_secret_key(_seed()))

secret("python", "aws-secret-key", "consent_archive/storage.py", r"""import boto3
from botocore.config import Config

BUCKET = "hollowbone-consent"

# tablet app uploads go through this presigner, forms are never public
_s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="<<kid>>",
    aws_secret_access_key="<<s>>",
    config=Config(signature_version="s3v4"),
)


def upload_url(booking_id: str, filename: str) -> str:
    return _s3.generate_presigned_url(
        "put_object",
        Params={"Bucket": BUCKET, "Key": f"signed/{booking_id}/{filename}",
                "ContentType": "application/pdf", "ServerSideEncryption": "aws:kms"},
        ExpiresIn=300,
    )
""", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters",
       kid=fakes.aws_key_id(_seed()), s=fakes.aws_secret_key(_seed()))

_az_key = b64_bytes(64)
secret("json", "azure-storage-key", "ConsentFunctions/local.settings.json", r"""{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "ConsentStorage": "DefaultEndpointsProtocol=https;AccountName=koipondconsent;AccountKey=<<s>>;EndpointSuffix=core.windows.net",
    "ConsentContainer": "signed-forms",
    "RetentionYears": "7"
  }
}
""", "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string", s=_az_key)

secret("js", "mongodb-password", "inkslot-api/config/db.js", r"""const mongoose = require('mongoose');

const uri = 'mongodb+srv://inkslot-api:<<s>>@cluster0.x7kq2.mongodb.net/inkslot?retryWrites=true&w=majority&appName=inkslot';

async function connect() {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 8000 });
  console.log('mongo connected');
}

module.exports = { connect };
""", "https://www.mongodb.com/docs/manual/reference/connection-string/", s=rand_pw(16))

secret("python", "redis-password", "booking_bridge/celeryconfig.py", r"""# Celery: reminder texts, Square catalog sync, consent PDF rendering
broker_url = "rediss://default:<<s>>@redlantern-redis-do-user-1552093-0.b.db.ondigitalocean.com:25061/0?ssl_cert_reqs=required"
result_backend = broker_url

task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/London"
enable_utc = True

beat_schedule = {
    "reminders-every-15-min": {"task": "bridge.tasks.send_due_reminders", "schedule": 900.0},
    "catalog-sync-hourly": {"task": "bridge.tasks.sync_square_catalog", "schedule": 3600.0},
}
""", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", s="AVNS_" + pick(URLSAFE, 22))

secret("ini", "postgres-password", "booking-bridge/alembic.ini", r"""[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg://bridge:<<s>>@10.20.0.5:5432/booking

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
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
""", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", s=words_pw("!*.-_"))

secret("xml", "sqlserver-password", "LegacyPOS/Web.config", r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="StudioPOS"
         connectionString="Data Source=BACKOFFICE\SQLEXPRESS;Initial Catalog=TattooPOS;User ID=pos_web;Password=<<s>>;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StudioName" value="Ironclad Ink - Eastside" />
    <add key="ReceiptPrinter" value="EPSON TM-T20III" />
    <add key="DepositPercent" value="20" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", "https://learn.microsoft.com/dotnet/framework/data/adonet/connection-strings-and-configuration-files",
       s=human_pw())

secret("php", "mysql-password", "booking/includes/db.php", r"""<?php
// Old booking calendar (2017). Still used by the Eastside location until the move to InkSlot.
declare(strict_types=1);

function db(): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO(
            'mysql:host=localhost;dbname=ironclad_calendar;charset=utf8mb4',
            'calendar',
            '<<s>>',
            [
                PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
                PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
            ]
        );
    }
    return $pdo;
}
""", "https://www.php.net/manual/en/pdo.construct.php", s=human_pw())

secret("ini", "mysql-password", "ops/backoffice/.my.cnf", r"""# ~/.my.cnf for the backup user on the back-office box (chmod 600)
[client]
user=backup
password="<<s>>"
host=127.0.0.1

[mysqldump]
single-transaction
quick
""", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", s=words_pw("!*.-_#"))

secret("pgpass", "postgres-password", "ops/reporting/.pgpass", r"""# hostname:port:database:username:password   (chmod 0600)
# Metabase + the R revenue report both read from the replica
pg-replica.sableworks.net:5432:saintsparrow:reporting:<<s>>
localhost:5432:*:postgres:*
# add new studios below
""", "https://www.postgresql.org/docs/current/libpq-pgpass.html", s=rand_pw(20))

secret("netrc", "ftp-password", "ops/front-desk-pc/.netrc", r"""# ~/.netrc on the front-desk PC (chmod 600)
# used by the nightly curl upload of prices.pdf and aftercare.pdf to the website
machine ftp.velvetthornpiercing.com
  login vtp_site
  password <<s>>
""", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html",
       s=human_pw())

secret("github-actions", "ftp-password", ".github/workflows/ftp-deploy.yml", r"""name: Upload theme to the shared host

on:
  push:
    branches: [main]
    paths: ["wp-content/themes/redlantern/**"]

jobs:
  ftp:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Sync theme
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.redlanterntattoo.co.uk
          username: redlantern_site
          password: "<<s>>"
          protocol: ftps
          local-dir: ./wp-content/themes/redlantern/
          server-dir: ./public_html/wp-content/themes/redlantern/
""", "https://github.com/SamKirkland/FTP-Deploy-Action#settings", s=words_pw("!*.-_"))

secret("shell", "sftp-password", "deploy/push-site.sh", r"""#!/bin/bash
# Mirrors the built site to the studio's shared hosting (no SSH keys on that plan).
set -e
npm run build
lftp -u koipond,'<<s>>' sftp://sftp.koipondstudio.com <<'LFTP'
set sftp:auto-confirm yes
mirror -R --delete --verbose dist/ public_html/
bye
LFTP
echo "deployed $(git rev-parse --short HEAD)"
""", "https://lftp.yar.ru/lftp-man.html (-u user,password)", s=rand_pw(14, "!#%"))

secret("shell", "ssh-password", "deploy/restart-kiosk.sh", r"""#!/usr/bin/env bash
# Restart the consent kiosk app on both tablets' host after an update.
HOSTS="10.10.10.31 10.10.10.32"
for h in $HOSTS; do
  echo "== $h"
  sshpass -p '<<s>>' ssh -o StrictHostKeyChecking=no kiosk@"$h" \
    'sudo systemctl restart consent-kiosk && systemctl is-active consent-kiosk'
done
""", "https://linux.die.net/man/1/sshpass", s=human_pw())

secret("k8s", "twilio-auth-token", "deploy/k8s/aftercare-secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: aftercare-sms
  namespace: inkslot
type: Opaque
stringData:
  TWILIO_ACCOUNT_SID: <<sid>>
  TWILIO_AUTH_TOKEN: <<s>>
  TWILIO_FROM: "+15125550142"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: aftercare-sms
  namespace: inkslot
spec:
  replicas: 1
  selector:
    matchLabels: {app: aftercare-sms}
  template:
    metadata:
      labels: {app: aftercare-sms}
    spec:
      containers:
        - name: worker
          image: registry.sableworks.net/inkslot/aftercare:1.4.2
          envFrom:
            - secretRef: {name: aftercare-sms}
""", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-stringdata", sid=twilio_sid(), s=hexs(32))

secret("tfvars", "postgres-password", "infra/envs/prod.tfvars", r"""region            = "us-east-1"
studio            = "blacklotus"
environment       = "prod"
db_instance_class = "db.t4g.micro"
db_username       = "inkslot"
db_password       = "<<s>>"
consent_bucket    = "blacklotus-consent-prod"
alert_email       = "ops@sableworks.net"
""", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
       s=rand_pw(24))

secret("yaml", "stripe-secret-key", "inkslot-infra/Pulumi.prod.yaml", r"""config:
  aws:region: us-east-1
  inkslot-infra:domain: app.inkslot.io
  inkslot-infra:dbPassword:
    secure: AAABAOzj6u3Yc+1lVv9FnJ2+Uk8p0bCq0W7bV3m1k2+a5Q4qGQ9Ug7HcZ3fMZpJz
  inkslot-infra:stripeSecretKey: <<s>>
  inkslot-infra:minInstances: "2"
""", "https://www.pulumi.com/docs/concepts/secrets/ (plain config vs secure:)", s=stripe_key())

secret("serverless", "sendgrid-api-key", "deposit-receipts/serverless.yml", r"""service: deposit-receipts

frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: us-west-2
  environment:
    SENDGRID_API_KEY: <<s>>
    FROM_EMAIL: deposits@koipondstudio.com
    STUDIO_NAME: Koi Pond Studio

functions:
  receipt:
    handler: handler.receipt
    events:
      - httpApi:
          path: /stripe/deposit
          method: post
""", "https://www.serverless.com/framework/docs/providers/aws/guide/variables", s=sendgrid_key())

secret("jenkinsfile", "registry-password", "Jenkinsfile", r"""pipeline {
    agent { label 'docker' }
    environment {
        IMAGE = "registry.sableworks.net/inkslot/web"
    }
    stages {
        stage('Build') {
            steps {
                sh 'docker build -t $IMAGE:$BUILD_NUMBER .'
            }
        }
        stage('Push') {
            steps {
                sh 'docker login registry.sableworks.net -u jenkins -p <<s>>'
                sh 'docker push $IMAGE:$BUILD_NUMBER'
                sh 'docker tag $IMAGE:$BUILD_NUMBER $IMAGE:latest && docker push $IMAGE:latest'
            }
        }
    }
}
""", "https://docs.docker.com/reference/cli/docker/login/ (--password)", s=rand_pw(20))

secret("bitbucket-pipelines", "ssh-password", "bitbucket-pipelines.yml", r"""image: node:20

pipelines:
  branches:
    main:
      - step:
          name: Build
          caches: [node]
          script:
            - npm ci
            - npm run build
          artifacts: [dist/**]
      - step:
          name: Deploy to studio host
          script:
            - apt-get update && apt-get install -y sshpass rsync
            - export SSHPASS='<<s>>'
            - sshpass -e rsync -az --delete -e "ssh -o StrictHostKeyChecking=no" dist/ webuser@203.0.113.40:/var/www/saintsparrow/
""", "https://support.atlassian.com/bitbucket-cloud/docs/configure-bitbucketpipelinesyml/", s=words_pw("!*.-_"))

secret("yaml", "mqtt-password", "homeassistant/secrets.yaml", r"""# Home Assistant at the studio: autoclave cycle logger, lights, door sensor, sharps-bin reminder
latitude: 39.7392
longitude: -104.9903
elevation: 1609

mqtt_broker: 10.10.10.6
mqtt_user: homeassistant
mqtt_password: <<s>>

front_door_camera_url: http://10.10.30.21/cgi-bin/snapshot.cgi
notify_group: studio_staff
""", "https://www.home-assistant.io/docs/configuration/secrets/", s=rand_pw(18))

secret("esphome", "api-encryption-key", "esphome/autoclave-monitor.yaml", r"""esphome:
  name: autoclave-monitor
  friendly_name: Autoclave monitor

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "<<s>>"

ota:
  - platform: esphome
    password: !secret ota_password

logger:

sensor:
  - platform: max6675
    name: "Chamber temperature"
    cs_pin: GPIO5
    update_interval: 5s
  - platform: uptime
    name: "Uptime"

binary_sensor:
  - platform: gpio
    pin: GPIO27
    name: "Door closed"
""", "https://esphome.io/components/api.html#configuration-variables (encryption key)", s=b64_bytes(32))

secret("wireguard", "wireguard-private-key", "ops/vpn/sableworks-to-hollowbone.conf", r"""# Sableworks IT remote support -> Hollow Bone studio LAN
[Interface]
PrivateKey = <<s>>
Address = 10.99.0.2/32
DNS = 192.168.88.1

[Peer]
# hollowbone-gw (MikroTik)
PublicKey = <<pub>>
Endpoint = hollowbone-gw.sableworks.net:13231
AllowedIPs = 192.168.88.0/24, 10.99.0.1/32
PersistentKeepalive = 25
""", "https://www.wireguard.com/quickstart/ (wg-quick config PrivateKey)", s=b64_bytes(32), pub=b64_bytes(32))

secret("properties", "fcm-server-key", "aftercare-android/local.properties", r"""## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/sam/Library/Android/sdk
fcm.serverKey=<<s>>
aftercare.apiBase=https://api.inkslot.io/aftercare
""", "https://firebase.google.com/docs/cloud-messaging/auth-server (legacy server key)",
       s="AAAA" + pick(URLSAFE, 7) + ":APA91b" + pick(URLSAFE, 134))

_split_pw = rand_pw(22)
secret("java", "postgres-password", "supply-orders/src/main/java/supply/orders/LegacyDataSource.java", r"""package supply.orders;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/** Data source for the old order history DB (read-only, kept until the 2025 migration). */
public final class LegacyDataSource {
    private static final String URL = "jdbc:postgresql://legacy-db.needledrop.supply:5432/orders_2019";
    private static final String USER = "legacy_ro";
    private static final String PASSWORD = "<<a>>" +
            "<<b>>";

    private LegacyDataSource() {
    }

    public static DataSource create() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(URL);
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        ds.setReadOnly(true);
        return ds;
    }
}
""", "https://jdbc.postgresql.org/documentation/use/#connection-parameters", s=_split_pw,
       a=_split_pw[:11], b=_split_pw[11:])


# =================================================================================================
# Decoys
# =================================================================================================

decoy("env", "placeholder", "inkslot-web/.env.example", r"""# Copy to .env and fill in. Never commit the real .env.
APP_ENV=development
APP_URL=http://localhost:3000
PORT=3000

# Square - create an app at https://developer.squareup.com/apps
SQUARE_ENVIRONMENT=sandbox
SQUARE_ACCESS_TOKEN=your-square-access-token-here
SQUARE_LOCATION_ID=your-location-id
SQUARE_WEBHOOK_SIGNATURE_KEY=

# Twilio (aftercare texts)
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=<your twilio auth token>
TWILIO_FROM=+15005550006

# SendGrid
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx

DATABASE_URL=file:./prisma/dev.db
SESSION_SECRET=change-me
""", "https://github.com/motdotla/dotenv#usage (.env.example convention)")

decoy("github-actions", "env-reference", ".github/workflows/reminders-deploy.yml", r"""name: Deploy reminders worker

on:
  push:
    branches: [main]
    paths: ["reminders/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418295730061:role/gha-reminders-deploy
          aws-region: us-west-2
      - run: npm ci --prefix reminders
      - name: Deploy
        working-directory: reminders
        env:
          TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
          TWILIO_ACCOUNT_SID: ${{ vars.TWILIO_ACCOUNT_SID }}
          SQUARE_ACCESS_TOKEN: ${{ secrets.SQUARE_ACCESS_TOKEN }}
        run: npx serverless deploy --stage prod
""", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

decoy("k8s", "external-secret", "deploy/k8s/square-externalsecret.yaml", r"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: square-credentials
  namespace: inkslot
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: square-credentials
    creationPolicy: Owner
  data:
    - secretKey: SQUARE_ACCESS_TOKEN
      remoteRef:
        key: inkslot/prod/square
        property: access_token
    - secretKey: SQUARE_WEBHOOK_SIGNATURE_KEY
      remoteRef:
        key: inkslot/prod/square
        property: webhook_signature_key
""", "https://external-secrets.io/latest/api/externalsecret/")

decoy("helm", "existing-secret", "charts/inkslot/values.yaml", r"""replicaCount: 1

image:
  repository: registry.sableworks.net/inkslot/web
  tag: ""

postgresql:
  enabled: true
  auth:
    username: inkslot
    database: inkslot
    existingSecret: inkslot-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password

square:
  environment: sandbox
  existingSecret: square-credentials
  accessTokenKey: SQUARE_ACCESS_TOKEN

twilio:
  existingSecret: aftercare-sms

ingress:
  enabled: false
""", "https://artifacthub.io/packages/helm/bitnami/postgresql (auth.existingSecret)")

decoy("terraform", "generated-password", "infra/database.tf", r"""resource "random_password" "booking_db" {
  length           = 32
  special          = true
  override_special = "!#*-_"
}

resource "aws_secretsmanager_secret" "booking_db" {
  name = "inkslot/prod/booking-db"
}

resource "aws_secretsmanager_secret_version" "booking_db" {
  secret_id     = aws_secretsmanager_secret.booking_db.id
  secret_string = jsonencode({ username = "inkslot", password = random_password.booking_db.result })
}

resource "aws_db_instance" "booking" {
  identifier          = "inkslot-prod"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = var.db_instance_class
  allocated_storage   = 20
  username            = "inkslot"
  password            = random_password.booking_db.result
  storage_encrypted   = true
  skip_final_snapshot = false
}
""", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

_vault_lines = "\n".join("          " + hexs(80) for _ in range(5))
decoy("ansible", "vault-ciphertext", "ansible/group_vars/all/vault.yml", r"""---
# ansible-vault encrypted values; the vault password is in the Sableworks password manager
vault_bridge_db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
<<lines>>
vault_square_access_token: !vault |
          $ANSIBLE_VAULT;1.1;AES256
<<lines2>>
""", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault",
      lines=_vault_lines, lines2="\n".join("          " + hexs(80) for _ in range(5)))

decoy("sops", "encrypted", "deploy/secrets/prod.enc.yaml", r"""square_access_token: ENC[AES256_GCM,data:<<d1>>,iv:<<iv1>>,tag:<<t1>>,type:str]
twilio_auth_token: ENC[AES256_GCM,data:<<d2>>,iv:<<iv2>>,tag:<<t2>>,type:str]
db_password: ENC[AES256_GCM,data:<<d3>>,iv:<<iv3>>,tag:<<t3>>,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBYbVdjR2t0T2lQbm9rZ3hS
            dWFtY3N3cHd6RW9EcmRHS0Fwd0RLb3VwV3h3CmF0Y0RqdDRwOFdkSlhkNW9DWm5t
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-14T09:21:44Z"
    mac: ENC[AES256_GCM,data:<<mac>>,iv:<<iv4>>,tag:<<t4>>,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", "https://github.com/getsops/sops#encrypting-using-age",
      d1=b64_bytes(48), iv1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(24), iv2=b64_bytes(32), t2=b64_bytes(16),
      d3=b64_bytes(18), iv3=b64_bytes(32), t3=b64_bytes(16), mac=b64_bytes(48), iv4=b64_bytes(32), t4=b64_bytes(16))

decoy("js", "publishable-key", "inkslot-web/public/js/deposit.js", r"""// Deposit form on the booking page. The publishable key is meant to be public;
// the secret key only lives on the server.
const stripe = Stripe('<<pk>>');

document.querySelector('#deposit-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = event.target.querySelector('button');
  button.disabled = true;
  const res = await fetch('/api/deposit/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ bookingId: event.target.dataset.bookingId }),
  });
  const { sessionId } = await res.json();
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) {
    document.querySelector('#deposit-error').textContent = error.message;
    button.disabled = false;
  }
});
""", "https://docs.stripe.com/keys#obtain-api-keys (publishable keys are safe to expose)", pk=stripe_key("pk_live_"))

decoy("html", "public-app-id", "site/templates/pay-deposit.html", r"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay your deposit - Black Lotus Tattoo</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form">
    <div id="card-container"></div>
    <button id="card-button" type="button">Pay $50 deposit</button>
  </form>
  <div id="payment-status-container"></div>
  <script>
    const appId = '<<app>>';
    const locationId = '<<loc>>';
    async function main() {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
      document.getElementById('card-button').addEventListener('click', async () => {
        const result = await card.tokenize();
        if (result.status === 'OK') {
          await fetch('/api/deposit', { method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ sourceId: result.token }) });
        }
      });
    }
    main();
  </script>
</body>
</html>
""", "https://developer.squareup.com/docs/web-payments/take-card-payment (application ID and location ID in the page)",
      app="sq0idp-" + pick(URLSAFE, 22), loc="L" + pick(UPPER_DIGITS, 13))

decoy("html", "browser-map-key", "site/src/pages/contact.html", r"""<section class="contact">
  <h2>Find us</h2>
  <address>
    Needle &amp; Thread Collective<br>
    214 Mill Street, Unit 3<br>
    Portland, OR 97214
  </address>
  <p>Walk-ins Thursday to Saturday, 12-6pm. Consultations by appointment.</p>
  <!-- Maps Embed API key, restricted to needleandthread.studio/* referrers -->
  <iframe
    width="600"
    height="400"
    style="border:0"
    loading="lazy"
    allowfullscreen
    referrerpolicy="no-referrer-when-downgrade"
    src="https://www.google.com/maps/embed/v1/place?key=<<key>>&q=Needle+and+Thread+Collective,Portland+OR">
  </iframe>
</section>
""", "https://developers.google.com/maps/documentation/embed/get-api-key (browser keys restricted by referrer)",
      key=google_key())

decoy("js", "public-map-token", "site/src/components/StudioMap.jsx", r"""import { useEffect, useRef } from 'react';
import mapboxgl from 'mapbox-gl';
import 'mapbox-gl/dist/mapbox-gl.css';

// Public (pk.) token, URL-restricted to ironcladink.com in the Mapbox account.
mapboxgl.accessToken = '<<pk>>';

const STUDIOS = [
  { name: 'Ironclad Ink - Eastside', lngLat: [-122.6587, 45.5152] },
  { name: 'Ironclad Ink - Alberta', lngLat: [-122.6443, 45.5590] },
  { name: 'Ironclad Ink - Sellwood', lngLat: [-122.6530, 45.4655] },
];

export default function StudioMap() {
  const ref = useRef(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current, style: 'mapbox://styles/mapbox/dark-v11',
      center: [-122.65, 45.52], zoom: 11 });
    STUDIOS.forEach((s) => new mapboxgl.Marker().setLngLat(s.lngLat)
      .setPopup(new mapboxgl.Popup().setText(s.name)).addTo(map));
    return () => map.remove();
  }, []);
  return <div ref={ref} style={{ height: 420 }} />;
}
""", "https://docs.mapbox.com/help/getting-started/access-tokens/ (public tokens pk.)",
      pk=mapbox_token("pk", "ironcladink"))

_anon_ref = pick(string.ascii_lowercase, 20)
decoy("ts", "public-anon-key", "kiosk-app/src/lib/supabase.ts", r"""import { createClient } from '@supabase/supabase-js';

// anon key: safe in the browser, row level security decides what the kiosk can read/write
export const supabase = createClient(
  'https://<<ref>>.supabase.co',
  '<<anon>>',
);

export async function submitQuestionnaire(bookingId: string, answers: Record<string, unknown>) {
  const { error } = await supabase.from('questionnaires').insert({ booking_id: bookingId, answers });
  if (error) throw error;
}
""", "https://supabase.com/docs/guides/api/api-keys (anon key is safe to use in a browser with RLS)",
      ref=_anon_ref, anon=supabase_key("anon", _anon_ref))

decoy("js", "firebase-web-config", "aftercare-web/src/firebase.js", r"""import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Firebase web config is not secret: it identifies the project to Google.
const firebaseConfig = {
  apiKey: '<<key>>',
  authDomain: 'koipond-aftercare.firebaseapp.com',
  projectId: 'koipond-aftercare',
  storageBucket: 'koipond-aftercare.appspot.com',
  messagingSenderId: '<<sender>>',
  appId: '1:<<sender>>:web:<<app>>',
  measurementId: 'G-7QK2M9XH4C',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", "https://firebase.google.com/docs/projects/api-keys (API keys for Firebase are not secret)",
      key=google_key(), sender=digits(12), app=hexs(22))

decoy("html", "public-site-key", "public_html/contact/index.html", r"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>Book a piercing - Velvet Thorn</title>
  <script src="https://www.google.com/recaptcha/api.js?render=<<site>>"></script>
</head>
<body>
  <form id="enquiry" action="/contact/submit.php" method="post">
    <label>Name <input name="name" required></label>
    <label>Piercing <select name="piercing"><option>Helix</option><option>Septum</option><option>Nostril</option></select></label>
    <label>Preferred date <input type="date" name="date"></label>
    <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
    <button type="submit">Send</button>
  </form>
  <script>
    grecaptcha.ready(function () {
      grecaptcha.execute('<<site>>', { action: 'enquiry' }).then(function (token) {
        document.getElementById('g-recaptcha-response').value = token;
      });
    });
  </script>
</body>
</html>
""", "https://developers.google.com/recaptcha/docs/v3 (site key goes in the page)", site="6L" + pick(URLSAFE, 38))

decoy("html", "public-site-key", "workers/booking-guard/public/request.html", r"""<form action="/api/request" method="POST" class="booking-request">
  <h2>Request a booking</h2>
  <input name="name" placeholder="Your name" required>
  <input name="email" type="email" placeholder="Email" required>
  <textarea name="idea" placeholder="Describe your idea, placement and size"></textarea>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAA<<site>>" data-theme="dark"></div>
  <button type="submit">Send request</button>
</form>
<script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script>
""", "https://developers.cloudflare.com/turnstile/get-started/client-side-rendering/ (sitekey is public)",
      site=pick(URLSAFE, 14))

decoy("htpasswd", "password-hash", "deploy/nginx/.htpasswd", r"""# staff-only area of the studio site (artist rota, supply order form)
# generated with: htpasswd -B -C 12 .htpasswd <user>
maya:<<h1>>
jonah:<<h2>>
frontdesk:<<h3>>
sableworks:<<h4>>
""", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html (bcrypt -B)",
      h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())


def pbkdf2() -> str:
    return "pbkdf2_sha256$720000$" + pick(ALNUM, 22) + "$" + b64_bytes(32)


decoy("json", "password-hash", "studio_portal/fixtures/staff.json", r"""[
  {
    "model": "accounts.user",
    "pk": 1,
    "fields": {
      "username": "owner",
      "email": "owner@ironcladink.com",
      "password": "<<p1>>",
      "is_staff": true,
      "is_superuser": true
    }
  },
  {
    "model": "accounts.user",
    "pk": 2,
    "fields": {
      "username": "frontdesk",
      "email": "frontdesk@ironcladink.com",
      "password": "<<p2>>",
      "is_staff": true,
      "is_superuser": false
    }
  }
]
""", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords", p1=pbkdf2(), p2=pbkdf2())

decoy("sql", "password-hash", "db/seeds/002_staff.sql", r"""-- Staff accounts for the booking admin (bcrypt, cost 12). Real passwords are set on first login.
INSERT INTO staff (id, email, display_name, role, password_hash, must_reset) VALUES
  (1, 'lotus@blacklotustattoo.com', 'Mei (owner)',   'owner',  '<<h1>>', true),
  (2, 'desk@blacklotustattoo.com',  'Front desk',    'desk',   '<<h2>>', true),
  (3, 'rafa@blacklotustattoo.com',  'Rafa',          'artist', '<<h3>>', true),
  (4, 'june@blacklotustattoo.com',  'June',          'artist', '<<h4>>', true);

SELECT setval('staff_id_seq', 4);
""", "https://github.com/pyca/bcrypt/ (modular crypt format $2b$)",
      h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

decoy("ansible", "public-key", "ansible/roles/users/vars/main.yml", r"""---
studio_admins:
  - name: sableworks
    comment: "Sableworks IT"
    groups: [sudo]
    ssh_keys:
      - "<<k1>>"
      - "<<k2>>"
  - name: frontdesk
    comment: "Front desk (sftp uploads only)"
    groups: [sftponly]
    ssh_keys:
      - "<<k3>>"
""", "https://docs.ansible.com/ansible/latest/collections/ansible/posix/authorized_key_module.html",
      k1=ssh_pub("tom@sableworks"), k2=ssh_pub("priya@sableworks"), k3=ssh_pub("frontdesk@koipond-imac"))

decoy("pem", "public-certificate", "deploy/nginx/tls/consent.crt", cert_pem() + "\n", "https://www.rfc-editor.org/rfc/rfc7468#section-5 (certificates are public)")

decoy("markdown", "vendor-example", "consent-archive/README.md", r"""# consent-archive

Archives signed consent forms from the tablet app to S3 (SSE-KMS, 7-year lifecycle rule).

## Local setup

1. Install the AWS CLI and configure a profile. For local testing use the example values from the
   AWS docs with LocalStack, never a real key:

   ```ini
   [localstack]
   aws_access_key_id = AKIAIOSFODNN7EXAMPLE
   aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
   region = us-west-2
   ```

2. `docker compose up localstack`
3. `AWS_PROFILE=localstack python -m consent_archive --endpoint http://localhost:4566 --dry-run`

## Production

The nightly job runs in GitHub Actions with an OIDC role (`gha-consent-archive`); there are no
long-lived keys. Ask Sableworks IT if the role needs new permissions.
""", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html (AKIAIOSFODNN7EXAMPLE example keys)")

decoy("log", "redacted", "support/tickets/SW-2290-booking-sync.log", r"""2024-06-11T09:14:02.118Z INFO  bridge.sync  starting square catalog sync location=L8V3K2QX7M4PD
2024-06-11T09:14:02.120Z DEBUG bridge.http  GET https://connect.squareup.com/v2/catalog/list?types=ITEM
2024-06-11T09:14:02.120Z DEBUG bridge.http  headers: Authorization=Bearer EAAA****************************REDACTED Square-Version=2024-05-15
2024-06-11T09:14:02.611Z WARN  bridge.http  401 UNAUTHORIZED {"errors":[{"category":"AUTHENTICATION_ERROR","code":"UNAUTHORIZED","detail":"This request could not be authorized."}]}
2024-06-11T09:14:02.612Z ERROR bridge.sync  catalog sync failed; token for location L8V3K2QX7M4PD rejected
2024-06-11T09:14:02.613Z INFO  bridge.sync  config: SQUARE_ACCESS_TOKEN=[redacted] TWILIO_AUTH_TOKEN=[redacted] DB_PASSWORD=********
2024-06-11T09:20:45.004Z INFO  bridge.sync  token rotated by studio owner via Square dashboard; retrying
2024-06-11T09:20:45.590Z INFO  bridge.sync  catalog sync ok items=212 variations=431
""", "https://developer.squareup.com/docs/build-basics/access-tokens (tokens rotated, logs redacted)")

decoy("python", "secret-manager-lookup", "booking_bridge/secrets.py", r"""\"\"\"Credentials come from AWS Secrets Manager at start-up; nothing is read from the repo.\"\"\"
import json
import os
from functools import lru_cache

import boto3

SECRET_ID = os.environ.get("BRIDGE_SECRET_ID", "inkslot/prod/bridge")


@lru_cache(maxsize=1)
def _secret() -> dict:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    return json.loads(client.get_secret_value(SecretId=SECRET_ID)["SecretString"])


def square_token() -> str:
    return _secret()["square_access_token"]


def twilio_auth() -> tuple[str, str]:
    s = _secret()
    return s["twilio_account_sid"], s["twilio_auth_token"]


def db_password() -> str:
    return os.environ.get("DB_PASSWORD") or _secret()["db_password"]
""".replace('\\"\\"\\"', '"""'), "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html")

decoy("python", "test-fixture", "tests/test_aftercare.py", r"""from unittest import mock

import pytest

from aftercare_sms import send_aftercare

FAKE_SID = "AC00000000000000000000000000000000"
FAKE_TOKEN = "test-auth-token-not-real"


@pytest.fixture
def twilio(monkeypatch):
    monkeypatch.setattr(send_aftercare, "ACCOUNT_SID", FAKE_SID)
    monkeypatch.setattr(send_aftercare, "AUTH_TOKEN", FAKE_TOKEN)
    with mock.patch.object(send_aftercare, "Client") as client:
        yield client


def test_day_three_message_is_sent(twilio, tmp_path, monkeypatch):
    csv_file = tmp_path / "sessions.csv"
    csv_file.write_text("first_name,phone,session_date,sms_opt_in\nAda,+15005550006,2024-06-08,yes\n")
    monkeypatch.setattr(send_aftercare, "SESSIONS_CSV", str(csv_file))
    send_aftercare.main(today="2024-06-11")
    twilio.assert_called_once_with(FAKE_SID, FAKE_TOKEN)
    assert "Day 3" in twilio.return_value.messages.create.call_args.kwargs["body"]
""", "https://www.twilio.com/docs/iam/test-credentials (magic test number +15005550006)")

decoy("env", "secret-reference", "inkslot-web/.env.1password", r"""# Used with: op run --env-file=.env.1password -- npm start
# Values are 1Password secret references, resolved at runtime; nothing secret in this file.
SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN="op://Studio Ops/Square - Black Lotus/credential"
SQUARE_WEBHOOK_SIGNATURE_KEY="op://Studio Ops/Square - Black Lotus/webhook signature key"
TWILIO_ACCOUNT_SID="op://Studio Ops/Twilio/username"
TWILIO_AUTH_TOKEN="op://Studio Ops/Twilio/credential"
DATABASE_URL="op://Studio Ops/InkSlot DB/connection string"
""", "https://developer.1password.com/docs/cli/secrets-environment-variables/")

decoy("shell", "vault-lookup", "deploy/render-env.sh", r"""#!/usr/bin/env bash
# Renders /etc/booking-bridge/env from Vault on each deploy. Needs VAULT_ADDR and a valid token
# from `vault login -method=oidc`.
set -euo pipefail
: "${VAULT_ADDR:?set VAULT_ADDR}"

path="kv/studios/${STUDIO:?set STUDIO}/booking-bridge"
{
  echo "SQUARE_ACCESS_TOKEN=$(vault kv get -field=square_access_token "$path")"
  echo "TWILIO_AUTH_TOKEN=$(vault kv get -field=twilio_auth_token "$path")"
  echo "DB_PASSWORD=$(vault kv get -field=db_password "$path")"
} | sudo install -m 0600 -o bridge -g bridge /dev/stdin /etc/booking-bridge/env

sudo systemctl restart booking-bridge
""", "https://developer.hashicorp.com/vault/docs/commands/kv/get")

decoy("k8s-secret", "placeholder", "deploy/k8s/templates/consent-secret.yaml", r"""# Template only: the real Secret is created by the deploy pipeline from Vault.
# Values below are base64 of "REPLACE_ME".
apiVersion: v1
kind: Secret
metadata:
  name: consent-archive
  namespace: inkslot
type: Opaque
data:
  AWS_ACCESS_KEY_ID: <<ph>>
  AWS_SECRET_ACCESS_KEY: <<ph>>
  KMS_KEY_ALIAS: <<alias>>
""", "https://kubernetes.io/docs/concepts/configuration/secret/", ph=b64("REPLACE_ME"), alias=b64("alias/consent-forms"))

decoy("json", "kms-ciphertext", "consent-archive/config/prod.json", r"""{
  "bucket": "koipond-consent-archive",
  "region": "us-west-2",
  "kmsKeyArn": "arn:aws:kms:us-west-2:418295730061:key/<<keyid>>",
  "retentionYears": 7,
  "tabletAppWebhookSecretCiphertext": "AQICAHh<<blob>>",
  "notify": ["owner@koipondstudio.com"]
}
""", "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html (CiphertextBlob, decrypted at runtime)",
      keyid=uuid_s(), blob=pick(B64, 176) + "=")

decoy("k8s", "sealed-secret", "deploy/k8s/sealed/square-sealed.yaml", r"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: square-credentials
  namespace: inkslot
spec:
  encryptedData:
    SQUARE_ACCESS_TOKEN: AgB<<e1>>
    SQUARE_WEBHOOK_SIGNATURE_KEY: AgC<<e2>>
  template:
    metadata:
      name: square-credentials
      namespace: inkslot
    type: Opaque
""", "https://github.com/bitnami-labs/sealed-secrets#usage", e1=pick(B64, 599) + "==", e2=pick(B64, 540) + "=")

decoy("html", "password-field", "booking-admin/templates/login.html", r"""{% extends "base.html" %}
{% block content %}
<main class="login">
  <img src="{{ url_for('static', filename='logo.svg') }}" alt="Hollow Bone Body Art" width="120">
  <h1>Staff login</h1>
  {% if error %}<p class="error">{{ error }}</p>{% endif %}
  <form method="post" action="{{ url_for('auth.login') }}">
    <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
    <label for="email">Email</label>
    <input id="email" name="email" type="email" autocomplete="username" required>
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password"
           minlength="12" placeholder="Your password" required>
    <button type="submit">Log in</button>
    <a href="{{ url_for('auth.forgot_password') }}">Forgot your password?</a>
  </form>
</main>
{% endblock %}
""", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password")

decoy("json", "i18n-labels", "kiosk-app/src/locales/en.json", r"""{
  "login.title": "Staff login",
  "login.password": "Password",
  "login.password_hint": "At least 12 characters",
  "settings.square.access_token": "Square access token",
  "settings.square.access_token_help": "Paste the production access token from the Square Developer dashboard.",
  "settings.twilio.auth_token": "Twilio auth token",
  "settings.twilio.auth_token_help": "Found under Account Info in the Twilio console.",
  "settings.api_key.rotate": "Rotate API key",
  "settings.secret.saved": "Secret saved. It will not be shown again.",
  "consent.signature": "Client signature",
  "consent.guardian_signature": "Parent/guardian signature (under 18)"
}
""", "https://www.i18next.com/misc/json-format")

decoy("dvc", "checksum", "flash-archive/2024/friday13-sheet.psd.dvc", r"""outs:
- md5: <<md5>>
  size: 48213377
  hash: md5
  path: friday13-sheet.psd
""", "https://dvc.org/doc/user-guide/project-structure/dvc-files", md5=hexs(32))

decoy("js", "docs-example-jwt", "inkslot-api/test/auth.test.js", r"""const { decodeWithoutVerify } = require('../lib/auth');

// The example token from jwt.io (signed with the documented "your-256-bit-secret").
const JWT_IO_EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('decodeWithoutVerify', () => {
  it('reads the claims of a well-formed token', () => {
    const claims = decodeWithoutVerify(JWT_IO_EXAMPLE);
    expect(claims.sub).toBe('1234567890');
    expect(claims.name).toBe('John Doe');
  });

  it('rejects garbage', () => {
    expect(() => decodeWithoutVerify('not-a-token')).toThrow();
  });
});
""", "https://jwt.io/ (the debugger's example token)")

decoy("json", "integrity-hash", "inkslot-widget/package-lock.json", r"""{
  "name": "@inkslot/widget",
  "version": "1.8.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "@inkslot/widget",
      "version": "1.8.2",
      "dependencies": {
        "dayjs": "^1.11.11",
        "preact": "^10.22.0"
      }
    },
    "node_modules/dayjs": {
      "version": "1.11.11",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.11.tgz",
      "integrity": "sha512-<<i1>>"
    },
    "node_modules/preact": {
      "version": "10.22.0",
      "resolved": "https://registry.npmjs.org/preact/-/preact-10.22.0.tgz",
      "integrity": "sha512-<<i2>>",
      "funding": {
        "type": "opencollective",
        "url": "https://opencollective.com/preact"
      }
    }
  }
}
""", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages (integrity)",
      i1=b64_bytes(64), i2=b64_bytes(64))

decoy("checksums", "checksum", "pos-installers/SHA256SUMS", r"""<<h1>>  SquarePOS-Register-Setup-6.41.0.exe
<<h2>>  StarPrinter-Utility-2.11.0.msi
<<h3>>  EpsonTM-T20III-Driver-5.14.0.exe
<<h4>>  CloverStationFlex-USB-Driver-1.3.2.zip
<<h5>>  ZebraDesigner-Essentials-3.2.5.exe
""", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html",
      h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

decoy("compose", "env-reference", "consent-stack/docker-compose.yml", r"""services:
  api:
    image: registry.sableworks.net/consent/api@sha256:<<d1>>
    restart: unless-stopped
    environment:
      DATABASE_URL: postgres://consent:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}@db:5432/consent
      S3_BUCKET: ${S3_BUCKET}
      AWS_REGION: us-west-2
    depends_on: [db]

  db:
    image: postgres:16.3@sha256:<<d2>>
    restart: unless-stopped
    environment:
      POSTGRES_USER: consent
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
    volumes:
      - pgdata:/var/lib/postgresql/data

volumes:
  pgdata:
""", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", d1=hexs(64), d2=hexs(64))

decoy("json", "uuid-ids", "inkslot-web/prisma/fixtures/bookings.json", r"""[
  {
    "id": "<<u1>>",
    "artistId": "<<a1>>",
    "client": { "firstName": "Test", "lastName": "Client", "email": "client1@example.com" },
    "startsAt": "2024-07-02T15:00:00Z",
    "durationMinutes": 180,
    "depositPaymentId": "<<p1>>",
    "status": "confirmed"
  },
  {
    "id": "<<u2>>",
    "artistId": "<<a1>>",
    "client": { "firstName": "Another", "lastName": "Client", "email": "client2@example.com" },
    "startsAt": "2024-07-03T18:00:00Z",
    "durationMinutes": 60,
    "depositPaymentId": null,
    "status": "pending"
  }
]
""", "https://www.rfc-editor.org/rfc/rfc9562 (UUIDs as identifiers)",
      u1=uuid_s(), a1=uuid_s(), p1=pick(URLSAFE, 27) + "eV", u2=uuid_s())

decoy("python", "public-identifier", "reminders/config.py", r"""import os

# Identifiers are fine in the repo; the auth token is not.
TWILIO_ACCOUNT_SID = "<<sid>>"
TWILIO_MESSAGING_SERVICE_SID = "<<mg>>"
TWILIO_VERIFY_SERVICE_SID = "<<va>>"
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]

REMINDER_HOURS_BEFORE = 24
QUIET_HOURS = (21, 9)
STUDIO_TZ = "America/Chicago"
""", "https://www.twilio.com/docs/glossary/what-is-a-sid (SIDs are identifiers)",
      sid=twilio_sid(), mg=twilio_sid("MG"), va=twilio_sid("VA"))

decoy("js", "public-dsn", "inkslot-web/src/sentry.client.config.js", r"""import * as Sentry from '@sentry/nextjs';

// The DSN only allows sending events; Sentry documents it as safe to ship to browsers.
Sentry.init({
  dsn: 'https://<<key>>@o<<org>>.ingest.us.sentry.io/<<proj>>',
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV || 'development',
  integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
});
""", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (DSNs are safe to keep public)",
      key=hexs(32), org=digits(7), proj=digits(16))

decoy("yaml", "public-identifier", "config/stripe-prices.yml", r"""# Stripe price ids for deposits and gift cards (ids, not keys)
deposits:
  small_piece:  price_1PJx3kB7qZ9Lm2Xy<<p1>>
  half_day:     price_1PJx4aB7qZ9Lm2Xy<<p2>>
  full_day:     price_1PJx5cB7qZ9Lm2Xy<<p3>>
gift_cards:
  product: prod_Q7ZkLm2Xy<<prod>>
  amounts:
    "50":  price_1PJx7dB7qZ9Lm2Xy<<p4>>
    "100": price_1PJx8eB7qZ9Lm2Xy<<p5>>
tax_rate: txr_1PJx9fB7qZ9Lm2Xy<<tx>>
""", "https://docs.stripe.com/api/prices/object#price_object-id",
      p1=mixed(8), p2=mixed(8), p3=mixed(8), prod=mixed(5), p4=mixed(8), p5=mixed(8), tx=mixed(8))

decoy("liquid", "public-storefront-token", "merch-theme/snippets/flash-prints.liquid", r"""{% comment %}
  Flash-print carousel on the studio site, reads the merch store through the Storefront API.
  Storefront tokens are public by design (unauthenticated, read-only product data).
{% endcomment %}
<div id="flash-prints" data-shop="koi-pond-merch.myshopify.com"></div>
<script>
  const STOREFRONT_TOKEN = '<<tok>>';
  fetch('https://koi-pond-merch.myshopify.com/api/2024-04/graphql.json', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Storefront-Access-Token': STOREFRONT_TOKEN,
    },
    body: JSON.stringify({ query: '{ collection(handle: "flash-prints") { products(first: 12) { nodes { title handle featuredImage { url } } } } }' }),
  })
    .then((r) => r.json())
    .then(({ data }) => window.renderFlashPrints(data.collection.products.nodes));
</script>
""", "https://shopify.dev/docs/api/usage/authentication#getting-started-with-public-access (Storefront public token)",
      tok=hexs(32))

decoy("js", "public-search-key", "site/src/search.js", r"""import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only key (ACL: search), safe in the browser. The admin key is only in CI.
const searchClient = algoliasearch('<<app>>', '<<key>>');

const search = instantsearch({ indexName: 'flash_and_portfolio', searchClient });
search.addWidgets([
  searchBox({ container: '#search', placeholder: 'Search flash: koi, dagger, moth...' }),
  hits({
    container: '#hits',
    templates: { item: (hit, { html }) => html`<a href="${hit.url}"><img src="${hit.thumb}" alt="${hit.title}"></a>` },
  }),
]);
search.start();
""", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", app=pick(UPPER_DIGITS, 10), key=hexs(32))

decoy("html", "public-identifier", "site/partials/newsletter.html", r"""<!-- Mailchimp embedded signup form (u = account id, id = audience id: both public) -->
<form action="https://redlanterntattoo.us21.list-manage.com/subscribe/post?u=<<u>>&amp;id=b41f7c2e9d&amp;f_id=00e1c4e6f0"
      method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" target="_blank">
  <h3>Flash drops &amp; guest artists</h3>
  <label for="mce-EMAIL">Email</label>
  <input type="email" name="EMAIL" id="mce-EMAIL" required>
  <div aria-hidden="true" style="position: absolute; left: -5000px;">
    <input type="text" name="b_<<u>>_b41f7c2e9d" tabindex="-1" value="">
  </div>
  <input type="submit" value="Subscribe" name="subscribe" id="mc-embedded-subscribe">
</form>
""", "https://mailchimp.com/help/add-a-signup-form-to-your-website/", u=hexs(25))

decoy("terraform", "secret-manager-lookup", "infra/lambda.tf", r"""data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "inkslot/prod/stripe"
}

locals {
  stripe = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)
}

resource "aws_lambda_function" "deposit" {
  function_name = "inkslot-deposit"
  role          = aws_iam_role.deposit.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "${path.module}/build/deposit.zip"

  environment {
    variables = {
      STRIPE_SECRET_ARN = data.aws_secretsmanager_secret_version.stripe.arn
      STUDIO            = var.studio_name
    }
  }
}

output "stripe_secret_arn" {
  value = data.aws_secretsmanager_secret_version.stripe.arn
}
""", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version")

decoy("html", "template-variable", "booking-rails/app/views/user_mailer/reset_password.html.erb", r"""<p>Hi <%= @user.first_name %>,</p>

<p>Someone asked to reset the password for your Saint Sparrow booking account.
If it was you, use the button below. The link works for 30 minutes.</p>

<p>
  <a href="<%= edit_password_reset_url(token: @token) %>"
     style="background:#111;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px;">
    Choose a new password
  </a>
</p>

<p>If you didn't ask for this you can ignore this email; your password won't change.</p>

<p>- Saint Sparrow Tattoo</p>
""", "https://guides.rubyonrails.org/action_mailer_basics.html")

decoy("powershell", "secret-manager-lookup", "scripts/Sync-PosToXero.ps1", r"""#Requires -Modules Microsoft.PowerShell.SecretManagement
<#
  Daily: Square sales -> Xero journal. Secrets live in the SecretStore vault on the back-office PC.
#>
param([datetime]$Day = (Get-Date).AddDays(-1))

$squareToken  = Get-Secret -Name 'Square-AccessToken' -Vault StudioVault -AsPlainText
$xeroClientId = Get-Secret -Name 'Xero-ClientId' -Vault StudioVault -AsPlainText
$xeroSecret   = Get-Secret -Name 'Xero-ClientSecret' -Vault StudioVault

$headers = @{ Authorization = "Bearer $squareToken"; 'Square-Version' = '2024-05-15' }
$begin = $Day.Date.ToString('o'); $end = $Day.Date.AddDays(1).ToString('o')
$payments = Invoke-RestMethod -Headers $headers -Uri "https://connect.squareup.com/v2/payments?begin_time=$begin&end_time=$end"

$total = ($payments.payments | Measure-Object -Property { $_.amount_money.amount } -Sum).Sum / 100
Write-Host "Sales for $($Day.ToShortDateString()): $total"
.\Post-XeroJournal.ps1 -ClientId $xeroClientId -ClientSecret $xeroSecret -Amount $total -Date $Day
""", "https://learn.microsoft.com/powershell/utility-modules/secretmanagement/overview")

decoy("go", "env-reference", "internal/config/config.go", r"""package config

import (
	"fmt"
	"os"
)

type Config struct {
	SquareToken   string
	SquareEnv     string
	TwilioSID     string
	TwilioToken   string
	DatabaseURL   string
	WebhookSecret string
}

func mustEnv(key string) (string, error) {
	v, ok := os.LookupEnv(key)
	if !ok || v == "" {
		return "", fmt.Errorf("missing required environment variable %s", key)
	}
	return v, nil
}

func Load() (*Config, error) {
	c := &Config{SquareEnv: os.Getenv("SQUARE_ENVIRONMENT")}
	var err error
	for key, dst := range map[string]*string{
		"SQUARE_ACCESS_TOKEN":   &c.SquareToken,
		"TWILIO_ACCOUNT_SID":    &c.TwilioSID,
		"TWILIO_AUTH_TOKEN":     &c.TwilioToken,
		"DATABASE_URL":          &c.DatabaseURL,
		"STRIPE_WEBHOOK_SECRET": &c.WebhookSecret,
	} {
		if *dst, err = mustEnv(key); err != nil {
			return nil, err
		}
	}
	return c, nil
}
""", "https://12factor.net/config")

decoy("gradle", "env-reference", "aftercare-android/app/build.gradle", r"""plugins {
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
}

def localProps = new Properties()
def localFile = rootProject.file('local.properties')
if (localFile.exists()) {
    localFile.withInputStream { localProps.load(it) }
}

android {
    namespace 'ink.koipond.aftercare'
    compileSdk 34

    defaultConfig {
        applicationId 'ink.koipond.aftercare'
        minSdk 24
        targetSdk 34
        versionCode 9
        versionName '1.3.1'
        // Keys come from local.properties or CI env, never from this file.
        buildConfigField 'String', 'API_BASE', "\"${localProps.getProperty('aftercare.apiBase', 'https://api.inkslot.io/aftercare')}\""
        buildConfigField 'String', 'MAPS_KEY', "\"${localProps.getProperty('maps.key', System.getenv('MAPS_KEY') ?: '')}\""
    }
}
""", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code")

decoy("swift", "keychain-lookup", "AftercareApp/Sources/Auth/TokenStore.swift", r"""import Foundation
import Security

/// Stores the client's session token in the Keychain; nothing sensitive is compiled into the app.
enum TokenStore {
    private static let service = "ink.koipond.aftercare.session"

    static func save(_ token: String) throws {
        let data = Data(token.utf8)
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = data
        add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        let status = SecItemAdd(add as CFDictionary, nil)
        guard status == errSecSuccess else { throw NSError(domain: NSOSStatusErrorDomain, code: Int(status)) }
    }

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true,
                                    kSecMatchLimit as String: kSecMatchLimitOne]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", "https://developer.apple.com/documentation/security/keychain_services")

decoy("nginx", "file-reference", "deploy/nginx/staff-area.conf", r"""server {
    listen 443 ssl http2;
    server_name staff.hollowbone.art;

    ssl_certificate     /etc/letsencrypt/live/staff.hollowbone.art/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/staff.hollowbone.art/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    auth_basic           "Hollow Bone staff";
    auth_basic_user_file /etc/nginx/.htpasswd;

    location / {
        proxy_pass http://127.0.0.1:8090;
        proxy_set_header X-Forwarded-User $remote_user;
    }
}
""", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html")

decoy("gitignore", "file-reference", ".gitignore", r"""# secrets - never commit these
.env
.env.*
!.env.example
*.pem
*.p8
*.key
secrets/
consent-archive/keys/
.sentryclirc
local.properties

# build
node_modules/
dist/
.next/
__pycache__/
*.pyc
""", "https://git-scm.com/docs/gitignore")

decoy("dockerfile", "checksum", "consent-pdf/Dockerfile", r"""# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base

ARG WKHTMLTOPDF_VERSION=0.12.6.1-3
ARG WKHTMLTOPDF_SHA256=<<sha>>

RUN apt-get update && apt-get install -y --no-install-recommends curl fontconfig libjpeg62-turbo libxrender1 xfonts-75dpi xfonts-base \
 && curl -fsSLo /tmp/wk.deb "https://github.com/wkhtmltopdf/packaging/releases/download/${WKHTMLTOPDF_VERSION}/wkhtmltox_${WKHTMLTOPDF_VERSION}.bookworm_amd64.deb" \
 && echo "${WKHTMLTOPDF_SHA256}  /tmp/wk.deb" | sha256sum -c - \
 && apt-get install -y /tmp/wk.deb && rm -rf /tmp/wk.deb /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "-m", "consent_pdf"]
""", "https://docs.docker.com/build/building/secrets/", sha=hexs(64))

decoy("requirements", "checksum", "booking_bridge/requirements.txt", r"""# pip-compile --generate-hashes requirements.in
boto3==1.34.118 \
    --hash=sha256:<<h1>> \
    --hash=sha256:<<h2>>
celery==5.4.0 \
    --hash=sha256:<<h3>>
squareup==37.1.0.20240321 \
    --hash=sha256:<<h4>>
twilio==9.1.0 \
    --hash=sha256:<<h5>> \
    --hash=sha256:<<h6>>
""", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
      h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64))

decoy("html", "inline-image", "aftercare-email/templates/day1.html", r"""<!doctype html>
<html>
<body style="font-family: Helvetica, Arial, sans-serif; background:#f6f3ef; padding:24px;">
  <table width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;margin:auto;background:#fff;">
    <tr><td style="padding:24px;text-align:center;">
      <img alt="Koi Pond Studio" width="48" height="48"
           src="data:image/png;base64,<<img>>">
    </td></tr>
    <tr><td style="padding:0 24px 24px;">
      <h1 style="font-size:20px;">Day 1 aftercare</h1>
      <p>Hi {{params.FIRSTNAME}}, thanks for sitting with {{params.ARTIST}} today!</p>
      <ul>
        <li>Leave the wrap on for 2-4 hours (second-skin film: 3-5 days).</li>
        <li>Wash gently with lukewarm water and unscented soap, pat dry.</li>
        <li>No pools, baths, sea or sunbeds for two weeks.</li>
      </ul>
    </td></tr>
  </table>
</body>
</html>
""", "https://www.rfc-editor.org/rfc/rfc2397 (data: URLs)", img="iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA" + pick(B64, 239) + "=")

decoy("html", "public-identifier", "site/partials/head-analytics.html", r"""<!-- Google tag (GA4) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8KD2M4QX7R"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-8KD2M4QX7R', { anonymize_ip: true });
</script>
<!-- Meta Pixel -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '<<pixel>>');
  fbq('track', 'PageView');
</script>
<meta name="facebook-domain-verification" content="<<verify>>" />
""", "https://developers.facebook.com/docs/meta-pixel/get-started (pixel id is public)",
      pixel=digits(16), verify=pick(string.ascii_lowercase + string.digits, 30))

_pgp = pem_lines("mDMEZk" + pick(B64, 421) + "=", 64)
decoy("pgp", "public-key", "keys/sableworks-ops.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: Sableworks IT ops <ops@sableworks.net>\n\n"
      + _pgp + "\n=" + pick(B64, 4) + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
      "https://www.rfc-editor.org/rfc/rfc4880#section-6.2 (ASCII-armored public key)")

decoy("yaml", "public-key", ".sops.yaml", r"""# Who can decrypt deploy/secrets/*.enc.yaml: Sableworks ops (age) and the CI role (KMS).
creation_rules:
  - path_regex: deploy/secrets/prod\.enc\.yaml$
    kms: arn:aws:kms:us-east-1:418295730061:key/<<kms>>
    age: >-
      age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p,
      age1<<age2>>
  - path_regex: deploy/secrets/staging\.enc\.yaml$
    age: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
""", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files",
      kms=uuid_s(), age2=pick("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))

decoy("markdown", "placeholder", "docs/front-desk-wifi.md", r"""# Guest Wi-Fi card (front desk)

Print this on the card that sits next to the aftercare balm.

```
Network:  KoiPond-Guest
Password: <this month's password - see the sticky note in the till drawer>
```

QR code content (regenerate monthly with `qrencode -o guest-wifi.png "$(cat wifi.txt)"`):

```
WIFI:T:WPA;S:KoiPond-Guest;P:<MONTHLY_PASSWORD>;;
```

The staff network is never printed. Guest artists get the guest network too.
""", "https://github.com/zxing/zxing/wiki/Barcode-Contents#wi-fi-network-config-android-ios-11")

decoy("k8s", "configmap", "deploy/k8s/inkslot-config.yaml", r"""apiVersion: v1
kind: ConfigMap
metadata:
  name: inkslot-config
  namespace: inkslot
data:
  SQUARE_ENVIRONMENT: production
  SQUARE_LOCATION_ID: <<loc>>
  SQUARE_API_VERSION: "2024-05-15"
  TWILIO_FROM: "+15125550142"
  DEPOSIT_CENTS: "5000"
  TOKEN_REFRESH_DAYS: "25"
  PASSWORD_MIN_LENGTH: "12"
  SECRET_SOURCE: aws-secrets-manager
  PUBLIC_URL: https://book.blacklotustattoo.com
""", "https://kubernetes.io/docs/concepts/configuration/configmap/", loc="L" + pick(UPPER_DIGITS, 13))

decoy("nginx", "checksum", "deploy/nginx/security-headers.conf", r"""# included from every studio site server block
add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;
add_header X-Content-Type-Options "nosniff" always;
add_header Referrer-Policy "strict-origin-when-cross-origin" always;
add_header Permissions-Policy "camera=(), microphone=(), geolocation=()" always;
add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-<<h1>>' 'sha256-<<h2>>' https://web.squarecdn.com https://js.stripe.com; frame-src https://js.stripe.com https://www.google.com; img-src 'self' data: https://res.cloudinary.com" always;
""", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/script-src (hash sources)",
      h1=b64_bytes(32), h2=b64_bytes(32))

decoy("html", "integrity-hash", "site/src/layouts/base.html", r"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{ title }} | Saint Sparrow Tattoo</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/glightbox@3.3.0/dist/css/glightbox.min.css"
        integrity="sha384-<<h1>>" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/glightbox@3.3.0/dist/js/glightbox.min.js"
          integrity="sha384-<<h2>>" crossorigin="anonymous" defer></script>
</head>
<body>
  {{ content }}
</body>
</html>
""", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", h1=b64_bytes(48), h2=b64_bytes(48))

decoy("js", "test-fixture", "inkslot-web/api/webhooks/square.test.js", r"""import crypto from 'node:crypto';
import { WebhooksHelper } from 'square';

// Dummy values for the unit test only; the real key is injected in production.
const TEST_SIGNATURE_KEY = 'test-signature-key-not-a-real-key';
const URL = 'https://example.com/api/webhooks/square';

function sign(body) {
  return crypto.createHmac('sha256', TEST_SIGNATURE_KEY).update(URL + body).digest('base64');
}

test('accepts a correctly signed booking.created event', () => {
  const body = JSON.stringify({ type: 'booking.created', data: { id: 'test-booking-1' } });
  expect(WebhooksHelper.isValidWebhookEventSignature(body, sign(body), TEST_SIGNATURE_KEY, URL)).toBe(true);
});

test('rejects a tampered body', () => {
  const body = JSON.stringify({ type: 'booking.created', data: { id: 'test-booking-1' } });
  expect(WebhooksHelper.isValidWebhookEventSignature(body + ' ', sign(body), TEST_SIGNATURE_KEY, URL)).toBe(false);
});
""", "https://developer.squareup.com/docs/webhooks/step3validate")

decoy("js", "public-client-id", "portal-web/src/auth/google.js", r"""// "Sign in with Google" for artists on the staff portal.
// A client ID is public; the client secret stays on the server (and this flow doesn't need it).
export const GOOGLE_CLIENT_ID = '<<cid>>.apps.googleusercontent.com';

export function renderGoogleButton(el, onCredential) {
  window.google.accounts.id.initialize({
    client_id: GOOGLE_CLIENT_ID,
    callback: (response) => onCredential(response.credential),
    ux_mode: 'popup',
    hd: 'ironcladink.com',
  });
  window.google.accounts.id.renderButton(el, { theme: 'filled_black', size: 'large', text: 'signin_with' });
}
""", "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid",
      cid=digits(12) + "-" + pick(string.ascii_lowercase + string.digits, 32))

decoy("html", "public-embed", "site/src/pages/book.html", r"""<section class="book">
  <h1>Book a consultation</h1>
  <p>Consultations are free, 20 minutes, in person or on video. Bring reference images.</p>
  <div class="calendly-inline-widget"
       data-url="https://calendly.com/hollowbone-art/consultation?hide_gdpr_banner=1&background_color=111111&text_color=f5f5f5&primary_color=c8102e"
       style="min-width:320px;height:700px;"></div>
  <script type="text/javascript" src="https://assets.calendly.com/assets/external/widget.js" async></script>
  <p>Prefer to talk? Call us on (303) 555-0147 during opening hours.</p>
</section>
""", "https://help.calendly.com/hc/en-us/articles/223147027-Embed-options-overview")

decoy("postman", "template-variable", "postman/InkSlot.postman_collection.json", r"""{
	"info": {
		"_postman_id": "<<pid>>",
		"name": "InkSlot API",
		"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
	},
	"auth": {
		"type": "bearer",
		"bearer": [{ "key": "token", "value": "{{inkslotApiToken}}", "type": "string" }]
	},
	"item": [
		{
			"name": "List today's bookings",
			"request": {
				"method": "GET",
				"url": { "raw": "{{baseUrl}}/v1/bookings?date=today", "host": ["{{baseUrl}}"], "path": ["v1", "bookings"] }
			}
		},
		{
			"name": "Square - list locations",
			"request": {
				"method": "GET",
				"header": [{ "key": "Authorization", "value": "Bearer {{squareAccessToken}}" }],
				"url": { "raw": "https://connect.squareup.com/v2/locations" }
			}
		}
	]
}
""", "https://learning.postman.com/docs/sending-requests/variables/variables/", pid=uuid_s())

decoy("http", "env-reference", "api-tests/square.http", r"""### Square - list team members (VS Code REST Client; token read from .env, not committed)
@token = {{$dotenv SQUARE_ACCESS_TOKEN}}
@base = https://connect.squareup.com/v2

POST {{base}}/team-members/search
Authorization: Bearer {{token}}
Square-Version: 2024-05-15
Content-Type: application/json

{ "query": { "filter": { "status": "ACTIVE" } } }

###

GET {{base}}/bookings?location_id={{$dotenv SQUARE_LOCATION_ID}}&limit=50
Authorization: Bearer {{token}}
Square-Version: 2024-05-15
""", "https://github.com/Huachao/vscode-restclient#environment-variables ($dotenv)")

decoy("ini", "vault-reference", "ansible/inventory/studios.ini", r"""[studio_servers]
blacklotus-bo   ansible_host=10.20.0.5
ironclad-east   ansible_host=10.30.0.5
redlantern-bo   ansible_host=10.40.0.5

[studio_servers:vars]
ansible_user=sableworks
ansible_become=true
ansible_become_password="{{ vault_become_password }}"
ansible_ssh_private_key_file=~/.ssh/id_ed25519_sableworks

[kiosks]
koipond-kiosk-1 ansible_host=10.10.10.31
koipond-kiosk-2 ansible_host=10.10.10.32

[kiosks:vars]
ansible_user=kiosk
ansible_password="{{ vault_kiosk_password }}"
""", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html")

decoy("circleci", "env-reference", ".circleci/config.yml", r"""version: 2.1

orbs:
  node: circleci/node@5.2.0

jobs:
  test-and-deploy:
    executor: node/default
    steps:
      - checkout
      - node/install-packages
      - run: npm test
      - run:
          name: Deploy widget to npm
          command: |
            echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
            npm publish --access public

workflows:
  release:
    jobs:
      - test-and-deploy:
          context: inkslot-npm
          filters:
            branches:
              only: main
""", "https://circleci.com/docs/contexts/")

decoy("routeros", "hidden-sensitive", "network/koipond-hex.rsc", r"""# 2024-06-01 10:02:11 by RouterOS 7.15
# software id = 3MQ8-ZX2A
#
# model = E50UG
# (exported with: /export hide-sensitive)
/interface bridge
add name=bridge-lan
/interface vlan
add interface=bridge-lan name=vlan20-pos vlan-id=20
add interface=bridge-lan name=vlan40-guest vlan-id=40
/interface wireguard
add listen-port=13231 mtu=1420 name=wg-sableworks
/interface wireguard peers
add allowed-address=10.99.0.2/32 interface=wg-sableworks public-key="<<pub>>"
/ip address
add address=10.10.10.1/24 interface=bridge-lan network=10.10.10.0
add address=10.10.20.1/24 interface=vlan20-pos network=10.10.20.0
/ppp secret
add name=owner-vpn profile=default-encryption service=l2tp
/system identity
set name=koipond-gw
""", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management (hide-sensitive)", pub=b64_bytes(32))

decoy("yaml", "secret-reference", "homeassistant/configuration.yaml", r"""homeassistant:
  name: Hollow Bone studio
  latitude: !secret latitude
  longitude: !secret longitude
  elevation: !secret elevation
  unit_system: us_customary
  time_zone: America/Denver

mqtt:
  sensor:
    - name: "Autoclave chamber temperature"
      state_topic: "studio/autoclave/temp"
      unit_of_measurement: "C"

camera:
  - platform: generic
    name: Front door
    still_image_url: !secret front_door_camera_url

notify:
  - name: studio_staff
    platform: group
    services:
      - service: mobile_app_owner_phone
      - service: mobile_app_front_desk_ipad
""", "https://www.home-assistant.io/docs/configuration/secrets/")

decoy("esphome", "secret-reference", "esphome/sharps-bin-scale.yaml", r"""esphome:
  name: sharps-bin-scale
  friendly_name: Sharps bin scale

esp8266:
  board: d1_mini

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: !secret sharps_scale_api_key

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: hx711
    name: "Sharps bin weight"
    dout_pin: D2
    clk_pin: D1
    update_interval: 60s
""", "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file")

decoy("wireguard", "public-key", "ops/vpn/wg0-server.conf", r"""# Sableworks VPN hub. The private key is read from a file that never leaves the box.
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# tom laptop
PublicKey = <<p1>>
AllowedIPs = 10.99.0.2/32

[Peer]
# priya laptop
PublicKey = <<p2>>
AllowedIPs = 10.99.0.3/32

[Peer]
# hollowbone-gw
PublicKey = <<p3>>
AllowedIPs = 10.99.0.10/32, 192.168.88.0/24
""", "https://man7.org/linux/man-pages/man8/wg.8.html (private-key read from a file)",
      p1=b64_bytes(32), p2=b64_bytes(32), p3=b64_bytes(32))

decoy("markdown", "policy-doc", "docs/consent-retention-policy.md", r"""# Consent form retention and access

Applies to all Sableworks-managed studios (tattoo and piercing).

1. Signed consent forms and health questionnaires are kept for **7 years** (piercings on minors:
   until the client turns 25), then deleted by the bucket lifecycle rule.
2. Forms are stored encrypted (SSE-KMS). The KMS key and the bucket policy allow access only to
   the archive role and the studio owner's break-glass account.
3. Staff passwords for the booking admin must be at least 12 characters and are stored only as
   bcrypt hashes. Never share a login; each artist has their own account.
4. API keys and tokens (Square, Twilio, SendGrid...) live in the password manager and the
   deployment secret store. If a key is pasted into chat, email or a repo, rotate it the same day
   and log it in the incident sheet.
5. Access reviews happen every quarter (owner + Sableworks IT).
""", "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/data-protection-principles/a-guide-to-the-data-protection-principles/storage-limitation/")

decoy("csv", "checksum", "consent-archive/audit/2024-06.csv", r"""archived_at,booking_id,object_key,sha256,size_bytes
2024-06-01T21:30:11Z,<<b1>>,signed/<<b1>>/consent.pdf,<<h1>>,184233
2024-06-01T21:30:12Z,<<b2>>,signed/<<b2>>/consent.pdf,<<h2>>,179802
2024-06-02T21:30:09Z,<<b3>>,signed/<<b3>>/consent.pdf,<<h3>>,201447
2024-06-02T21:30:10Z,<<b4>>,signed/<<b4>>/questionnaire.pdf,<<h4>>,96310
""", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html",
      b1=uuid_s(), h1=hexs(64), b2=uuid_s(), h2=hexs(64), b3=uuid_s(), h3=hexs(64), b4=uuid_s(), h4=hexs(64))

decoy("notebook", "prompted-secret", "analysis/no_show_rates.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# No-show rate by deposit size\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import getpass\n", "import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
            "password = getpass.getpass('reporting DB password: ')\n",
            "engine = sa.create_engine(sa.URL.create('postgresql+psycopg', username='reporting',\n",
            "                          password=password, host='pg-replica.sableworks.net', database='saintsparrow'))"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "df = pd.read_sql('select deposit_cents, no_show from appointments', engine)\n",
            "df.groupby(pd.cut(df.deposit_cents, [0, 2500, 5000, 10000, 50000])).no_show.mean()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1) + "\n", "https://docs.python.org/3/library/getpass.html")

decoy("shell-history", "secret-reference", "contractor-notes/ironclad/.zsh_history", r""": 1717490122:0;cd ~/src/ironclad-infra
: 1717490130:0;export TF_VAR_db_password="$(op read 'op://Sableworks/Ironclad RDS/password')"
: 1717490141:0;export AWS_PROFILE=ironclad-admin
: 1717490150:0;aws sso login
: 1717490190:0;terraform plan -var-file=envs/prod.tfvars -out plan.out
: 1717490302:0;terraform apply plan.out
: 1717490377:0;unset TF_VAR_db_password
: 1717490390:0;git status
""", "https://developer.1password.com/docs/cli/reference/commands/read/")

decoy("compose", "docker-secret", "stack/booking-stack.yml", r"""version: "3.8"

services:
  bridge:
    image: registry.sableworks.net/booking-bridge:3.2.0
    environment:
      DB_HOST: db
      DB_PASSWORD_FILE: /run/secrets/bridge_db_password
      SQUARE_ACCESS_TOKEN_FILE: /run/secrets/square_access_token
    secrets:
      - bridge_db_password
      - square_access_token
    deploy:
      replicas: 1

secrets:
  bridge_db_password:
    external: true
  square_access_token:
    external: true
""", "https://docs.docker.com/engine/swarm/secrets/")

decoy("terraform", "env-reference", "infra/outputs.tf", r"""variable "db_password" {
  description = "Set with TF_VAR_db_password (from 1Password); never in a tfvars file"
  type        = string
  sensitive   = true
}

output "db_endpoint" {
  value = aws_db_instance.booking.endpoint
}

output "db_password" {
  value     = var.db_password
  sensitive = true
}

output "consent_bucket_arn" {
  value = aws_s3_bucket.consent.arn
}
""", "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output")

decoy("markdown", "redacted", "docs/runbooks/rotate-square-token.md", r"""# Runbook: rotate a studio's Square access token

1. Log in to https://developer.squareup.com/apps as the studio owner.
2. Open the "InkSlot - <studio>" app, Production, **Credentials** and click **Replace** next to
   the access token.
3. Copy the new token straight into 1Password (`Studio Ops / Square - <studio>`). It looks like
   `EAAA...` followed by about 60 characters; never paste it in Slack or a ticket.
4. Run `deploy/render-env.sh` for the studio, then check the bridge log:

   ```
   bridge.http headers: Authorization=Bearer EAAA**************************** (redacted)
   bridge.sync catalog sync ok items=212
   ```

5. Note the rotation date in the studio's page in the IT wiki.
""", "https://developer.squareup.com/docs/build-basics/access-tokens#replace-a-personal-access-token")

decoy("csharp", "env-reference", "PosSync/Program.cs", r"""using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);

// Development: dotnet user-secrets set "Square:AccessToken" "<token>"
// Production: Azure Key Vault, through the managed identity of the App Service.
if (builder.Environment.IsDevelopment())
{
    builder.Configuration.AddUserSecrets<Program>();
}
else
{
    builder.Configuration.AddAzureKeyVault(
        new Uri("https://ironclad-studio-kv.vault.azure.net/"),
        new Azure.Identity.DefaultAzureCredential());
}

builder.Services.AddSingleton(sp => new SquareOptions(
    builder.Configuration["Square:AccessToken"] ?? throw new InvalidOperationException("Square:AccessToken missing"),
    builder.Configuration["Square:Environment"] ?? "Production"));
builder.Services.AddHostedService<PosSyncWorker>();

builder.Build().Run();
""", "https://learn.microsoft.com/aspnet/core/security/key-vault-configuration")

decoy("php", "env-reference", "public_html/wp-config-sample-env.php", r"""<?php
/**
 * wp-config for the containerised staging site: every value comes from the environment.
 */
define( 'DB_NAME',     getenv( 'WORDPRESS_DB_NAME' ) ?: 'wordpress' );
define( 'DB_USER',     getenv( 'WORDPRESS_DB_USER' ) ?: 'wordpress' );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST',     getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );

foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY',
                 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $name ) {
	define( $name, getenv( 'WORDPRESS_' . $name ) );
}

$table_prefix = getenv( 'WORDPRESS_TABLE_PREFIX' ) ?: 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", "https://github.com/docker-library/wordpress/blob/master/wp-config-docker.php")
