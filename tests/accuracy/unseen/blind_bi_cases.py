"""Blind set BI: email marketing, transactional email and SMS/voice messaging.

Mailchimp/Mandrill, SendGrid, Mailgun, Postmark, Brevo (Sendinblue), Amazon SES SMTP credentials,
SparkPost, Klaviyo, Customer.io, Mailjet, Resend, Twilio, Vonage (Nexmo), MessageBird, Plivo,
Telnyx; SMTP settings of Django, Rails, Laravel, Symfony, Spring, .NET and Node apps; MTA relay
configs (postfix sasl_passwd, msmtprc, ssmtp, exim, sendmail authinfo, mutt, git send-email);
newsletter scripts, self-hosted newsletter and forum apps, deploy files, and their decoys.
Generated fakes only (seeds 540000-549999).
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
URLSAFE = ALNUM + "-_"
_SEED = [540000]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 550000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Pelican", "Sparrow", "Cobalt", "Ember", "Aurora", "Drifter", "Nimbus", "Pinecone"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "postbox", "stamp", "inkwell", "parcel"]
SEASONS = ["summer", "winter", "autumn", "spring", "Summer", "Winter", "Newsletter", "Mailroom", "Welcome"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])) + r.choice("!#$?.")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    out = "".join(r.choice(HEX) for _ in range(n))
    return out.upper() if upper else out


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def gmail_app_pw() -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_lowercase) for _ in range(16))


# --- service credentials, in the shapes the services document ---------------------------------
def mailchimp_key() -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(32)) + "-us" + str(r.randint(1, 21))


def mandrill_key() -> str:
    return "md-" + fakes.drawn_mixed(_seed(), 22, URLSAFE)


def sendgrid_key() -> str:
    return "SG." + fakes.drawn_mixed(_seed(), 22, URLSAFE) + "." + fakes.drawn_mixed(_seed(), 43, URLSAFE)


def mailgun_key_old() -> str:
    return "key-" + hexs(32)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def postmark_token() -> str:
    return uuid_s()


def brevo_key(kind: str = "xkeysib-") -> str:
    return kind + hexs(64) + "-" + fakes.drawn_mixed(_seed(), 16)


def ses_smtp_password() -> str:
    r = _rng()
    return base64.b64encode(bytes([4]) + bytes(r.getrandbits(8) for _ in range(32))).decode()


def sparkpost_key() -> str:
    return hexs(40)


def klaviyo_key() -> str:
    return "pk_" + hexs(34)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def vonage_secret() -> str:
    return fakes.drawn_mixed(_seed(), 16)


def messagebird_key() -> str:
    return "live_" + fakes.drawn_mixed(_seed(), 25)


def plivo_auth_id() -> str:
    r = _rng()
    return "MA" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(18))


def plivo_token() -> str:
    return fakes.drawn_mixed(_seed(), 40)


def telnyx_key() -> str:
    return "KEY" + hexs(32, upper=True) + "_" + fakes.drawn_mixed(_seed(), 22)


def resend_key() -> str:
    return "re_" + fakes.drawn_mixed(_seed(), 8) + "_" + fakes.drawn_mixed(_seed(), 24)


def mailersend_token() -> str:
    return "mlsn." + hexs(64)


def site_id6() -> str:
    return fakes.drawn_mixed(_seed(), 6)


def pem_key(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pub_b64(n: int = 270) -> str:
    return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64rand(n)[:n - 44].replace("=", "") + "IDAQAB"


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9))
    return "-----BEGIN CERTIFICATE-----\nMIIE" + body[4:] + "\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    r = _rng()
    return "$2y$10$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def sha512_crypt() -> str:
    r = _rng()
    return ("$6$" + "".join(r.choice(ALNUM + "./") for _ in range(16)) + "$"
            + "".join(r.choice(ALNUM + "./") for _ in range(86)))


def vault_blob(lines: int = 5) -> str:
    r = _rng()
    return "\n".join("".join(r.choice(HEX) for _ in range(80)) for _ in range(lines))


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bi/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bi/{fmt}/decoy-{what}", path, text, None, source))


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


DJANGO = "https://docs.djangoproject.com/en/stable/topics/email/"
ANYMAIL = "https://anymail.dev/en/stable/esps/"
RAILS = "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration"
LARAVEL = "https://laravel.com/docs/mail#configuration"
SYMFONY = "https://symfony.com/doc/current/mailer.html#transport-setup"
SPRING = "https://docs.spring.io/spring-boot/reference/io/email.html"
POSTFIX = "https://www.postfix.org/SASL_README.html#client_sasl_enable"
MSMTP = "https://marlam.de/msmtp/msmtp.html#Configuration-files"
TWILIO = "https://www.twilio.com/docs/usage/requests-to-twilio"
SENDGRID = "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api"
MAILGUN = "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication"
POSTMARK = "https://postmarkapp.com/developer/api/overview#authentication"
BREVO = "https://developers.brevo.com/docs/getting-started"
SES = "https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html"
MAILCHIMP = "https://mailchimp.com/developer/marketing/guides/quick-start/"
KLAVIYO = "https://developers.klaviyo.com/en/docs/authenticate_"
VONAGE = "https://developer.vonage.com/en/getting-started/concepts/authentication"
PLIVO = "https://www.plivo.com/docs/messaging/api/overview/authentication"
TELNYX = "https://developers.telnyx.com/development/api-fundamentals/authentication"
MESSAGEBIRD = "https://github.com/messagebird/messagebird-nodejs#usage"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"


# ============================================================================================
# Django
# ============================================================================================
v = words_pw()
S("django-settings", "smtp-password", "config/settings/production.py", f'''"""Production settings for the booking site."""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["book.lakeside-clinic.example", "www.lakeside-clinic.example"]

# Outgoing mail goes through the Microsoft 365 tenant
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "appointments@lakeside-clinic.example"
EMAIL_HOST_PASSWORD = "{v}"
DEFAULT_FROM_EMAIL = "Lakeside Clinic <appointments@lakeside-clinic.example>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', v, DJANGO)

v = sendgrid_key()
S("django-settings", "sendgrid-key", "shop/settings.py", f'''import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "orders",
    "newsletter",
]

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
    }}
}}

# SendGrid SMTP relay: the user name is literally "apikey"
EMAIL_HOST = 'smtp.sendgrid.net'
EMAIL_HOST_USER = 'apikey'
EMAIL_HOST_PASSWORD = '{v}'
EMAIL_PORT = 587
EMAIL_USE_TLS = True
DEFAULT_FROM_EMAIL = 'orders@pinecone-goods.example'

STATIC_URL = "static/"
''', v, SENDGRID)

D("django-settings", "env-reference", "mysite/settings/prod.py", '''import os

from .common import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "smtp.mailgun.org")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = True
EMAIL_TIMEOUT = 10
''', DJANGO)

D("django-settings", "environ-default-empty", "backend/core/settings.py", '''import environ

env = environ.Env(
    DEBUG=(bool, False),
)
environ.Env.read_env()

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}

# Mail: EMAIL_URL=smtp+tls://user:password@host:587 is read from the environment
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)

ANYMAIL = {
    "SENDGRID_API_KEY": env("SENDGRID_API_KEY", default=""),
}
''', "https://django-environ.readthedocs.io/en/latest/types.html#environ-env-email-url")

v = mailgun_key()
S("django-anymail", "mailgun-key", "newsroom/settings/base.py", f'''INSTALLED_APPS += ["anymail"]

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {{
    "MAILGUN_API_KEY": "{v}",
    "MAILGUN_SENDER_DOMAIN": "mg.tidewater-gazette.example",
    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
}}
DEFAULT_FROM_EMAIL = "The Tidewater Gazette <news@mg.tidewater-gazette.example>"
SERVER_EMAIL = "alerts@mg.tidewater-gazette.example"
''', v, ANYMAIL + "mailgun/")

v = postmark_token()
S("django-anymail", "postmark-token", "app/settings/production.py", f'''from .base import *

EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"

ANYMAIL = {{
    # server token of the "Transactional" server in Postmark
    "POSTMARK_SERVER_TOKEN": "{v}",
}}

DEFAULT_FROM_EMAIL = "receipts@quarry-cafe.example"
ANYMAIL_POSTMARK_MESSAGE_STREAM = "outbound"
''', v, ANYMAIL + "postmark/")

D("django-anymail", "documented-test-token", "app/settings/test.py", '''from .base import *

# Postmark accepts this token and sends nothing: handy for CI
EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
ANYMAIL = {
    "POSTMARK_SERVER_TOKEN": "POSTMARK_API_TEST",
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
''', "https://postmarkapp.com/developer/api/overview#authentication")

D("django-settings", "console-backend", "mysite/settings/dev.py", '''from .base import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ["*"]

# Print mail to the console in development; nothing is sent.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
EMAIL_HOST = "localhost"
EMAIL_PORT = 1025  # mailpit: docker run -p 1025:1025 -p 8025:8025 axllent/mailpit
EMAIL_HOST_USER = ""
EMAIL_HOST_PASSWORD = ""
''', DJANGO)

v = rand_pw(24)
S("dotenv", "email-url", ".env.staging", f'''DEBUG=off
SECRET_KEY_FILE=/run/secrets/django_key
DATABASE_URL=postgres://booking@db:5432/booking
EMAIL_URL=smtp+tls://postmaster%40mg.harborline.example:{v}@smtp.mailgun.org:587
CELERY_BROKER_URL=redis://redis:6379/0
SENTRY_ENVIRONMENT=staging
''', v, "https://django-environ.readthedocs.io/en/latest/types.html#environ-env-email-url")

# ============================================================================================
# Rails
# ============================================================================================
v = season_pw()
S("rails", "smtp-password", "config/environments/production.rb", f'''require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.perform_caching = false
  config.action_mailer.default_url_options = {{ host: "portal.greenfield-hoa.example", protocol: "https" }}
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {{
    address:              "smtp.gmail.com",
    port:                 587,
    domain:               "greenfield-hoa.example",
    user_name:            "board@greenfield-hoa.example",
    password:             "{v}",
    authentication:       "plain",
    enable_starttls_auto: true
  }}

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
end
''', v, RAILS)

v = mailgun_key()
S("rails", "mailgun-smtp", "config/initializers/mailer.rb", f'''# frozen_string_literal: true

# Mailgun SMTP for every environment except test
unless Rails.env.test?
  ActionMailer::Base.smtp_settings = {{
    port:           587,
    address:        'smtp.mailgun.org',
    user_name:      'postmaster@mg.stackyard.example',
    password:       '{v}',
    domain:         'mg.stackyard.example',
    authentication: :plain
  }}
  ActionMailer::Base.delivery_method = :smtp
end
''', v, "https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/#send-via-smtp")

D("rails", "env-reference", "config/environments/staging.rb", '''Rails.application.configure do
  config.eager_load = true
  config.log_level = :debug

  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address:        ENV.fetch("SMTP_ADDRESS", "smtp.postmarkapp.com"),
    port:           ENV.fetch("SMTP_PORT", 587).to_i,
    user_name:      ENV["POSTMARK_API_TOKEN"],
    password:       ENV["POSTMARK_API_TOKEN"],
    authentication: :cram_md5,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: ENV.fetch("APP_HOST") }
end
''', RAILS)

D("rails", "credentials-reference", "api/config/environments/production.rb", '''Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true

  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "email-smtp.eu-west-1.amazonaws.com",
    port: 587,
    user_name: Rails.application.credentials.dig(:ses, :smtp_username),
    password: Rails.application.credentials.dig(:ses, :smtp_password),
    authentication: :login,
    enable_starttls_auto: true
  }
  config.active_storage.service = :amazon
end
''', "https://guides.rubyonrails.org/security.html#custom-credentials")

v = postmark_token()
S("rails", "postmark-token", "config/application.rb", f'''require_relative "boot"

require "rails/all"

Bundler.require(*Rails.groups)

module Ledgerly
  class Application < Rails::Application
    config.load_defaults 7.1
    config.time_zone = "Europe/Berlin"

    config.action_mailer.delivery_method = :postmark
    config.action_mailer.postmark_settings = {{ api_token: "{v}" }}

    config.generators do |g|
      g.test_framework :rspec
    end
  end
end
''', v, "https://github.com/ActiveCampaign/postmark-rails#usage")

v = mailgun_key_old()
S("rails-secrets", "mailgun-key", "config/secrets.yml", f'''# Be sure to restart your server when you modify this file.

development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
  mailgun_domain: sandbox-dev.mailgun.org

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
  mailgun_api_key: {v}
  mailgun_domain: mail.fernbrook-tutoring.example
''', v, "https://guides.rubyonrails.org/v4.2/upgrading_ruby_on_rails.html#config-secrets-yml")

D("rails-secrets", "erb-env", "legacy/tutoring/config/secrets.yml", '''default: &default
  mailgun_domain: mail.fernbrook-tutoring.example

development:
  <<: *default
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  <<: *default
  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE", "") %>

production:
  <<: *default
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
  mailgun_api_key: <%= ENV["MAILGUN_API_KEY"] %>
''', "https://guides.rubyonrails.org/v4.2/upgrading_ruby_on_rails.html#config-secrets-yml")

v = mandrill_key()
S("rails", "mandrill-key", "config/initializers/mandrill.rb", f'''require "mandrill"

# Transactional mail for order confirmations (Mailchimp Transactional, ex-Mandrill)
MANDRILL_API_KEY = "{v}".freeze

MandrillMailer.configure do |config|
  config.api_key = MANDRILL_API_KEY
  config.deliver_later_queue_name = :mailers
end
''', v, "https://mailchimp.com/developer/transactional/guides/quick-start/")

# ============================================================================================
# Laravel / PHP
# ============================================================================================
v = words_pw()
S("dotenv", "laravel-mail-password", ".env", f'''APP_NAME="Riverbend Tickets"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://tickets.riverbend.example

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=tickets
DB_USERNAME=tickets
DB_PASSWORD=

MAIL_MAILER=smtp
MAIL_HOST=smtp.zoho.eu
MAIL_PORT=465
MAIL_USERNAME=noreply@riverbend.example
MAIL_PASSWORD="{v}"
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS="noreply@riverbend.example"
MAIL_FROM_NAME="${{APP_NAME}}"
''', v, LARAVEL)

v = mailgun_key()
S("dotenv", "laravel-mailgun-secret", ".env.production", f'''APP_ENV=production
APP_DEBUG=false
APP_URL=https://app.copperleaf.example

MAIL_MAILER=mailgun
MAIL_FROM_ADDRESS=hello@copperleaf.example
MAIL_FROM_NAME="Copperleaf"
MAILGUN_DOMAIN=mg.copperleaf.example
MAILGUN_SECRET={v}
MAILGUN_ENDPOINT=api.eu.mailgun.net

QUEUE_CONNECTION=redis
''', v, "https://laravel.com/docs/mail#mailgun-driver")

v = postmark_token()
S("dotenv", "laravel-postmark-token", ".env.prod", f'''MAIL_MAILER=postmark
POSTMARK_TOKEN={v}
POSTMARK_MESSAGE_STREAM_ID=outbound
MAIL_FROM_ADDRESS=billing@orchardpay.example
MAIL_FROM_NAME=OrchardPay
CACHE_DRIVER=redis
SESSION_DRIVER=redis
''', v, "https://laravel.com/docs/mail#postmark-driver")

D("dotenv", "laravel-example-null", ".env.example", '''APP_NAME=Laravel
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

MAIL_MAILER=smtp
MAIL_HOST=mailpit
MAIL_PORT=1025
MAIL_USERNAME=null
MAIL_PASSWORD=null
MAIL_ENCRYPTION=null
MAIL_FROM_ADDRESS="hello@example.com"
MAIL_FROM_NAME="${APP_NAME}"

MAILGUN_DOMAIN=
MAILGUN_SECRET=
POSTMARK_TOKEN=
''', "https://github.com/laravel/laravel/blob/11.x/.env.example")

D("laravel-config", "env-calls", "config/mail.php", '''<?php

return [
    'default' => env('MAIL_MAILER', 'log'),

    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => env('MAIL_HOST', '127.0.0.1'),
            'port' => env('MAIL_PORT', 2525),
            'encryption' => env('MAIL_ENCRYPTION', 'tls'),
            'username' => env('MAIL_USERNAME'),
            'password' => env('MAIL_PASSWORD'),
            'timeout' => null,
        ],
        'ses' => [
            'transport' => 'ses',
        ],
        'log' => [
            'transport' => 'log',
            'channel' => env('MAIL_LOG_CHANNEL'),
        ],
    ],

    'from' => [
        'address' => env('MAIL_FROM_ADDRESS', 'hello@example.com'),
        'name' => env('MAIL_FROM_NAME', 'Example'),
    ],
];
''', "https://github.com/laravel/laravel/blob/11.x/config/mail.php")

v = mailgun_key_old()
S("laravel-config", "mailgun-secret", "config/services.php", f'''<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.bayview-rentals.example'),
        // TODO move back to .env once the forge box is rebuilt
        'secret' => '{v}',
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
        'scheme' => 'https',
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),
    ],
];
''', v, "https://laravel.com/docs/mail#mailgun-driver")

v = rand_pw(16, "!#%")
S("laravel-config", "cached-config", "bootstrap/cache/config.php", f"""<?php return array (
  'app' =>
  array (
    'name' => 'Harbor Dental',
    'env' => 'production',
    'debug' => false,
    'url' => 'https://harbordental.example',
  ),
  'mail' =>
  array (
    'default' => 'smtp',
    'mailers' =>
    array (
      'smtp' =>
      array (
        'transport' => 'smtp',
        'host' => 'mail.harbordental.example',
        'port' => '587',
        'encryption' => 'tls',
        'username' => 'reminders@harbordental.example',
        'password' => '{v}',
        'timeout' => NULL,
      ),
    ),
    'from' =>
    array (
      'address' => 'reminders@harbordental.example',
      'name' => 'Harbor Dental',
    ),
  ),
);
""", v, "https://laravel.com/docs/configuration#configuration-caching")

v = words_pw()
S("php", "phpmailer-password", "includes/send_contact.php", f"""<?php
use PHPMailer\\PHPMailer\\PHPMailer;
use PHPMailer\\PHPMailer\\Exception;

require __DIR__ . '/../vendor/autoload.php';

