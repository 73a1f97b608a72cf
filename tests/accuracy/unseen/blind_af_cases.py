"""Blind set AF: production Python web backends of mid-size companies.

Django/Flask/FastAPI settings and per-environment overrides, Celery and RQ configs, Alembic and
Django migrations that seed accounts, pytest conftest fixtures and factories, tox/nox/pyproject
sections, OAuth client secrets, JWT signing keys, Sentry, Stripe, SendGrid/Mailgun/Postmark,
Twilio, S3/boto3, Redis, Postgres/MySQL DSNs, GitHub Actions and GitLab CI, Makefiles,
docker-compose, Gunicorn/uWSGI, supervisor and nginx, with the decoys these projects are full of
(test settings, env lookups, factory_boy fakers, password hashes in fixtures, CSRF test values).
Generated fakes only (seeds 265000-269999).
"""
from __future__ import annotations

import base64
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
BCRYPT = "./" + ALNUM
_SEED = [265000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 270000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 270000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Pelican", "Ember", "Cobalt", "Sierra"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "banjo", "comet"]
SEASONS = ["summer", "winter", "spring", "autumn", "Summer", "Winter", "Welcome", "Password", "Acme"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def url_pw() -> str:
    """A human password that stays valid in a URL's userinfo without escaping."""
    r = _rng()
    return r.choice(WORDS) + r.choice("!*-_.~") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.choice([2019, 2021, 2022, 2023, 2024, 2025])) + r.choice(["!", "#", "!!", "$", ""])


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def mailgun_key_new() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def google_secret() -> str:
    return fakes.fake("GOCSPX-", 28, _seed())


def google_client_id() -> str:
    r = _rng()
    return f"{r.randint(10**11, 10**12)}-" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(32)) + ".apps.googleusercontent.com"


def sentry_org_token() -> str:
    r = _rng()
    payload = '{"iat":%d.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"acme-%s"}' % (
        r.randint(1_690_000_000, 1_740_000_000), r.choice(LOWER))
    return "sntrys_" + base64.b64encode(payload.encode()).decode().rstrip("=") + "_" + "".join(r.choice(ALNUM + "/+") for _ in range(43))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pem_line(p: str) -> str:
    return p.splitlines()[1]


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(BCRYPT) for _ in range(53))


def django_hash() -> str:
    r = _rng()
    salt = "".join(r.choice(ALNUM) for _ in range(22))
    digest = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    return f"pbkdf2_sha256${r.choice([600000, 720000, 870000])}${salt}${digest}"


def argon2_hash() -> str:
    r = _rng()
    salt = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode().rstrip("=")
    digest = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip("=")
    return f"argon2$argon2id$v=19$m=102400,t=2,p=8${salt}${digest}"


def apr1_hash() -> str:
    r = _rng()
    return "$apr1$" + "".join(r.choice(BCRYPT) for _ in range(8)) + "$" + "".join(r.choice(BCRYPT) for _ in range(22))


def scram_hash() -> str:
    r = _rng()
    def blob(n: int) -> str:
        return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    return f"SCRAM-SHA-256$4096:{blob(16)}${blob(32)}:{blob(32)}"


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(6))
    return "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + body[44:] + "\nIDAQAB\n-----END PUBLIC KEY-----"


def vault_blob() -> str:
    h = hexs(640)
    return "\n".join(h[i:i + 80] for i in range(0, len(h), 80))


def sops_enc(n: int = 24) -> str:
    r = _rng()
    data = base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    iv = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    tag = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()
    return f"ENC[AES256_GCM,data:{data},iv:{iv},tag:{tag},type:str]"


def sealed() -> str:
    r = _rng()
    return "AgB" + "".join(r.choice(B64) for _ in range(r.randint(300, 420))) + "=="


def T(s: str) -> str:
    """A file's text written indented in this module."""
    return textwrap.dedent(s).lstrip("\n")


CASES: List[LabelledCase] = []


def S(fmt: str, kind: str, name: str, text: str, secret: str, source: str) -> None:
    """A file carrying exactly one planted credential."""
    CASES.append(LabelledCase(f"blind-af/{fmt}/{kind}", name, text, secret, source))


def D(fmt: str, what: str, name: str, text: str, source: str) -> None:
    """A decoy: no credential a gate should report."""
    CASES.append(LabelledCase(f"blind-af/{fmt}/decoy-{what}", name, text, None, source))


def SV(fmt: str, kind: str, name: str, template: str, value: str, source: str, secret: Optional[str] = None) -> None:
    """A secret case whose template holds the value at @@ (the secret is the value unless told)."""
    S(fmt, kind, name, T(template).replace("@@", value), secret if secret is not None else value, source)


def DV(fmt: str, what: str, name: str, template: str, value: str, source: str) -> None:
    """A decoy whose template holds the look-alike at @@."""
    D(fmt, what, name, T(template).replace("@@", value), source)


DJANGO = "https://docs.djangoproject.com/en/5.0/ref/settings/"
FLASK = "https://flask.palletsprojects.com/en/3.0.x/config/"
FASTAPI = "https://fastapi.tiangolo.com/advanced/settings/"
CELERY = "https://docs.celeryq.dev/en/stable/userguide/configuration.html"
ALEMBIC = "https://alembic.sqlalchemy.org/en/latest/tutorial.html"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
GUNICORN = "https://docs.gunicorn.org/en/stable/settings.html"
UWSGI = "https://uwsgi-docs.readthedocs.io/en/latest/Configuration.html"
SUPERVISOR = "http://supervisord.org/configuration.html"
NGINX = "https://nginx.org/en/docs/http/ngx_http_proxy_module.html"
PYTEST = "https://docs.pytest.org/en/stable/reference/fixtures.html"
TOX = "https://tox.wiki/en/latest/config.html"
NOX = "https://nox.thea.codes/en/stable/config.html"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOTENV = "https://github.com/theskumar/python-dotenv#file-format"

# --------------------------------------------------------------------------- Django settings

SV("django-settings", "django-secret-key", "config/settings/production.py", '''
    """Production settings for the orders service."""
    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["orders.acme-retail.com", "orders-internal.acme-retail.com"]

    SECRET_KEY = "@@"

    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000

    LOGGING["root"]["level"] = "INFO"  # noqa: F405
''', fakes.django_secret_key(_seed()), DJANGO)

SV("django-settings", "database-password", "backend/settings/prod.py", '''
    from .common import *  # noqa

    DEBUG = False

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "billing",
            "USER": "billing_app",
            "PASSWORD": "@@",
            "HOST": "billing-prod.cluster-c8xk2lqyw3.eu-west-1.rds.amazonaws.com",
            "PORT": "5432",
            "CONN_MAX_AGE": 600,
            "OPTIONS": {"sslmode": "require"},
        },
        "replica": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "billing",
            "USER": "billing_ro",
            "PASSWORD": env("REPLICA_DB_PASSWORD"),
            "HOST": "billing-prod-ro.cluster-c8xk2lqyw3.eu-west-1.rds.amazonaws.com",
        },
    }
    DATABASE_ROUTERS = ["billing.routers.ReplicaRouter"]
''', words_pw(), DJANGO)

SV("django-settings", "sendgrid", "mysite/settings/staging.py", '''
    from .base import *

    DEBUG = True
    ALLOWED_HOSTS = ["staging.shopfloor.io"]

    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = "smtp.sendgrid.net"
    EMAIL_PORT = 587
    EMAIL_USE_TLS = True
    EMAIL_HOST_USER = "apikey"
    EMAIL_HOST_PASSWORD = '@@'
    DEFAULT_FROM_EMAIL = "Shopfloor Staging <no-reply@staging.shopfloor.io>"
    SERVER_EMAIL = DEFAULT_FROM_EMAIL
''', sendgrid_key(), "https://docs.sendgrid.com/for-developers/sending-email/django")

_ak, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
SV("django-settings", "aws-secret-key", "app/settings/storage.py", '''
    # django-storages: media and static on S3
    STORAGES = {
        "default": {"BACKEND": "storages.backends.s3.S3Storage"},
        "staticfiles": {"BACKEND": "storages.backends.s3.S3ManifestStaticStorage"},
    }

    AWS_ACCESS_KEY_ID = "''' + _ak + '''"
    AWS_SECRET_ACCESS_KEY = "@@"
    AWS_STORAGE_BUCKET_NAME = "acme-portal-media-prod"
    AWS_S3_REGION_NAME = "eu-central-1"
    AWS_S3_CUSTOM_DOMAIN = "cdn.acme-portal.com"
    AWS_DEFAULT_ACL = None
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=86400"}
    AWS_QUERYSTRING_AUTH = False
''', _sk, "https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html")

SV("django-settings", "redis-password", "core/settings/cache.py", '''
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "rediss://:@@@cache-prod.ab12cd.ng.0001.euw1.cache.amazonaws.com:6379/1",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 5,
                "IGNORE_EXCEPTIONS": True,
            },
            "KEY_PREFIX": "core",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
    SESSION_CACHE_ALIAS = "default"
''', fakes.redis_password(_seed()), "https://github.com/jazzband/django-redis#configure-as-cache-backend")

SV("django-settings", "google-oauth-secret", "accounts/settings_social.py", '''
    AUTHENTICATION_BACKENDS = (
        "social_core.backends.google.GoogleOAuth2",
        "django.contrib.auth.backends.ModelBackend",
    )

    SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "''' + google_client_id() + '''"
    SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "@@"
    SOCIAL_AUTH_GOOGLE_OAUTH2_WHITELISTED_DOMAINS = ["acme-logistics.com"]
    SOCIAL_AUTH_LOGIN_REDIRECT_URL = "/dashboard/"
    SOCIAL_AUTH_PIPELINE = (
        "social_core.pipeline.social_auth.social_details",
        "social_core.pipeline.social_auth.social_uid",
        "social_core.pipeline.social_auth.auth_allowed",
        "social_core.pipeline.user.get_username",
        "social_core.pipeline.user.create_user",
    )
''', google_secret(), "https://python-social-auth.readthedocs.io/en/latest/backends/google.html")

SV("django-settings", "stripe", "payments/settings/local.py", '''
    # Local overrides -- Marco's machine. TODO: move to .env before merging
    from .base import *  # noqa

    DEBUG = True
    INTERNAL_IPS = ["127.0.0.1"]
    INSTALLED_APPS += ["debug_toolbar"]  # noqa: F405

    STRIPE_PUBLIC_KEY = "pk_live_51NbXq2Hc8r0TGk2v"
    STRIPE_SECRET_KEY = "@@"
    DJSTRIPE_WEBHOOK_VALIDATION = "retrieve_event"
    STRIPE_LIVE_MODE = True
''', stripe_key(), "https://dj-stripe.dev/dj-stripe/reference/settings/")

SV("django-settings", "mailgun", "settings/production_email.py", '''
    INSTALLED_APPS += ["anymail"]

    ANYMAIL = {
        "MAILGUN_API_KEY": "@@",
        "MAILGUN_SENDER_DOMAIN": "mg.tidyhome.co",
        "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
    }
    EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
    DEFAULT_FROM_EMAIL = "TidyHome <hello@tidyhome.co>"
''', mailgun_key(), "https://anymail.dev/en/stable/esps/mailgun/")

SV("django-settings", "postmark", "notifications/settings.py", '''
    from django.conf import settings as _s

    INSTALLED_APPS = _s.INSTALLED_APPS + ["anymail"]
    EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"

    ANYMAIL = {
        "POSTMARK_SERVER_TOKEN": "@@",
        "POSTMARK_TRACK_OPENS": False,
    }
    NOTIFICATIONS_DEFAULT_STREAM = "outbound"
''', uuid_s(), "https://anymail.dev/en/stable/esps/postmark/")

SV("django-settings", "twilio", "sms/settings/base.py", '''
    import os

    TWILIO_ACCOUNT_SID = "''' + twilio_sid() + '''"
    TWILIO_AUTH_TOKEN = "@@"
    TWILIO_FROM_NUMBER = "+14155550199"
    TWILIO_VERIFY_SERVICE_SID = os.environ.get("TWILIO_VERIFY_SERVICE_SID", "")

    SMS_BACKEND = "sms.backends.twilio.TwilioBackend"
    SMS_RATE_LIMIT = "5/h"
''', hexs(32), "https://www.twilio.com/docs/usage/secure-credentials")

SV("django-settings", "jwt-signing-key", "api/settings/jwt.py", '''
    from datetime import timedelta

    SIMPLE_JWT = {
        "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),
        "REFRESH_TOKEN_LIFETIME": timedelta(days=7),
        "ROTATE_REFRESH_TOKENS": True,
        "ALGORITHM": "HS512",
        "SIGNING_KEY": "@@",
        "AUTH_HEADER_TYPES": ("Bearer",),
        "USER_ID_FIELD": "uuid",
    }
''', rand_pw(64, "-_"), "https://django-rest-framework-simplejwt.readthedocs.io/en/latest/settings.html")

SV("django-settings", "ldap-password", "intranet/settings/ldap.py", '''
    import ldap
    from django_auth_ldap.config import LDAPSearch, GroupOfNamesType

    AUTH_LDAP_SERVER_URI = "ldaps://dc01.corp.acme-ins.local"
    AUTH_LDAP_BIND_DN = "CN=svc-intranet,OU=Service Accounts,DC=corp,DC=acme-ins,DC=local"
    AUTH_LDAP_BIND_PASSWORD = "@@"
    AUTH_LDAP_USER_SEARCH = LDAPSearch(
        "OU=Staff,DC=corp,DC=acme-ins,DC=local", ldap.SCOPE_SUBTREE, "(sAMAccountName=%(user)s)"
    )
    AUTH_LDAP_GROUP_TYPE = GroupOfNamesType()
    AUTH_LDAP_MIRROR_GROUPS = True
''', human_pw(), "https://django-auth-ldap.readthedocs.io/en/latest/authentication.html")

SV("django-settings", "database-url", "config/settings/base.py", '''
    import environ

    env = environ.Env(DEBUG=(bool, False))
    environ.Env.read_env()

    DEBUG = env("DEBUG")
    SECRET_KEY = env("DJANGO_SECRET_KEY")

    DATABASES = {
        # falls back to the shared staging DB so new devs can boot without a .env
        "default": env.db("DATABASE_URL", default="postgres://crm:@@@10.20.4.17:5432/crm_staging"),
    }
    DATABASES["default"]["ATOMIC_REQUESTS"] = True
''', url_pw(), "https://django-environ.readthedocs.io/en/latest/quickstart.html")

SV("django-settings", "stripe-webhook-secret", "shop/settings/env_prod.py", '''
    import os

    STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
    STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "@@")
    STRIPE_API_VERSION = "2023-10-16"
    CHECKOUT_SUCCESS_URL = "https://shop.birchandbloom.com/checkout/done/"
''', whsec(), "https://docs.stripe.com/webhooks#verify-official-libraries")

SV("django-settings", "slack-webhook", "ops/settings/logging.py", '''
    LOGGING = {
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {
            "console": {"class": "logging.StreamHandler"},
            "slack": {
                "level": "ERROR",
                "class": "ops.logging.SlackWebhookHandler",
                "webhook_url": "@@",
            },
        },
        "loggers": {
            "django.request": {"handlers": ["console", "slack"], "level": "ERROR"},
            "ops": {"handlers": ["console"], "level": "INFO"},
        },
    }
''', slack_webhook(), "https://api.slack.com/messaging/webhooks")

