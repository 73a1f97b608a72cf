"""Forms of blind round 54 (fixer 5): each blocks, and the nearest decoys of each do not.

- a Helm `--set env.<NAME>_PASSWORD='…'` (a map of environment variables before the name, Jenkins' `env.X = '…'`);
- a Django key drawn from its alphabet that holds `$((` (no arithmetic: nothing closes it);
- a value a log masked (`eyJhbG...<masked>`) passes, a whole token after `access_token=` still blocks;
- .NET's PrincipalContext given its login last, a target-typed `new(…)` too; its container is no password;
- nmcli's `password` holding a drawn run of letters, wpa_passphrase's passphrase;
- a typed parameter's literal default in a one-line signature (`def __init__(self, api_key: str = "…")`).
"""
from __future__ import annotations

import string
from typing import List

import pytest

from secretfence.engine import Engine
from secretfence.findings import Finding
from secretfence.policy import blocks
from secretfence.findings import MEDIUM
from tests.fakes import django_secret_key, drawn, drawn_mixed, password

SEED = 3160000


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocking(engine: Engine, name: str, text: str) -> List[Finding]:
    return [f for f in engine.scan_text(name, text) if blocks(f, MEDIUM)]


def _blocks_value(engine: Engine, name: str, text: str, value: str) -> bool:
    return any(f.secret == value for f in _blocking(engine, name, text))


def _django_key_with_arithmetic_head(seed: int) -> str:
    """A Django key as get_random_secret_key draws one, holding `$((` and no `))`."""
    head, tail = django_secret_key(seed)[:12], django_secret_key(seed + 1)[:35].replace(")", "-")
    return head + "$((" + tail


HELM_PASSWORD = password(SEED + 1) + "%"
JENKINS_TOKEN = drawn_mixed(SEED + 2, 24)
DJANGO_KEY = _django_key_with_arithmetic_head(SEED + 3)
JWT_TOKEN = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + drawn(SEED + 5, 48, string.ascii_letters + string.digits + "_-")
             + "." + drawn(SEED + 6, 43, string.ascii_letters + string.digits + "_-"))
LDAP_PASSWORD = password(SEED + 7) + "!"
WIFI_LETTERS = drawn(SEED + 26, 16, string.ascii_letters)  # (a draw the identifier rule took for a name)
WIFI_PASSPHRASE = password(SEED + 9)
PARAMETER_KEY = drawn_mixed(SEED + 10, 64)


@pytest.mark.parametrize("name, text, value", [
    ("deploy/upgrade.sh", "helm upgrade --install app ./charts/app \\\n"
     f"  --set env.BILLING_API_PASSWORD='{HELM_PASSWORD}' \\\n  --wait\n", HELM_PASSWORD),
    ("deploy/upgrade.sh", f"helm install app ./c --set-string extraEnv.API_TOKEN={JENKINS_TOKEN} --wait\n", JENKINS_TOKEN),
    ("Jenkinsfile", f"env.DEPLOY_TOKEN = '{JENKINS_TOKEN}'\n", JENKINS_TOKEN),
    ("site/settings/production.py", f'DEBUG = False\nSECRET_KEY = "{DJANGO_KEY}"\n', DJANGO_KEY),
    ("logs/sync.log", f"2025-11-05T02:00:01Z INFO token ok expires_in=3600 access_token={JWT_TOKEN}\n", JWT_TOKEN),
    ("Auth/AdLogin.cs", "private static readonly PrincipalContext Ctx = new(ContextType.Domain, \"corp.local\",\n"
     f"    \"OU=Staff,DC=corp,DC=local\", \"svc-desk\", \"{LDAP_PASSWORD}\");\n", LDAP_PASSWORD),
    ("Auth/AdLogin.cs", "var ctx = new PrincipalContext(ContextType.Domain, \"corp.local\", \"OU=Staff,DC=corp,DC=local\", "
     f"\"svc-desk\", \"{LDAP_PASSWORD}\");\n", LDAP_PASSWORD),
    ("Auth/AdLogin.cs", f"DirectoryEntry root = new(\"LDAP://corp.local\", \"svc-desk\", \"{LDAP_PASSWORD}\");\n", LDAP_PASSWORD),
    ("pi/setup.sh", f'sudo nmcli dev wifi connect "SHOP-IOT" password "{WIFI_LETTERS}"\n', WIFI_LETTERS),
    ("pi/setup.sh", f"wpa_passphrase SHOP-IOT '{WIFI_PASSPHRASE}' >> /etc/wpa_supplicant/wpa_supplicant.conf\n", WIFI_PASSPHRASE),
    ("client/api.py", "class Client:\n"
     f'    def __init__(self, base: str, api_key: str = "{PARAMETER_KEY}") -> None:\n        self.api_key = api_key\n',
     PARAMETER_KEY),
    ("client/api.py", f'def connect(host: str, password: Optional[str] = "{LDAP_PASSWORD}", port: int = 5432):\n    pass\n',
     LDAP_PASSWORD),
])
def test_form_blocks(engine: Engine, name: str, text: str, value: str) -> None:
    assert _blocks_value(engine, name, text, value)