function send_contact_mail(string $name, string $email, string $message): bool
{{
    $mail = new PHPMailer(true);
    try {{
        $mail->isSMTP();
        $mail->Host       = 'smtp.ionos.de';
        $mail->SMTPAuth   = true;
        $mail->Username   = 'kontakt@baeckerei-lindner.example';
        $mail->Password   = '{v}';
        $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
        $mail->Port       = 587;

        $mail->setFrom('kontakt@baeckerei-lindner.example', 'Website');
        $mail->addReplyTo($email, $name);
        $mail->addAddress('info@baeckerei-lindner.example');
        $mail->Subject = 'Kontaktformular: ' . $name;
        $mail->Body    = $message;
        return $mail->send();
    }} catch (Exception $e) {{
        error_log('Mailer Error: ' . $mail->ErrorInfo);
        return false;
    }}
}}
""", v, "https://github.com/PHPMailer/PHPMailer#a-simple-example")

D("php", "doc-placeholder", "examples/gmail_smtp.php", """<?php
/**
 * Example: send through Gmail with an app password.
 * Copy to config.local.php and fill in your own values.
 */
use PHPMailer\\PHPMailer\\PHPMailer;

require 'vendor/autoload.php';

$mail = new PHPMailer();
$mail->isSMTP();
$mail->Host = 'smtp.gmail.com';
$mail->Port = 587;
$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
$mail->SMTPAuth = true;
$mail->Username = 'username@gmail.com';
$mail->Password = 'yourpassword';
$mail->setFrom('from@example.com', 'First Last');
$mail->addAddress('whoto@example.com', 'John Doe');
$mail->Subject = 'PHPMailer GMail SMTP test';
$mail->msgHTML('<p>Hello</p>');
echo $mail->send() ? 'Message sent!' : 'Mailer Error: ' . $mail->ErrorInfo;
""", "https://github.com/PHPMailer/PHPMailer/blob/master/examples/gmail.phps")

v = season_pw()
S("wordpress", "wp-mail-smtp-pass", "wp-config.php", f"""<?php
/**
 * The base configuration for WordPress
 */
define( 'DB_NAME', 'wp_seaside' );
define( 'DB_USER', 'wp_seaside' );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