_gh_secret = hexs(40)
SV("django-settings", "github-oauth-secret", "devportal/settings/production.py", '''
    from .base import *  # noqa

    SOCIAL_AUTH_GITHUB_KEY = "Iv1.''' + hexs(16) + '''"
    SOCIAL_AUTH_GITHUB_SECRET = "@@"
    SOCIAL_AUTH_GITHUB_SCOPE = ["read:org", "user:email"]
    SOCIAL_AUTH_GITHUB_ORG_NAME = "acme-devportal"

    SENTRY_DSN = "https://''' + hexs(32) + '''@o4505123.ingest.sentry.io/4505123456"
''', _gh_secret, "https://python-social-auth.readthedocs.io/en/latest/backends/github.html")

SV("django-settings", "azure-ad-secret", "hr/settings/sso.py", '''
    # django-auth-adfs against Entra ID
    AUTH_ADFS = {
        "AUDIENCE": "''' + uuid_s() + '''",
        "CLIENT_ID": "''' + uuid_s() + '''",
        "CLIENT_SECRET": "@@",
        "CLAIM_MAPPING": {"first_name": "given_name", "last_name": "family_name", "email": "upn"},
        "GROUPS_CLAIM": "roles",
        "MIRROR_GROUPS": True,
        "USERNAME_CLAIM": "upn",
        "TENANT_ID": "''' + uuid_s() + '''",
        "RELYING_PARTY_ID": "api://hr-portal",
    }
''', azure_secret(), "https://django-auth-adfs.readthedocs.io/en/latest/azure_ad_config_guide.html")

SV("django-settings", "split-password", "warehouse/settings/prod_db.py", '''
    # pw rotated 2024-03 (INC-2291); kept split so grep for the old one does not match
    DB_PASSWORD = (
        "Cobalt"
        "#Pelican"
        "4471"
    )

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.mysql",
            "NAME": "wms",
            "USER": "wms",
            "PASSWORD": DB_PASSWORD,
            "HOST": "mysql-prod.internal",
            "OPTIONS": {"charset": "utf8mb4"},
        }
    }
''', "", DJANGO, secret="Cobalt#Pelican4471")

SV("django-settings", "datadog", "telemetry/settings.py", '''
    DATADOG = {
        "api_key": "@@",
        "app_key": None,
        "host_name": "web-prod",
    }
    DD_TRACE_ENABLED = True
    DD_SERVICE = "marketplace"
    DD_ENV = "prod"
''', hexs(32), "https://docs.datadoghq.com/account_management/api-app-keys/")

SV("django-settings", "elasticsearch", "search/settings/es.py", '''
    ELASTICSEARCH_DSL = {
        "default": {
            "hosts": "https://search_writer:@@@es-prod.acme-recipes.net:9243",
            "timeout": 30,
            "verify_certs": True,
        },
    }
    ELASTICSEARCH_DSL_AUTOSYNC = True
    ELASTICSEARCH_DSL_PARALLEL = False
''', rand_pw(24), "https://django-elasticsearch-dsl.readthedocs.io/en/latest/settings.html")

# Django decoys

DV("django-settings", "env-lookup", "config/settings/production_env.py", '''
    from .base import *  # noqa
    import os

    DEBUG = False
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
    DATABASES = {"default": dj_database_url.config(conn_max_age=600, ssl_require=True)}  # noqa: F405
    EMAIL_HOST_PASSWORD = os.getenv("SENDGRID_API_KEY")
    AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")
    STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
    SENTRY_RELEASE = "@@"
''', hexs(40), DJANGO)

D("django-settings", "test-key", "config/settings/test.py", T('''
    """Settings for the test run: fast, isolated, nothing secret."""
    from .base import *  # noqa

    SECRET_KEY = "django-insecure-test-only-not-for-production"
    DEBUG = False
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CELERY_TASK_ALWAYS_EAGER = True
    STRIPE_SECRET_KEY = "sk_test_dummy"
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "test_app",
            "USER": "postgres",
            "PASSWORD": "postgres",
            "HOST": "localhost",
        }
    }
'''), DJANGO)

D("django-settings", "generated-at-runtime", "config/settings/dev.py", T('''
    from django.core.management.utils import get_random_secret_key

    from .base import *  # noqa

    DEBUG = True
    # A fresh key every start is fine for local dev; sessions just reset.
    SECRET_KEY = get_random_secret_key()
    ALLOWED_HOSTS = ["*"]
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    CORS_ALLOW_ALL_ORIGINS = True
'''), DJANGO)

DV("django-settings", "public-key", "api/settings/jwt_verify.py", '''
    SIMPLE_JWT = {
        "ALGORITHM": "RS256",
        "SIGNING_KEY": None,  # tokens are issued by the auth service, we only verify
        "VERIFYING_KEY": """
    @@
    """,
        "AUDIENCE": "orders-api",
        "ISSUER": "https://auth.acme-retail.com/",
    }
''', public_pem(), "https://django-rest-framework-simplejwt.readthedocs.io/en/latest/settings.html#verifying-key")

D("django-settings", "secret-manager", "platform/settings/secrets.py", T('''
    import json

    import boto3

    _client = boto3.client("secretsmanager", region_name="us-east-1")


    def _secret(name: str) -> dict:
        return json.loads(_client.get_secret_value(SecretId=name)["SecretString"])


    _db = _secret("arn:aws:secretsmanager:us-east-1:123456789012:secret:platform/prod/db-AbCdEf")
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": _db["dbname"],
            "USER": _db["username"],
            "PASSWORD": _db["password"],
            "HOST": _db["host"],
        }
    }
    SECRET_KEY = _secret("platform/prod/django")["secret_key"]
'''), "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html")

DV("django-settings", "publishable-key", "shop/settings/frontend.py", '''
    # Values exposed to templates via context processor -- public by design
    STRIPE_PUBLISHABLE_KEY = "@@"
    GOOGLE_MAPS_EMBED_ORIGIN = "https://shop.birchandbloom.com"
    PLAUSIBLE_DOMAIN = "birchandbloom.com"
    TWILIO_ACCOUNT_SID_PUBLIC = None
    FEATURE_FLAGS = {"new_checkout": True, "gift_cards": False}
''', fakes.fake("pk_live_", 99, _seed()), "https://docs.stripe.com/keys#obtain-api-keys")

DV("django-settings", "password-validators", "config/settings/auth.py", '''
    AUTH_PASSWORD_VALIDATORS = [
        {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
        {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
        {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
        {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    ]
    PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]
    PASSWORD_RESET_TIMEOUT = 3600
    LOGIN_URL = "/accounts/login/"
    SESSION_COOKIE_NAME = "acme_sessionid"
    CSRF_COOKIE_NAME = "acme_csrftoken"
    CSRF_TRUSTED_ORIGINS = ["https://@@"]
''', "app.acme-retail.com", DJANGO)

D("django-settings", "example-placeholder", "docs/settings_local.py.example", T('''
    # Copy to settings/local.py and fill in. Never commit local.py.
    from .base import *  # noqa

    DEBUG = True
    SECRET_KEY = "change-me-to-a-long-random-string"
    STRIPE_SECRET_KEY = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
    EMAIL_HOST_PASSWORD = "your-sendgrid-api-key-here"
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "app",
            "USER": "app",
            "PASSWORD": "<your-db-password>",
            "HOST": "localhost",
        }
    }
'''), DJANGO)

# --------------------------------------------------------------------------- Flask / FastAPI

SV("flask-config", "database-password", "app/config.py", '''
    import os


    class Config:
        SECRET_KEY = os.environ.get("SECRET_KEY")
        SQLALCHEMY_TRACK_MODIFICATIONS = False
        JSON_SORT_KEYS = False


    class DevelopmentConfig(Config):
        DEBUG = True
        SQLALCHEMY_DATABASE_URI = "postgresql://dev:dev@localhost/inventory_dev"


    class ProductionConfig(Config):
        SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://inventory:@@@pg-prod-01.acme-tools.net:5432/inventory"
        SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_size": 10}


    config = {"development": DevelopmentConfig, "production": ProductionConfig, "default": DevelopmentConfig}
''', words_pw(), FLASK)

SV("flask-config", "flask-secret-key", "instance/config.py", '''
    # instance config, loaded with app.config.from_pyfile("config.py", silent=True)
    SECRET_KEY = "@@"
    SESSION_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
''', hexs(64), "https://flask.palletsprojects.com/en/3.0.x/config/#instance-folders")

SV("flask-config", "jwt-secret", "api/settings.py", '''
    from datetime import timedelta

    JWT_SECRET_KEY = '@@'
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(hours=1)
    JWT_REFRESH_TOKEN_EXPIRES = timedelta(days=30)
    JWT_TOKEN_LOCATION = ["headers", "cookies"]
    JWT_COOKIE_SECURE = True
    JWT_COOKIE_CSRF_PROTECT = True
    PROPAGATE_EXCEPTIONS = True
''', rand_pw(40, "-_"), "https://flask-jwt-extended.readthedocs.io/en/stable/options.html")

SV("flask-config", "sendgrid", "config/production.py", '''
    MAIL_SERVER = "smtp.sendgrid.net"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USERNAME = "apikey"
    MAIL_PASSWORD = "@@"
    MAIL_DEFAULT_SENDER = ("Clinic Bookings", "bookings@clinicnow.health")
    MAIL_MAX_EMAILS = 200
''', sendgrid_key(), "https://flask-mail.readthedocs.io/en/latest/#configuring-flask-mail")

SV("flask-config", "redis-password", "settings/cache_config.py", '''
    CACHE_TYPE = "RedisCache"
    CACHE_DEFAULT_TIMEOUT = 300
    CACHE_REDIS_HOST = "redis-prod.int.acme-tools.net"
    CACHE_REDIS_PORT = 6379
    CACHE_REDIS_PASSWORD = "@@"
    CACHE_REDIS_DB = 2
    CACHE_KEY_PREFIX = "inv:"
''', fakes.redis_password(_seed()), "https://flask-caching.readthedocs.io/en/latest/#configuring-flask-caching")

SV("flask-config", "mysql-dsn", "wsgi_config.py", '''
    """Loaded by app factory via FLASK_CONFIG=wsgi_config."""
    DEBUG = False
    TESTING = False
    SQLALCHEMY_DATABASE_URI = (
        "mysql+pymysql://reports:@@"
        "@mysql-reports.prod.internal:3306/reports?charset=utf8mb4"
    )
    SQLALCHEMY_POOL_RECYCLE = 280
''', url_pw(), "https://docs.sqlalchemy.org/en/20/dialects/mysql.html#module-sqlalchemy.dialects.mysql.pymysql")

SV("fastapi-config", "database-password", "app/core/config.py", '''
    from pydantic_settings import BaseSettings, SettingsConfigDict


    class Settings(BaseSettings):
        model_config = SettingsConfigDict(env_file=".env", extra="ignore")

        PROJECT_NAME: str = "fleet-api"
        API_V1_STR: str = "/api/v1"
        DATABASE_URL: str = "postgresql+asyncpg://fleet:@@@fleet-db.prod.acme-mobility.io:5432/fleet"
        REDIS_URL: str = "redis://redis:6379/0"
        ACCESS_TOKEN_EXPIRE_MINUTES: int = 60 * 24
        BACKEND_CORS_ORIGINS: list[str] = ["https://fleet.acme-mobility.io"]


    settings = Settings()
''', words_pw(), FASTAPI)

_fpem = pem()
SV("fastapi-config", "private-key", "app/security/keys.py", '''
    """RS256 keys for issuing access tokens. Rotate via scripts/rotate_keys.py."""

    JWT_ALGORITHM = "RS256"
    JWT_KID = "2024-05-key1"

    JWT_PRIVATE_KEY = """@@"""
''', _fpem, "https://pyjwt.readthedocs.io/en/stable/usage.html#encoding-decoding-tokens-with-rs256-rsa")