@pytest.mark.parametrize("name, text", [
    ("deploy/upgrade.sh", 'helm upgrade app ./c --set env.BILLING_API_PASSWORD="${BILLING_PASSWORD}" --set env.LOG_LEVEL=debug\n'),
    ("deploy/upgrade.sh", "helm upgrade app ./c --set env.DB_PASSWORD_FILE=/run/secrets/db --set env.API_TOKEN=changeme\n"),
    ("site/settings.py", 'SECRET_KEY = "$(cat /run/secrets/django_key)"\n'),
    ("site/settings.py", 'SECRET_KEY = "${DJANGO_SECRET_KEY}"\n'),
    ("site/settings.py", 'SECRET_KEY = "%(secret)s"\n'),
    ("run.sh", 'API_TOKEN="$(( $(date +%s) + 3600 ))"\n'),
    ("run.sh", 'SESSION_SECRET="$((RANDOM * 7919))"\n'),
    ("logs/sync.log", "2025-11-05T02:00:01Z INFO token ok expires_in=3600 access_token=eyJhbG...<masked>\n"),
    ("logs/sync.log", "2025-11-05T02:00:01Z INFO token ok access_token=eyJhbGciOi[hidden]\n"),
    ("logs/sync.log", "2025-11-05T02:00:01Z INFO token ok access_token=eyJhbG****\n"),
    ("Auth/AdLogin.cs", 'var ctx = new PrincipalContext(ContextType.Domain, "corp.local", "OU=Staff,DC=corp,DC=local");\n'),
    ("Auth/AdLogin.cs", 'PrincipalContext ctx = new(ContextType.Domain, "corp.local", "OU=Staff,DC=corp,DC=local");\n'),
    ("Auth/AdLogin.cs", 'var ctx = new PrincipalContext(ContextType.Domain, "corp.local", "OU=Staff,DC=corp,DC=local", user, pw);\n'),
    ("pi/setup.sh", 'nmcli dev wifi connect "SHOP-IOT" password "$WIFI_PSK"\n'),
    ("pi/setup.sh", 'wpa_passphrase "$SSID" > /etc/wpa_supplicant/wpa_supplicant.conf\n'),
    ("client/api.py", 'def connect(host: str, password: str = "", token: Optional[str] = None):\n    pass\n'),
    ("client/api.py", 'def fetch(url: str, api_key: str = "YOUR_API_KEY") -> dict:\n    pass\n'),
    ("client/api.py", f'def lookup(table: str, cache_key: str = "{drawn(SEED + 11, 40, "0123456789abcdef")}"):\n    pass\n'),
])
def test_decoy_passes(engine: Engine, name: str, text: str) -> None:
    assert _blocking(engine, name, text) == []


# A typed default whose annotation is a union (PEP 604's `str | None`) or quoted (`"str"`): a signature's parameter or a
# settings class's attribute (seeds of the adversarial review of round 54).
@pytest.mark.parametrize("template", [
    'def __init__(self, base: str, api_key: str | None = "{k}") -> None:\n    pass\n',
    'def fetch(url: str, token: Optional[str] | None = "{k}"): pass\n',
    'def __init__(self, base: str, api_key: "str" = "{k}") -> None:\n    pass\n',
    'class Settings(BaseSettings):\n    api_key: str | None = "{k}"\n',
    "class Settings(BaseSettings):\n    api_key: 'str' = '{k}'\n",
])
def test_a_union_or_quoted_annotations_literal_default_blocks(engine: Engine, template: str) -> None:
    key = drawn_mixed(3200041, 40)
    assert _blocks_value(engine, "client/api.py", template.replace("{k}", key), key)


# A masking note ends the value it masks (the rest is taken out); a typed password holding a redaction word in brackets
# with more after it is the password (seeds of the adversarial review of round 54).
@pytest.mark.parametrize("name, template", [
    ("site/settings.py", 'DB_PASSWORD = "Hair(cut){d}!"\n'),
    (".env", "SMTP_PASSWORD=Tr3e[hidden]{d}\n"),
    ("config.yml", 'database:\n  host: pg.corp-net.net\n  user: app\n  password: "{d}{{removed}}Qz9#"\n'),
    ("load.py", "import psycopg2\nconn = psycopg2.connect(host='pg.corp-net.net', user='app', password='<masked>{d}x9!Q')\n"),
    ("load.py", "import psycopg2\nconn = psycopg2.connect(host='pg.corp-net.net', user='app', password='Pw{d}(omitted)7#')\n"),
])
def test_a_password_holding_a_masking_word_in_brackets_blocks(engine: Engine, name: str, template: str) -> None:
    text = template.replace("{d}", drawn(3200021, 6)).replace("{{removed}}", "{removed}")
    assert _blocking(engine, name, text) != []