/* WP Mail SMTP: settings are forced from here */
define( 'WPMS_ON', true );
define( 'WPMS_MAIL_FROM', 'bookings@seaside-yoga.example' );
define( 'WPMS_MAIL_FROM_NAME', 'Seaside Yoga' );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'smtp.strato.de' );
define( 'WPMS_SMTP_PORT', 465 );
define( 'WPMS_SSL', 'ssl' );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', 'bookings@seaside-yoga.example' );
define( 'WPMS_SMTP_PASS', '{v}' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
""", v, "https://wpmailsmtp.com/docs/how-to-secure-smtp-settings-by-using-constants/")

v = mailgun_key_old()
S("wordpress", "mailgun-plugin-key", "wp-config-production.php", f"""<?php
// Loaded from wp-config.php when WP_ENV=production
define( 'WP_HOME', 'https://craftbeerclub.example' );
define( 'WP_SITEURL', 'https://craftbeerclub.example/wp' );

// Mailgun for WordPress plugin
define( 'MAILGUN_USEAPI', true );
define( 'MAILGUN_APIKEY', '{v}' );
define( 'MAILGUN_DOMAIN', 'mg.craftbeerclub.example' );
define( 'MAILGUN_REGION', 'us' );
define( 'MAILGUN_FROM_ADDRESS', 'taproom@craftbeerclub.example' );
""", v, "https://wordpress.org/plugins/mailgun/")

# ============================================================================================
# Symfony, Spring, .NET, Node, Go
# ============================================================================================
v = rand_pw(20)
S("dotenv", "symfony-mailer-dsn", ".env.local", f'''###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET_FILE=/etc/secrets/app_secret
###< symfony/framework-bundle ###

###> symfony/mailer ###
MAILER_DSN=smtp://newsletter%40alpine-huts.example:{v}@smtp.sparkpostmail.com:587
###< symfony/mailer ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="postgresql://huts@127.0.0.1:5432/huts?serverVersion=15&charset=utf8"
###< doctrine/doctrine-bundle ###
''', v, SYMFONY)

v = sendgrid_key()
S("dotenv", "symfony-sendgrid-api", ".env.prod.local", f'''# generated by deploy/provision.sh on 2024-03-02
APP_ENV=prod
APP_DEBUG=0
MAILER_DSN=sendgrid+api://{v}@default
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
TRUSTED_PROXIES=127.0.0.1,REMOTE_ADDR
''', v, "https://symfony.com/doc/current/mailer.html#using-a-3rd-party-transport")

D("dotenv", "symfony-null-dsn", "symfony/.env", '''# In all environments, the following files are loaded if they exist,
# the latter taking precedence over the former:
#
#  * .env                contains default values for the environment variables needed by the app
#  * .env.local          uncommitted file with local overrides
#  * .env.$APP_ENV       committed environment-specific defaults
#
# Real secrets go to .env.local or to the secrets vault (bin/console secrets:set).

###> symfony/framework-bundle ###
APP_ENV=dev
APP_SECRET=
###< symfony/framework-bundle ###

###> symfony/mailer ###
MAILER_DSN=null://null
# MAILER_DSN=smtp://user:pass@smtp.example.com:25
###< symfony/mailer ###
''', SYMFONY)

v = mailgun_key()
S("dotenv", "symfony-mailgun-api", ".env.staging.local", f'''APP_ENV=prod
MAILER_DSN=mailgun+api://{v}:mg.brightpath-learning.example@default?region=eu
MAILER_FROM="BrightPath <no-reply@brightpath-learning.example>"
REDIS_URL=redis://cache:6379
LOCK_DSN=flock
''', v, "https://symfony.com/doc/current/mailer.html#using-a-3rd-party-transport")

v = words_pw()
S("spring-properties", "mail-password", "src/main/resources/application-prod.properties", f'''server.port=8080
spring.datasource.url=jdbc:postgresql://db.internal:5432/claims
spring.datasource.username=claims
spring.datasource.password=${{DB_PASSWORD}}

# Notification mail
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=claims-notify@northgate-insurance.example
spring.mail.password={v}
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true
spring.mail.properties.mail.smtp.connectiontimeout=5000

management.endpoints.web.exposure.include=health,info
''', v, SPRING)

v = sendgrid_key()
S("spring-yaml", "sendgrid-key", "src/main/resources/application.yml", f'''spring:
  application:
    name: order-notifier
  mail:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: "{v}"
    properties:
      mail.smtp.auth: true
      mail.smtp.starttls.enable: true
  kafka:
    bootstrap-servers: kafka-0.kafka:9092
    consumer:
      group-id: order-notifier

notifier:
  from: orders@maplecrest-market.example
  reply-to: support@maplecrest-market.example
''', v, SPRING)

D("spring-yaml", "placeholder-env", "src/main/resources/application-prod.yml", '''spring:
  mail:
    host: ${SMTP_HOST:email-smtp.eu-central-1.amazonaws.com}
    port: 587
    username: ${SMTP_USERNAME}
    password: ${SMTP_PASSWORD}
    properties:
      mail.smtp.auth: true
      mail.smtp.starttls.enable: true
      mail.smtp.starttls.required: true

twilio:
  account-sid: ${TWILIO_ACCOUNT_SID}
  auth-token: ${TWILIO_AUTH_TOKEN}
  from-number: "+4915735998812"
''', SPRING)

D("spring-properties", "config-server-cipher", "config-repo/notification-service-prod.properties", f'''# Values prefixed {{cipher}} are decrypted by Spring Cloud Config Server
spring.mail.host=smtp.mailgun.org
spring.mail.port=587
spring.mail.username=postmaster@mg.fleetwise.example
spring.mail.password={{cipher}}{hexs(160)}
sendgrid.api-key={{cipher}}{hexs(192)}
notification.batch-size=200
''', "https://docs.spring.io/spring-cloud-config/reference/server/encryption-and-decryption.html")

D("spring-properties", "jasypt-enc", "src/main/resources/application.properties", f'''spring.application.name=newsletter-batch
spring.mail.host=smtp.strato.de
spring.mail.port=465
spring.mail.username=news@lindenhof-hotel.example
# encrypted with jasypt-maven-plugin, key from JASYPT_ENCRYPTOR_PASSWORD
spring.mail.password=ENC({b64rand(48)})
spring.mail.properties.mail.smtp.ssl.enable=true
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
''', "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties")

v = twilio_token()
SV("java", "twilio-value-default", "src/main/java/com/acme/sms/TwilioConfig.java", '''package com.acme.sms;

import com.twilio.Twilio;
import jakarta.annotation.PostConstruct;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TwilioConfig {

    @Value("${twilio.account-sid:@SID@}")
    private String accountSid;

    // default kept so the app starts on laptops without a profile
    @Value("${twilio.auth-token:@V@}")
    private String authToken;

    @PostConstruct
    public void init() {
        Twilio.init(accountSid, authToken);
    }
}
''', v, "https://www.twilio.com/docs/libraries/reference/twilio-java", sid=twilio_sid())

D("java", "value-no-default", "src/main/java/com/acme/mail/MailProperties.java", '''package com.acme.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class MailProperties {

    @Value("${mailgun.api-key}")
    private String apiKey;

    @Value("${mailgun.domain:mg.example.com}")
    private String domain;

    public String apiKey() { return apiKey; }

    public String domain() { return domain; }
}
''', "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html")

v = ses_smtp_password()
SV("java", "ses-smtp-password", "src/main/java/com/example/AmazonSESSample.java", '''import java.util.Properties;

import javax.mail.Message;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

public class AmazonSESSample {

    static final String FROM = "reports@tallgrass-analytics.example";
    static final String FROMNAME = "Tallgrass Reports";
    static final String TO = "ops@tallgrass-analytics.example";
    static final String SMTP_USERNAME = "@USER@";
    static final String SMTP_PASSWORD = "@V@";
    static final String HOST = "email-smtp.us-west-2.amazonaws.com";
    static final int PORT = 587;

    public static void main(String[] args) throws Exception {
        Properties props = System.getProperties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.port", PORT);
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.auth", "true");
        Session session = Session.getDefaultInstance(props);
        MimeMessage msg = new MimeMessage(session);
        msg.setFrom(new InternetAddress(FROM, FROMNAME));
        msg.setRecipient(Message.RecipientType.TO, new InternetAddress(TO));
        msg.setSubject("Nightly report");
        msg.setContent("<h1>Report attached</h1>", "text/html");
        try (Transport transport = session.getTransport()) {
            transport.connect(HOST, SMTP_USERNAME, SMTP_PASSWORD);
            transport.sendMessage(msg, msg.getAllRecipients());
        }
    }
}
''', v, "https://docs.aws.amazon.com/ses/latest/dg/send-using-smtp-java.html", user=fakes.aws_key_id(_seed()))

v = words_pw()
S("dotnet-appsettings", "smtp-password", "src/Clinic.Web/appsettings.Production.json", crlf(f'''{{
  "Logging": {{
    "LogLevel": {{
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }}
  }},
  "AllowedHosts": "*",
  "SmtpSettings": {{
    "Server": "smtp.office365.com",
    "Port": 587,
    "SenderName": "Willow Vet Clinic",
    "SenderEmail": "frontdesk@willowvet.example",
    "Username": "frontdesk@willowvet.example",
    "Password": "{v}",
    "EnableSsl": true
  }}
}}
'''), v, "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/")

D("dotnet-appsettings", "empty-user-secrets", "src/Clinic.Web/appsettings.Development.json", crlf('''{
  "Logging": {
    "LogLevel": {
      "Default": "Debug"
    }
  },
  "SmtpSettings": {
    "Server": "localhost",
    "Port": 1025,
    "SenderName": "Willow Vet Clinic (dev)",
    "SenderEmail": "dev@localhost",
    "Username": "",
    "Password": "",
    "EnableSsl": false
  },
  "SendGrid": {
    "ApiKey": "set with: dotnet user-secrets set SendGrid:ApiKey <key>"
  }
}
'''), "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets")

v = twilio_token()
SV("csharp", "twilio-init", "SmsSender/Program.cs", '''using System;
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace SmsSender
{
    class Program
    {
        static void Main(string[] args)
        {
            const string accountSid = "@SID@";
            const string authToken = "@V@";

            TwilioClient.Init(accountSid, authToken);

            var message = MessageResource.Create(
                body: "Your pickup is ready at counter 3.",
                from: new PhoneNumber("+15017122661"),
                to: new PhoneNumber(args[0])
            );
            Console.WriteLine(message.Sid);
        }
    }
}
''', v, "https://www.twilio.com/docs/messaging/quickstart/csharp", sid=twilio_sid())

v = passphrase()
S("node", "nodemailer-pass", "server/mailer.js", f'''const nodemailer = require("nodemailer");

const transporter = nodemailer.createTransport({{
  host: "smtp.fastmail.com",
  port: 465,
  secure: true,
  auth: {{
    user: "hello@inkwell-press.example",
    pass: "{v}",
  }},
}});

async function sendWelcome(to, name) {{
  const info = await transporter.sendMail({{
    from: '"Inkwell Press" <hello@inkwell-press.example>',
    to,
    subject: `Welcome aboard, ${{name}}!`,
    text: "Thanks for subscribing to the Inkwell Press newsletter.",
  }});
  return info.messageId;
}}

module.exports = {{ sendWelcome }};
''', v, "https://nodemailer.com/smtp/")

v = ses_smtp_password()
SV("node", "ses-smtp-nodemailer", "lib/email/transport.ts", '''import nodemailer from "nodemailer";

// SES SMTP credentials of IAM user ses-smtp-user.20230914-101233
export const transport = nodemailer.createTransport({
  host: "email-smtp.eu-west-1.amazonaws.com",
  port: 587,
  secure: false,
  auth: {
    user: "@USER@",
    pass: "@V@",
  },
});

export const FROM = "Parcelpoint <notifications@parcelpoint.example>";
''', v, SES, user=fakes.aws_key_id(_seed()))

D("node", "process-env", "src/services/mail.js", '''const nodemailer = require("nodemailer");
const sgMail = require("@sendgrid/mail");

sgMail.setApiKey(process.env.SENDGRID_API_KEY);

const smtp = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT || 587),
  auth: {
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASS,
  },
});

module.exports = { sgMail, smtp };
''', "https://nodemailer.com/smtp/")

v = sendgrid_key()
S("node", "sendgrid-setapikey", "functions/sendReceipt.js", f'''const functions = require("firebase-functions");
const sgMail = require("@sendgrid/mail");

sgMail.setApiKey("{v}");

exports.sendReceipt = functions.firestore
  .document("orders/{{orderId}}")
  .onCreate(async (snap) => {{
    const order = snap.data();
    await sgMail.send({{
      to: order.email,
      from: "receipts@tinytoast.example",
      templateId: "d-3f1c2b9e8a7d4c6b9e0f1a2b3c4d5e6f",
      dynamicTemplateData: {{ total: order.total, items: order.items }},
    }});
  }});
''', v, "https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail")

v = sendgrid_key()
SV("go", "sendgrid-client", "cmd/digest/main.go", '''package main

import (
	"fmt"
	"log"

	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

const sendgridKey = "@V@"

func main() {
	from := mail.NewEmail("Weekly Digest", "digest@foxglove.example")
	to := mail.NewEmail("Reader", "reader@foxglove.example")
	msg := mail.NewSingleEmail(from, "Your weekly digest", to, "plain", "<p>html</p>")
	client := sendgrid.NewSendClient(sendgridKey)
	resp, err := client.Send(msg)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(resp.StatusCode)
}
''', v, "https://github.com/sendgrid/sendgrid-go#quick-start")

D("go", "getenv", "internal/notify/sms.go", '''package notify

import (
	"os"

	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

// NewClient reads TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN from the environment.
func NewClient() *twilio.RestClient {
	return twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: os.Getenv("TWILIO_ACCOUNT_SID"),
		Password: os.Getenv("TWILIO_AUTH_TOKEN"),
	})
}

func Send(c *twilio.RestClient, to, body string) error {
	params := &openapi.CreateMessageParams{}
	params.SetTo(to)
	params.SetFrom(os.Getenv("TWILIO_FROM"))
	params.SetBody(body)
	_, err := c.Api.CreateMessage(params)
	return err
}
''', "https://github.com/twilio/twilio-go#environment-variables")

v = rand_pw(18)
S("toml", "go-mailer-config", "config/production.toml", f'''[server]
addr = ":8080"
read_timeout = "5s"

[database]
dsn_env = "DATABASE_URL"

[mailer]
host = "smtp.migadu.com"
port = 465
username = "alerts@tinkerlab.example"
password = '{v}'
from = "Tinkerlab Alerts <alerts@tinkerlab.example>"
tls = "implicit"
''', v, "https://toml.io/en/v1.0.0")

# ============================================================================================
# Self-hosted apps with mail settings
# ============================================================================================
v = words_pw()
S("gitlab-rb", "smtp-password", "gitlab/config/gitlab.rb", f"""external_url 'https://git.ridgeway-labs.example'

gitlab_rails['time_zone'] = 'Europe/Vienna'
gitlab_rails['gitlab_email_from'] = 'gitlab@ridgeway-labs.example'
gitlab_rails['gitlab_email_display_name'] = 'Ridgeway GitLab'

gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "smtp.ridgeway-labs.example"
gitlab_rails['smtp_port'] = 587
gitlab_rails['smtp_user_name'] = "gitlab@ridgeway-labs.example"
gitlab_rails['smtp_password'] = "{v}"
gitlab_rails['smtp_domain'] = "ridgeway-labs.example"
gitlab_rails['smtp_authentication'] = "login"
gitlab_rails['smtp_enable_starttls_auto'] = true
gitlab_rails['smtp_tls'] = false

letsencrypt['enable'] = true
letsencrypt['contact_emails'] = ['it@ridgeway-labs.example']
""", v, "https://docs.gitlab.com/omnibus/settings/smtp/")

D("gitlab-rb", "commented-template", "omnibus/gitlab.rb.template", """## GitLab configuration settings
##! This file is generated during initial installation and **is not** modified
##! during upgrades.

external_url 'GENERATED_EXTERNAL_URL'

### GitLab email server settings
###! Docs: https://docs.gitlab.com/omnibus/settings/smtp.html
###! **Use smtp instead of sendmail/postfix.**

# gitlab_rails['smtp_enable'] = true
# gitlab_rails['smtp_address'] = "smtp.server"
# gitlab_rails['smtp_port'] = 465
# gitlab_rails['smtp_user_name'] = "smtp user"
# gitlab_rails['smtp_password'] = "smtp password"
# gitlab_rails['smtp_domain'] = "example.com"
# gitlab_rails['smtp_authentication'] = "login"
# gitlab_rails['smtp_enable_starttls_auto'] = true
# gitlab_rails['smtp_tls'] = false
# gitlab_rails['smtp_pool'] = false
""", "https://gitlab.com/gitlab-org/omnibus-gitlab/-/blob/master/files/gitlab-config-template/gitlab.rb.template")

v = mailgun_key()
S("ghost-config", "smtp-pass", "config.production.json", f'''{{
  "url": "https://journal.saltmarsh.example",
  "server": {{
    "port": 2368,
    "host": "127.0.0.1"
  }},
  "database": {{
    "client": "mysql",
    "connection": {{
      "host": "localhost",
      "user": "ghost",
      "password": "",
      "database": "ghost_prod"
    }}
  }},
  "mail": {{
    "from": "'Saltmarsh Journal' <noreply@saltmarsh.example>",
    "transport": "SMTP",
    "options": {{
      "service": "Mailgun",
      "host": "smtp.eu.mailgun.org",
      "port": 465,
      "secure": true,
      "auth": {{
        "user": "postmaster@mg.saltmarsh.example",
        "pass": "{v}"
      }}
    }}
  }},
  "process": "systemd",
  "paths": {{
    "contentPath": "/var/www/ghost/content"
  }}
}}
''', v, "https://ghost.org/docs/config/#mail")

v = sparkpost_key()
S("dotenv", "mastodon-smtp", "live/.env.production", f'''LOCAL_DOMAIN=toot.fjordfolk.example
SINGLE_USER_MODE=false
REDIS_HOST=redis
REDIS_PORT=6379
DB_HOST=db
DB_USER=mastodon
DB_NAME=mastodon_production
DB_PORT=5432
ES_ENABLED=false

SMTP_SERVER=smtp.eu.sparkpostmail.com
SMTP_PORT=587
SMTP_LOGIN=SMTP_Injection
SMTP_PASSWORD={v}
SMTP_AUTH_METHOD=plain
SMTP_OPENSSL_VERIFY_MODE=none
SMTP_ENABLE_STARTTLS=auto
SMTP_FROM_ADDRESS='Fjordfolk <notifications@fjordfolk.example>'

S3_ENABLED=false
''', v, "https://docs.joinmastodon.org/admin/config/#smtp")

v = sendgrid_key()
S("discourse-app-yml", "smtp-password", "containers/app.yml", f'''templates:
  - "templates/postgres.template.yml"
  - "templates/redis.template.yml"
  - "templates/web.template.yml"
  - "templates/web.ratelimited.template.yml"
  - "templates/web.ssl.template.yml"
  - "templates/web.letsencrypt.ssl.template.yml"

expose:
  - "80:80"
  - "443:443"

params:
  db_default_text_search_config: "pg_catalog.english"

env:
  LC_ALL: en_US.UTF-8
  LANG: en_US.UTF-8
  UNICORN_WORKERS: 4
  DISCOURSE_HOSTNAME: forum.boardgame-guild.example
  DISCOURSE_DEVELOPER_EMAILS: 'admin@boardgame-guild.example'
  DISCOURSE_SMTP_ADDRESS: smtp.sendgrid.net
  DISCOURSE_SMTP_PORT: 587
  DISCOURSE_SMTP_USER_NAME: apikey
  DISCOURSE_SMTP_PASSWORD: "{v}"
  DISCOURSE_SMTP_ENABLE_START_TLS: true
  LETSENCRYPT_ACCOUNT_EMAIL: admin@boardgame-guild.example

volumes:
  - volume:
      host: /var/discourse/shared/standalone
      guest: /shared
''', v, "https://github.com/discourse/discourse_docker/blob/main/samples/standalone.yml")

D("discourse-app-yml", "sample-placeholder", "samples/standalone.yml", '''## this is the all-in-one, standalone Discourse Docker container template
##
## After making changes to this file, you MUST rebuild
## /var/discourse/launcher rebuild app

templates:
  - "templates/postgres.template.yml"
  - "templates/redis.template.yml"
  - "templates/web.template.yml"

env:
  LANG: en_US.UTF-8
  DISCOURSE_HOSTNAME: 'discourse.example.com'
  DISCOURSE_DEVELOPER_EMAILS: 'me@example.com,you@example.com'

  ## TODO: The SMTP mail server used to validate new accounts and send notifications
  # SMTP ADDRESS, username, and password are required
  # WARNING the char '#' in SMTP password can cause problems!
  DISCOURSE_SMTP_ADDRESS: smtp.example.com
  #DISCOURSE_SMTP_PORT: 587
  DISCOURSE_SMTP_USER_NAME: user@example.com
  DISCOURSE_SMTP_PASSWORD: pa$$word
  #DISCOURSE_SMTP_ENABLE_START_TLS: true
''', "https://github.com/discourse/discourse_docker/blob/main/samples/standalone.yml")

v = words_pw()
S("nextcloud-config", "smtp-password", "config/config.php", f"""<?php
$CONFIG = array (
  'instanceid' => 'oc{hexs(10)}',
  'trusted_domains' =>
  array (
    0 => 'cloud.hollowtree.example',
  ),
  'datadirectory' => '/var/www/nextcloud/data',
  'dbtype' => 'pgsql',
  'version' => '28.0.4.1',
  'overwrite.cli.url' => 'https://cloud.hollowtree.example',
  'mail_smtpmode' => 'smtp',
  'mail_sendmailmode' => 'smtp',
  'mail_from_address' => 'cloud',
  'mail_domain' => 'hollowtree.example',
  'mail_smtphost' => 'smtp.hollowtree.example',
  'mail_smtpport' => '587',
  'mail_smtpauth' => 1,
  'mail_smtpname' => 'cloud@hollowtree.example',
  'mail_smtppassword' => '{v}',
  'installed' => true,
);
""", v, "https://docs.nextcloud.com/server/latest/admin_manual/configuration_server/email_configuration.html")

v = season_pw()
S("ini", "grafana-smtp", "grafana/grafana.ini", f"""[server]
root_url = https://grafana.orbitnet.example/

[security]
admin_user = admin
admin_password = $__env{{GF_ADMIN_PASSWORD}}

[smtp]
enabled = true
host = smtp.orbitnet.example:587
user = grafana-alerts@orbitnet.example
# If the password contains # or ; you have to wrap it with triple quotes. Ex \"\"\"#password;\"\"\"
password = \"\"\"{v}\"\"\"
from_address = grafana-alerts@orbitnet.example
from_name = Grafana
startTLS_policy = MandatoryStartTLS

[alerting]
enabled = false
""", v, "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#smtp")

D("ini", "grafana-file-provider", "deploy/grafana/grafana.ini", """[paths]
provisioning = /etc/grafana/provisioning

[smtp]
enabled = true
host = email-smtp.us-east-1.amazonaws.com:587
user = $__file{/run/secrets/ses_smtp_user}
password = $__file{/run/secrets/ses_smtp_password}
from_address = grafana@metrics.orbitnet.example
from_name = Grafana

[auth.anonymous]
enabled = false
""", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion")

v = gmail_app_pw()
S("alertmanager", "smtp-auth-password", "monitoring/alertmanager.yml", f"""global:
  resolve_timeout: 5m
  smtp_smarthost: 'smtp.gmail.com:587'
  smtp_from: 'alerts.homelab@gmail.com'
  smtp_auth_username: 'alerts.homelab@gmail.com'
  smtp_auth_password: '{v}'
  smtp_require_tls: true

route:
  receiver: email-me
  group_by: ['alertname', 'instance']
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: email-me
    email_configs:
      - to: 'me.homelab@gmail.com'
        send_resolved: true
""", v, "https://prometheus.io/docs/alerting/latest/configuration/#email_config")

D("alertmanager", "password-file", "charts/monitoring/files/alertmanager.yml", """global:
  smtp_smarthost: 'email-smtp.eu-west-1.amazonaws.com:587'
  smtp_from: 'alertmanager@platform.example'
  smtp_auth_username: 'AKIAIOSFODNN7EXAMPLE'
  smtp_auth_password_file: /etc/alertmanager/secrets/ses-smtp/password

route:
  receiver: platform-team

receivers:
  - name: platform-team
    email_configs:
      - to: 'platform@platform.example'
        headers:
          Subject: '[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}'
""", "https://prometheus.io/docs/alerting/latest/configuration/#email_config")

v = rand_pw(22)
S("sentry-config", "mail-password", "sentry/config.yml", f"""# While a lot of configuration in Sentry can be changed via the UI, for all
# new-style config (as of 8.0) you can also declare values here in this file
# to enforce defaults or to ensure they cannot be changed via the UI.

###############
# Mail Server #
###############

mail.backend: 'smtp'
mail.host: 'smtp.postmarkapp.com'
mail.port: 587
mail.username: 'sentry-relay'
mail.password: '{v}'
mail.use-tls: true
mail.from: 'sentry@errors.kelpfarm.example'

###################
# System Settings #
###################
system.url-prefix: 'https://errors.kelpfarm.example'
""", v, "https://develop.sentry.dev/self-hosted/email/")

v = words_pw()
S("keycloak-realm", "smtp-password", "realms/customers-realm.json", f'''{{
  "realm": "customers",
  "enabled": true,
  "registrationAllowed": true,
  "verifyEmail": true,
  "resetPasswordAllowed": true,
  "loginWithEmailAllowed": true,
  "smtpServer": {{
    "host": "smtp.office365.com",
    "port": "587",
    "from": "identity@quillstone.example",
    "fromDisplayName": "Quillstone Login",
    "auth": "true",
    "starttls": "true",
    "ssl": "false",
    "user": "identity@quillstone.example",
    "password": "{v}"
  }},
  "internationalizationEnabled": true,
  "supportedLocales": ["en", "de"]
}}
''', v, "https://www.keycloak.org/docs/latest/server_admin/#_email")

v = brevo_key("xsmtpsib-")
S("mautic-local-php", "mailer-password", "app/config/local.php", f"""<?php
$parameters = array(
	'db_driver' => 'pdo_mysql',
	'db_host' => 'localhost',
	'db_port' => '3306',
	'db_name' => 'mautic',
	'db_user' => 'mautic',
	'db_password' => getenv('MAUTIC_DB_PASSWORD'),
	'db_table_prefix' => null,
	'site_url' => 'https://marketing.sundial-tours.example',
	'mailer_from_name' => 'Sundial Tours',
	'mailer_from_email' => 'trips@sundial-tours.example',
	'mailer_transport' => 'smtp',
	'mailer_host' => 'smtp-relay.brevo.com',
	'mailer_port' => '587',
	'mailer_user' => 'marketing@sundial-tours.example',
	'mailer_password' => '{v}',
	'mailer_encryption' => 'tls',
	'mailer_auth_mode' => 'login',
	'mailer_spool_type' => 'file',
);
""", v, "https://docs.mautic.org/en/5.x/configuration/settings.html#email-settings")

D("mautic-local-php", "null-password", "docker/mautic/local.php.dist", """<?php
$parameters = array(
	'db_driver' => 'pdo_mysql',
	'db_host' => '%env(MAUTIC_DB_HOST)%',
	'db_name' => '%env(MAUTIC_DB_NAME)%',
	'db_user' => '%env(MAUTIC_DB_USER)%',
	'db_password' => '%env(MAUTIC_DB_PASSWORD)%',
	'mailer_dsn' => '%env(MAUTIC_MAILER_DSN)%',
	'mailer_from_name' => 'Marketing',
	'mailer_from_email' => 'marketing@example.com',
	'mailer_password' => null,
	'secret_key' => '%env(MAUTIC_SECRET_KEY)%',
);
""", "https://docs.mautic.org/en/5.x/configuration/settings.html")

v = rand_pw(14, "!$")
S("phplist-config", "smtp-password", "lists/config/config.php", f"""<?php
/*
 * ==============================================================================================================
 * phpList configuration
 * ==============================================================================================================
 */
$database_host = 'localhost';
$database_name = 'phplist';
$database_user = 'phplist';
$database_password = getenv('PHPLIST_DB_PASSWORD');
$table_prefix = 'phplist_';

define('TEST', 0);
define('PHPMAILERHOST', 'mail.quiltersguild.example');
define('PHPMAILERPORT', 587);
define('PHPMAILER_SECURE', 'tls');
$phpmailer_smtpuser = 'newsletter@quiltersguild.example';
$phpmailer_smtppassword = '{v}';
define('MAILQUEUE_BATCH_SIZE', 300);
define('MAILQUEUE_BATCH_PERIOD', 3600);
""", v, "https://www.phplist.org/manual/books/phplist-manual/page/configuration-settings")

v = passphrase()
S("sendy-config", "db-password", "sendy/includes/config.php", f"""<?php
	//----------------------------------------------------------------------------------//
	//                               COMPULSORY SETTINGS
	//----------------------------------------------------------------------------------//

	/*  Set the URL to your Sendy installation (without the trailing slash) */
	define('APP_PATH', 'https://news.marigold-bakery.example');

	/*  MySQL database connection credentials (please place values between the apostrophes) */
	$dbHost = 'localhost'; //MySQL Hostname
	$dbUser = 'sendy'; //MySQL Username
	$dbPass = '{v}'; //MySQL Password
	$dbName = 'sendy'; //MySQL Database Name

	//----------------------------------------------------------------------------------//
	//								  OPTIONAL SETTINGS
	//----------------------------------------------------------------------------------//
	$cookie_domain = '';
	$charset = 'utf8mb4';
""", v, "https://sendy.co/get-started")

v = words_pw()
S("listmonk-toml", "smtp-password", "listmonk/config.toml", f'''[app]
address = "0.0.0.0:9000"

[db]
host = "db"
port = 5432
user = "listmonk"
password = "${{LISTMONK_DB_PASSWORD}}"
database = "listmonk"
ssl_mode = "disable"
max_open = 25

# SMTP relay used for campaigns (also editable in Settings -> SMTP)
[[smtp]]
enabled = true
host = "smtp.mailbox.example"
port = 587
auth_protocol = "login"
username = "campaigns@birchwood-co-op.example"
password = "{v}"
max_conns = 10
tls_type = "STARTTLS"
''', v, "https://listmonk.app/docs/configuration/")

# ============================================================================================
# MTA relay configuration: postfix, msmtp, ssmtp, exim, sendmail, dma, mutt, git send-email
# ============================================================================================
v = sendgrid_key()
S("postfix-sasl-passwd", "sendgrid-relay", "etc/postfix/sasl_passwd", f"""# relay all outbound mail through SendGrid
# after editing: postmap /etc/postfix/sasl_passwd && systemctl reload postfix
[smtp.sendgrid.net]:587 apikey:{v}
# chmod 600 sasl_passwd sasl_passwd.db
# owner root:root
""", v, POSTFIX)

v = ses_smtp_password()
S("postfix-sasl-passwd", "ses-relay", "roles/postfix/files/sasl_passwd", f"""# Amazon SES SMTP interface (IAM user ses-smtp-mailrelay)
# regenerate with: postmap hash:/etc/postfix/sasl_passwd
[email-smtp.us-east-1.amazonaws.com]:587 {fakes.aws_key_id(_seed())}:{v}
#
# old relay, kept for rollback
#[smtp.mailgun.org]:587 postmaster@mg.example.org:see-1password
""", v, SES + "#send-email-smtp-existing-server")

v = gmail_app_pw()
S("postfix-sasl-passwd", "gmail-app-password", "homelab/postfix/sasl_passwd", f"""# Gmail needs an app password (2FA is on)
[smtp.gmail.com]:587    nas.notifications.fam@gmail.com:{v}
# postmap /etc/postfix/sasl_passwd
# chown root:root /etc/postfix/sasl_passwd*; chmod 0600 /etc/postfix/sasl_passwd*
#
""", v, "https://support.google.com/mail/answer/185833")

D("postfix-sasl-passwd", "example-placeholder", "etc/postfix/sasl_passwd.example", """# /etc/postfix/sasl_passwd
# One line per relay host. Copy to sasl_passwd, fill in, then run postmap.
#
# [relay-host]:port    username:password
[smtp.example.com]:587    username:password
#[email-smtp.us-east-1.amazonaws.com]:587 SMTP_USERNAME:SMTP_PASSWORD
""", POSTFIX)

D("postfix-main-cf", "sasl-file-reference", "etc/postfix/main.cf", """# See /usr/share/postfix/main.cf.dist for a commented, more complete version
smtpd_banner = $myhostname ESMTP $mail_name (Debian/GNU)
biff = no
append_dot_mydomain = no
compatibility_level = 3.6

myhostname = app01.internal.quarrylane.example
mydestination = $myhostname, localhost.localdomain, localhost
inet_interfaces = loopback-only
inet_protocols = ipv4

relayhost = [smtp.sendgrid.net]:587
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
smtp_sasl_security_options = noanonymous
smtp_sasl_tls_security_options = noanonymous
smtp_tls_security_level = encrypt
smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt
smtp_tls_cert_file = /etc/ssl/certs/ssl-cert-snakeoil.pem
smtp_tls_key_file = /etc/ssl/private/ssl-cert-snakeoil.key
header_size_limit = 4096000
""", "https://www.postfix.org/postconf.5.html")

v = words_pw()
S("msmtprc", "password", ".msmtprc", f"""# Set default values for all following accounts.
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

# Fastmail
account        fastmail
host           smtp.fastmail.com
port           465
tls_starttls   off
from           jonas@hearthstone-family.example
user           jonas@hearthstone-family.example
password       {v}

account default : fastmail
""", v, MSMTP)

D("msmtprc", "passwordeval-gpg", "dotfiles/msmtp/config", """defaults
auth on
tls on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile ~/.cache/msmtp.log

account work
host smtp.office365.com
port 587
from r.ortega@cobaltworks.example
user r.ortega@cobaltworks.example
passwordeval "gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.config/msmtp/work.gpg"

account personal
host smtp.migadu.com
port 465
tls_starttls off
from rosa@ortega.example
user rosa@ortega.example
passwordeval "pass show email/migadu"

account default : personal
""", MSMTP)

v = rand_pw(16)
S("msmtprc", "etc-msmtprc-mailgun", "etc/msmtprc", f"""# system-wide msmtp config used by cron and smartd
# (mail from cron jobs goes through mailgun)
account default
host smtp.mailgun.org
port 587
auth plain
tls on
tls_starttls on
from nas@mg.oakhollow.example
user nas@mg.oakhollow.example
password {v}
syslog LOG_MAIL
aliases /etc/aliases
""", v, MSMTP)

v = season_pw()
S("ssmtp-conf", "authpass", "etc/ssmtp/ssmtp.conf", f"""#
# Config file for sSMTP sendmail
#
# The person who gets all mail for userids < 1000
root=ops@riverstone-it.example

# The place where the mail goes. The actual machine name is required no
# MX records are consulted. Commonly mailhosts are named mail.domain.com
mailhub=smtp.riverstone-it.example:587

AuthUser=backup-box@riverstone-it.example
AuthPass={v}
UseSTARTTLS=YES

# Where will the mail seem to come from?
rewriteDomain=riverstone-it.example

# The full hostname
hostname=backup01.riverstone-it.example

# Are users allowed to set their own From: address?
FromLineOverride=YES
""", v, "https://wiki.archlinux.org/title/SSMTP")

v = rand_pw(20)
S("exim-passwd-client", "relay-password", "etc/exim4/passwd.client", f"""# password file used when the local exim is authenticating to a remote
# host as a client.
#
# see exim4_passwd_client(5) for more documentation
#
# Example:
### target.mail.server.example:login:password
*.mailjet.com:{hexs(32)}:{v}
""", v, "https://manpages.debian.org/bookworm/exim4-config/exim4_passwd_client.5.en.html")

v = words_pw()
S("sendmail-authinfo", "authinfo", "etc/mail/authinfo", f"""# sendmail SMART_HOST credentials
# makemap hash /etc/mail/authinfo < /etc/mail/authinfo
AuthInfo:smtp.office365.com "U:scanner@northbank-legal.example" "P:{v}" "M:LOGIN PLAIN"
AuthInfo:smtp.office365.com:587 "U:scanner@northbank-legal.example" "P:{v}" "M:LOGIN PLAIN"
#
""", v, "https://www.sendmail.org/~ca/email/auth.html")

v = rand_pw(18)
S("dma-auth-conf", "relay-password", "etc/dma/auth.conf", f"""# $DragonFly: src/etc/dma/auth.conf,v 1.1 2008/02/02 18:24:00 matthias Exp $
#
# SMTP authentication entries (currently AUTH LOGIN only)
# Format: user|my.smarthost.example.com:password
#
alerts|smtp.pobox.example:{v}
""", v, "https://github.com/corecode/dma/blob/master/auth.conf")

v = gmail_app_pw()
S("muttrc", "smtp-url-password", ".config/mutt/muttrc", f"""set realname = "Priya Natarajan"
set from = "priya.natarajan.dev@gmail.com"
set use_from = yes
set envelope_from = yes

set imap_user = "priya.natarajan.dev@gmail.com"
set folder = "imaps://imap.gmail.com:993"
set spoolfile = "+INBOX"
set postponed = "+[Gmail]/Drafts"

set smtp_url = "smtps://priya.natarajan.dev:{v}@smtp.gmail.com:465/"
set ssl_force_tls = yes

set editor = "nvim"
set sort = threads
""", v, "https://gitlab.com/muttmua/mutt/-/wikis/UseCases/Gmail")

D("muttrc", "backtick-pass", ".muttrc", """set realname = "Tomasz Wrobel"
set from = "tomasz@wrobel.example"
set imap_user = "tomasz@wrobel.example"
set imap_pass = "`pass show mail/wrobel.example`"
set smtp_url = "smtp://tomasz@wrobel.example@smtp.wrobel.example:587/"
set smtp_pass = "`pass show mail/wrobel.example`"
set ssl_starttls = yes
set folder = "imaps://imap.wrobel.example/"
set spoolfile = "+INBOX"
set header_cache = ~/.cache/mutt/headers
""", "https://neomutt.org/guide/reference#smtp-pass")

v = words_pw()
S("gitconfig", "sendemail-smtppass", ".gitconfig", f"""[user]
	name = Mateo Fernandez
	email = mateo@kernel-hackers.example
[core]
	editor = vim
[sendemail]
	smtpserver = smtp.kernel-hackers.example
	smtpuser = mateo@kernel-hackers.example
	smtppass = {v}
	smtpencryption = tls
	smtpserverport = 587
	confirm = always
[format]
	signOff = true
""", v, "https://git-scm.com/docs/git-send-email#_use_gmail_as_the_smtp_server")

D("gitconfig", "sendemail-no-pass", "dotfiles/gitconfig", """[user]
	name = Lena Vogt
	email = lena@vogt.example
[sendemail]
	smtpServer = smtp.gmail.com
	smtpServerPort = 587
	smtpEncryption = tls
	smtpUser = lena.vogt.patches@gmail.com
	# no smtpPass here: git asks once and the credential helper stores it
	annotate = yes
[credential]
	helper = libsecret
[alias]
	st = status -sb
""", "https://git-scm.com/docs/git-send-email#_use_gmail_as_the_smtp_server")

v = rand_pw(12, "#&")
S("fetchmailrc", "password", ".fetchmailrc", f"""# fetchmail config, polled by cron every 5 minutes
set daemon 300
set logfile ~/.fetchmail.log

poll imap.hostpoint.example
  protocol IMAP
  user "office@sunnyfield-farm.example"
  password "{v}"
  ssl
  keep
  mda "/usr/bin/procmail -d %T"
""", v, "https://www.fetchmail.info/fetchmail-man.html#the-run-control-file")

v = mailgun_key()
SV("shell", "heredoc-sasl-passwd", "scripts/setup-mail-relay.sh", '''#!/usr/bin/env bash
# Configure postfix on a fresh VM to relay via Mailgun.
set -euo pipefail

apt-get install -y postfix libsasl2-modules

postconf -e "relayhost = [smtp.mailgun.org]:587" \\
            "smtp_sasl_auth_enable = yes" \\
            "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd" \\
            "smtp_sasl_security_options = noanonymous" \\
            "smtp_tls_security_level = encrypt"

cat > /etc/postfix/sasl_passwd <<'SASL'
[smtp.mailgun.org]:587 postmaster@mg.tealcrest.example:@V@
SASL

chmod 600 /etc/postfix/sasl_passwd
postmap /etc/postfix/sasl_passwd
systemctl restart postfix
echo "relay configured"
''', v, POSTFIX)

v = words_pw()
SV("dockerfile", "echo-sasl-passwd", "docker/relay/Dockerfile", '''FROM debian:bookworm-slim

RUN apt-get update \\
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postfix libsasl2-modules ca-certificates \\
 && rm -rf /var/lib/apt/lists/*

COPY main.cf /etc/postfix/main.cf
RUN echo "[mail.smtp2go.com]:2525 relay@brightwater-media.example:@V@" > /etc/postfix/sasl_passwd \\
 && postmap /etc/postfix/sasl_passwd \\
 && chmod 600 /etc/postfix/sasl_passwd /etc/postfix/sasl_passwd.db

EXPOSE 25
CMD ["postfix", "start-fg"]
''', v, "https://docs.docker.com/reference/dockerfile/#run")

v = brevo_key("xsmtpsib-")
S("docker-compose", "relayhost-password", "docker-compose.yml", f"""services:
  app:
    image: ghcr.io/lumenforge/booking:2.4.1
    environment:
      SMTP_HOST: postfix
      SMTP_PORT: "25"
    depends_on: [postfix]

  postfix:
    image: boky/postfix:v4.1.0
    restart: unless-stopped
    environment:
      ALLOWED_SENDER_DOMAINS: lumenforge.example
      RELAYHOST: "[smtp-relay.brevo.com]:587"
      RELAYHOST_USERNAME: "7a1f30001@smtp-brevo.com"
      RELAYHOST_PASSWORD: "{v}"
      POSTFIX_smtp_tls_security_level: encrypt
""", v, "https://github.com/bokysan/docker-postfix#relaying-messages-through-your-gmail-account")

D("docker-compose", "env-interpolation", "deploy/docker-compose.prod.yml", """services:
  postfix:
    image: boky/postfix:v4.1.0
    restart: unless-stopped
    environment:
      ALLOWED_SENDER_DOMAINS: ${MAIL_DOMAIN}
      RELAYHOST: "[smtp.sendgrid.net]:587"
      RELAYHOST_USERNAME: apikey
      RELAYHOST_PASSWORD: ${SENDGRID_API_KEY:?set SENDGRID_API_KEY}
  worker:
    image: ghcr.io/lumenforge/worker:2.4.1
    env_file: .env
    secrets:
      - twilio_auth_token
secrets:
  twilio_auth_token:
    file: ./secrets/twilio_auth_token.txt
""", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

v = words_pw()
SV("makefile", "swaks-auth-password", "Makefile", '''.PHONY: test-mail build deploy

MAIL_TO ?= ops@granite-works.example

build:
	docker build -t granite/api:latest .

# quick end-to-end check of the relay credentials
test-mail:
	swaks --to $(MAIL_TO) --from noreply@granite-works.example \\
	      --server smtp.granite-works.example:587 --tls \\
	      --auth LOGIN --auth-user noreply@granite-works.example \\
	      --auth-password '@V@' \\
	      --header "Subject: relay test from $$(hostname)"

deploy: build
	./scripts/deploy.sh
''', v, "https://github.com/jetmore/swaks/blob/develop/doc/base.pod")

v = words_pw()
S("smtp-transcript", "auth-plain-base64", "logs/smtp-debug-2024-05-14.log", f"""2024-05-14 09:12:03,114 DEBUG send: 'ehlo worker-3.internal\\r\\n'
2024-05-14 09:12:03,140 DEBUG reply: b'250-smtp.lakemont-mail.example\\r\\n'
2024-05-14 09:12:03,140 DEBUG reply: b'250-AUTH PLAIN LOGIN\\r\\n'
2024-05-14 09:12:03,141 DEBUG reply: b'250 STARTTLS\\r\\n'
2024-05-14 09:12:03,141 DEBUG send: 'STARTTLS\\r\\n'
2024-05-14 09:12:03,166 DEBUG reply: b'220 2.0.0 Ready to start TLS\\r\\n'
2024-05-14 09:12:03,230 DEBUG send: 'AUTH PLAIN {b64(chr(0) + "invoices@lakemont.example" + chr(0) + v)}\\r\\n'
2024-05-14 09:12:03,266 DEBUG reply: b'235 2.7.0 Authentication successful\\r\\n'
2024-05-14 09:12:03,267 DEBUG send: 'mail FROM:<invoices@lakemont.example> size=18233\\r\\n'
2024-05-14 09:12:03,290 DEBUG reply: b'250 2.1.0 Ok\\r\\n'
""", v, "https://datatracker.ietf.org/doc/html/rfc4616")

v = season_pw()
S("smtp-transcript", "auth-login-base64", "docs/troubleshooting/swaks-output.txt", f"""Output of swaks when the relay rejected mail on 2023-11-02 (ticket OPS-2231):

=== Trying smtp.crestview-hr.example:587...
=== Connected to smtp.crestview-hr.example.
<-  220 smtp.crestview-hr.example ESMTP Postfix
 -> EHLO build-agent-07
<-  250-smtp.crestview-hr.example
<-  250-AUTH LOGIN PLAIN
<-  250 8BITMIME
 -> AUTH LOGIN
<-  334 VXNlcm5hbWU6
 -> {b64("payroll-notify@crestview-hr.example")}
<-  334 UGFzc3dvcmQ6
 -> {b64(v)}
<-  235 2.7.0 Authentication successful
 -> MAIL FROM:<payroll-notify@crestview-hr.example>
<-  250 2.1.0 Ok
""", v, "https://github.com/jetmore/swaks/blob/develop/doc/base.pod")

D("dovecot-passwd", "sha512-crypt-hashes", "etc/dovecot/users", f"""# user:password:uid:gid:(gecos):home:(shell):extra_fields
# hashes made with: doveadm pw -s SHA512-CRYPT
info@larkspur-studio.example:{{SHA512-CRYPT}}{sha512_crypt()}::::::
orders@larkspur-studio.example:{{SHA512-CRYPT}}{sha512_crypt()}::::::
nina@larkspur-studio.example:{{SHA512-CRYPT}}{sha512_crypt()}::::::userdb_quota_rule=*:storage=2G
noreply@larkspur-studio.example:{{SHA512-CRYPT}}{sha512_crypt()}::::::
""", "https://doc.dovecot.org/configuration_manual/authentication/passwd_file/")

D("sql", "bcrypt-admin-seed", "database/seeds/newsletter_admins.sql", f"""-- Seed admins for the newsletter back office.
-- Passwords are bcrypt hashes (cost 10); ask the team lead for the initial ones.
INSERT INTO admins (id, email, password_hash, role, created_at) VALUES
  (1, 'editor@weekly-harvest.example', '{bcrypt_hash()}', 'editor', NOW()),
  (2, 'owner@weekly-harvest.example',  '{bcrypt_hash()}', 'owner',  NOW()),
  (3, 'intern@weekly-harvest.example', '{bcrypt_hash()}', 'viewer', NOW());

INSERT INTO lists (id, name, double_opt_in) VALUES
  (1, 'Weekly Harvest', true),
  (2, 'Farm shop offers', true);
""", "https://www.php.net/manual/en/function.password-hash.php")

v = pem_key("RSA")
S("dkim", "private-key", "opendkim/keys/mail.private", v + "\n", v, "http://www.opendkim.org/opendkim-genkey.8.html")

D("dkim", "public-txt-record", "opendkim/keys/mail.txt", f"""mail._domainkey	IN	TXT	( "v=DKIM1; h=sha256; k=rsa; "
	  "p={pub_b64(200)}"
	  "{b64rand(150).replace('=', '')}" )  ; ----- DKIM key mail for foxhollow.example
""" + "\n; publish at your DNS host, then check with:\n; opendkim-testkey -d foxhollow.example -s mail -vvv\n",
  "http://www.opendkim.org/opendkim-genkey.8.html")

D("dns-zone", "mail-records", "dns/zones/db.pebblecreek.example", f"""$ORIGIN pebblecreek.example.
$TTL 3600
@       IN SOA  ns1.pebblecreek.example. hostmaster.pebblecreek.example. (
                2024061101 ; serial
                7200       ; refresh
                3600       ; retry
                1209600    ; expire
                3600 )     ; minimum
        IN NS   ns1.pebblecreek.example.
        IN MX   10 mxa.mailgun.org.
        IN MX   10 mxb.mailgun.org.
@       IN TXT  "v=spf1 include:mailgun.org include:sendgrid.net ~all"
@       IN TXT  "google-site-verification={fakes.drawn(_seed(), 43, URLSAFE)}"
_dmarc  IN TXT  "v=DMARC1; p=quarantine; rua=mailto:dmarc@pebblecreek.example"
mx._domainkey IN TXT "k=rsa; p={pub_b64(180)}"
s1._domainkey IN CNAME s1.domainkey.u{_rng().randint(1000000, 9999999)}.wl.sendgrid.net.
em4821  IN CNAME u{_rng().randint(1000000, 9999999)}.wl.sendgrid.net.
""", "https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#verify-your-domain")

v = words_pw()
S("k8s-secret", "base64-smtp-password", "k8s/base/smtp-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: smtp-credentials
  namespace: notifications
  labels:
    app.kubernetes.io/part-of: notifications
type: Opaque
data:
  SMTP_HOST: {b64("smtp.office365.com")}
  SMTP_PORT: {b64("587")}
  SMTP_USERNAME: {b64("notify@harrowgate-logistics.example")}
  SMTP_PASSWORD: {b64(v)}
""", v, K8S)