SV("fastapi-config", "openai", "services/llm/settings.py", '''
    from functools import lru_cache

    from pydantic import Field
    from pydantic_settings import BaseSettings


    class LLMSettings(BaseSettings):
        openai_api_key: str = Field(default="@@")
        openai_model: str = "gpt-4o-mini"
        request_timeout: float = 30.0
        max_retries: int = 3


    @lru_cache
    def get_llm_settings() -> LLMSettings:
        return LLMSettings()
''', fakes.openai_key(_seed()), "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

SV("fastapi-config", "stripe-restricted", "billing/config.py", '''
    import os

    # restricted key: read charges, write refunds only
    STRIPE_API_KEY = os.getenv("STRIPE_API_KEY") or "@@"
    STRIPE_ACCOUNT = "acct_1NbXq2Hc8r0TGk2v"
    REFUND_WINDOW_DAYS = 30
    CURRENCY = "eur"
    WEBHOOK_TOLERANCE = 300
''', stripe_key("rk_live_"), "https://docs.stripe.com/keys#limit-access")

SV("fastapi-config", "twilio-api-key", "notify/twilio_client.py", '''
    from twilio.rest import Client

    ACCOUNT_SID = "''' + twilio_sid() + '''"
    API_KEY_SID = "''' + twilio_sid("SK") + '''"
    API_KEY_SECRET = "@@"

    client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)


    def send_otp(phone: str, code: str) -> str:
        message = client.messages.create(to=phone, from_="+15005550006", body=f"Your code is {code}")
        return message.sid
''', rand_pw(32), "https://www.twilio.com/docs/iam/api-keys")

SV("fastapi-config", "boto3-secret", "workers/s3_export.py", '''
    import csv
    import io

    import boto3

    s3 = boto3.client(
        "s3",
        region_name="us-west-2",
        aws_access_key_id="''' + fakes.aws_key_id(_seed()) + '''",
        aws_secret_access_key="@@",
    )


    def export_rows(rows, key):
        buf = io.StringIO()
        csv.writer(buf).writerows(rows)
        s3.put_object(Bucket="acme-exports-prod", Key=key, Body=buf.getvalue().encode())
''', fakes.aws_secret_key(_seed()), "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

SV("fastapi-config", "docstring-example", "app/clients/payments.py", '''
    """Thin wrapper around the Adyen-like PayHub API.

    Example (prod sandbox account used by QA)::

        >>> c = PayHubClient(api_key="@@")
        >>> c.capture("psp_8812", amount=1999)

    """
    import httpx


    class PayHubClient:
        def __init__(self, api_key: str, base_url: str = "https://api.payhub.example-pay.com/v2"):
            self._http = httpx.Client(base_url=base_url, headers={"X-API-Key": api_key})

        def capture(self, psp_reference: str, amount: int) -> dict:
            return self._http.post(f"/payments/{psp_reference}/captures", json={"amount": amount}).json()
''', "phk_live_" + rand_pw(40), "https://www.python.org/dev/peps/pep-0257/")

# Flask / FastAPI decoys

D("flask-config", "env-lookup", "app/config_prod.py", T('''
    import os


    class ProductionConfig:
        SECRET_KEY = os.environ["SECRET_KEY"]
        SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"].replace("postgres://", "postgresql://", 1)
        MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
        JWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY", os.environ["SECRET_KEY"])
        CACHE_REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")
        SESSION_COOKIE_SECURE = True
'''), FLASK)

D("flask-config", "testing-config", "tests/config_test.py", T('''
    class TestingConfig:
        TESTING = True
        SECRET_KEY = "test"
        WTF_CSRF_ENABLED = False
        SQLALCHEMY_DATABASE_URI = "sqlite:///:memory:"
        JWT_SECRET_KEY = "test-jwt-secret"
        MAIL_SUPPRESS_SEND = True
        SERVER_NAME = "localhost.localdomain"
'''), "https://flask.palletsprojects.com/en/3.0.x/testing/")

D("fastapi-config", "secret-str", "app/core/settings.py", T('''
    from pydantic import PostgresDsn, SecretStr
    from pydantic_settings import BaseSettings


    class Settings(BaseSettings):
        postgres_dsn: PostgresDsn
        jwt_secret: SecretStr
        stripe_api_key: SecretStr
        sendgrid_api_key: SecretStr | None = None
        sentry_dsn: str | None = None
        environment: str = "local"

        class Config:
            env_file = ".env"
            env_nested_delimiter = "__"


    settings = Settings()  # type: ignore[call-arg]
'''), FASTAPI)

DV("fastapi-config", "public-key", "app/auth/jwks.py", '''
    """Static JWKS fallback while auth.acme-mobility.io is unreachable (public key only)."""

    FALLBACK_KID = "2024-05-key1"
    FALLBACK_PUBLIC_KEY = """@@"""


    def public_key_for(kid: str) -> str | None:
        return FALLBACK_PUBLIC_KEY if kid == FALLBACK_KID else None
''', public_pem(), "https://pyjwt.readthedocs.io/en/stable/usage.html")

D("fastapi-config", "keyfile-path", "app/core/jwt_config.py", T('''
    from pathlib import Path

    KEYS_DIR = Path("/run/secrets")
    JWT_PRIVATE_KEY_PATH = KEYS_DIR / "jwt_private.pem"
    JWT_PUBLIC_KEY_PATH = KEYS_DIR / "jwt_public.pem"
    JWT_ALGORITHM = "RS256"


    def load_private_key() -> bytes:
        return JWT_PRIVATE_KEY_PATH.read_bytes()
'''), "https://docs.docker.com/engine/swarm/secrets/")

D("flask-config", "token-generation", "scripts/gen_secret.py", T('''
    #!/usr/bin/env python
    """Print a fresh SECRET_KEY for a new environment.

    Usage: python scripts/gen_secret.py >> .env.production.local
    """
    import secrets

    if __name__ == "__main__":
        print(f"SECRET_KEY={secrets.token_hex(32)}")
        print(f"JWT_SECRET_KEY={secrets.token_urlsafe(48)}")
'''), "https://docs.python.org/3/library/secrets.html")

# --------------------------------------------------------------------------- .env files

_env_stripe = stripe_key()
SV("dotenv", "stripe", ".env.production", '''
    DJANGO_SETTINGS_MODULE=config.settings.production
    DJANGO_ALLOWED_HOSTS=api.kindlekitchen.com
    DATABASE_URL=${RDS_URL}
    REDIS_URL=redis://redis.internal:6379/0
    STRIPE_SECRET_KEY=@@
    STRIPE_PUBLISHABLE_KEY=pk_live_51Oq8sDkZx
    SENTRY_ENVIRONMENT=production
    WEB_CONCURRENCY=4
''', _env_stripe, DOTENV)

SV("dotenv", "database-url", ".env.staging", '''
    # staging -- shared by the team, do not put prod values here
    FLASK_ENV=production
    FLASK_APP=wsgi:app
    DATABASE_URL=postgresql://tickets_stg:@@@tickets-stg.c3dqx81kq.us-east-1.rds.amazonaws.com:5432/tickets
    CELERY_BROKER_URL=redis://redis-stg:6379/1
    LOG_LEVEL=debug
''', rand_pw(22), DOTENV)

SV("dotenv", "mailgun", "deploy/env/prod.env", '''
    APP_ENV=prod
    MAILGUN_DOMAIN=mg.rentwise.io
    MAILGUN_API_KEY="@@"
    MAILGUN_REGION=eu
    DEFAULT_FROM_EMAIL="Rentwise <no-reply@rentwise.io>"
''', mailgun_key_new(), "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/")

SV("dotenv", "sentry-auth-token", ".env.ci", '''
    # used by `sentry-cli releases` in the deploy job
    SENTRY_ORG=acme
    SENTRY_PROJECT=checkout-api
    SENTRY_AUTH_TOKEN=@@
    SENTRY_URL=https://sentry.io/
''', sentry_org_token(), "https://docs.sentry.io/cli/configuration/")

S("dotenv", "jwt-secret", "services/auth/.env", (
    "NODE_ENV=production\r\n"
    "AUTH_ISSUER=https://auth.pocketledger.app\r\n"
    "JWT_SECRET=" + (_jwt_crlf := rand_pw(48)) + "\r\n"
    "JWT_EXPIRES_IN=900\r\n"
    "REFRESH_TTL_DAYS=14\r\n"
    "BCRYPT_ROUNDS=12\r\n"
), _jwt_crlf, DOTENV)

SV("dotenv", "openai", "backend/.env.local", '''
    # local only -- but this one is my real key, sorry (rotate later)
    OPENAI_API_KEY=@@
    OPENAI_ORG=org-''' + rand_pw(24) + '''
    EMBEDDINGS_MODEL=text-embedding-3-small
    VECTOR_DB_URL=postgresql://postgres:postgres@localhost:5433/vectors
''', fakes.openai_key(_seed()), DOTENV)

SV("dotenv", "aws-secret-key", "docker/web.env", '''
    AWS_DEFAULT_REGION=eu-west-2
    AWS_ACCESS_KEY_ID=''' + fakes.aws_key_id(_seed()) + '''
    AWS_SECRET_ACCESS_KEY=@@
    AWS_STORAGE_BUCKET_NAME=bookclub-uploads
    USE_S3=1
''', fakes.aws_secret_key(_seed()), "https://docs.docker.com/compose/environment-variables/env-file/")

SV("dotenv", "telegram-bot", ".env.alerts", '''
    ALERTS_ENABLED=true
    TELEGRAM_BOT_TOKEN=@@
    TELEGRAM_CHAT_ID=-1001874459921
    ALERT_MIN_LEVEL=ERROR
    ALERT_THROTTLE_SECONDS=120
''', fakes.telegram_token(_seed()), "https://core.telegram.org/bots/api#authorizing-your-bot")

DV("dotenv", "placeholders", ".env.example", '''
    # Copy to .env and fill in. Values below are examples only.
    DJANGO_SECRET_KEY=changeme
    DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/DBNAME
    REDIS_URL=redis://localhost:6379/0
    STRIPE_SECRET_KEY=sk_live_...
    STRIPE_WEBHOOK_SECRET=whsec_...
    SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    TWILIO_AUTH_TOKEN=your_twilio_auth_token
    AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    SENTRY_DSN=
    GIT_SHA=@@
''', hexs(40), DOTENV)

D("dotenv", "interpolation", ".env.docker", T('''
    POSTGRES_USER=${POSTGRES_USER:-app}
    POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
    DATABASE_URL=postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/${POSTGRES_DB}
    CELERY_BROKER_URL=amqp://${RABBITMQ_USER}:${RABBITMQ_PASS}@rabbitmq:5672//
    SECRET_KEY=${DJANGO_SECRET_KEY}
'''), "https://docs.docker.com/compose/environment-variables/variable-interpolation/")

D("dotenv", "test-values", ".env.test", T('''
    DJANGO_SETTINGS_MODULE=config.settings.test
    DATABASE_URL=postgres://postgres:postgres@localhost:5432/test_app
    SECRET_KEY=not-a-real-secret-key-just-for-tests
    STRIPE_SECRET_KEY=sk_test_fake
    SENDGRID_API_KEY=test
    CELERY_TASK_ALWAYS_EAGER=1
'''), DOTENV)

DV("dotenv", "sops-encrypted", ".env.prod.enc", '''
    DATABASE_URL=@@
    STRIPE_SECRET_KEY=''' + sops_enc(32) + '''
    SENTRY_ENVIRONMENT=ENC[AES256_GCM,data:8qR3cHJvZA==,iv:Zk8xN2Jq1c2VtY0lN3dHh4a1NqZ2ZsY2h3V2xKcz0=,tag:2r6tYJm0p3xE4b8FqZ1s5A==,type:str]
    sops_kms__list_0__map_arn=arn:aws:kms:eu-west-1:123456789012:key/''' + uuid_s() + '''
    sops_kms__list_0__map_created_at=2024-04-11T09:12:44Z
    sops_lastmodified=2024-04-11T09:12:45Z
    sops_mac=ENC[AES256_GCM,data:''' + rand_pw(44) + ''',type:str]
    sops_version=3.8.1
''', sops_enc(60), "https://github.com/getsops/sops#dotenv")

# --------------------------------------------------------------------------- Celery / RQ

SV("celery-config", "amqp-password", "proj/celeryconfig.py", '''
    broker_url = "amqp://orders:@@@rabbitmq-prod.internal:5672/orders"
    result_backend = "redis://redis-prod.internal:6379/3"
    task_serializer = "json"
    result_serializer = "json"
    accept_content = ["json"]
    timezone = "Europe/Berlin"
    enable_utc = True
    task_acks_late = True
    worker_prefetch_multiplier = 1
    task_routes = {
        "orders.tasks.send_invoice": {"queue": "mail"},
        "orders.tasks.sync_erp": {"queue": "erp"},
    }
''', words_pw(), CELERY)

SV("celery-config", "redis-password", "app/celery.py", '''
    import os

    from celery import Celery

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.settings")

    app = Celery("app")
    app.config_from_object("django.conf:settings", namespace="CELERY")
    app.conf.broker_url = "rediss://default:@@@master.celery-prod.x7tq2d.use1.cache.amazonaws.com:6379/0?ssl_cert_reqs=required"
    app.conf.broker_transport_options = {"visibility_timeout": 3600}
    app.autodiscover_tasks()


    @app.task(bind=True, ignore_result=True)
    def debug_task(self):
        print(f"Request: {self.request!r}")
''', fakes.redis_password(_seed()), "https://docs.celeryq.dev/en/stable/django/first-steps-with-django.html")

SV("celery-config", "result-backend-db", "worker/settings_celery.py", '''
    CELERY_BROKER_URL = "sqs://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "region": "us-east-1",
        "predefined_queues": {"default": {"url": "https://sqs.us-east-1.amazonaws.com/123456789012/ledger-default"}},
    }
    CELERY_RESULT_BACKEND = "db+postgresql://celery_results:@@@ledger-db.prod:5432/celery"
    CELERY_RESULT_EXPIRES = 86400
    CELERY_TASK_TIME_LIMIT = 600
''', rand_pw(18), CELERY)

SV("celery-config", "flower-basic-auth", "deploy/flower.conf.py", '''
    # flower --conf=deploy/flower.conf.py
    port = 5555
    address = "0.0.0.0"
    url_prefix = "flower"
    basic_auth = ["ops:@@"]
    persistent = True
    db = "/var/lib/flower/flower.db"
    max_tasks = 20000
''', human_pw(), "https://flower.readthedocs.io/en/latest/config.html")

SV("rq-config", "redis-password", "jobs/rq_settings.py", '''
    # rq worker -c jobs.rq_settings
    REDIS_URL = "redis://:@@@10.0.12.40:6379/4"
    QUEUES = ["high", "default", "low"]
    SENTRY_DSN = None
    NAME = "reports-worker"
    LOG_LEVEL = "INFO"
    DEFAULT_RESULT_TTL = 3600
''', fakes.redis_password(_seed()), "https://python-rq.org/docs/workers/#using-a-config-file")

SV("rq-config", "django-rq-password", "dashboard/settings/rq.py", '''
    RQ_QUEUES = {
        "default": {
            "HOST": "redis-jobs.prod.local",
            "PORT": 6379,
            "DB": 0,
            "PASSWORD": "@@",
            "DEFAULT_TIMEOUT": 360,
        },
        "imports": {
            "USE_REDIS_CACHE": "jobs",
        },
    }
    RQ_SHOW_ADMIN_LINK = True
''', passphrase(), "https://github.com/rq/django-rq#installation")

D("celery-config", "env-broker", "proj/celery_app.py", T('''
    import os

    from celery import Celery

    app = Celery(
        "proj",
        broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"),
        backend=os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1"),
        include=["proj.tasks"],
    )
    app.conf.update(result_expires=3600, task_default_queue="default")

    if __name__ == "__main__":
        app.start()
'''), CELERY)

D("celery-config", "local-guest", "celeryconfig_local.py", T('''
    # Local RabbitMQ from docker-compose: the image's default guest account
    broker_url = "amqp://guest:guest@localhost:5672//"
    result_backend = "rpc://"
    task_always_eager = False
    worker_concurrency = 2
    beat_schedule = {
        "nightly-report": {"task": "reports.tasks.nightly", "schedule": 60 * 60 * 24},
    }
'''), "https://hub.docker.com/_/rabbitmq")

D("rq-config", "redis-no-auth", "worker.py", T('''
    import os

    from redis import Redis
    from rq import Queue, Worker

    listen = ["high", "default", "low"]
    redis_url = os.getenv("REDISTOGO_URL", "redis://localhost:6379")
    conn = Redis.from_url(redis_url)

    if __name__ == "__main__":
        worker = Worker([Queue(name, connection=conn) for name in listen], connection=conn)
        worker.work(with_scheduler=True)
'''), "https://devcenter.heroku.com/articles/python-rq")

# --------------------------------------------------------------------------- Alembic and migrations

SV("alembic-ini", "database-password", "alembic.ini", '''
    [alembic]
    script_location = migrations
    prepend_sys_path = .
    version_path_separator = os
    sqlalchemy.url = postgresql://migrator:@@@db-prod-1.acme-claims.internal/claims

    [post_write_hooks]
    hooks = black
    black.type = console_scripts
    black.entrypoint = black

    [loggers]
    keys = root,sqlalchemy,alembic

    [logger_root]
    level = WARN
    handlers = console
''', url_pw(), ALEMBIC)

D("alembic-ini", "interpolation", "db/alembic.ini", T('''
    [alembic]
    script_location = db/migrations
    # the real URL is set in env.py from DATABASE_URL
    sqlalchemy.url = postgresql://%(DB_USER)s:%(DB_PASS)s@%(DB_HOST)s/%(DB_NAME)s
    file_template = %%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s

    [loggers]
    keys = root,sqlalchemy,alembic
'''), "https://alembic.sqlalchemy.org/en/latest/api/config.html")

SV("alembic-migration", "api-key", "migrations/versions/8f2c1a7d9e31_seed_partner_keys.py", '''
    """seed partner api keys

    Revision ID: 8f2c1a7d9e31
    Revises: 41b7e0c2a6f5
    Create Date: 2024-02-14 10:21:07.118220
    """
    import sqlalchemy as sa
    from alembic import op

    revision = "8f2c1a7d9e31"
    down_revision = "41b7e0c2a6f5"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        partners = sa.table("partner", sa.column("name", sa.String), sa.column("api_key", sa.String))
        op.bulk_insert(partners, [
            {"name": "northwind-logistics", "api_key": "@@"},
        ])


    def downgrade() -> None:
        op.execute("DELETE FROM partner WHERE name = 'northwind-logistics'")
''', "pk_" + rand_pw(40), ALEMBIC)

SV("alembic-migration", "admin-password", "alembic/versions/2024_03_02_seed_admin.py", '''
    """create initial admin

    Revision ID: c0a4e5f1b2d3
    Revises: 9d8e7f6a5b4c
    """
    from alembic import op
    from passlib.hash import bcrypt

    revision = "c0a4e5f1b2d3"
    down_revision = "9d8e7f6a5b4c"


    def upgrade():
        hashed = bcrypt.hash("@@")
        op.execute(
            "INSERT INTO users (email, password_hash, is_admin) "
            f"VALUES ('admin@tallyfin.com', '{hashed}', true)"
        )


    def downgrade():
        op.execute("DELETE FROM users WHERE email = 'admin@tallyfin.com'")
''', words_pw(), ALEMBIC)

DV("alembic-migration", "bcrypt-hash", "alembic/versions/3b9e_seed_service_user.py", '''
    """seed service user (hash only)

    Revision ID: 3b9e11aa02cd
    Revises: c0a4e5f1b2d3
    """
    from alembic import op

    revision = "3b9e11aa02cd"
    down_revision = "c0a4e5f1b2d3"


    def upgrade():
        op.execute(
            "INSERT INTO users (email, password_hash, is_admin) VALUES "
            "('svc-import@tallyfin.com', '@@', false)"
        )


    def downgrade():
        op.execute("DELETE FROM users WHERE email = 'svc-import@tallyfin.com'")
''', bcrypt_hash(), ALEMBIC)

D("alembic-migration", "env-py", "migrations/env.py", T('''
    import os
    from logging.config import fileConfig

    from alembic import context
    from sqlalchemy import engine_from_config, pool

    from app.models import Base

    config = context.config
    config.set_main_option("sqlalchemy.url", os.environ["DATABASE_URL"])
    if config.config_file_name is not None:
        fileConfig(config.config_file_name)
    target_metadata = Base.metadata


    def run_migrations_online() -> None:
        connectable = engine_from_config(config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool)
        with connectable.connect() as connection:
            context.configure(connection=connection, target_metadata=target_metadata)
            with context.begin_transaction():
                context.run_migrations()


    run_migrations_online()
'''), ALEMBIC)

SV("django-migration", "superuser-password", "accounts/migrations/0004_create_superuser.py", '''
    from django.contrib.auth import get_user_model
    from django.db import migrations


    def create_superuser(apps, schema_editor):
        User = get_user_model()
        if not User.objects.filter(username="ops").exists():
            User.objects.create_superuser("ops", "ops@quillandpress.com", "@@")


    class Migration(migrations.Migration):
        dependencies = [("accounts", "0003_user_timezone")]
        operations = [migrations.RunPython(create_superuser, migrations.RunPython.noop)]
''', human_pw(), "https://docs.djangoproject.com/en/5.0/topics/migrations/#data-migrations")

SV("django-migration", "oauth-client-secret", "oauth/migrations/0002_seed_mobile_app.py", '''
    from django.db import migrations


    def seed(apps, schema_editor):
        Application = apps.get_model("oauth2_provider", "Application")
        Application.objects.update_or_create(
            client_id="mobile-ios",
            defaults={
                "name": "iOS app",
                "client_type": "confidential",
                "authorization_grant_type": "password",
                "client_secret": "@@",
                "skip_authorization": True,
            },
        )


    class Migration(migrations.Migration):
        dependencies = [("oauth", "0001_initial"), ("oauth2_provider", "0007_application_post_logout_redirect_uris")]
        operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
''', rand_pw(128), "https://django-oauth-toolkit.readthedocs.io/en/latest/rest-framework/getting_started.html")

SV("django-migration", "integration-token", "integrations/migrations/0007_seed_erp_credentials.py", '''
    from django.db import migrations


    def forwards(apps, schema_editor):
        Credential = apps.get_model("integrations", "Credential")
        Credential.objects.create(
            provider="github",
            label="release-bot",
            token="@@",
        )


    class Migration(migrations.Migration):
        dependencies = [("integrations", "0006_credential")]
        operations = [migrations.RunPython(forwards, reverse_code=migrations.RunPython.noop)]
''', fakes.github_token(_seed()), "https://docs.djangoproject.com/en/5.0/ref/migration-operations/#runpython")

DV("django-migration", "make-password-output", "accounts/migrations/0005_seed_staff.py", '''
    from django.db import migrations

    # password hashes generated with django.contrib.auth.hashers.make_password; users reset on first login
    STAFF = [
        ("amira", "amira@quillandpress.com", "@@"),
        ("jonas", "jonas@quillandpress.com", "''' + django_hash() + '''"),
    ]


    def seed(apps, schema_editor):
        User = apps.get_model("accounts", "User")
        for username, email, password in STAFF:
            User.objects.get_or_create(username=username, defaults={"email": email, "password": password, "is_staff": True})


    class Migration(migrations.Migration):
        dependencies = [("accounts", "0004_create_superuser")]
        operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
''', django_hash(), "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#django.contrib.auth.hashers.make_password")

DV("django-migration", "uuid-ids", "catalog/migrations/0012_seed_regions.py", '''
    import uuid

    from django.db import migrations

    REGIONS = {
        "eu-central": uuid.UUID("@@"),
        "us-east": uuid.UUID("''' + uuid_s() + '''"),
        "ap-south": uuid.UUID("''' + uuid_s() + '''"),
    }


    def seed(apps, schema_editor):
        Region = apps.get_model("catalog", "Region")
        for code, pk in REGIONS.items():
            Region.objects.update_or_create(id=pk, defaults={"code": code})


    class Migration(migrations.Migration):
        dependencies = [("catalog", "0011_region")]
        operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
''', uuid_s(), "https://docs.djangoproject.com/en/5.0/ref/models/fields/#uuidfield")

DV("django-fixture", "hashed-passwords", "accounts/fixtures/staff.json", '''
    [
      {
        "model": "accounts.user",
        "pk": 1,
        "fields": {
          "username": "admin",
          "email": "admin@example.com",
          "password": "@@",
          "is_superuser": true,
          "is_staff": true,
          "date_joined": "2023-09-01T08:00:00Z"
        }
      },
      {
        "model": "accounts.user",
        "pk": 2,
        "fields": {
          "username": "support",
          "email": "support@example.com",
          "password": "''' + argon2_hash() + '''",
          "is_superuser": false,
          "is_staff": true,
          "date_joined": "2023-09-01T08:00:00Z"
        }
      }
    ]
''', django_hash(), "https://docs.djangoproject.com/en/5.0/howto/initial-data/")

SV("django-fixture", "api-token", "integrations/fixtures/prod_webhooks.yaml", '''
    - model: integrations.webhook
      pk: 1
      fields:
        name: deploy-notifications
        url: "@@"
        events: [deploy.finished, deploy.failed]
        active: true
    - model: integrations.webhook
      pk: 2
      fields:
        name: audit-log
        url: https://audit.internal.acme-retail.com/ingest
        events: [user.login]
        active: true
''', discord_webhook(), "https://docs.djangoproject.com/en/5.0/topics/serialization/#serialization-formats-yaml")

# --------------------------------------------------------------------------- pytest, factories

SV("pytest-conftest", "database-password", "tests/integration/conftest.py", '''
    import os

    import psycopg
    import pytest

    # Integration tests run against the shared QA database (read-mostly).
    QA_DSN = os.environ.get(
        "QA_DSN",
        "host=qa-db.acme-claims.internal dbname=claims_qa user=qa_runner password=@@ sslmode=require",
    )


    @pytest.fixture(scope="session")
    def qa_conn():
        with psycopg.connect(QA_DSN) as conn:
            yield conn


    @pytest.fixture
    def cursor(qa_conn):
        with qa_conn.cursor() as cur:
            yield cur
            qa_conn.rollback()
''', words_pw(), PYTEST)

SV("pytest-conftest", "stripe", "tests/e2e/conftest.py", '''
    import pytest
    import stripe


    @pytest.fixture(scope="session", autouse=True)
    def stripe_live_readonly():
        # read-only checks against the live account (reconciliation tests)
        stripe.api_key = "@@"
        stripe.api_version = "2023-10-16"
        yield stripe
''', stripe_key("rk_live_"), PYTEST)

SV("pytest-conftest", "sendgrid", "tests/conftest.py", '''
    import pytest
    from sendgrid import SendGridAPIClient


    @pytest.fixture
    def sendgrid_client():
        return SendGridAPIClient(api_key="@@")


    @pytest.fixture
    def outbound_email(settings):
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        return settings
''', sendgrid_key(), "https://github.com/sendgrid/sendgrid-python#quick-start")

SV("pytest-ini", "database-url", "pytest.ini", '''
    [pytest]
    DJANGO_SETTINGS_MODULE = config.settings.test
    python_files = tests.py test_*.py *_tests.py
    addopts = --reuse-db -p no:warnings --strict-markers
    markers =
        slow: takes more than a second
        integration: needs the staging services
    env =
        D:DATABASE_URL=postgres://ci_runner:@@@staging-db.tradecraft.io:5432/tradecraft
        D:CELERY_TASK_ALWAYS_EAGER=1
''', rand_pw(20), "https://github.com/pytest-dev/pytest-env")

D("pytest-conftest", "test-login", "tests/api/conftest.py", T('''
    import pytest
    from django.test import Client
    from rest_framework.test import APIClient

    from tests.factories import UserFactory

    TEST_PASSWORD = "password123"


    @pytest.fixture
    def user(db):
        return UserFactory(password=TEST_PASSWORD)


    @pytest.fixture
    def logged_in_client(user):
        client = Client()
        assert client.login(username=user.username, password=TEST_PASSWORD)
        return client


    @pytest.fixture
    def api_client(user):
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION="Token test-token")
        client.cookies["csrftoken"] = "x" * 32
        return client
'''), "https://pytest-django.readthedocs.io/en/latest/helpers.html")

D("pytest-conftest", "moto-dummies", "tests/aws/conftest.py", T('''
    import os

    import boto3
    import pytest
    from moto import mock_aws


    @pytest.fixture(scope="function")
    def aws_credentials():
        """Mocked AWS Credentials for moto."""
        os.environ["AWS_ACCESS_KEY_ID"] = "testing"
        os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
        os.environ["AWS_SECURITY_TOKEN"] = "testing"
        os.environ["AWS_SESSION_TOKEN"] = "testing"
        os.environ["AWS_DEFAULT_REGION"] = "us-east-1"


    @pytest.fixture
    def s3(aws_credentials):
        with mock_aws():
            yield boto3.client("s3", region_name="us-east-1")
'''), "https://docs.getmoto.org/en/latest/docs/getting_started.html#example-on-usage")

D("pytest-factories", "faker", "tests/factories.py", T('''
    import factory
    from django.contrib.auth import get_user_model
    from factory.django import DjangoModelFactory


    class UserFactory(DjangoModelFactory):
        class Meta:
            model = get_user_model()
            django_get_or_create = ("username",)

        username = factory.Sequence(lambda n: f"user{n}")
        email = factory.Faker("email")
        first_name = factory.Faker("first_name")
        password = factory.django.Password("pw")
        api_token = factory.Faker("sha256")
        is_active = True


    class ApiKeyFactory(DjangoModelFactory):
        class Meta:
            model = "integrations.ApiKey"

        user = factory.SubFactory(UserFactory)
        key = factory.Faker("password", length=40, special_chars=False)
        label = factory.Faker("word")
'''), "https://factoryboy.readthedocs.io/en/stable/orms.html#factory.django.Password")

D("pytest-conftest", "csrf-session-test", "tests/test_csrf.py", T('''
    from django.middleware.csrf import CSRF_SESSION_KEY
    from django.test import Client, override_settings

    CSRF_TOKEN = "4tJ6V0bTQv0kZ0bq9hVcT2bQx6s7Yw1nE3rL5pA8mK2dF9gH0jZ1cX4vB7nM3qW5"
    SESSION_KEY = "hx9d2k3l0f1q8w7e6r5t4y3u2i1o0p9a"


    @override_settings(CSRF_USE_SESSIONS=False)
    def test_post_requires_token():
        client = Client(enforce_csrf_checks=True)
        client.cookies["csrftoken"] = CSRF_TOKEN
        client.cookies["sessionid"] = SESSION_KEY
        resp = client.post("/api/orders/", {"sku": "ABC-1"}, HTTP_X_CSRFTOKEN=CSRF_TOKEN)
        assert resp.status_code in (201, 403)


    def test_session_key_name():
        assert CSRF_SESSION_KEY == "_csrftoken"
'''), "https://docs.djangoproject.com/en/5.0/ref/csrf/#testing")

D("pytest-conftest", "responses-mock", "tests/test_payhub_client.py", T('''
    import responses

    from app.clients.payments import PayHubClient

    FAKE_KEY = "phk_test_0000000000000000000000000000000000000000"


    @responses.activate
    def test_capture_sends_key():
        responses.post(
            "https://api.payhub.example-pay.com/v2/payments/psp_1/captures",
            json={"status": "captured"},
            match=[responses.matchers.header_matcher({"X-API-Key": FAKE_KEY})],
        )
        assert PayHubClient(api_key=FAKE_KEY).capture("psp_1", 100)["status"] == "captured"
'''), "https://github.com/getsentry/responses#matching-request-headers")

D("pytest-conftest", "stripe-docs-key", "tests/billing/test_webhooks.py", T('''
    import json
    import time

    import stripe

    # Stripe's published test-mode example values, as in their docs
    stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
    WEBHOOK_SECRET = "whsec_test_secret"


    def _signed(payload: dict) -> tuple[bytes, str]:
        body = json.dumps(payload).encode()
        ts = int(time.time())
        sig = stripe.WebhookSignature._compute_signature(f"{ts}.{body.decode()}", WEBHOOK_SECRET)
        return body, f"t={ts},v1={sig}"


    def test_event_roundtrip(client):
        body, header = _signed({"id": "evt_test_1", "type": "charge.succeeded"})
        resp = client.post("/webhooks/stripe/", body, content_type="application/json", HTTP_STRIPE_SIGNATURE=header)
        assert resp.status_code == 200
'''), "https://docs.stripe.com/api/authentication")

# --------------------------------------------------------------------------- tox / nox / pyproject

SV("tox-ini", "pypi-token", "tox.ini", '''
    [tox]
    envlist = py310, py311, py312, lint
    isolated_build = true

    [testenv]
    deps = -r requirements/test.txt
    commands = pytest {posargs}

    [testenv:lint]
    deps = ruff
    commands = ruff check src tests

    [testenv:release]
    skip_install = true
    deps = build
           twine
    setenv =
        TWINE_USERNAME = __token__
        TWINE_PASSWORD = @@
    commands =
        python -m build
        twine upload dist/*
''', fakes.pypi_token(_seed()), TOX)

D("tox-ini", "passenv", "services/ledger/tox.ini", T('''
    [tox]
    envlist = py311,integration

    [testenv]
    deps = -r requirements-dev.txt
    setenv =
        DJANGO_SETTINGS_MODULE = ledger.settings.test
        SECRET_KEY = tox-not-secret
    passenv =
        DATABASE_URL
        REDIS_URL
        STRIPE_*
    commands = pytest -q {posargs}

    [testenv:integration]
    passenv = {[testenv]passenv}
        TWINE_PASSWORD
    commands = pytest -q -m integration
'''), TOX)

SV("noxfile", "gitlab-token", "noxfile.py", '''
    import nox

    nox.options.sessions = ["tests", "lint"]
    PRIVATE_INDEX = "https://__token__:@@@gitlab.acme-health.com/api/v4/projects/412/packages/pypi/simple"


    @nox.session(python=["3.11", "3.12"])
    def tests(session):
        session.install("--extra-index-url", PRIVATE_INDEX, "-e", ".[test]")
        session.run("pytest", *session.posargs)


    @nox.session
    def lint(session):
        session.install("ruff")
        session.run("ruff", "check", ".")
''', gitlab_token(), NOX)

D("noxfile", "env-passthrough", "tools/noxfile.py", T('''
    import os

    import nox


    @nox.session(python="3.12")
    def integration(session):
        session.install("-e", ".[test]")
        session.run(
            "pytest", "-m", "integration",
            env={
                "DATABASE_URL": os.environ["DATABASE_URL"],
                "SENDGRID_API_KEY": os.environ.get("SENDGRID_API_KEY", ""),
                "SECRET_KEY": "nox-local-secret",
            },
        )
'''), NOX)

SV("pyproject", "basic-auth-url", "pyproject.toml", '''
    [tool.poetry]
    name = "acme-claims"
    version = "3.14.2"
    description = "Claims processing backend"
    authors = ["Platform Team <platform@acme-claims.com>"]

    [tool.poetry.dependencies]
    python = "^3.11"
    django = "^5.0"
    celery = {extras = ["redis"], version = "^5.3"}
    acme-common = {version = "^2.1", source = "internal"}

    [[tool.poetry.source]]
    name = "internal"
    url = "https://deploy-bot:@@@pypi.acme-claims.com/simple/"
    priority = "supplemental"

    [tool.pytest.ini_options]
    DJANGO_SETTINGS_MODULE = "config.settings.test"
    addopts = "--reuse-db"

    [tool.ruff]
    line-length = 110
''', passphrase(), "https://python-poetry.org/docs/repositories/")

D("pyproject", "tool-sections", "services/notify/pyproject.toml", T('''
    [project]
    name = "notify"
    version = "1.8.0"
    requires-python = ">=3.11"
    dependencies = ["fastapi>=0.110", "twilio>=9", "sendgrid>=6.11", "pydantic-settings>=2"]

    [tool.pytest.ini_options]
    env = [
        "SENDGRID_API_KEY=SG.test",
        "TWILIO_AUTH_TOKEN=test",
        "TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    ]
    asyncio_mode = "auto"

    [tool.coverage.run]
    branch = true
    source = ["notify"]

    [tool.mypy]
    strict = true
    plugins = ["pydantic.mypy"]
'''), "https://github.com/pytest-dev/pytest-env")

DV("pyproject", "lock-hashes", "poetry.lock", '''
    # This file is automatically @generated by Poetry 1.8.2 and should not be changed by hand.

    [[package]]
    name = "celery"
    version = "5.3.6"
    description = "Distributed Task Queue."
    optional = false
    python-versions = ">=3.8"
    files = [
        {file = "celery-5.3.6-py3-none-any.whl", hash = "sha256:@@"},
        {file = "celery-5.3.6.tar.gz", hash = "sha256:''' + hexs(64) + '''"},
    ]

    [[package]]
    name = "redis"
    version = "5.0.3"
    description = "Python client for Redis database and key-value store"
    optional = false
    python-versions = ">=3.7"
    files = [
        {file = "redis-5.0.3-py3-none-any.whl", hash = "sha256:''' + hexs(64) + '''"},
    ]

    [metadata]
    lock-version = "2.0"
    python-versions = "^3.11"
    content-hash = "''' + hexs(64) + '''"
''', hexs(64), "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock")

SV("requirements", "github-token", "requirements/prod.txt", '''
    Django==5.0.4
    djangorestframework==3.15.1
    celery[redis]==5.3.6
    gunicorn==22.0.0
    psycopg[binary]==3.1.18
    sentry-sdk==1.45.0
    # internal libs (private repos)
    acme-auth @ git+https://@@@github.com/acme-retail/acme-auth.git@v2.4.1
    acme-events @ git+https://github.com/acme-retail/acme-events.git@v1.2.0
''', fakes.github_token(_seed()), "https://pip.pypa.io/en/stable/topics/vcs-support/")

DV("requirements", "hashes", "requirements/base.lock.txt", '''
    # This file is autogenerated by pip-compile with Python 3.12
    #    pip-compile --generate-hashes requirements/base.in
    django==5.0.4 \\
        --hash=sha256:@@ \\
        --hash=sha256:''' + hexs(64) + '''
        # via -r requirements/base.in
    gunicorn==22.0.0 \\
        --hash=sha256:''' + hexs(64) + '''
        # via -r requirements/base.in
    asgiref==3.8.1 \\
        --hash=sha256:''' + hexs(64) + '''
        # via django
''', hexs(64), "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

SV("pypirc", "pypi-password", ".pypirc", '''
    [distutils]
    index-servers =
        pypi
        internal

    [pypi]
    username = __token__
    password = ''' + "${PYPI_TOKEN}" + '''

    [internal]
    repository = https://nexus.acme-bank.internal/repository/pypi-internal/
    username = ci-publisher
    password = @@
''', words_pw(), "https://packaging.python.org/en/latest/specifications/pypirc/")

SV("pip-conf", "basic-auth-url", "deploy/pip.conf", '''
    [global]
    timeout = 60
    index-url = https://pypi.org/simple
    extra-index-url = https://build:@@@artifactory.acme-ins.com/artifactory/api/pypi/pypi-local/simple
    trusted-host = artifactory.acme-ins.com
''', rand_pw(16), "https://pip.pypa.io/en/stable/topics/configuration/")

# --------------------------------------------------------------------------- GitHub Actions / GitLab CI

SV("github-actions", "aws-secret-key", ".github/workflows/deploy.yml", '''
    name: deploy
    on:
      push:
        branches: [main]

    env:
      AWS_REGION: eu-west-1
      AWS_ACCESS_KEY_ID: ''' + fakes.aws_key_id(_seed()) + '''
      AWS_SECRET_ACCESS_KEY: @@

    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install awscli
          - run: aws s3 sync ./static s3://acme-web-static-prod --delete
          - run: aws ecs update-service --cluster web --service api --force-new-deployment
''', fakes.aws_secret_key(_seed()), GHA)

SV("github-actions", "database-password", ".github/workflows/migrate-staging.yml", '''
    name: migrate staging
    on: workflow_dispatch

    jobs:
      migrate:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with: { python-version: "3.11" }
          - run: pip install -r requirements.txt
          - name: Run migrations
            env:
              DJANGO_SETTINGS_MODULE: config.settings.staging
              DATABASE_URL: "postgres://deployer:@@@staging-db.fintrack.io:5432/fintrack"
            run: python manage.py migrate --noinput
''', human_pw(), GHA)

SV("github-actions", "sentry-auth-token", ".github/workflows/release.yml", '''
    name: release
    on:
      release:
        types: [published]

    jobs:
      sentry-release:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
            with:
              fetch-depth: 0
          - name: Create Sentry release
            uses: getsentry/action-release@v1
            env:
              SENTRY_AUTH_TOKEN: @@
              SENTRY_ORG: acme
              SENTRY_PROJECT: backend
            with:
              environment: production
              version: ${{ github.ref_name }}
''', hexs(64), "https://github.com/getsentry/action-release")

SV("github-actions", "slack-webhook", ".github/workflows/notify.yml", '''
    name: notify
    on:
      workflow_run:
        workflows: [deploy]
        types: [completed]

    jobs:
      slack:
        runs-on: ubuntu-latest
        steps:
          - name: Post result
            run: |
              curl -sS -X POST -H 'Content-type: application/json' \\
                --data "{\\"text\\":\\"deploy ${{ github.event.workflow_run.conclusion }}\\"}" \\
                @@
''', slack_webhook(), GHA)

DV("github-actions", "secrets-context", ".github/workflows/ci.yml", '''
    name: ci
    on: [push, pull_request]

    jobs:
      test:
        runs-on: ubuntu-latest
        services:
          postgres:
            image: postgres:16
            env:
              POSTGRES_USER: postgres
              POSTGRES_PASSWORD: postgres
              POSTGRES_DB: test_app
            ports: ["5432:5432"]
            options: --health-cmd pg_isready --health-interval 10s
          redis:
            image: redis:7
            ports: ["6379:6379"]
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/test_app
          SECRET_KEY: ci-not-secret
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
        steps:
          - uses: actions/checkout@@@
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
              cache: pip
          - run: pip install -r requirements/test.txt
          - run: pytest -q --cov
''', hexs(40), GHA)

D("github-actions", "oidc-role", ".github/workflows/deploy-oidc.yml", T('''
    name: deploy (oidc)
    on:
      push:
        branches: [main]
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
              role-to-assume: arn:aws:iam::123456789012:role/gha-deploy-web
              aws-region: us-east-1
          - run: ./scripts/deploy.sh
            env:
              DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY }}
'''), "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services")

SV("gitlab-ci", "database-password", ".gitlab-ci.yml", '''
    stages: [test, deploy]

    variables:
      PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
      POSTGRES_DB: app_test
      POSTGRES_USER: runner
      POSTGRES_PASSWORD: runner
      PROD_DATABASE_URL: "postgresql://app:@@@10.40.2.15:5432/app_prod"

    test:
      stage: test
      image: python:3.12
      services: [postgres:16]
      script:
        - pip install -r requirements/test.txt
        - pytest

    migrate:
      stage: deploy
      image: python:3.12
      only: [main]
      script:
        - pip install -r requirements.txt
        - DATABASE_URL="$PROD_DATABASE_URL" python manage.py migrate
''', words_pw(), GLCI)

_ci_key = pem("OPENSSH")
S("gitlab-ci", "ssh-private-key", "ci/deploy.gitlab-ci.yml", (
    "deploy_prod:\n"
    "  stage: deploy\n"
    "  image: alpine:3.19\n"
    "  before_script:\n"
    "    - apk add --no-cache openssh-client rsync\n"
    "    - mkdir -p ~/.ssh && chmod 700 ~/.ssh\n"
    "    - |\n"
    "      cat > ~/.ssh/id_ed25519 <<'KEY'\n"
    + textwrap.indent(_ci_key, "      ") + "\n"
    "      KEY\n"
    "    - chmod 600 ~/.ssh/id_ed25519\n"
    "    - ssh-keyscan app01.acme-retail.com >> ~/.ssh/known_hosts\n"
    "  script:\n"
    "    - rsync -az --delete ./ deploy@app01.acme-retail.com:/srv/shop/\n"
    "    - ssh deploy@app01.acme-retail.com 'sudo systemctl restart gunicorn-shop'\n"
    "  only: [main]\n"
), _ci_key, GLCI)

SV("gitlab-ci", "twine-password", "ci/publish.yml", '''
    publish:
      stage: deploy
      image: python:3.12-slim
      rules:
        - if: $CI_COMMIT_TAG
      variables:
        TWINE_USERNAME: __token__
        TWINE_PASSWORD: "@@"
      script:
        - pip install build twine
        - python -m build
        - twine upload dist/*
''', fakes.pypi_token(_seed()), "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

D("gitlab-ci", "ci-variables", "ci/build.gitlab-ci.yml", T('''
    build_image:
      stage: build
      image: docker:24
      services: [docker:24-dind]
      variables:
        DOCKER_TLS_CERTDIR: "/certs"
      before_script:
        - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
      script:
        - docker build --build-arg GIT_SHA=$CI_COMMIT_SHA -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
        - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
'''), "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html")

DV("gitlab-ci", "masked-reference", "ci/sentry.gitlab-ci.yml", '''
    sentry_release:
      stage: .post
      image: getsentry/sentry-cli:2
      variables:
        SENTRY_ORG: acme
        SENTRY_PROJECT: api
        # SENTRY_AUTH_TOKEN is a masked, protected CI/CD variable
      script:
        - sentry-cli releases new "$CI_COMMIT_SHA"
        - sentry-cli releases set-commits "$CI_COMMIT_SHA" --commit "acme/api@@@"
        - sentry-cli releases finalize "$CI_COMMIT_SHA"
''', hexs(40), "https://docs.sentry.io/cli/releases/")

# --------------------------------------------------------------------------- Makefiles

SV("makefile", "mysql-cli-password", "Makefile", '''
    .PHONY: run test dbshell-prod dump-prod

    run:
    \tpython manage.py runserver 0.0.0.0:8000

    test:
    \tpytest -q

    dbshell-prod:
    \tmysql -h mysql-prod.acme-events.internal -u events_admin -p'@@' events

    dump-prod:
    \tmysqldump -h mysql-prod.acme-events.internal -u events_admin -p'@@' --single-transaction events | gzip > dumps/events-$$(date +%F).sql.gz
''', words_pw(), "https://dev.mysql.com/doc/refman/8.0/en/connecting.html")

SV("makefile", "docker-login", "deploy/Makefile", '''
    REGISTRY := registry.acme-health.com
    IMAGE    := $(REGISTRY)/patient-portal/api
    TAG      ?= $(shell git rev-parse --short HEAD)

    login:
    \tdocker login $(REGISTRY) -u ci-bot -p @@

    build:
    \tdocker build -t $(IMAGE):$(TAG) .

    push: login build
    \tdocker push $(IMAGE):$(TAG)
''', rand_pw(24), "https://docs.docker.com/engine/reference/commandline/login/")

SV("makefile", "psql-dsn", "scripts/db.mk", '''
    PROD_DSN = postgresql://analytics:@@@warehouse.acme-retail.internal:5432/analytics

    .PHONY: refresh-mv psql-prod

    refresh-mv:
    \tpsql "$(PROD_DSN)" -c "REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales;"

    psql-prod:
    \tpsql "$(PROD_DSN)"
''', passphrase(), "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING")

SV("makefile", "heroku-api-key", "Makefile.heroku", '''
    APP ?= bookwyrm-api-prod
    export HEROKU_API_KEY=@@

    deploy:
    \tgit push https://heroku:$(HEROKU_API_KEY)@git.heroku.com/$(APP).git HEAD:main

    migrate:
    \theroku run --app $(APP) python manage.py migrate

    logs:
    \theroku logs --tail --app $(APP)
''', uuid_s(), "https://devcenter.heroku.com/articles/authentication#api-token-storage")

SV("makefile", "curl-basic-auth", "ops/Makefile", '''
    FLOWER := https://flower.internal.acme-logistics.com

    queues:
    \tcurl -s -u admin:@@ $(FLOWER)/api/queues/length | jq .

    workers:
    \tcurl -s -u admin:@@ $(FLOWER)/api/workers?refresh=1 | jq 'keys'

    .PHONY: queues workers
''', human_pw(), "https://flower.readthedocs.io/en/latest/api.html")

D("makefile", "ssm-lookup", "infra/Makefile", T('''
    ENV ?= staging
    DB_PASSWORD = $(shell aws ssm get-parameter --name /app/$(ENV)/db_password --with-decryption --query Parameter.Value --output text)

    migrate:
    \tDATABASE_URL=postgres://app:$(DB_PASSWORD)@db.$(ENV).internal/app python manage.py migrate

    shell:
    \tpsql "postgres://app:$${PGPASSWORD}@db.$(ENV).internal/app"

    .PHONY: migrate shell
'''), "https://docs.aws.amazon.com/cli/latest/reference/ssm/get-parameter.html")

D("makefile", "local-dev", "Makefile.dev", T('''
    COMPOSE = docker compose -f docker-compose.yml -f docker-compose.dev.yml

    up:
    \t$(COMPOSE) up -d

    createsuperuser:
    \t$(COMPOSE) exec -e DJANGO_SUPERUSER_PASSWORD=admin web python manage.py createsuperuser --noinput --username admin --email admin@localhost

    psql:
    \t$(COMPOSE) exec db psql -U postgres postgres

    .PHONY: up createsuperuser psql
'''), "https://docs.djangoproject.com/en/5.0/ref/django-admin/#createsuperuser")

# --------------------------------------------------------------------------- docker-compose / Dockerfile

SV("docker-compose", "postgres-password", "docker-compose.prod.yml", '''
    services:
      db:
        image: postgres:16-alpine
        restart: always
        environment:
          POSTGRES_DB: lms
          POSTGRES_USER: lms
          POSTGRES_PASSWORD: "@@"
        volumes:
          - pgdata:/var/lib/postgresql/data

      web:
        image: registry.acme-edu.com/lms/web:2024.05.1
        command: gunicorn config.wsgi -c gunicorn.conf.py
        env_file: .env.production
        depends_on: [db, redis]

      redis:
        image: redis:7-alpine

    volumes:
      pgdata:
''', words_pw(), COMPOSE)

SV("docker-compose", "rabbitmq-password", "deploy/compose/worker-stack.yml", '''
    version: "3.8"
    services:
      rabbitmq:
        image: rabbitmq:3.13-management
        environment:
          - RABBITMQ_DEFAULT_USER=celery
          - RABBITMQ_DEFAULT_PASS=@@
        ports:
          - "15672:15672"
      worker:
        build: .
        command: celery -A proj worker -l info -Q default,mail
        environment:
          - CELERY_BROKER_URL=amqp://celery:@@@rabbitmq:5672//
        depends_on:
          - rabbitmq
''', rand_pw(20), "https://hub.docker.com/_/rabbitmq")

SV("docker-compose", "flower-basic-auth", "docker-compose.monitoring.yml", '''
    services:
      flower:
        image: mher/flower:2.0
        command: celery --broker=redis://redis:6379/0 flower --port=5555 --basic_auth=ops:@@
        ports:
          - "5555:5555"
        depends_on:
          - redis
      redis:
        image: redis:7
''', words_pw(), "https://flower.readthedocs.io/en/latest/config.html#basic-auth")

SV("docker-compose", "django-secret-key", "compose/staging.yml", '''
    x-django-env: &django-env
      DJANGO_SETTINGS_MODULE: config.settings.staging
      DJANGO_SECRET_KEY: '@@'
      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app

    services:
      web:
        image: ghcr.io/acme-events/api:staging
        environment: *django-env
        ports: ["8000:8000"]
      beat:
        image: ghcr.io/acme-events/api:staging
        command: celery -A config beat -l info
        environment: *django-env
''', fakes.django_secret_key(_seed()), "https://docs.docker.com/compose/compose-file/10-fragments/")

D("docker-compose", "local-dev-defaults", "docker-compose.yml", T('''
    # Local development only.
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: postgres
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: app
        ports: ["5432:5432"]
      redis:
        image: redis:7
        ports: ["6379:6379"]
      mailhog:
        image: mailhog/mailhog
        ports: ["8025:8025"]
      web:
        build: .
        command: python manage.py runserver 0.0.0.0:8000
        environment:
          DATABASE_URL: postgres://postgres:postgres@db:5432/app
          DJANGO_SECRET_KEY: dev-secret-key-not-used-in-prod
          EMAIL_HOST: mailhog
        volumes: [".:/app"]
        depends_on: [db, redis]
'''), COMPOSE)

D("docker-compose", "docker-secrets", "docker-compose.swarm.yml", T('''
    version: "3.9"
    services:
      api:
        image: registry.acme-tools.net/inventory/api:1.42.0
        environment:
          DATABASE_PASSWORD_FILE: /run/secrets/db_password
          SECRET_KEY_FILE: /run/secrets/django_secret_key
        secrets: [db_password, django_secret_key]
        deploy:
          replicas: 3
    secrets:
      db_password:
        external: true
      django_secret_key:
        file: ./secrets/django_secret_key.txt
'''), "https://docs.docker.com/compose/use-secrets/")

SV("dockerfile", "django-secret-key", "Dockerfile", '''
    FROM python:3.12-slim AS base

    ENV PYTHONDONTWRITEBYTECODE=1 \\
        PYTHONUNBUFFERED=1 \\
        DJANGO_SETTINGS_MODULE=config.settings.production \\
        DJANGO_SECRET_KEY="@@"

    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY . .
    RUN python manage.py collectstatic --noinput

    EXPOSE 8000
    CMD ["gunicorn", "config.wsgi:application", "-c", "gunicorn.conf.py"]
''', fakes.django_secret_key(_seed()), "https://docs.docker.com/reference/dockerfile/#env")

DV("dockerfile", "checksum-and-arg", "docker/worker.Dockerfile", '''
    FROM python:3.11-slim
    ARG GIT_SHA
    ARG TINI_VERSION=v0.19.0
    ENV SENTRY_RELEASE=${GIT_SHA}

    ADD https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini /tini
    RUN echo "@@  /tini" | sha256sum -c - && chmod +x /tini

    WORKDIR /srv
    COPY requirements.lock .
    RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install --require-hashes -r requirements.lock
    COPY . .
    ENTRYPOINT ["/tini", "--"]
    CMD ["celery", "-A", "proj", "worker", "-l", "info"]
''', hexs(64), "https://docs.docker.com/build/building/secrets/")

# --------------------------------------------------------------------------- Gunicorn / uWSGI / supervisor / nginx

SV("gunicorn-conf", "database-url", "gunicorn.conf.py", '''
    import multiprocessing

    bind = "0.0.0.0:8000"
    workers = multiprocessing.cpu_count() * 2 + 1
    worker_class = "uvicorn.workers.UvicornWorker"
    timeout = 60
    keepalive = 5
    accesslog = "-"
    errorlog = "-"
    raw_env = [
        "APP_ENV=production",
        "DATABASE_URL=postgresql://fleet:@@@fleet-db.prod.acme-mobility.io:5432/fleet",
    ]
''', words_pw(), GUNICORN)

D("gunicorn-conf", "no-secret", "deploy/gunicorn_config.py", T('''
    import os

    bind = os.getenv("GUNICORN_BIND", "unix:/run/gunicorn/web.sock")
    workers = int(os.getenv("WEB_CONCURRENCY", "4"))
    threads = 2
    max_requests = 1000
    max_requests_jitter = 100
    forwarded_allow_ips = "10.0.0.0/8"
    secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}
    raw_env = [f"DJANGO_SECRET_KEY={os.environ['DJANGO_SECRET_KEY']}"]
    keyfile = "/etc/ssl/private/web.key"
    certfile = "/etc/ssl/certs/web.crt"
'''), GUNICORN)

SV("uwsgi-ini", "stripe", "deploy/uwsgi.ini", '''
    [uwsgi]
    module = shop.wsgi:application
    master = true
    processes = 8
    threads = 2
    socket = /run/uwsgi/shop.sock
    chmod-socket = 660
    vacuum = true
    die-on-term = true
    env = DJANGO_SETTINGS_MODULE=shop.settings.production
    env = STRIPE_SECRET_KEY=@@
    harakiri = 30
    logto = /var/log/uwsgi/shop.log
''', stripe_key(), UWSGI)

D("uwsgi-ini", "env-placeholders", "uwsgi/app.ini", T('''
    [uwsgi]
    module = app.wsgi
    http = :8080
    processes = %(%k * 2)
    env = DATABASE_URL=$(DATABASE_URL)
    env = SECRET_KEY=$(SECRET_KEY)
    env = REDIS_URL=@(/run/secrets/redis_url)
    enable-threads = true
    buffer-size = 32768
'''), "https://uwsgi-docs.readthedocs.io/en/latest/Configuration.html#magic-variables")

SV("supervisor", "stripe", "deploy/supervisor/shop.conf", '''
    [program:shop-web]
    command=/srv/shop/venv/bin/gunicorn shop.wsgi:application -c /srv/shop/gunicorn.conf.py
    directory=/srv/shop
    user=shop
    autostart=true
    autorestart=true
    stdout_logfile=/var/log/shop/web.log
    redirect_stderr=true
    environment=DJANGO_SETTINGS_MODULE="shop.settings.production",STRIPE_SECRET_KEY="@@",PYTHONUNBUFFERED="1"
''', stripe_key(), SUPERVISOR)

SV("supervisor", "rq-redis-url", "etc/supervisor/conf.d/rq-workers.conf", '''
    [program:rq-worker]
    command=/opt/reports/venv/bin/rq worker --url redis://:@@@redis-jobs.prod.local:6379/0 high default low
    process_name=%(program_name)s-%(process_num)s
    numprocs=4
    directory=/opt/reports
    user=reports
    stopsignal=TERM
    autostart=true
    autorestart=true
''', fakes.redis_password(_seed()), "https://python-rq.org/patterns/supervisor/")

SV("supervisor", "celery-env", "supervisord.conf", '''
    [supervisord]
    nodaemon=true
    logfile=/dev/null

    [program:celery]
    command=celery -A proj worker --loglevel=INFO --concurrency=4
    environment=CELERY_BROKER_URL="amqp://proj:@@@mq.prod.internal:5672/proj",C_FORCE_ROOT="false"
    autorestart=true
    stopwaitsecs=600

    [program:beat]
    command=celery -A proj beat --loglevel=INFO
    autorestart=true
''', passphrase(), SUPERVISOR)

D("supervisor", "env-expansion", "deploy/supervisor/api.conf", T('''
    [program:api]
    command=/srv/api/venv/bin/uvicorn app.main:app --host 127.0.0.1 --port 8001 --workers 4
    directory=/srv/api
    user=api
    environment=DATABASE_URL="%(ENV_DATABASE_URL)s",JWT_SECRET="%(ENV_JWT_SECRET)s",APP_ENV="production"
    autostart=true
    autorestart=true
    stdout_logfile=/var/log/api/out.log
'''), "http://supervisord.org/configuration.html#environment-variables")

_nginx_user, _nginx_pw = "metrics-proxy", words_pw()
SV("nginx", "basic-auth-header", "deploy/nginx/sites-available/api.conf", '''
    upstream api {
        server 127.0.0.1:8001;
        keepalive 16;
    }

    server {
        listen 443 ssl http2;
        server_name api.acme-mobility.io;

        ssl_certificate     /etc/letsencrypt/live/api.acme-mobility.io/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/api.acme-mobility.io/privkey.pem;

        location / {
            proxy_pass http://api;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-Proto $scheme;
        }

        location /internal/metrics {
            proxy_pass https://grafana.internal:3000/api/;
            proxy_set_header Authorization "Basic @@";
        }
    }
''', b64(f"{_nginx_user}:{_nginx_pw}"), NGINX, secret=_nginx_pw)

SV("nginx", "bearer-token", "nginx/conf.d/search-proxy.conf", '''
    server {
        listen 80;
        server_name search.internal;

        location / {
            proxy_pass https://search-api.acme-recipes.net;
            proxy_set_header Authorization "Bearer @@";
            proxy_ssl_server_name on;
            proxy_read_timeout 30s;
        }
    }
''', "srch_" + rand_pw(40), NGINX)

D("nginx", "key-paths", "deploy/nginx/nginx.conf", T('''
    user www-data;
    worker_processes auto;

    http {
        include mime.types;
        sendfile on;

        server {
            listen 443 ssl;
            server_name app.quillandpress.com;
            ssl_certificate /etc/ssl/certs/quill.crt;
            ssl_certificate_key /etc/ssl/private/quill.key;
            ssl_session_ticket_key /etc/nginx/ticket.key;

            location /admin/ {
                auth_basic "Staff";
                auth_basic_user_file /etc/nginx/.htpasswd;
                proxy_pass http://unix:/run/gunicorn/web.sock;
            }
            location /static/ { alias /srv/quill/static/; }
        }
    }
'''), "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html")

DV("htpasswd", "apr1-hashes", "deploy/nginx/htpasswd", '''
    # generated with `htpasswd -B` / `openssl passwd -apr1`
    ops:@@
    release:''' + bcrypt_hash().replace("$2b$", "$2y$") + '''
    qa:''' + apr1_hash() + '''
    support:''' + apr1_hash() + '''
    grafana:''' + bcrypt_hash().replace("$2b$", "$2y$") + '''
''', apr1_hash(), "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

DV("nginx", "certificate", "deploy/nginx/certs/client-ca.pem", '''
    # CA bundle for mTLS between nginx and the payments sidecar (public)
    @@
''', cert_pem(), "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_client_certificate")

# --------------------------------------------------------------------------- Kubernetes / Helm / Ansible

_k8s_dsn_pw = url_pw()
SV("k8s-secret", "database-url-base64", "deploy/k8s/api-secret.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: api-env
      namespace: fleet
    type: Opaque
    data:
      DATABASE_URL: @@
      APP_ENV: ''' + b64("production") + '''
''', b64(f"postgresql://fleet:{_k8s_dsn_pw}@fleet-db.prod.acme-mobility.io:5432/fleet"), K8S, secret=_k8s_dsn_pw)

SV("k8s-secret", "stripe-stringdata", "k8s/overlays/prod/payments-secret.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: payments
      labels:
        app.kubernetes.io/name: payments
    stringData:
      STRIPE_SECRET_KEY: "@@"
      STRIPE_WEBHOOK_SECRET_REF: payments-webhook
''', stripe_key(), K8S)

_k8s_sk = fakes.django_secret_key(_seed())
SV("k8s-secret", "django-secret-key-base64", "charts/web/files/secret-prod.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: web-django
    type: Opaque
    data:
      DJANGO_SECRET_KEY: @@
      DJANGO_SETTINGS_MODULE: ''' + b64("config.settings.production") + '''
''', b64(_k8s_sk), K8S, secret=_k8s_sk)

DV("k8s-secret", "sealed-secret", "deploy/k8s/sealed-api-env.yaml", '''
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: api-env
      namespace: fleet
    spec:
      encryptedData:
        DATABASE_URL: @@
        SENTRY_DSN: ''' + sealed() + '''
      template:
        metadata:
          name: api-env
          namespace: fleet
''', sealed(), "https://github.com/bitnami-labs/sealed-secrets#usage")

D("k8s-secret", "external-secret", "deploy/k8s/external-secret.yaml", T('''
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: web-env
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: web-env
      data:
        - secretKey: DATABASE_URL
          remoteRef:
            key: prod/web/database
            property: url
        - secretKey: DJANGO_SECRET_KEY
          remoteRef:
            key: prod/web/django
            property: secret_key
'''), "https://external-secrets.io/latest/api/externalsecret/")

SV("helm-values", "sendgrid", "deploy/helm/values-prod.yaml", '''
    replicaCount: 3
    image:
      repository: ghcr.io/acme-edu/lms
      tag: "2024.05.1"

    env:
      DJANGO_SETTINGS_MODULE: config.settings.production
      EMAIL_HOST: smtp.sendgrid.net
      EMAIL_HOST_USER: apikey
      EMAIL_HOST_PASSWORD: "@@"

    ingress:
      enabled: true
      hosts:
        - host: lms.acme-edu.com
          paths: ["/"]

    resources:
      limits: { cpu: "1", memory: 1Gi }
''', sendgrid_key(), "https://helm.sh/docs/chart_template_guide/values_files/")

SV("helm-values", "redis-password", "charts/celery/values-staging.yaml", '''
    worker:
      replicas: 2
      queues: [default, mail]
      concurrency: 4

    redis:
      enabled: true
      architecture: standalone
      auth:
        enabled: true
        password: @@

    beat:
      enabled: true
''', fakes.redis_password(_seed()), "https://artifacthub.io/packages/helm/bitnami/redis")

D("helm-values", "template-refs", "charts/web/templates/deployment.yaml", T('''
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ include "web.fullname" . }}
    spec:
      replicas: {{ .Values.replicaCount }}
      template:
        spec:
          containers:
            - name: web
              image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
              env:
                - name: DATABASE_URL
                  valueFrom:
                    secretKeyRef:
                      name: {{ .Values.existingSecret }}
                      key: database-url
                - name: STRIPE_SECRET_KEY
                  value: {{ .Values.stripe.secretKey | quote }}
'''), "https://helm.sh/docs/chart_template_guide/")

SV("ansible-vars", "database-password", "ansible/group_vars/production.yml", '''
    ---
    app_name: claims
    app_user: claims
    app_domain: claims.acme-ins.com
    python_version: "3.11"

    postgres_host: pg-prod-01.acme-ins.internal
    postgres_db: claims
    postgres_user: claims_app
    postgres_password: "@@"

    gunicorn_workers: 9
    celery_queues: [default, documents]
''', human_pw(), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables")

DV("ansible-vars", "vault-ciphertext", "ansible/group_vars/production/vault.yml", '''
    $ANSIBLE_VAULT;1.1;AES256
    @@
''', vault_blob(), "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

D("ansible-vars", "vault-references", "ansible/group_vars/staging.yml", T('''
    ---
    app_name: claims
    postgres_host: pg-stg-01.acme-ins.internal
    postgres_user: claims_app
    postgres_password: "{{ vault_postgres_password }}"
    django_secret_key: "{{ vault_django_secret_key }}"
    sendgrid_api_key: "{{ lookup('community.general.passwordstore', 'claims/staging/sendgrid') }}"
    stripe_secret_key: "{{ lookup('env', 'STRIPE_SECRET_KEY') }}"
    gunicorn_workers: 3
'''), "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible")

SV("ansible-template", "django-env", "ansible/roles/web/files/env.production", '''
    # deployed to /srv/claims/.env by the web role
    DJANGO_SETTINGS_MODULE=claims.settings.production
    DJANGO_SECRET_KEY=@@
    DJANGO_ALLOWED_HOSTS=claims.acme-ins.com
    DATABASE_URL=postgres://claims_app:{{ postgres_password }}@pg-prod-01.acme-ins.internal/claims
''', fakes.django_secret_key(_seed()), "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html")

# --------------------------------------------------------------------------- cloud / PaaS deploy configs

SV("zappa", "aws-secret-key", "zappa_settings.json", '''
    {
        "production": {
            "app_function": "app.main.app",
            "aws_region": "us-east-1",
            "project_name": "quotes-api",
            "runtime": "python3.11",
            "s3_bucket": "zappa-quotes-api-prod",
            "aws_environment_variables": {
                "APP_ENV": "production",
                "S3_EXPORT_ACCESS_KEY_ID": "''' + fakes.aws_key_id(_seed()) + '''",
                "S3_EXPORT_SECRET_ACCESS_KEY": "@@"
            },
            "keep_warm": true
        }
    }
''', fakes.aws_secret_key(_seed()), "https://github.com/zappa/Zappa#setting-environment-variables")

SV("heroku-app-json", "mailgun", "app.json", '''
    {
      "name": "rentwise-api",
      "description": "Rentwise backend (review apps)",
      "repository": "https://github.com/rentwise/api",
      "env": {
        "DJANGO_SECRET_KEY": {"generator": "secret"},
        "MAILGUN_API_KEY": {"value": "@@"},
        "MAILGUN_DOMAIN": {"value": "mg.rentwise.io"},
        "WEB_CONCURRENCY": {"value": "2"}
      },
      "addons": ["heroku-postgresql:essential-0", "heroku-redis:mini"],
      "buildpacks": [{"url": "heroku/python"}]
    }
''', mailgun_key(), "https://devcenter.heroku.com/articles/app-json-schema")

D("render-yaml", "generated-values", "render.yaml", T('''
    services:
      - type: web
        name: tidyhome-api
        runtime: python
        buildCommand: pip install -r requirements.txt
        startCommand: gunicorn config.wsgi
        envVars:
          - key: DJANGO_SECRET_KEY
            generateValue: true
          - key: DATABASE_URL
            fromDatabase:
              name: tidyhome-db
              property: connectionString
          - key: SENDGRID_API_KEY
            sync: false
    databases:
      - name: tidyhome-db
        plan: starter
'''), "https://docs.render.com/blueprint-spec")

D("fly-toml", "non-secret-env", "fly.toml", T('''
    app = "bookwyrm-api"
    primary_region = "ams"

    [env]
      DJANGO_SETTINGS_MODULE = "config.settings.production"
      PORT = "8000"
      SENTRY_ENVIRONMENT = "production"

    [deploy]
      release_command = "python manage.py migrate --noinput"

    [http_service]
      internal_port = 8000
      force_https = true
      min_machines_running = 1
    # secrets set with: fly secrets set DJANGO_SECRET_KEY=... DATABASE_URL=...
'''), "https://fly.io/docs/reference/configuration/")

SV("aws-credentials", "aws-secret-key", "deploy/aws/credentials", '''
    [default]
    region = eu-west-1

    [acme-deploy]
    aws_access_key_id = ''' + fakes.aws_key_id(_seed()) + '''
    aws_secret_access_key = @@
    region = eu-west-1
''', fakes.aws_secret_key(_seed()), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

_gcs_pem = pem("")
_gcs_pem = _gcs_pem.replace("-----BEGIN  PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----").replace("-----END  PRIVATE KEY-----", "-----END PRIVATE KEY-----")
SV("gcp-service-account", "private-key", "config/gcs-media-writer.json", '''
    {
      "type": "service_account",
      "project_id": "acme-media-prod",
      "private_key_id": "''' + hexs(40) + '''",
      "private_key": "@@",
      "client_email": "media-writer@acme-media-prod.iam.gserviceaccount.com",
      "client_id": "''' + str(_rng().randint(10**20, 10**21)) + '''",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token"
    }
''', _gcs_pem.replace("\n", "\\n") + "\\n", "https://cloud.google.com/iam/docs/keys-create-delete", secret=pem_line(_gcs_pem))

# --------------------------------------------------------------------------- database client files

SV("pgpass", "database-password", "deploy/dotfiles/.pgpass", '''
    # ~/.pgpass for the ops jump host (chmod 0600)
    # hostname:port:database:username:password
    localhost:5432:*:postgres:postgres
    warehouse.acme-retail.internal:5432:analytics:analytics:@@
    *:*:*:replicator:*
''', passphrase(), "https://www.postgresql.org/docs/current/libpq-pgpass.html")

SV("my-cnf", "mysql-password", "deploy/mysql/reports.my.cnf", '''
    [client]
    host     = mysql-reports.prod.internal
    port     = 3306
    user     = reports_etl
    password = "@@"
    default-character-set = utf8mb4

    [mysqldump]
    single-transaction
    quick
''', words_pw(), "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

SV("pgbouncer", "plaintext-userlist", "deploy/pgbouncer/userlist.txt", '''
    ;; pgbouncer auth_file -- auth_type = plain while we debug SCRAM on the new cluster
    "billing_app" "@@"
    "billing_ro" "''' + scram_hash() + '''"
    "pgbouncer_admin" "md5''' + hexs(32) + '''"
    "stats" ""
''', rand_pw(24), "https://www.pgbouncer.org/config.html#authentication-file-format")

DV("pgbouncer", "hashed-userlist", "deploy/pgbouncer/userlist.prod.txt", '''
    "billing_app" "@@"
    "billing_ro" "''' + scram_hash() + '''"
    "reporting" "md5''' + hexs(32) + '''"
    "pgbouncer_admin" "''' + scram_hash() + '''"
    "pgbouncer_stats" "md5''' + hexs(32) + '''"
''', scram_hash(), "https://www.pgbouncer.org/config.html#authentication-file-format")

D("pgbouncer", "auth-file-path", "deploy/pgbouncer/pgbouncer.ini", T('''
    [databases]
    billing = host=billing-prod.cluster-c8xk2lqyw3.eu-west-1.rds.amazonaws.com port=5432 dbname=billing

    [pgbouncer]
    listen_addr = 0.0.0.0
    listen_port = 6432
    auth_type = scram-sha-256
    auth_file = /etc/pgbouncer/userlist.txt
    admin_users = pgbouncer_admin
    pool_mode = transaction
    max_client_conn = 1000
    default_pool_size = 40
    server_tls_sslmode = require
'''), "https://www.pgbouncer.org/config.html")

SV("rabbitmq-definitions", "plaintext-password", "deploy/rabbitmq/definitions.json", '''
    {
      "users": [
        {"name": "celery", "password": "@@", "tags": ""},
        {"name": "admin", "password_hash": "''' + base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(36))).decode() + '''", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": "administrator"}
      ],
      "vhosts": [{"name": "orders"}],
      "permissions": [
        {"user": "celery", "vhost": "orders", "configure": ".*", "write": ".*", "read": ".*"}
      ],
      "queues": [
        {"name": "celery", "vhost": "orders", "durable": true, "auto_delete": false, "arguments": {}}
      ]
    }
''', words_pw(), "https://www.rabbitmq.com/docs/definitions")

DV("rabbitmq-definitions", "password-hash", "ops/rabbitmq/definitions.prod.json", '''
    {
      "rabbit_version": "3.13.1",
      "users": [
        {"name": "celery", "password_hash": "@@", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ""},
        {"name": "ops", "password_hash": "''' + base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(36))).decode() + '''", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": "administrator"}
      ],
      "vhosts": [{"name": "/"}],
      "permissions": [{"user": "celery", "vhost": "/", "configure": ".*", "write": ".*", "read": ".*"}]
    }
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(36))).decode(), "https://www.rabbitmq.com/docs/passwords#computing-password-hash")

_reg_pw = rand_pw(32)
SV("docker-config", "registry-auth-base64", "deploy/docker/config.json", '''
    {
      "auths": {
        "registry.acme-health.com": {
          "auth": "@@"
        },
        "ghcr.io": {}
      },
      "credsStore": ""
    }
''', b64("ci-bot:" + _reg_pw), "https://docs.docker.com/reference/cli/docker/login/#credential-stores", secret=_reg_pw)

D("docker-config", "creds-store", "ci/docker-config.json", T('''
    {
      "auths": {
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com": {},
        "ghcr.io": {}
      },
      "credHelpers": {
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
      },
      "credsStore": "pass"
    }
'''), "https://docs.docker.com/reference/cli/docker/login/#credential-helpers")

# --------------------------------------------------------------------------- monitoring and tooling configs

SV("newrelic-ini", "license-key", "newrelic.ini", '''
    [newrelic]
    license_key = @@
    app_name = Marketplace (Production)
    monitor_mode = true
    log_level = info
    high_security = false
    transaction_tracer.enabled = true
    error_collector.enabled = true
    error_collector.ignore_classes = django.http.response:Http404

    [newrelic:staging]
    app_name = Marketplace (Staging)
''', hexs(36) + "NRAL", "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/")

D("newrelic-ini", "env-license", "deploy/newrelic.ini", T('''
    [newrelic]
    # license_key comes from NEW_RELIC_LICENSE_KEY in the environment
    app_name = Quotes API
    monitor_mode = true
    distributed_tracing.enabled = true
    browser_monitoring.auto_instrument = false

    [newrelic:development]
    monitor_mode = false
'''), "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/#environment-variables")

SV("sentryclirc", "auth-token", ".sentryclirc", '''
    [defaults]
    url = https://sentry.io/
    org = acme
    project = checkout-api

    [auth]
    token = @@
''', sentry_org_token(), "https://docs.sentry.io/cli/configuration/#configuration-file")

DV("sentry-config", "public-dsn", "frontend_settings.py", '''
    # Rendered into the base template for the browser SDK. The DSN is public by design
    # (Sentry docs: "DSNs are safe to keep public"); the auth token is NOT here.
    SENTRY_BROWSER = {
        "dsn": "https://@@@o450123.ingest.sentry.io/5501234",
        "environment": "production",
        "tracesSampleRate": 0.05,
        "release": "web@2024.05.1",
    }
''', hexs(32), "https://docs.sentry.io/concepts/key-terms/dsn-explainer/")

SV("logging-config", "smtp-handler", "config/logging.ini", '''
    [loggers]
    keys=root,app

    [handlers]
    keys=console,mail

    [formatters]
    keys=plain

    [logger_root]
    level=WARNING
    handlers=console

    [logger_app]
    level=ERROR
    handlers=mail
    qualname=app

    [handler_console]
    class=StreamHandler
    args=(sys.stderr,)
    formatter=plain

    [handler_mail]
    class=handlers.SMTPHandler
    args=(("smtp.mailgun.org", 587), "alerts@mg.rentwise.io", ["oncall@rentwise.io"], "API error", ("postmaster@mg.rentwise.io", "@@"), ())

    [formatter_plain]
    format=%(asctime)s %(levelname)s %(name)s %(message)s
''', rand_pw(28), "https://docs.python.org/3/library/logging.config.html#configuration-file-format")

SV("systemd-unit", "database-url", "deploy/systemd/celery-worker.service", '''
    [Unit]
    Description=Celery worker (orders)
    After=network.target

    [Service]
    Type=forking
    User=orders
    WorkingDirectory=/srv/orders
    Environment=DJANGO_SETTINGS_MODULE=orders.settings.production
    Environment="DATABASE_URL=postgres://orders:@@@pg-prod.internal:5432/orders"
    ExecStart=/srv/orders/venv/bin/celery -A orders multi start w1 --pidfile=/run/celery/%n.pid --logfile=/var/log/celery/%n%I.log
    ExecStop=/srv/orders/venv/bin/celery multi stopwait w1 --pidfile=/run/celery/%n.pid
    Restart=always

    [Install]
    WantedBy=multi-user.target
''', human_pw(), "https://docs.celeryq.dev/en/stable/userguide/daemonizing.html#usage-systemd")

D("systemd-unit", "environment-file", "deploy/systemd/gunicorn.service", T('''
    [Unit]
    Description=gunicorn daemon for lms
    Requires=gunicorn.socket
    After=network.target

    [Service]
    User=lms
    Group=www-data
    WorkingDirectory=/srv/lms
    EnvironmentFile=/etc/lms/env
    LoadCredential=db-password:/etc/credstore/lms-db-password
    ExecStart=/srv/lms/venv/bin/gunicorn --workers 5 --bind unix:/run/gunicorn.sock config.wsgi:application

    [Install]
    WantedBy=multi-user.target
'''), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials")

SV("netrc", "github-token", "deploy/.netrc", '''
    machine github.com
      login acme-deploy-bot
      password @@

    machine api.github.com
      login acme-deploy-bot
      password @@
''', fakes.github_fine_grained_token(_seed()), "https://everything.curl.dev/usingcurl/netrc")

# --------------------------------------------------------------------------- scripts, notebooks, runbooks

SV("shell-script", "heredoc-env", "scripts/bootstrap_server.sh", '''
    #!/usr/bin/env bash
    # One-off bootstrap for app02 (Jan 2024). Kept for reference.
    set -euo pipefail

    sudo useradd -m -s /bin/bash shop || true
    sudo mkdir -p /srv/shop && sudo chown shop: /srv/shop

    sudo -u shop tee /srv/shop/.env > /dev/null <<EOF
    DJANGO_SETTINGS_MODULE=shop.settings.production
    DATABASE_URL=postgres://shop:@@@10.0.3.11:5432/shop
    REDIS_URL=redis://10.0.3.12:6379/0
    EOF

    sudo systemctl enable --now gunicorn-shop
''', url_pw(), "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents")

SV("shell-script", "pgpassword-export", "scripts/restore_staging.sh", '''
    #!/bin/sh
    # Restore last night's prod dump into staging (sanitised afterwards by sanitize.sql)
    set -e
    export PGPASSWORD='@@'
    DUMP=$(ls -t /backups/billing-*.dump | head -1)
    pg_restore --clean --no-owner -h billing-stg.internal -U billing_admin -d billing "$DUMP"
    psql -h billing-stg.internal -U billing_admin -d billing -f scripts/sanitize.sql
    unset PGPASSWORD
''', human_pw(), "https://www.postgresql.org/docs/current/libpq-envars.html")

_nb_pw = rand_pw(18)
SV("jupyter-notebook", "database-password", "notebooks/churn_exploration.ipynb", '''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": [
          "Engine(postgresql://analyst:***@replica.acme-retail.internal:5432/shop)\\n"
         ]
        }
       ],
       "source": [
        "import pandas as pd\\n",
        "from sqlalchemy import create_engine\\n",
        "engine = create_engine(\\"postgresql://analyst:@@@replica.acme-retail.internal:5432/shop\\")\\n",
        "print(engine)"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 4,
       "metadata": {},
       "outputs": [],
       "source": [
        "df = pd.read_sql(\\"select * from orders where created_at > now() - interval '90 days'\\", engine)"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
''', _nb_pw, "https://nbformat.readthedocs.io/en/latest/format_description.html")

D("jupyter-notebook", "env-and-ids", "notebooks/cohort_report.ipynb", T('''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [
        {
         "data": {"text/plain": ["'a3f1c2e4-5b6d-4e7f-8a9b-0c1d2e3f4a5b'"]},
         "execution_count": 1,
         "metadata": {},
         "output_type": "execute_result"
        }
       ],
       "source": [
        "import os\\n",
        "from sqlalchemy import create_engine\\n",
        "engine = create_engine(os.environ[\\"ANALYTICS_DSN\\"])\\n",
        "run_id = str(__import__('uuid').uuid4()); run_id"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
'''), "https://nbformat.readthedocs.io/en/latest/format_description.html")

SV("markdown-runbook", "database-password", "docs/runbooks/restore-db.md", '''
    # Restoring the billing database

    1. Stop the workers: `sudo supervisorctl stop billing-celery:*`
    2. Restore the snapshot in the RDS console (see screenshot in Confluence).
    3. Point pgbouncer at the new instance and reload:

       ```sh
       PGPASSWORD='@@' psql -h billing-restore.c8xk2lqyw3.eu-west-1.rds.amazonaws.com -U billing_admin billing -c 'select count(*) from invoices'
       sudo systemctl reload pgbouncer
       ```

    4. Start the workers again and watch Sentry for 15 minutes.
''', words_pw(), "https://www.postgresql.org/docs/current/app-psql.html")

SV("fabfile", "ssh-password", "fabfile.py", '''
    from fabric import Connection, task

    HOSTS = ["app01.quillandpress.com", "app02.quillandpress.com"]
    SUDO_PASS = "@@"


    @task
    def deploy(c, ref="main"):
        for host in HOSTS:
            conn = Connection(host, user="deploy", connect_kwargs={"password": SUDO_PASS})
            with conn.cd("/srv/quill"):
                conn.run(f"git fetch && git checkout {ref}")
                conn.run("venv/bin/pip install -r requirements.txt")
                conn.run("venv/bin/python manage.py migrate --noinput")
            conn.sudo("systemctl restart gunicorn-quill", password=SUDO_PASS)
''', human_pw(), "https://docs.fabfile.org/en/latest/getting-started.html")

SV("management-command", "mailchimp", "newsletter/management/commands/sync_audience.py", '''
    from django.core.management.base import BaseCommand
    from mailchimp_marketing import Client

    from newsletter.models import Subscriber

    MAILCHIMP_KEY = "@@"
    AUDIENCE_ID = "8f3c2a91de"


    class Command(BaseCommand):
        help = "Push confirmed subscribers to the Mailchimp audience"

        def handle(self, *args, **options):
            client = Client()
            client.set_config({"api_key": MAILCHIMP_KEY, "server": "us14"})
            for sub in Subscriber.objects.filter(confirmed=True).iterator():
                client.lists.set_list_member(AUDIENCE_ID, sub.email_hash, {"email_address": sub.email, "status_if_new": "subscribed"})
            self.stdout.write(self.style.SUCCESS("synced"))
''', hexs(32) + "-us14", "https://mailchimp.com/developer/marketing/guides/quick-start/")

D("management-command", "token-generation", "integrations/management/commands/create_api_key.py", T('''
    import secrets

    from django.contrib.auth.hashers import make_password
    from django.core.management.base import BaseCommand

    from integrations.models import ApiKey


    class Command(BaseCommand):
        help = "Create an API key for a partner; prints it once, stores only the hash"

        def add_arguments(self, parser):
            parser.add_argument("partner")

        def handle(self, *args, partner, **options):
            raw = "pk_" + secrets.token_urlsafe(30)
            ApiKey.objects.create(partner=partner, prefix=raw[:8], hashed=make_password(raw))
            self.stdout.write(f"API key for {partner}: {raw}")
'''), "https://docs.python.org/3/library/secrets.html#generating-tokens")

SV("wsgi", "setdefault-dsn", "config/wsgi.py", '''
    """WSGI config for the crm project."""
    import os

    from django.core.wsgi import get_wsgi_application

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    os.environ.setdefault("DATABASE_URL", "postgres://crm:@@@crm-db.prod.internal:5432/crm")

    application = get_wsgi_application()
''', passphrase(), "https://docs.djangoproject.com/en/5.0/howto/deployment/wsgi/")

SV("locustfile", "staging-password", "loadtest/locustfile.py", '''
    from locust import HttpUser, between, task


    class Shopper(HttpUser):
        wait_time = between(1, 3)
        host = "https://staging.shopfloor.io"

        def on_start(self):
            self.client.post("/api/auth/login/", json={"email": "loadtest@shopfloor.io", "password": "@@"})

        @task(3)
        def browse(self):
            self.client.get("/api/products/?page=1")

        @task
        def cart(self):
            self.client.post("/api/cart/items/", json={"sku": "TSHIRT-M-BLK", "qty": 1})
''', words_pw(), "https://docs.locust.io/en/stable/writing-a-locustfile.html")

# --------------------------------------------------------------------------- more settings, more decoys

SV("django-settings", "recaptcha-secret", "contact/settings_recaptcha.py", '''
    INSTALLED_APPS_EXTRA = ["django_recaptcha"]

    RECAPTCHA_PUBLIC_KEY = "6Lc''' + rand_pw(37, "-_") + '''"
    RECAPTCHA_PRIVATE_KEY = "@@"
    RECAPTCHA_REQUIRED_SCORE = 0.7
    RECAPTCHA_DOMAIN = "www.recaptcha.net"
''', "6Lc" + rand_pw(37, "-_"), "https://github.com/django-recaptcha/django-recaptcha#installation")

SV("dotenv", "vault-token", "ops/.env.vault-agent", '''
    VAULT_ADDR=https://vault.acme-bank.internal:8200
    VAULT_NAMESPACE=payments
    VAULT_TOKEN=@@
    VAULT_SKIP_VERIFY=false
    SECRETS_PATH=kv/data/payments/api
''', "hvs." + rand_pw(90, "_-"), "https://developer.hashicorp.com/vault/docs/commands#environment-variables")

SV("flask-config", "paypal-secret", "billing/paypal_config.py", '''
    PAYPAL_MODE = "live"
    PAYPAL_API_BASE = "https://api-m.paypal.com"
    PAYPAL_CLIENT_ID = "A''' + rand_pw(79, "-_") + '''"
    PAYPAL_CLIENT_SECRET = "@@"
    PAYPAL_WEBHOOK_ID = "''' + rand_pw(17).upper() + '''"
''', "E" + rand_pw(79, "-_"), "https://developer.paypal.com/api/rest/authentication/")

SV("django-settings", "pusher-secret", "realtime/settings.py", '''
    PUSHER = {
        "app_id": "1745821",
        "key": "''' + hexs(20) + '''",
        "secret": "@@",
        "cluster": "eu",
        "ssl": True,
    }
    REALTIME_CHANNEL_PREFIX = "private-orders-"
''', hexs(20), "https://pusher.com/docs/channels/server_api/authenticating-users/")

SV("manage-py", "setdefault-secret-key", "manage.py", '''
    #!/usr/bin/env python
    """Django's command-line utility for administrative tasks."""
    import os
    import sys


    def main():
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
        os.environ.setdefault("DJANGO_SECRET_KEY", "@@")
        from django.core.management import execute_from_command_line

        execute_from_command_line(sys.argv)


    if __name__ == "__main__":
        main()
''', fakes.django_secret_key(_seed()), "https://docs.djangoproject.com/en/5.0/ref/django-admin/")

DV("renovate", "encrypted-secrets", "renovate.json", '''
    {
      "$schema": "https://docs.renovatebot.com/renovate-schema.json",
      "extends": ["config:recommended"],
      "packageRules": [
        {"matchManagers": ["pip_requirements", "poetry"], "groupName": "python deps", "schedule": ["before 6am on monday"]}
      ],
      "hostRules": [
        {
          "matchHost": "pypi.acme-claims.com",
          "hostType": "pypi",
          "encrypted": {"password": "@@"}
        }
      ]
    }
''', "wcFMA" + rand_pw(300, "+/") + "=", "https://docs.renovatebot.com/configuration-options/#encrypted")

D("dependabot", "secrets-reference", ".github/dependabot.yml", T('''
    version: 2
    registries:
      internal-pypi:
        type: python-index
        url: https://pypi.acme-claims.com/simple/
        username: dependabot
        password: ${{ secrets.INTERNAL_PYPI_PASSWORD }}
        replaces-base: false
    updates:
      - package-ecosystem: pip
        directory: "/"
        registries: [internal-pypi]
        schedule:
          interval: weekly
      - package-ecosystem: github-actions
        directory: "/"
        schedule:
          interval: monthly
'''), "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot")

DV("pre-commit", "pinned-shas", ".pre-commit-config.yaml", '''
    repos:
      - repo: https://github.com/astral-sh/ruff-pre-commit
        rev: @@  # frozen: v0.4.4
        hooks:
          - id: ruff
            args: [--fix]
          - id: ruff-format
      - repo: https://github.com/pre-commit/pre-commit-hooks
        rev: ''' + hexs(40) + '''  # frozen: v4.6.0
        hooks:
          - id: check-yaml
          - id: end-of-file-fixer
          - id: detect-private-key
      - repo: https://github.com/adamchainz/django-upgrade
        rev: ''' + hexs(40) + '''  # frozen: 1.17.0
        hooks:
          - id: django-upgrade
            args: [--target-version, "5.0"]
''', hexs(40), "https://pre-commit.com/#pre-commit-autoupdate")

D("pytest-conftest", "stripe-object-ids", "tests/billing/conftest.py", T('''
    import pytest

    from billing.models import Customer


    @pytest.fixture
    def customer(db):
        return Customer.objects.create(
            email="jane@example.com",
            stripe_customer_id="cus_NffrFeUfNV2Hib",
            default_payment_method="pm_1MqLiJLkdIwHu7ixUEgbFdYF",
        )


    @pytest.fixture
    def payment_intent_payload():
        return {
            "id": "pi_3MtwBwLkdIwHu7ix28a3tqPa",
            "object": "payment_intent",
            "amount": 2000,
            "currency": "usd",
            "customer": "cus_NffrFeUfNV2Hib",
            "latest_charge": "ch_3MtwBwLkdIwHu7ix2XxqBsWw",
            "client_secret": "pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH",
            "status": "succeeded",
        }
'''), "https://docs.stripe.com/api/payment_intents/object")

DV("django-fixture", "hashed-client-secret", "oauth/fixtures/applications.json", '''
    [
      {
        "model": "oauth2_provider.application",
        "pk": 1,
        "fields": {
          "client_id": "''' + rand_pw(40) + '''",
          "client_secret": "@@",
          "hash_client_secret": true,
          "client_type": "confidential",
          "authorization_grant_type": "authorization-code",
          "name": "Partner dashboard",
          "redirect_uris": "https://partners.acme-retail.com/oauth/callback",
          "algorithm": "RS256"
        }
      }
    ]
''', django_hash(), "https://django-oauth-toolkit.readthedocs.io/en/latest/settings.html#hash-client-secret")

D("django-settings", "vault-path", "payments/settings/vault.py", T('''
    import hvac

    VAULT_URL = "https://vault.acme-bank.internal:8200"
    VAULT_ROLE = "payments-api"
    VAULT_SECRET_PATHS = {
        "database": "database/creds/payments-rw",
        "stripe": "kv/data/payments/stripe#secret_key",
        "jwt": "transit/keys/payments-jwt",
    }


    def vault_client() -> hvac.Client:
        client = hvac.Client(url=VAULT_URL)
        with open("/var/run/secrets/kubernetes.io/serviceaccount/token") as fh:
            client.auth.kubernetes.login(role=VAULT_ROLE, jwt=fh.read())
        return client
'''), "https://hvac.readthedocs.io/en/stable/usage/auth_methods/kubernetes.html")

D("django-migration", "runsql-env-password", "reporting/migrations/0003_reporting_role.py", T('''
    import os

    from django.db import migrations


    def create_role(apps, schema_editor):
        password = os.environ["REPORTING_DB_PASSWORD"]
        with schema_editor.connection.cursor() as cur:
            cur.execute("CREATE ROLE reporting LOGIN PASSWORD %s", [password])
            cur.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting")


    class Migration(migrations.Migration):
        dependencies = [("reporting", "0002_dailysales")]
        operations = [migrations.RunPython(create_role, migrations.RunPython.noop)]
'''), "https://docs.djangoproject.com/en/5.0/ref/migration-operations/#runpython")

DV("django-settings", "identifiers-only", "sms/settings/identifiers.py", '''
    import os

    # IDs are not secrets; the auth token is injected at runtime
    TWILIO_ACCOUNT_SID = "@@"
    TWILIO_MESSAGING_SERVICE_SID = "''' + twilio_sid("MG") + '''"
    TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
    GOOGLE_OAUTH_CLIENT_ID = "''' + google_client_id() + '''"
    GA_MEASUREMENT_ID = "G-8QK2D1XH7Z"
''', twilio_sid(), "https://www.twilio.com/docs/iam/api/account")

D("django-settings", "secret-from-file", "config/settings/k8s.py", T('''
    from pathlib import Path

    from .base import *  # noqa

    _SECRETS = Path("/etc/secrets")


    def _read(name: str) -> str:
        return (_SECRETS / name).read_text().strip()


    SECRET_KEY = _read("django_secret_key")
    DATABASES["default"]["PASSWORD"] = _read("db_password")  # noqa: F405
    EMAIL_HOST_PASSWORD = _read("sendgrid_api_key")
    STRIPE_SECRET_KEY = _read("stripe_secret_key")
'''), "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

D("setup-cfg", "tool-config", "setup.cfg", T('''
    [metadata]
    name = acme-events
    version = attr: acme_events.__version__

    [options]
    packages = find:
    python_requires = >=3.10
    install_requires =
        django>=4.2
        celery>=5.3

    [tool:pytest]
    DJANGO_SETTINGS_MODULE = acme_events.settings.test
    addopts = --nomigrations
    env =
        SECRET_KEY=dummy-secret-for-tests
        STRIPE_SECRET_KEY=sk_test_xxx

    [flake8]
    max-line-length = 110
    exclude = .git,__pycache__,migrations
'''), "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html")