v = sendgrid_key()
S("k8s-secret", "stringdata-sendgrid", "deploy/overlays/prod/sendgrid-secret.yaml", f"""---
apiVersion: v1
kind: Secret
metadata:
  name: sendgrid
  namespace: shop-prod
  annotations:
    kustomize.config.k8s.io/needs-hash: "true"
type: Opaque
stringData:
  SENDGRID_API_KEY: {v}
  SENDGRID_FROM: orders@bramblewood-shop.example
""", v, K8S)

v = twilio_token()
S("k8s-secret", "base64-twilio-token", "manifests/sms-gateway/secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: twilio
  namespace: sms-gateway
type: Opaque
data:
  account-sid: {b64(twilio_sid())}
  auth-token: {b64(v)}
  messaging-service-sid: {b64(twilio_sid("MG"))}
""", v, K8S)

D("k8s-sealed-secret", "encrypted-data", "k8s/prod/mailgun-sealedsecret.yaml", f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mailgun
  namespace: newsletter
spec:
  encryptedData:
    MAILGUN_API_KEY: {b64rand(380)}
    MAILGUN_WEBHOOK_SIGNING_KEY: {b64rand(360)}
  template:
    metadata:
      name: mailgun
      namespace: newsletter
    type: Opaque
""", "https://github.com/bitnami-labs/sealed-secrets#usage")

D("sops", "encrypted-yaml", "secrets/prod/messaging.enc.yaml", f"""twilio:
    account_sid: ENC[AES256_GCM,data:{b64rand(25)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]
    auth_token: ENC[AES256_GCM,data:{b64rand(24)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]
postmark:
    server_token: ENC[AES256_GCM,data:{b64rand(27)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]
sops:
    kms: []
    age:
        - recipient: age1{fakes.drawn(_seed(), 58, string.ascii_lowercase + "023456789")}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            {b64rand(48)}
            {b64rand(48)}
            {b64rand(30)}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-18T10:22:31Z"
    mac: ENC[AES256_GCM,data:{b64rand(64)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", "https://github.com/getsops/sops#encrypting-using-age")

v = words_pw()
S("helm-values", "smtp-password", "deploy/values-prod.yaml", f"""replicaCount: 3

image:
  repository: registry.gitlab.com/hillcrest/portal
  tag: "3.12.0"

ingress:
  enabled: true
  hosts:
    - host: portal.hillcrest-school.example
      paths: ["/"]

smtp:
  enabled: true
  host: smtp.office365.com
  port: 587
  user: portal-noreply@hillcrest-school.example
  password: "{v}"
  from: "Hillcrest Portal <portal-noreply@hillcrest-school.example>"

resources:
  requests:
    cpu: 250m
    memory: 512Mi
""", v, "https://helm.sh/docs/chart_template_guide/values_files/")

D("helm-values", "existing-secret", "charts/portal/values.yaml", """# Default values for portal.
smtp:
  enabled: false
  host: ""
  port: 587
  user: ""
  # -- Leave empty and set existingSecret to read the password from a Secret
  password: ""
  existingSecret: ""
  existingSecretPasswordKey: smtp-password

twilio:
  accountSid: ""
  existingSecret: twilio-credentials
""", "https://helm.sh/docs/chart_best_practices/values/")

D("helm-template", "values-expression", "charts/portal/templates/secret.yaml", """{{- if and .Values.smtp.enabled (not .Values.smtp.existingSecret) }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "portal.fullname" . }}-smtp
  labels:
    {{- include "portal.labels" . | nindent 4 }}
type: Opaque
data:
  smtp-password: {{ .Values.smtp.password | b64enc | quote }}
  {{- if .Values.twilio.authToken }}
  twilio-auth-token: {{ .Values.twilio.authToken | b64enc | quote }}
  {{- end }}
{{- end }}
""", "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

v = rand_pw(24)
S("ansible-vars", "relay-password", "inventories/prod/group_vars/mailrelay.yml", f"""---
postfix_relayhost: "[smtp.eu.mailgun.org]:587"
postfix_relayhost_user: "postmaster@mg.seabright.example"
postfix_relayhost_password: "{v}"
postfix_mynetworks:
  - 127.0.0.0/8
  - 10.20.0.0/16
postfix_inet_interfaces: all
postfix_smtp_tls_security_level: encrypt
""", v, "https://github.com/Oefenweb/ansible-postfix#role-variables")

D("ansible-vars", "vault-inline", "inventories/prod/group_vars/all/mail.yml", f"""---
mail_relay_host: smtp.sendgrid.net
mail_relay_port: 587
mail_relay_user: apikey
mail_relay_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
{chr(10).join("          " + line for line in vault_blob(5).splitlines())}
twilio_account_sid: "{{{{ vault_twilio_account_sid }}}}"
twilio_auth_token: "{{{{ vault_twilio_auth_token }}}}"
""", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault")

D("jinja-template", "role-template", "roles/postfix/templates/sasl_passwd.j2", """# {{ ansible_managed }}
{% for relay in postfix_sasl_relays %}
[{{ relay.host }}]:{{ relay.port | default(587) }} {{ relay.user }}:{{ relay.password }}
{% endfor %}
{% if postfix_fallback_relay is defined %}
{{ postfix_fallback_relay.host }} {{ postfix_fallback_relay.user }}:{{ postfix_fallback_relay.password }}
{% endif %}
""", "https://jinja.palletsprojects.com/en/stable/templates/")

v = sendgrid_key()
S("terraform", "sendgrid-provider", "infra/email/main.tf", f'''terraform {{
  required_providers {{
    sendgrid = {{
      source  = "anna-money/sendgrid"
      version = "~> 1.0"
    }}
  }}
}}

provider "sendgrid" {{
  api_key = "{v}"
}}

resource "sendgrid_template" "welcome" {{
  name       = "welcome-email"
  generation = "dynamic"
}}

resource "sendgrid_domain_authentication" "main" {{
  domain             = "mail.lindqvist-design.example"
  is_default         = true
  automatic_security = true
}}
''', v, "https://registry.terraform.io/providers/anna-money/sendgrid/latest/docs")

v = mailgun_key()
S("terraform", "mailgun-provider", "terraform/mailgun.tf", f'''provider "mailgun" {{
  api_key = "{v}"
}}

resource "mailgun_domain" "default" {{
  name          = "mg.oakridge-vets.example"
  region        = "eu"
  spam_action   = "disabled"
  dkim_key_size = 2048
}}

resource "mailgun_route" "support" {{
  priority    = 0
  description = "forward support mail"
  expression  = "match_recipient('support@mg.oakridge-vets.example')"
  actions     = ["forward('https://helpdesk.oakridge-vets.example/inbound')", "stop()"]
}}
''', v, "https://registry.terraform.io/providers/wgebis/mailgun/latest/docs")

D("terraform", "sensitive-variable", "terraform/variables.tf", '''variable "mailgun_api_key" {
  description = "Mailgun API key (set in TF_VAR_mailgun_api_key or the workspace)"
  type        = string
  sensitive   = true
}

variable "twilio_auth_token" {
  type      = string
  sensitive = true
}

provider "mailgun" {
  api_key = var.mailgun_api_key
}

provider "twilio" {
  username = "AC00000000000000000000000000000000"
  password = var.twilio_auth_token
}
''', "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

v = twilio_token()
SV("terraform", "twilio-provider", "infra/sms/providers.tf", '''terraform {
  required_providers {
    twilio = {
      source  = "twilio/twilio"
      version = ">=0.4.0"
    }
  }
}

# Credentials for the production subaccount
provider "twilio" {
  username = "@SID@"
  password = "@V@"
}

resource "twilio_api_accounts_keys" "ci_key" {
  friendly_name = "ci-deploys"
}
''', v, "https://registry.terraform.io/providers/twilio/twilio/latest/docs", sid=twilio_sid())

v = gmail_app_pw()
S("github-actions", "send-mail-password", ".github/workflows/nightly-report.yml", f"""name: Nightly report

on:
  schedule:
    - cron: "0 5 * * *"
  workflow_dispatch:

jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/build_report.py > report.html
      - name: Send mail
        uses: dawidd6/action-send-mail@v3
        with:
          server_address: smtp.gmail.com
          server_port: 465
          secure: true
          username: ci.reports.bot@gmail.com
          password: {v}
          subject: Nightly report ${{{{ github.run_number }}}}
          to: team@thornfield-analytics.example
          from: CI Reports
          html_body: file://report.html
""", v, "https://github.com/dawidd6/action-send-mail#example")

D("github-actions", "secrets-expression", ".github/workflows/notify.yml", """name: Notify on release

on:
  release:
    types: [published]

jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - name: Email subscribers
        uses: dawidd6/action-send-mail@v3
        with:
          server_address: smtp.sendgrid.net
          server_port: 587
          username: apikey
          password: ${{ secrets.SENDGRID_API_KEY }}
          subject: "Release ${{ github.event.release.tag_name }}"
          to: announce@lists.example.org
          from: Release Bot <releases@example.org>
          body: ${{ github.event.release.body }}
      - name: SMS on-call
        run: |
          curl -s -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_SID/Messages.json" \\
            -u "$TWILIO_SID:$TWILIO_TOKEN" \\
            --data-urlencode "Body=Released ${{ github.event.release.tag_name }}"
        env:
          TWILIO_SID: ${{ secrets.TWILIO_ACCOUNT_SID }}
          TWILIO_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
""", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

v = mailgun_key_old()
SV("gitlab-ci", "curl-mailgun", ".gitlab-ci.yml", '''stages:
  - test
  - notify

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

notify_failure:
  stage: notify
  image: curlimages/curl:8.7.1
  when: on_failure
  script:
    - >
      curl -s --user "api:@V@"
      https://api.mailgun.net/v3/mg.pinewood-dev.example/messages
      -F from="CI <ci@mg.pinewood-dev.example>"
      -F to=dev-team@pinewood-dev.example
      -F subject="Pipeline $CI_PIPELINE_ID failed"
      -F text="$CI_PIPELINE_URL"
''', v, "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Messages/")

v = words_pw()
S("cloud-init", "msmtprc-block-scalar", "cloud-init/user-data.yaml", f"""#cloud-config
package_update: true
packages:
  - msmtp-mta
  - unattended-upgrades

write_files:
  - path: /etc/msmtprc
    permissions: "0600"
    owner: root:root
    content: |
      defaults
      auth on
      tls on
      tls_trust_file /etc/ssl/certs/ca-certificates.crt
      account default
      host smtp.ionos.co.uk
      port 587
      from server-alerts@stonebridge-joinery.example
      user server-alerts@stonebridge-joinery.example
      password {v}

runcmd:
  - [sh, -c, "echo 'cloud-init done' | mail -s \\"$(hostname) up\\" ops@stonebridge-joinery.example"]
""", v, "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files")

v = rand_pw(20)
S("k8s-configmap", "sasl-passwd-in-configmap", "k8s/postfix/configmap.yaml", f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: postfix-relay-config
  namespace: mail
data:
  main.cf: |
    relayhost = [in-v3.mailjet.com]:587
    smtp_sasl_auth_enable = yes
    smtp_sasl_password_maps = lmdb:/etc/postfix/sasl_passwd
    smtp_sasl_security_options = noanonymous
    smtp_tls_security_level = encrypt
  sasl_passwd: |
    [in-v3.mailjet.com]:587 {hexs(32)}:{v}
""", v, "https://documentation.mailjet.com/hc/en-us/articles/360043229473")

v = words_pw()
S("systemd", "environment-password", "etc/systemd/system/digest-mailer.service", f"""[Unit]
Description=Daily digest mailer
After=network-online.target
Wants=network-online.target

[Service]
Type=oneshot
User=digest
WorkingDirectory=/opt/digest
Environment=SMTP_HOST=smtp.hetzner-mail.example
Environment=SMTP_USER=digest@copperfield-news.example
Environment="SMTP_PASSWORD={v}"
ExecStart=/opt/digest/.venv/bin/python -m digest.send

[Install]
WantedBy=multi-user.target
""", v, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

D("systemd", "environment-file", "etc/systemd/system/newsletter-worker.service", """[Unit]
Description=Newsletter queue worker
After=network-online.target redis.service

[Service]
User=newsletter
WorkingDirectory=/srv/newsletter
EnvironmentFile=/etc/newsletter/worker.env
LoadCredential=sendgrid_key:/etc/credstore/sendgrid_key
ExecStart=/srv/newsletter/bin/worker --queue=campaigns --concurrency=4
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#LoadCredential=ID:PATH")

v = passphrase()
S("crontab", "cli-flag-password", "ops/crontab.txt", f"""# m h  dom mon dow   command
MAILTO=""
SHELL=/bin/bash

# weekly newsletter, Thursday 07:30
30 7 * * 4  cd /srv/newsletter && ./venv/bin/python send_newsletter.py --smtp-host mail.greenhouse-collective.example --smtp-user news@greenhouse-collective.example --smtp-password '{v}' --list members >> /var/log/newsletter.log 2>&1

# purge bounced addresses nightly
15 2 * * *  cd /srv/newsletter && ./venv/bin/python purge_bounces.py >> /var/log/newsletter.log 2>&1
""", v, "https://man7.org/linux/man-pages/man5/crontab.5.html")

v = words_pw()
S("powershell", "send-mailmessage-securestring", "scripts/Send-BackupReport.ps1", crlf(f"""# Mails the nightly Veeam report to the IT mailbox
param(
    [string]$ReportPath = "D:\\Reports\\veeam-latest.html"
)

$smtpServer = "smtp.office365.com"
$user = "backup-reports@elmstead-council.example"
$securePass = ConvertTo-SecureString "{v}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $securePass)

Send-MailMessage -From $user -To "it@elmstead-council.example" `
    -Subject "Backup report $(Get-Date -Format yyyy-MM-dd)" `
    -BodyAsHtml (Get-Content $ReportPath -Raw) `
    -SmtpServer $smtpServer -Port 587 -UseSsl -Credential $cred
"""), v, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage")

D("powershell", "clixml-credential", "scripts/Send-DiskAlert.ps1", crlf("""# Credential was exported once with:
#   Get-Credential | Export-Clixml -Path C:\\ops\\smtp-cred.xml
# Export-Clixml protects it with DPAPI for this user on this machine only.
$cred = Import-Clixml -Path "C:\\ops\\smtp-cred.xml"

$low = Get-PSDrive -PSProvider FileSystem | Where-Object { $_.Free -lt 10GB }
if ($low) {
    Send-MailMessage -From "alerts@elmstead-council.example" -To "it@elmstead-council.example" `
        -Subject "Low disk on $env:COMPUTERNAME" -Body ($low | Out-String) `
        -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $cred
}
"""), "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/export-clixml")

# ============================================================================================
# Email marketing and transactional APIs
# ============================================================================================
v = mailchimp_key()
S("python", "mailchimp-client", "newsletter/sync_audience.py", f'''"""Push new shop customers into the Mailchimp audience every night."""
import csv
import sys

import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

AUDIENCE_ID = "4f1b2c9d0e"

client = MailchimpMarketing.Client()
client.set_config({{
    "api_key": "{v}",
    "server": "{v.rsplit("-", 1)[1]}",
}})


def main(path: str) -> None:
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                client.lists.add_list_member(AUDIENCE_ID, {{
                    "email_address": row["email"],
                    "status": "subscribed",
                    "merge_fields": {{"FNAME": row["first_name"]}},
                }})
            except ApiClientError as error:
                print(row["email"], error.text, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
''', v, MAILCHIMP)

v = mailchimp_key()
S("dotenv", "mailchimp-key", "web/.env", f'''NODE_ENV=production
PORT=3000
NEXT_PUBLIC_SITE_URL=https://wildflower-fest.example
MAILCHIMP_API_KEY={v}
MAILCHIMP_API_SERVER={v.rsplit("-", 1)[1]}
MAILCHIMP_AUDIENCE_ID=a81c3e5f27
NEXT_PUBLIC_GA_ID=G-7QK2M4XZ1B
''', v, MAILCHIMP)

v = mailchimp_key()
S("php", "mailchimp-signup-handler", "public/subscribe.php", f"""<?php
// Footer signup form posts here.
$apiKey = '{v}';
$listId = '9e2d7b1a40';
$dc = substr($apiKey, strpos($apiKey, '-') + 1);

$email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);
if (!$email) {{
    http_response_code(422);
    exit('Invalid e-mail address');
}}

$ch = curl_init("https://$dc.api.mailchimp.com/3.0/lists/$listId/members/" . md5(strtolower($email)));
curl_setopt($ch, CURLOPT_USERPWD, 'user:' . $apiKey);
curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'PUT');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['email_address' => $email, 'status_if_new' => 'pending']));
$result = curl_exec($ch);
$code = curl_getinfo($ch, CURLINFO_HTTP_CODE);
curl_close($ch);
header('Location: /thanks.html');
""", v, "https://mailchimp.com/developer/marketing/docs/fundamentals/#api-structure")

v = mailchimp_key()
S("markdown", "mailchimp-curl-readme", "docs/mailchimp-export.md", f"""# Exporting the audience

We pull the full member list once a month for the board report.

```bash
curl -s --user "anystring:{v}" \\
  "https://{v.rsplit("-", 1)[1]}.api.mailchimp.com/3.0/lists/5c7d2e91fa/members?count=1000&fields=members.email_address,members.status" \\
  | jq -r '.members[] | [.email_address, .status] | @csv' > members.csv
```

The result goes to the shared drive under `Reports/Newsletter`.
""", v, "https://mailchimp.com/developer/marketing/docs/fundamentals/#connecting-to-the-api")

v = sendgrid_key()
S("python", "sendgrid-client", "app/notifications/email.py", f'''import logging

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

log = logging.getLogger(__name__)

sg = SendGridAPIClient(api_key="{v}")


def send_password_reset(to_email: str, link: str) -> None:
    message = Mail(
        from_email="security@ravenmoor.example",
        to_emails=to_email,
        subject="Reset your password",
        html_content=f"<p><a href=\\"{{link}}\\">Reset password</a></p>",
    )
    response = sg.send(message)
    log.info("sendgrid status=%s", response.status_code)
''', v, "https://github.com/sendgrid/sendgrid-python#quick-start")

v = sendgrid_key()
a, b, c = v[:24], v[24:50], v[50:]
S("python", "sendgrid-split-literal", "scripts/blast.py", f'''#!/usr/bin/env python3
"""One-off: announce the new opening hours to the customer list."""
import csv

import requests

# split so the key doesn't show up in grep ;)
SG_KEY = ("{a}"
          "{b}"
          "{c}")


def send(to: str) -> int:
    payload = {{
        "personalizations": [{{"to": [{{"email": to}}]}}],
        "from": {{"email": "hello@cornerstone-deli.example"}},
        "template_id": "d-1b7e4c0a9f3d4e2b8c6a5f0e1d2c3b4a",
    }}
    r = requests.post("https://api.sendgrid.com/v3/mail/send", json=payload,
                      headers={{"Authorization": f"Bearer {{SG_KEY}}"}}, timeout=10)
    return r.status_code


with open("customers.csv") as fh:
    for row in csv.DictReader(fh):
        print(row["email"], send(row["email"]))
''', v, "https://www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send")

v = sendgrid_key()
S("markdown", "sendgrid-readme-real", "README.md", f"""# order-mailer

Small service that listens on the `orders.created` topic and sends the confirmation mail.

## Running locally

```
docker compose up -d kafka
poetry install
poetry run order-mailer
```

## Testing the SendGrid side by hand

```
curl --request POST \\
  --url https://api.sendgrid.com/v3/mail/send \\
  --header 'Authorization: Bearer {v}' \\
  --header 'Content-Type: application/json' \\
  --data '{{"personalizations":[{{"to":[{{"email":"qa@brightmoor.example"}}]}}],"from":{{"email":"orders@brightmoor.example"}},"subject":"test","content":[{{"type":"text/plain","value":"hi"}}]}}'
```

## Deploy

Merges to `main` deploy to staging; tags deploy to production.
""", v, "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started")

v = sendgrid_key()
S("jupyter", "sendgrid-notebook", "notebooks/campaign_test.ipynb", f'''{{
 "cells": [
  {{
   "cell_type": "markdown",
   "metadata": {{}},
   "source": ["# Test send of the spring campaign"]
  }},
  {{
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {{}},
   "outputs": [
    {{
     "name": "stdout",
     "output_type": "stream",
     "text": ["202\\n"]
    }}
   ],
   "source": [
    "import sendgrid\\n",
    "from sendgrid.helpers.mail import Mail\\n",
    "sg = sendgrid.SendGridAPIClient(\\"{v}\\")\\n",
    "msg = Mail(\\"news@meadowlark-garden.example\\", \\"me@meadowlark-garden.example\\", \\"Spring!\\", html_content=html)\\n",
    "print(sg.send(msg).status_code)"
   ]
  }}
 ],
 "metadata": {{
  "kernelspec": {{"display_name": "Python 3", "language": "python", "name": "python3"}},
  "language_info": {{"name": "python", "version": "3.11.6"}}
 }},
 "nbformat": 4,
 "nbformat_minor": 5
}}
''', v, "https://nbformat.readthedocs.io/en/latest/format_description.html")

v = mailgun_key()
S("python", "mailgun-requests-auth", "tools/send_invoice_reminders.py", f'''import datetime as dt

import requests

MAILGUN_DOMAIN = "mg.hollis-accounting.example"


def send_reminder(to: str, invoice_no: str, due: dt.date) -> requests.Response:
    return requests.post(
        f"https://api.mailgun.net/v3/{{MAILGUN_DOMAIN}}/messages",
        auth=("api", "{v}"),
        data={{
            "from": f"Hollis Accounting <billing@{{MAILGUN_DOMAIN}}>",
            "to": [to],
            "subject": f"Reminder: invoice {{invoice_no}} is due {{due:%d %B}}",
            "template": "invoice-reminder",
            "h:X-Mailgun-Variables": f'{{{{"invoice": "{{invoice_no}}"}}}}',
        }},
        timeout=15,
    )
''', v, MAILGUN)

v = hexs(32)
S("python", "mailgun-webhook-signing-key", "webhooks/settings.py", f'''"""Settings for the inbound webhook receiver."""

ALLOWED_SOURCES = ["mailgun", "postmark"]

# Sending -> Webhooks -> "HTTP webhook signing key"
MAILGUN_WEBHOOK_SIGNING_KEY = "{v}"

MAX_TIMESTAMP_SKEW = 15 * 60
EVENTS_TOPIC = "email-events"
''', v, "https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/#securing-webhooks")

v = mailgun_key_old()
S("http-client", "basic-auth-header", "http/mailgun.http", f"""### List domains
GET https://api.mailgun.net/v4/domains
Authorization: Basic {b64("api:" + v)}

### Send a test message
POST https://api.mailgun.net/v3/mg.vantage-gym.example/messages
Authorization: Basic {b64("api:" + v)}
Content-Type: application/x-www-form-urlencoded

from=Vantage Gym <classes@mg.vantage-gym.example>&to=qa@vantage-gym.example&subject=Test&text=Hello
""", v, "https://www.jetbrains.com/help/idea/exploring-http-syntax.html")

v = postmark_token()
SV("shell", "postmark-header", "bin/send-test-email.sh", '''#!/bin/sh
# usage: bin/send-test-email.sh someone@example.org
set -e
TO="${1:?recipient}"

curl -sS "https://api.postmarkapp.com/email" \\
  -X POST \\
  -H "Accept: application/json" \\
  -H "Content-Type: application/json" \\
  -H "X-Postmark-Server-Token: @V@" \\
  -d "{
        \\"From\\": \\"support@tallpine-saas.example\\",
        \\"To\\": \\"$TO\\",
        \\"Subject\\": \\"Postmark test\\",
        \\"TextBody\\": \\"Hello from $(hostname)\\",
        \\"MessageStream\\": \\"outbound\\"
      }"
''', v, POSTMARK)

v = postmark_token()
SV("node", "postmark-client", "src/mail/postmark.ts", '''import * as postmark from "postmark";

const client = new postmark.ServerClient("@V@");

export async function sendTemplated(to: string, alias: string, model: Record<string, unknown>) {
  return client.sendEmailWithTemplate({
    From: "Quayside Rentals <bookings@quayside.example>",
    To: to,
    TemplateAlias: alias,
    TemplateModel: model,
    MessageStream: "outbound",
  });
}
''', v, "https://github.com/ActiveCampaign/postmark.js#usage")

v = brevo_key()
S("python", "brevo-sdk", "crm/brevo_sync.py", f'''from __future__ import print_function

import sib_api_v3_sdk
from sib_api_v3_sdk.rest import ApiException

configuration = sib_api_v3_sdk.Configuration()
configuration.api_key["api-key"] = "{v}"

contacts_api = sib_api_v3_sdk.ContactsApi(sib_api_v3_sdk.ApiClient(configuration))


def upsert(email: str, first_name: str, list_id: int = 7) -> None:
    contact = sib_api_v3_sdk.CreateContact(
        email=email,
        attributes={{"FIRSTNAME": first_name}},
        list_ids=[list_id],
        update_enabled=True,
    )
    try:
        contacts_api.create_contact(contact)
    except ApiException as e:
        print("Brevo error: %s" % e)
''', v, "https://github.com/sendinblue/APIv3-python-library#getting-started")

v = brevo_key()
S("dotenv", "brevo-api-key", "api/.env.production", f'''NODE_ENV=production
DATABASE_URL=postgres://events@db.internal:5432/events
BREVO_API_KEY={v}
BREVO_SENDER_EMAIL=events@lakeshore-festivals.example
BREVO_SENDER_NAME="Lakeshore Festivals"
BREVO_LIST_ID=12
''', v, BREVO)

v = brevo_key()
SV("shell", "brevo-campaign-curl", "scripts/send_campaign.sh", '''#!/usr/bin/env bash
# Schedules the monthly members campaign in Brevo (Sendinblue).
set -euo pipefail

CAMPAIGN_ID="${1:?campaign id}"
WHEN="$(date -u -d 'tomorrow 08:00' +%Y-%m-%dT%H:%M:%SZ)"

curl --fail -sS --request PUT \\
  --url "https://api.brevo.com/v3/emailCampaigns/${CAMPAIGN_ID}" \\
  --header 'accept: application/json' \\
  --header 'api-key: @V@' \\
  --header 'content-type: application/json' \\
  --data "{\\"scheduledAt\\": \\"${WHEN}\\"}"

echo "campaign ${CAMPAIGN_ID} scheduled for ${WHEN}"
''', v, "https://developers.brevo.com/reference/updateemailcampaign")

v = ses_smtp_password()
user = fakes.aws_key_id(_seed())
S("csv", "ses-smtp-credentials", "ops/ses/credentials.csv", f"""IAM User Name,Smtp Username,Smtp Password
"ses-smtp-user.20240212-083015",{user},{v}
""" + "\n".join(f"# rotated {d}" for d in ["2023-02-10", "2023-08-11", "2024-02-12"]) + "\n", v, SES + "#smtp-credentials-console")

v = fakes.aws_secret_key(_seed())
S("python", "ses-derive-smtp-password", "ops/ses/smtp_password.py", f'''#!/usr/bin/env python3
"""Derive the SES SMTP password from an IAM secret access key (AWS's documented algorithm)."""
import base64
import hashlib
import hmac

DATE = "11111111"
SERVICE = "ses"
MESSAGE = "SendRawEmail"
TERMINAL = "aws4_request"
VERSION = 0x04


def sign(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def calculate_key(secret_access_key: str, region: str) -> str:
    signature = sign(("AWS4" + secret_access_key).encode("utf-8"), DATE)
    for part in (region, SERVICE, TERMINAL, MESSAGE):
        signature = sign(signature, part)
    return base64.b64encode(bytes([VERSION]) + signature).decode("utf-8")


if __name__ == "__main__":
    # key of IAM user mail-relay-prod
    print(calculate_key("{v}", "eu-west-1"))
''', v, SES + "#smtp-credentials-convert")

v = sparkpost_key()
S("node", "sparkpost-client", "services/mailer/index.js", f'''"use strict";

const SparkPost = require("sparkpost");
const client = new SparkPost("{v}", {{ origin: "https://api.eu.sparkpost.com:443" }});

module.exports.sendShippingNotice = async function (order) {{
  return client.transmissions.send({{
    options: {{ open_tracking: true, click_tracking: false }},
    content: {{ template_id: "shipping-notice" }},
    substitution_data: {{ order_id: order.id, carrier: order.carrier }},
    recipients: [{{ address: {{ email: order.email, name: order.name }} }}],
  }});
}};
''', v, "https://github.com/SparkPost/node-sparkpost#usage")

v = klaviyo_key()
S("python", "klaviyo-client", "integrations/klaviyo_events.py", f'''"""Sends order events from the warehouse system to Klaviyo."""
from klaviyo_api import KlaviyoAPI

klaviyo = KlaviyoAPI("{v}", max_delay=60, max_retries=3)


def track_order_shipped(email: str, order_id: str, value: float) -> None:
    klaviyo.Events.create_event({{
        "data": {{
            "type": "event",
            "attributes": {{
                "properties": {{"OrderId": order_id}},
                "metric": {{"data": {{"type": "metric", "attributes": {{"name": "Order Shipped"}}}}}},
                "profile": {{"data": {{"type": "profile", "attributes": {{"email": email}}}}}},
                "value": value,
            }},
        }}
    }})
''', v, "https://github.com/klaviyo/klaviyo-api-python#usage-example")

v = klaviyo_key()
SV("shell", "klaviyo-curl-header", "scripts/export_klaviyo_lists.sh", '''#!/usr/bin/env bash
set -euo pipefail
# Dumps the list names and ids for the marketing wiki.
curl -sS --request GET \\
     --url 'https://a.klaviyo.com/api/lists/?fields[list]=name,created' \\
     --header 'Authorization: Klaviyo-API-Key @V@' \\
     --header 'accept: application/vnd.api+json' \\
     --header 'revision: 2024-10-15' \\
  | jq -r '.data[] | "\\(.id)\\t\\(.attributes.name)"'
''', v, KLAVIYO)

v = hexs(20)
SV("ruby", "customerio-track-key", "config/initializers/customerio.rb", '''require "customerio"

$customerio = Customerio::Client.new(
  "@SITE@",        # site id
  "@V@",           # tracking api key
  region: Customerio::Regions::EU
)

ActiveSupport::Notifications.subscribe("user.signed_up") do |*, payload|
  $customerio.identify(id: payload[:user_id], email: payload[:email], created_at: Time.now.to_i)
end
''', v, "https://customer.io/docs/sdk/ruby/", site=hexs(20))

v = hexs(32)
S("python", "customerio-app-api", "jobs/transactional.py", f'''from customerio import APIClient, Regions, SendEmailRequest

# App API key (Settings > API Credentials > App API Keys)
api = APIClient("{v}", region=Regions.US)


def send_receipt(customer_id: str, email: str, order: dict) -> None:
    request = SendEmailRequest(
        transactional_message_id="3",
        identifiers={{"id": customer_id}},
        to=email,
        message_data={{"order_number": order["number"], "total": order["total"]}},
    )
    api.send_email(request)
''', v, "https://customer.io/docs/sdk/python/#transactional-api")

v = hexs(32)
S("node", "mailjet-secret", "server/mail/mailjet.js", f'''const Mailjet = require("node-mailjet");

const mailjet = Mailjet.apiConnect(
  "{hexs(32)}",
  "{v}"
);

async function sendTicket(to, pdfBase64) {{
  return mailjet.post("send", {{ version: "v3.1" }}).request({{
    Messages: [{{
      From: {{ Email: "tickets@harborlights-theatre.example", Name: "Harbor Lights" }},
      To: [{{ Email: to }}],
      Subject: "Your tickets",
      TextPart: "Your tickets are attached.",
      Attachments: [{{ ContentType: "application/pdf", Filename: "tickets.pdf", Base64Content: pdfBase64 }}],
    }}],
  }});
}}

module.exports = {{ sendTicket }};
''', v, "https://github.com/mailjet/mailjet-apiv3-nodejs#authentication")

v = resend_key()
S("dotenv", "resend-key", "apps/web/.env.local", f'''# Next.js local env, copied from Vercel
NEXT_PUBLIC_APP_URL=http://localhost:3000
RESEND_API_KEY={v}
EMAIL_FROM="Trailhead <onboarding@trailhead-app.example>"
NEXTAUTH_URL=http://localhost:3000
''', v, "https://resend.com/docs/send-with-nextjs")

v = mailersend_token()
S("dotenv", "mailersend-token", "backend/.env", f'''APP_ENV=production
MAIL_MAILER=mailersend
MAILERSEND_API_KEY={v}
MAIL_FROM_ADDRESS=info@kiln-and-clay.example
MAIL_FROM_NAME="Kiln & Clay"
''', v, "https://github.com/mailersend/mailersend-laravel-driver#usage")

v = postmark_token()
SV("shell", "docker-run-env", "deploy/run-prod.sh", '''#!/usr/bin/env bash
set -euo pipefail

IMAGE=ghcr.io/meridian-health/notify:${TAG:-latest}

docker pull "$IMAGE"
docker rm -f notify 2>/dev/null || true
docker run -d --name notify --restart unless-stopped \\
  -p 127.0.0.1:8081:8080 \\
  -e NODE_ENV=production \\
  -e POSTMARK_SERVER_TOKEN=@V@ \\
  -e MAIL_FROM=noreply@meridian-health.example \\
  -v /srv/notify/data:/data \\
  "$IMAGE"
''', v, "https://docs.docker.com/reference/cli/docker/container/run/#env")

v = words_pw()
S("python", "smtplib-login", "reports/weekly_kpi_mail.py", f'''import smtplib
import ssl
from email.message import EmailMessage

import pandas as pd

SMTP_HOST = "mail.ferncliff-retail.example"
SMTP_USER = "kpi-bot@ferncliff-retail.example"


def send(df: pd.DataFrame) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Weekly KPIs"
    msg["From"] = SMTP_USER
    msg["To"] = "leadership@ferncliff-retail.example"
    msg.set_content("See attached.")
    msg.add_attachment(df.to_csv(index=False).encode(), maintype="text", subtype="csv", filename="kpi.csv")
    with smtplib.SMTP(SMTP_HOST, 587) as server:
        server.starttls(context=ssl.create_default_context())
        server.login(SMTP_USER, "{v}")
        server.send_message(msg)


if __name__ == "__main__":
    send(pd.read_parquet("/data/kpi/latest.parquet"))
''', v, "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login")

v = season_pw()
S("python", "docstring-example-real", "mailtools/relay.py", f'''"""Tiny wrapper around smtplib for our cron jobs.

Example (this is how the backup job calls it)::

    >>> from mailtools.relay import Relay
    >>> r = Relay("smtp.northwind-freight.example", "backup@northwind-freight.example", "{v}")
    >>> r.send("ops@northwind-freight.example", "backup ok", "all volumes done")
"""
import smtplib
from email.message import EmailMessage


class Relay:
    def __init__(self, host: str, user: str, password: str, port: int = 587) -> None:
        self.host, self.user, self.password, self.port = host, user, password, port

    def send(self, to: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = self.user, to, subject
        msg.set_content(body)
        with smtplib.SMTP(self.host, self.port) as s:
            s.starttls()
            s.login(self.user, self.password)
            s.send_message(msg)
''', v, "https://docs.python.org/3/library/doctest.html")

v = sendgrid_key()
S("ecs-task-definition", "plaintext-environment", "deploy/ecs/notify-task.json", f'''{{
  "family": "notify",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::{_rng().randint(10**11, 10**12 - 1)}:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {{
      "name": "notify",
      "image": "public.ecr.aws/acorn-labs/notify:1.8.2",
      "essential": true,
      "portMappings": [{{"containerPort": 8080}}],
      "environment": [
        {{"name": "MAIL_FROM", "value": "noreply@acorn-labs.example"}},
        {{"name": "SENDGRID_API_KEY", "value": "{v}"}}
      ]
    }}
  ]
}}
''', v, "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_environment")

v = rand_pw(16)
S("yaml", "newsletter-tool-config", "newsletter/config.yaml", f"""# config for the mkdocs-newsletter sender
list:
  source: subscribers.csv
  double_opt_in: true
smtp:
  host: smtp.eu.mailgun.org
  port: 587
  starttls: true
  username: newsletter@mg.openhiking.example
  password: >-
    {v}
sender:
  name: Open Hiking Club
  email: newsletter@mg.openhiking.example
throttle_per_minute: 120
""", v, "https://yaml.org/spec/1.2.2/#folded-style")

# ============================================================================================
# SMS and voice
# ============================================================================================
v = twilio_token()
SV("python", "twilio-client", "alerts/sms.py", '''import os

from twilio.rest import Client

ACCOUNT_SID = "@SID@"
AUTH_TOKEN = "@V@"
FROM_NUMBER = "+14155238886"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def page_oncall(text: str) -> str:
    to = os.environ.get("ONCALL_NUMBER", "+4917612345678")
    message = client.messages.create(body=text[:1500], from_=FROM_NUMBER, to=to)
    return message.sid
''', v, "https://www.twilio.com/docs/messaging/quickstart/python", sid=twilio_sid())

v = twilio_token()
S("dotenv", "twilio-auth-token", "server/.env", f'''PORT=5000
TWILIO_ACCOUNT_SID={twilio_sid()}
TWILIO_AUTH_TOKEN={v}
TWILIO_PHONE_NUMBER=+12025550148
TWILIO_VERIFY_SERVICE_SID={twilio_sid("VA")}
JWT_EXPIRES_IN=15m
''', v, "https://www.twilio.com/docs/usage/secure-credentials")

v = fakes.drawn_mixed(_seed(), 32)
SV("node", "twilio-api-key-secret", "src/lib/twilio.js", '''import twilio from "twilio";

// API key "reminders-prod" (created 2024-01-09)
const client = twilio("@KEY@", "@V@", {
  accountSid: "@SID@",
  region: "ie1",
  edge: "dublin",
});

export async function sendReminder(to, when) {
  return client.messages.create({
    messagingServiceSid: "@MG@",
    to,
    body: `Reminder: your appointment is on ${when}. Reply C to cancel.`,
  });
}
''', v, "https://www.twilio.com/docs/iam/api-keys", key=twilio_sid("SK"), sid=twilio_sid(), mg=twilio_sid("MG"))

v = twilio_token()
sid = twilio_sid()
S("shell", "twilio-url-basic-auth", "scripts/sms-deploy-notice.sh", f'''#!/bin/sh
# called by the deploy hook: sms-deploy-notice.sh "<message>"
MSG="${{1:-deploy finished}}"
curl -s -X POST "https://{sid}:{v}@api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json" \\
     --data-urlencode "From=+13105550123" \\
     --data-urlencode "To=+13105550199" \\
     --data-urlencode "Body=$MSG" > /dev/null
''', v, "https://www.twilio.com/docs/usage/requests-to-twilio#authenticate-with-http")

v = twilio_token()
S("postman-environment", "twilio-token", "postman/twilio-prod.postman_environment.json", f'''{{
  "id": "{uuid_s()}",
  "name": "Twilio (prod)",
  "values": [
    {{
      "key": "accountSid",
      "value": "{twilio_sid()}",
      "type": "default",
      "enabled": true
    }},
    {{
      "key": "authToken",
      "value": "{v}",
      "type": "secret",
      "enabled": true
    }},
    {{
      "key": "fromNumber",
      "value": "+15005550006",
      "type": "default",
      "enabled": true
    }}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-02-19T14:03:11.482Z",
  "_postman_exported_using": "Postman/10.23.5"
}}
''', v, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

v = twilio_token()
SV("php", "twilio-laravel-service", "app/Services/SmsService.php", '''<?php

namespace App\\Services;

use Twilio\\Rest\\Client;

class SmsService
{
    private Client $client;

    public function __construct()
    {
        $this->client = new Client('@SID@', '@V@');
    }

    public function send(string $to, string $body): string
    {
        $message = $this->client->messages->create($to, [
            'from' => config('services.twilio.from', '+447700900123'),
            'body' => $body,
        ]);

        return $message->sid;
    }
}
''', v, "https://www.twilio.com/docs/libraries/reference/twilio-php", sid=twilio_sid())

v = vonage_secret()
S("python", "vonage-client", "notify/vonage_sms.py", f'''import vonage

client = vonage.Client(key="{hexs(8)}", secret="{v}")
sms = vonage.Sms(client)


def send(to: str, text: str) -> None:
    response = sms.send_message({{"from": "Brightline", "to": to, "text": text}})
    status = response["messages"][0]["status"]
    if status != "0":
        raise RuntimeError(response["messages"][0]["error-text"])
''', v, "https://github.com/Vonage/vonage-python-sdk#sms-api")

v = fakes.fake_pem(_seed(), "")
v = v.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
S("pem", "vonage-application-key", "voice-app/private.key", v + "\n", v, "https://developer.vonage.com/en/application/overview")

v = vonage_secret()
S("dotenv", "nexmo-api-secret", "sms-service/.env", f'''# Nexmo (now Vonage) credentials for the 2FA service
NEXMO_API_KEY={hexs(8)}
NEXMO_API_SECRET={v}
NEXMO_BRAND_NAME=Pennywise
REDIS_URL=redis://localhost:6379/2
''', v, "https://github.com/Nexmo/nexmo-node#usage")

v = fakes.drawn_mixed(_seed(), 50)
S("ruby", "vonage-signature-secret", "config/initializers/vonage.rb", f'''Vonage.configure do |config|
  config.api_key = ENV.fetch("VONAGE_API_KEY")
  config.api_secret = ENV.fetch("VONAGE_API_SECRET")
  config.application_id = ENV.fetch("VONAGE_APPLICATION_ID")
  config.private_key = File.read(Rails.root.join("config/vonage/private.key"))
  # used to verify signed inbound-SMS webhooks
  config.signature_secret = "{v}"
  config.signature_method = "sha256"
end
''', v, "https://developer.vonage.com/en/getting-started/concepts/signing-messages")

v = messagebird_key()
S("node", "messagebird-client", "lib/sms.js", f'''const {{ initClient }} = require("messagebird");

const messagebird = initClient("{v}");

function sendCode(recipient, code) {{
  return new Promise((resolve, reject) => {{
    messagebird.messages.create(
      {{ originator: "Tulipmart", recipients: [recipient], body: `Your code: ${{code}}` }},
      (err, response) => (err ? reject(err) : resolve(response.id))
    );
  }});
}}

module.exports = {{ sendCode }};
''', v, MESSAGEBIRD)

v = plivo_token()
SV("python", "plivo-client", "messaging/plivo_send.py", '''import plivo

AUTH_ID = "@AID@"
AUTH_TOKEN = "@V@"

client = plivo.RestClient(AUTH_ID, AUTH_TOKEN)


def send_otp(dst: str, code: str) -> str:
    response = client.messages.create(
        src="+14153336666",
        dst=dst,
        text=f"{code} is your Lumio verification code",
    )
    return response.message_uuid[0]
''', v, PLIVO, aid=plivo_auth_id())

v = plivo_token()
S("dotenv", "plivo-auth-token", "voice-ivr/.env", f'''PLIVO_AUTH_ID={plivo_auth_id()}
PLIVO_AUTH_TOKEN={v}
PLIVO_NUMBER=+14155550173
ANSWER_URL=https://ivr.kestrel-dental.example/answer
HANGUP_URL=https://ivr.kestrel-dental.example/hangup
''', v, PLIVO)

v = telnyx_key()
S("python", "telnyx-api-key", "sms/telnyx_client.py", f'''import telnyx

telnyx.api_key = "{v}"

MESSAGING_PROFILE_ID = "{uuid_s()}"


def send(to: str, text: str):
    return telnyx.Message.create(
        from_="+13125550111",
        to=to,
        text=text,
        messaging_profile_id=MESSAGING_PROFILE_ID,
    )
''', v, TELNYX)

v = telnyx_key()
S("json", "telnyx-cli-config", ".config/telnyx/config.json", f'''{{
  "defaultProfile": "production",
  "profiles": {{
    "production": {{
      "apiKey": "{v}"
    }}
  }},
  "output": "table"
}}
''', v, "https://developers.telnyx.com/development/cli/legacy/authentication")

# ============================================================================================
# Decoys: public identifiers, placeholders, references, hashes, signatures, ciphertext
# ============================================================================================
D("html", "mailchimp-embed-form", "templates/partials/newsletter_signup.html", f"""<!-- Begin Mailchimp Signup Form -->
<div id="mc_embed_signup">
  <form action="https://harborview-books.us{_rng().randint(1, 21)}.list-manage.com/subscribe/post?u={hexs(25)}&amp;id={hexs(10)}&amp;f_id={hexs(12)}"
        method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank">
    <div id="mc_embed_signup_scroll">
      <h2>Get the monthly reading list</h2>
      <div class="mc-field-group">
        <label for="mce-EMAIL">Email Address <span class="asterisk">*</span></label>
        <input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required value="">
      </div>
      <!-- real people should not fill this in and expect good things - do not remove this or risk form bot signups-->
      <div style="position: absolute; left: -5000px;" aria-hidden="true">
        <input type="text" name="b_{hexs(25)}_{hexs(10)}" tabindex="-1" value="">
      </div>
      <input type="submit" name="subscribe" id="mc-embedded-subscribe" class="button" value="Subscribe">
    </div>
  </form>
</div>
<script type="text/javascript" src="//s3.amazonaws.com/downloads.mailchimp.com/js/mc-validate.js"></script>
<!--End mc_embed_signup-->
""", "https://mailchimp.com/help/add-a-signup-form-to-your-website/")

D("markdown", "mailchimp-placeholder", "docs/integrations/mailchimp.md", """# Mailchimp integration

1. In Mailchimp, open **Profile > Extras > API keys** and create a key.
2. The part after the dash is your data center, e.g. a key ending in `-us6` lives on `us6`.
3. Put the key in the environment, never in this repository:

```bash
export MAILCHIMP_API_KEY="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us6"
export MAILCHIMP_SERVER_PREFIX="us6"
```

4. Check it works:

```bash
curl -s --user "anystring:$MAILCHIMP_API_KEY" https://us6.api.mailchimp.com/3.0/ping
```

You should get `{"health_status": "Everything's Chimpy!"}`.
""", MAILCHIMP)

D("yaml", "mailchimp-audience-ids", "config/mailchimp.yml", f"""# Which audience and groups each signup source feeds.
audiences:
  customers:
    list_id: {hexs(10)}
    double_opt_in: true
    tags: [shop]
    interest_category_id: {hexs(10)}
    interests:
      weekly_offers: {hexs(10)}
      new_arrivals: {hexs(10)}
  events:
    list_id: {hexs(10)}
    double_opt_in: false
merge_fields:
  first_name: FNAME
  last_name: LNAME
  birthday: MMERGE5
""", "https://mailchimp.com/developer/marketing/api/lists/")

D("json", "sendgrid-template-ids", "config/email-templates.json", f'''{{
  "welcome": "d-{hexs(32)}",
  "password_reset": "d-{hexs(32)}",
  "order_confirmation": "d-{hexs(32)}",
  "shipping_update": "d-{hexs(32)}",
  "review_request": "d-{hexs(32)}",
  "asm_group_ids": {{
    "marketing": 21344,
    "product_updates": 21345
  }}
}}
''', "https://www.twilio.com/docs/sendgrid/ui/sending-email/how-to-send-an-email-with-dynamic-templates")

D("python", "sendgrid-webhook-public-key", "webhooks/sendgrid_verify.py", f'''"""Verify SendGrid Event Webhook signatures (ECDSA, public key from the Mail Settings page)."""
from sendgrid.helpers.eventwebhook import EventWebhook, EventWebhookHeader

# Verification key shown under Settings > Mail Settings > Signed Event Webhook.
# It is a public key; SendGrid keeps the private half.
SENDGRID_WEBHOOK_PUBLIC_KEY = (
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{b64rand(64)[:86]}=="
)


def is_valid(payload: bytes, headers: dict) -> bool:
    ew = EventWebhook()
    key = ew.convert_public_key_to_ecdsa(SENDGRID_WEBHOOK_PUBLIC_KEY)
    return ew.verify_signature(
        payload.decode(),
        headers[EventWebhookHeader.SIGNATURE],
        headers[EventWebhookHeader.TIMESTAMP],
        key,
    )
''', "https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/getting-started-event-webhook-security-features")

D("markdown", "sendgrid-placeholder", "CONTRIBUTING.md", """# Contributing

## Local setup

```bash
cp .env.example .env
```

Then edit `.env`:

```
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_FROM=dev@localhost
```

Any key works locally because `MAIL_BACKEND=console` prints mails instead of sending them.
Ask in #platform for a sandbox key if you need to test real delivery.

## Tests

`make test` runs unit tests; `make e2e` needs Docker.
""", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys")

D("json", "mailgun-webhook-fixture", "tests/fixtures/mailgun_delivered.json", f'''{{
  "signature": {{
    "timestamp": "1715683921",
    "token": "{hexs(50)}",
    "signature": "{hexs(64)}"
  }},
  "event-data": {{
    "id": "{fakes.drawn(_seed(), 22, URLSAFE)}",
    "event": "delivered",
    "timestamp": 1715683921.0418,
    "recipient": "alice@example.org",
    "message": {{
      "headers": {{
        "message-id": "20240514104201.{hexs(16)}@mg.example.org",
        "from": "Shop <orders@mg.example.org>",
        "subject": "Your order has shipped"
      }}
    }},
    "delivery-status": {{"code": 250, "message": "OK", "attempt-no": 1}}
  }}
}}
''', "https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/#webhooks")

D("python", "mailgun-verify-env", "webhooks/mailgun.py", '''import hashlib
import hmac
import os
import time

SIGNING_KEY = os.environ["MAILGUN_WEBHOOK_SIGNING_KEY"].encode()


def verify(token: str, timestamp: str, signature: str) -> bool:
    if abs(time.time() - int(timestamp)) > 900:
        return False
    digest = hmac.new(SIGNING_KEY, (timestamp + token).encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature)
''', "https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/#securing-webhooks")

D("json", "postmark-response-fixture", "spec/fixtures/postmark/send_batch_response.json", f'''[
  {{
    "ErrorCode": 0,
    "Message": "OK",
    "MessageID": "{uuid_s()}",
    "SubmittedAt": "2024-03-05T09:14:22.1835912-05:00",
    "To": "receiver1@example.com"
  }},
  {{
    "ErrorCode": 0,
    "Message": "OK",
    "MessageID": "{uuid_s()}",
    "SubmittedAt": "2024-03-05T09:14:22.1991264-05:00",
    "To": "receiver2@example.com"
  }},
  {{
    "ErrorCode": 406,
    "Message": "You tried to send to a recipient that has been marked as inactive.",
    "To": "bounced@example.com"
  }}
]
''', "https://postmarkapp.com/developer/api/email-api#send-batch-emails")

D("dotenv", "postmark-example", ".env.sample", '''# Copy to .env and fill in. Never commit .env.
APP_URL=http://localhost:4000
POSTMARK_SERVER_TOKEN=your-server-token-here
POSTMARK_ACCOUNT_TOKEN=
MAIL_FROM=support@yourdomain.com
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
TWILIO_FROM=+15005550006
''', "https://www.twilio.com/docs/usage/secure-credentials")

D("php", "brevo-sample-placeholder", "examples/brevo_send.php", """<?php
require_once(__DIR__ . '/vendor/autoload.php');

// Configure API key authorization: api-key
$config = Brevo\\Client\\Configuration::getDefaultConfiguration()->setApiKey('api-key', 'YOUR_API_KEY');

$apiInstance = new Brevo\\Client\\Api\\TransactionalEmailsApi(
    new GuzzleHttp\\Client(),
    $config
);
$sendSmtpEmail = new \\Brevo\\Client\\Model\\SendSmtpEmail([
    'subject' => 'from the PHP SDK!',
    'sender' => ['name' => 'Sendinblue', 'email' => 'contact@sendinblue.com'],
    'to' => [['name' => 'Max Mustermann', 'email' => 'example@example.com']],
    'htmlContent' => '<html><body><h1>This is a transactional email {{params.bodyMessage}}</h1></body></html>',
    'params' => ['bodyMessage' => 'made just for you!']
]);

try {
    $result = $apiInstance->sendTransacEmail($sendSmtpEmail);
    print_r($result);
} catch (Exception $e) {
    echo 'Exception when calling TransactionalEmailsApi->sendTransacEmail: ', $e->getMessage(), PHP_EOL;
}
""", "https://github.com/getbrevo/brevo-php#getting-started")

acct = str(_rng().randint(10**11, 10**12 - 1))
D("ecs-task-definition", "secrets-manager-valuefrom", "deploy/ecs/mailer-task.json", f'''{{
  "family": "mailer",
  "taskRoleArn": "arn:aws:iam::{acct}:role/mailer-task",
  "executionRoleArn": "arn:aws:iam::{acct}:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {{
      "name": "mailer",
      "image": "{acct}.dkr.ecr.eu-west-1.amazonaws.com/mailer:2.3.0",
      "environment": [
        {{"name": "SES_CONFIGURATION_SET", "value": "transactional"}},
        {{"name": "SES_IDENTITY_ARN", "value": "arn:aws:ses:eu-west-1:{acct}:identity/mail.acorn-labs.example"}}
      ],
      "secrets": [
        {{"name": "SMTP_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:{acct}:secret:mailer/smtp-{fakes.drawn(_seed(), 6)}:password::"}},
        {{"name": "TWILIO_AUTH_TOKEN", "valueFrom": "arn:aws:ssm:eu-west-1:{acct}:parameter/mailer/twilio-auth-token"}}
      ]
    }}
  ]
}}
''', "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html")

D("html", "klaviyo-public-key", "theme/snippets/klaviyo-onsite.liquid", f"""{{%- comment -%}} Klaviyo onsite tracking; the company id is the public key {{%- endcomment -%}}
<script async type="text/javascript"
  src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id={site_id6()}"></script>
<script>
  !function(){{if(!window.klaviyo){{window._klOnsite=window._klOnsite||[];try{{window.klaviyo=new Proxy({{}},{{get:function(n,i){{return"push"===i?function(){{var n;(n=window._klOnsite).push.apply(n,arguments)}}:function(){{for(var n=arguments.length,o=new Array(n),w=0;w<n;w++)o[w]=arguments[w];var t="function"==typeof o[o.length-1]?o.pop():void 0;return new Promise(function(n){{window._klOnsite.push([i].concat(o,[function(i){{t&&t(i),n(i)}}]))}})}}}}}})}}catch(n){{window.klaviyo=window.klaviyo||[]}}}}}}();
  {{% if customer %}}
  klaviyo.identify({{ "email": "{{{{ customer.email }}}}", "first_name": "{{{{ customer.first_name }}}}" }});
  {{% endif %}}
</script>
""", "https://developers.klaviyo.com/en/docs/javascript_api")

D("html", "customerio-site-id", "public/index.html", f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Atlas Planner</title>
  <script type="text/javascript">
    var _cio = _cio || [];
    (function() {{
      var a,b,c;a=function(f){{return function(){{_cio.push([f].
      concat(Array.prototype.slice.call(arguments,0)))}}}};b=["load","identify",
      "sidentify","track","page","on","off"];for(c=0;c<b.length;c++){{_cio[b[c]]=a(b[c])}};
      var t = document.createElement('script'),
          s = document.getElementsByTagName('script')[0];
      t.async = true;
      t.id    = 'cio-tracker';
      t.setAttribute('data-site-id', '{hexs(20)}');
      t.setAttribute('data-use-array-params', 'true');
      t.src = 'https://assets.customer.io/assets/track.js';
      s.parentNode.insertBefore(t, s);
    }})();
  </script>
</head>
<body><div id="root"></div></body>
</html>
""", "https://customer.io/docs/sdk/web/getting-started/")

D("log", "twilio-message-log", "logs/sms-2024-06-03.log", "\n".join(
    f"2024-06-03T0{i}:1{i}:0{i}Z INFO sms.sent account={twilio_sid()[:10]}... sid={twilio_sid('SM')} to=+4477009001{i:02d} status=queued segments=1"
    for i in range(6)) + "\n2024-06-03T07:00:00Z INFO sms.summary sent=6 failed=0\n",
  "https://www.twilio.com/docs/messaging/api/message-resource")

D("python", "twilio-signature-test", "tests/test_twilio_webhook.py", f'''from unittest import mock

from twilio.request_validator import RequestValidator

from app.webhooks import inbound_sms

URL = "https://hooks.example.org/sms/inbound"
PARAMS = {{"From": "+15005550006", "Body": "STOP", "MessageSid": "{twilio_sid('SM')}"}}


def test_rejects_bad_signature(client):
    resp = client.post("/sms/inbound", data=PARAMS, headers={{"X-Twilio-Signature": "{b64rand(20)}"}})
    assert resp.status_code == 403


@mock.patch.object(RequestValidator, "validate", return_value=True)
def test_accepts_valid_signature(_validate, client):
    resp = client.post("/sms/inbound", data=PARAMS, headers={{"X-Twilio-Signature": "{b64rand(20)}"}})
    assert resp.status_code == 200
''', "https://www.twilio.com/docs/usage/webhooks/webhooks-security")

D("json", "twilio-studio-flow", "studio/appointment-confirm.json", f'''{{
  "description": "Appointment confirmation",
  "states": [
    {{
      "name": "Trigger",
      "type": "trigger",
      "transitions": [{{"event": "incomingMessage"}}, {{"next": "send_confirm", "event": "incomingRequest"}}],
      "properties": {{"offset": {{"x": 0, "y": 0}}}}
    }},
    {{
      "name": "send_confirm",
      "type": "send-and-wait-for-reply",
      "transitions": [{{"next": "split_reply", "event": "incomingMessage"}}, {{"event": "timeout"}}],
      "properties": {{
        "service": "{{{{trigger.message.InstanceSid}}}}",
        "channel": "{{{{trigger.message.ChannelSid}}}}",
        "from": "{{{{flow.channel.address}}}}",
        "body": "Reply YES to confirm your appointment on {{{{flow.data.date}}}}",
        "timeout": "3600"
      }}
    }},
    {{
      "name": "split_reply",
      "type": "split-based-on",
      "transitions": [{{"event": "noMatch"}}],
      "properties": {{"input": "{{{{widgets.send_confirm.inbound.Body}}}}"}}
    }}
  ],
  "initial_state": "Trigger",
  "flags": {{"allow_concurrent_calls": true}},
  "flow_sid": "{twilio_sid('FW')}"
}}
''', "https://www.twilio.com/docs/studio/rest-api/v2/flow")

D("json", "vonage-application-public-key", "vonage/application.json", f'''{{
  "id": "{uuid_s()}",
  "name": "clinic-voice-reminders",
  "capabilities": {{
    "voice": {{
      "webhooks": {{
        "answer_url": {{"address": "https://voice.example.org/answer", "http_method": "GET"}},
        "event_url": {{"address": "https://voice.example.org/event", "http_method": "POST"}}
      }}
    }}
  }},
  "keys": {{
    "public_key": "-----BEGIN PUBLIC KEY-----\\n{pub_b64(200)}\\n{b64rand(150)[:64]}\\n-----END PUBLIC KEY-----\\n"
  }}
}}
''', "https://developer.vonage.com/en/api/application.v2")

D("dotenv", "telnyx-public-key", "webhooks/.env.defaults", f'''# Telnyx signs webhooks with Ed25519; this is the PUBLIC key from Mission Control > Keys & Credentials
TELNYX_PUBLIC_KEY={base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()}
TELNYX_API_KEY=
WEBHOOK_TOLERANCE_SECONDS=300
LOG_LEVEL=info
''', "https://developers.telnyx.com/docs/messaging/messages/receiving-webhooks#webhook-signing")

D("markdown", "messagebird-placeholder", "sms-adapter/README.md", """# sms-adapter

Sends one-time codes through MessageBird.

## Configuration

| Variable | Example | Notes |
|---|---|---|
| `MESSAGEBIRD_ACCESS_KEY` | `<YOUR_ACCESS_KEY>` | live key from the dashboard, stored in Vault |
| `MESSAGEBIRD_ORIGINATOR` | `Acme` | max 11 characters |
| `OTP_TTL_SECONDS` | `300` | |

```js
const messagebird = require('messagebird').initClient('<YOUR_ACCESS_KEY>');
```
""", MESSAGEBIRD)

D("xml", "plivo-answer-xml", "ivr/answer.xml", """<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <GetInput action="https://ivr.example.org/menu" method="POST" inputType="dtmf" digitEndTimeout="5" redirect="true">
        <Speak voice="Polly.Joanna">
            Thanks for calling Kestrel Dental. Press 1 to confirm your appointment, press 2 to reschedule.
        </Speak>
    </GetInput>
    <Speak>We did not receive any input. Goodbye!</Speak>
    <Hangup/>
</Response>
""", "https://www.plivo.com/docs/voice/xml/getinput")

D("npm-lockfile", "integrity-hashes", "package-lock.json", f'''{{
  "name": "mailer-service",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {{
    "node_modules/@sendgrid/client": {{
      "version": "8.1.3",
      "resolved": "https://registry.npmjs.org/@sendgrid/client/-/client-8.1.3.tgz",
      "integrity": "sha512-{b64rand(64)}"
    }},
    "node_modules/@sendgrid/mail": {{
      "version": "8.1.3",
      "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
      "integrity": "sha512-{b64rand(64)}"
    }},
    "node_modules/twilio": {{
      "version": "5.0.4",
      "resolved": "https://registry.npmjs.org/twilio/-/twilio-5.0.4.tgz",
      "integrity": "sha512-{b64rand(64)}"
    }}
  }}
}}
''', "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

D("requirements", "pip-hashes", "requirements.txt", f"""#
# This file is autogenerated by pip-compile with Python 3.12
#    pip-compile --generate-hashes requirements.in
#
python-http-client==3.3.7 \\
    --hash=sha256:{hexs(64)} \\
    --hash=sha256:{hexs(64)}
    # via sendgrid
sendgrid==6.11.0 \\
    --hash=sha256:{hexs(64)} \\
    --hash=sha256:{hexs(64)}
    # via -r requirements.in
twilio==9.0.5 \\
    --hash=sha256:{hexs(64)} \\
    --hash=sha256:{hexs(64)}
    # via -r requirements.in
""", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

D("go-sum", "module-hashes", "go.sum", "\n".join([
    f"github.com/sendgrid/rest v2.6.9+incompatible h1:{b64rand(32)}",
    f"github.com/sendgrid/rest v2.6.9+incompatible/go.mod h1:{b64rand(32)}",
    f"github.com/sendgrid/sendgrid-go v3.14.0+incompatible h1:{b64rand(32)}",
    f"github.com/sendgrid/sendgrid-go v3.14.0+incompatible/go.mod h1:{b64rand(32)}",
    f"github.com/twilio/twilio-go v1.20.1 h1:{b64rand(32)}",
    f"github.com/twilio/twilio-go v1.20.1/go.mod h1:{b64rand(32)}",
]) + "\n", "https://go.dev/ref/mod#go-sum-files")

D("changelog", "commit-shas", "CHANGELOG.md", f"""# Changelog

## [2.8.0] - 2024-05-02
### Added
- Postmark message streams for broadcast mail ({hexs(40)})
- Twilio Verify for phone sign-in ({hexs(40)})

### Fixed
- Mailgun EU region endpoint was ignored ({hexs(7)})
- Bounce webhook retried forever on 4xx ({hexs(7)})

## [2.7.1] - 2024-04-11
### Security
- Rotated the SendGrid key after the CI log incident; the old key is revoked ({hexs(40)})
""", "https://keepachangelog.com/en/1.1.0/")

D("eml", "dkim-signature-header", "tests/fixtures/emails/order-confirmation.eml", f"""Return-Path: <bounces+{_rng().randint(100000, 999999)}-{hexs(4)}=alice=example.org@em1234.shop.example>
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example;
 h=content-type:from:mime-version:subject:to:cc:list-unsubscribe;
 s=s1; bh={b64rand(32)};
 b={b64rand(96)}
 {b64rand(80)}
Message-ID: <{fakes.drawn(_seed(), 22, URLSAFE)}@geopod-ismtpd-3>
Date: Tue, 14 May 2024 10:42:01 +0000 (UTC)
From: Shop <orders@shop.example>
To: alice@example.org
Subject: Your order #10442
List-Unsubscribe: <https://u{_rng().randint(1000000, 9999999)}.ct.sendgrid.net/asm/unsubscribe/?user_id={_rng().randint(1000000, 9999999)}&data={fakes.drawn(_seed(), 40, URLSAFE)}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Thanks for your order! We'll let you know when it ships.
""", "https://datatracker.ietf.org/doc/html/rfc6376#section-3.5")

D("mjml", "handlebars-template", "emails/templates/password-reset.mjml", """<mjml>
  <mj-head>
    <mj-title>Reset your password</mj-title>
    <mj-preview>Someone asked to reset the password for {{email}}</mj-preview>
  </mj-head>
  <mj-body background-color="#f4f4f4">
    <mj-section>
      <mj-column>
        <mj-text font-size="18px">Hi {{first_name}},</mj-text>
        <mj-text>Click the button below to choose a new password. The link expires in {{ttl_minutes}} minutes.</mj-text>
        <mj-button href="{{reset_url}}?token={{token}}">Reset password</mj-button>
        <mj-text font-size="12px" color="#888">
          Didn't ask for this? Ignore this mail. <a href="{{{unsubscribe}}}">Unsubscribe</a>
        </mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>
""", "https://documentation.mjml.io/")

D("vault-agent-template", "secret-template", "deploy/vault/templates/mail.env.ctmpl", """{{ with secret "secret/data/notify/prod/smtp" -}}
SMTP_HOST={{ .Data.data.host }}
SMTP_USER={{ .Data.data.username }}
SMTP_PASSWORD={{ .Data.data.password }}
{{- end }}
{{ with secret "secret/data/notify/prod/twilio" -}}
TWILIO_ACCOUNT_SID={{ .Data.data.account_sid }}
TWILIO_AUTH_TOKEN={{ .Data.data.auth_token }}
{{- end }}
""", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

D("dotenv", "onepassword-references", ".env.tpl", '''# Resolve with: op inject -i .env.tpl -o .env
SENDGRID_API_KEY="op://Engineering/SendGrid prod/credential"
MAILGUN_API_KEY="op://Engineering/Mailgun/api key"
TWILIO_ACCOUNT_SID="op://Engineering/Twilio/username"
TWILIO_AUTH_TOKEN="op://Engineering/Twilio/password"
SMTP_PASSWORD="op://Engineering/Office365 relay/password"
''', "https://developer.1password.com/docs/cli/secrets-template-syntax/")

D("k8s-external-secret", "remote-ref", "k8s/notify/externalsecret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: notify-credentials
  namespace: notify
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: notify-credentials
  data:
    - secretKey: SENDGRID_API_KEY
      remoteRef:
        key: prod/notify/sendgrid
        property: api_key
    - secretKey: TWILIO_AUTH_TOKEN
      remoteRef:
        key: prod/notify/twilio
        property: auth_token
""", "https://external-secrets.io/latest/api/externalsecret/")

D("k8s-deployment", "secret-key-ref", "k8s/notify/deployment.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: notify
  namespace: notify
spec:
  replicas: 2
  selector:
    matchLabels: {app: notify}
  template:
    metadata:
      labels: {app: notify}
    spec:
      containers:
        - name: notify
          image: ghcr.io/acorn-labs/notify:1.8.2
          env:
            - name: SENDGRID_API_KEY
              valueFrom:
                secretKeyRef:
                  name: notify-credentials
                  key: SENDGRID_API_KEY
            - name: TWILIO_AUTH_TOKEN
              valueFrom:
                secretKeyRef:
                  name: notify-credentials
                  key: TWILIO_AUTH_TOKEN
            - name: SMTP_PASSWORD_FILE
              value: /var/run/secrets/smtp/password
""", K8S)

D("pem", "mail-server-certificate", "etc/ssl/mail/fullchain.pem", cert_pem() + "\n" + cert_pem() + "\n",
  "https://www.postfix.org/TLS_README.html#server_cert_key")

D("python", "test-fake-key", "tests/test_mailer.py", '''import pytest

from app import mailer


@pytest.fixture(autouse=True)
def fake_settings(monkeypatch):
    monkeypatch.setenv("SENDGRID_API_KEY", "test-key-not-real")
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "dummy")
    monkeypatch.setenv("SMTP_PASSWORD", "changeme")


def test_builds_message_without_sending(mocker):
    send = mocker.patch("app.mailer.SendGridAPIClient.send")
    mailer.send_welcome("new@example.com", "Ann")
    assert send.call_count == 1
    message = send.call_args.args[0].get()
    assert message["personalizations"][0]["to"][0]["email"] == "new@example.com"
''', "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

D("jupyter", "getpass-notebook", "notebooks/deliverability_report.ipynb", '''{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {
     "name": "stdin",
     "output_type": "stream",
     "text": ["Postmark account token: \u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\\n"]
    }
   ],
   "source": [
    "from getpass import getpass\\n",
    "import requests\\n",
    "token = getpass(\\"Postmark account token: \\")\\n",
    "headers = {\\"X-Postmark-Account-Token\\": token, \\"Accept\\": \\"application/json\\"}"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "servers = requests.get(\\"https://api.postmarkapp.com/servers?count=50&offset=0\\", headers=headers).json()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', "https://docs.python.org/3/library/getpass.html")

D("heroku-app-json", "env-descriptions", "app.json", '''{
  "name": "Newsletter starter",
  "description": "Self-hosted newsletter with double opt-in",
  "repository": "https://github.com/example/newsletter-starter",
  "env": {
    "SECRET_KEY": {
      "description": "A secret key for signing sessions.",
      "generator": "secret"
    },
    "SENDGRID_API_KEY": {
      "description": "SendGrid API key with Mail Send permission.",
      "required": true
    },
    "MAIL_FROM": {
      "description": "From address for outgoing mail",
      "value": "newsletter@example.com"
    }
  },
  "addons": ["heroku-postgresql:essential-0"]
}
''', "https://devcenter.heroku.com/articles/app-json-schema#env")

D("python", "keyring-lookup", "scripts/send_minutes.py", '''#!/usr/bin/env python3
"""Mails the meeting minutes PDF to the board. The password lives in the OS keychain:

    keyring set smtp.club.example secretary@club.example
"""
import smtplib
import sys
from email.message import EmailMessage

import keyring

USER = "secretary@club.example"
password = keyring.get_password("smtp.club.example", USER)

msg = EmailMessage()
msg["From"], msg["To"], msg["Subject"] = USER, "board@club.example", "Minutes"
msg.add_attachment(open(sys.argv[1], "rb").read(), maintype="application", subtype="pdf", filename="minutes.pdf")
with smtplib.SMTP_SSL("smtp.club.example", 465) as s:
    s.login(USER, password)
    s.send_message(msg)
''', "https://pypi.org/project/keyring/")

D("json", "mailgun-domain-dns-response", "docs/mailgun-domain-setup.json", f'''{{
  "domain": {{
    "name": "mg.pebblecreek.example",
    "state": "unverified",
    "type": "custom",
    "spam_action": "disabled",
    "created_at": "Tue, 11 Jun 2024 08:12:44 GMT"
  }},
  "sending_dns_records": [
    {{"record_type": "TXT", "name": "mg.pebblecreek.example", "value": "v=spf1 include:mailgun.org ~all", "valid": "unknown"}},
    {{"record_type": "TXT", "name": "pic._domainkey.mg.pebblecreek.example",
      "value": "k=rsa; p={pub_b64(216)}", "valid": "unknown"}},
    {{"record_type": "CNAME", "name": "email.mg.pebblecreek.example", "value": "mailgun.org", "valid": "unknown"}}
  ],
  "receiving_dns_records": [
    {{"record_type": "MX", "priority": "10", "value": "mxa.eu.mailgun.org", "valid": "unknown"}},
    {{"record_type": "MX", "priority": "10", "value": "mxb.eu.mailgun.org", "valid": "unknown"}}
  ]
}}
''', "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Domains/")

D("log", "sendgrid-response-log", "storage/logs/laravel-2024-05-20.log", f"""[2024-05-20 08:00:01] production.INFO: Dispatching newsletter batch {{"campaign":"may-digest","recipients":500}}
[2024-05-20 08:00:03] production.INFO: SendGrid accepted {{"status":202,"x-message-id":"{fakes.drawn(_seed(), 22, URLSAFE)}"}}
[2024-05-20 08:00:05] production.INFO: SendGrid accepted {{"status":202,"x-message-id":"{fakes.drawn(_seed(), 22, URLSAFE)}"}}
[2024-05-20 08:00:07] production.WARNING: SendGrid rate limited, retrying in 30s {{"status":429,"attempt":1}}
[2024-05-20 08:00:38] production.INFO: SendGrid accepted {{"status":202,"x-message-id":"{fakes.drawn(_seed(), 22, URLSAFE)}"}}
[2024-05-20 08:00:39] production.INFO: Newsletter batch done {{"campaign":"may-digest","sent":500,"failed":0}}
""", "https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/responses")

D("postman-environment", "empty-current-value", "postman/twilio-dev.postman_environment.json", f'''{{
  "id": "{uuid_s()}",
  "name": "Twilio (dev)",
  "values": [
    {{"key": "accountSid", "value": "{{{{TWILIO_ACCOUNT_SID}}}}", "type": "default", "enabled": true}},
    {{"key": "authToken", "value": "", "type": "secret", "enabled": true}},
    {{"key": "fromNumber", "value": "+15005550006", "type": "default", "enabled": true}}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-02-19T14:05:40.119Z",
  "_postman_exported_using": "Postman/10.23.5"
}}
''', "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

D("ansible-vault-file", "encrypted-file", "group_vars/mailrelay/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + vault_blob(12) + "\n",
  "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-files-with-ansible-vault")

D("javascript", "mailgun-public-validation-key", "static/js/signup-validate.js", f'''// Client-side address check with Mailgun's *public* validation key (safe to ship to browsers,
// it can only call the validation endpoint).
const MAILGUN_PUBLIC_KEY = "pubkey-{hexs(32)}";

export async function looksDeliverable(address) {{
  const url = "https://api.mailgun.net/v3/address/validate?address=" + encodeURIComponent(address);
  const res = await fetch(url, {{
    headers: {{ Authorization: "Basic " + btoa("api:" + MAILGUN_PUBLIC_KEY) }},
  }});
  if (!res.ok) return true; // fail open
  const body = await res.json();
  return body.is_valid;
}}
''', "https://documentation.mailgun.com/docs/validate/single-valid-ir/")

D("dotenv", "twilio-sids-only", "config/sms.env", f'''# Non-secret Twilio identifiers; the auth token comes from Vault (secret/sms/twilio)
TWILIO_ACCOUNT_SID={twilio_sid()}
TWILIO_MESSAGING_SERVICE_SID={twilio_sid("MG")}
TWILIO_VERIFY_SERVICE_SID={twilio_sid("VA")}
TWILIO_PHONE_NUMBER_SID={twilio_sid("PN")}
TWILIO_STATUS_CALLBACK=https://sms.example.org/status
''', "https://www.twilio.com/docs/glossary/what-is-a-sid")
