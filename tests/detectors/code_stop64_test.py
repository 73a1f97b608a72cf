"""Issue 14, blind rounds of stop 64 (code and configuration): credentials their readers missed, each beside the decoys
nearest to it: Codecov's old uploader piped to the shell (`curl … codecov.io/bash | bash -s -- -t …`), a Teams
incoming webhook on the connector's first host (`outlook.office.com/webhook/…`), a key named for signing by `sign`
(`sessionSignKey`, `SIGN_KEY`, as `signingKey` was), Lua's `local KEY = "…"` sent as a URL's key joined by `..`, a SOAP
service's `<passwordData>` (base64 of the password; EC2's `PasswordData` ciphertext still passes), an environment read's literal fallback
inside a template's output tag (Rails' `password: <%= ENV["…"] || "…" %>`), a typed declaration joined by a call
(Rust's `const TOKEN: &str = concat!("…", "…");`), a (user, password) pair over lines (`AUTH = ("user",` then the
password below it, whole or split by implicit concatenation); Geotab's `API(user, password, …)` inside a notebook's
JSON string (its quotes escaped) reaching its reader through the prefilter when it is the file's only candidate line. Generated fakes only (seeds
7240000-7240099)."""
from __future__ import annotations

import base64
import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7240000
_UPLOAD_TOKEN = fakes.uuid4(_SEED + 1)
_WEBHOOK_KEY = fakes.drawn(_SEED + 2, 32, "0123456789abcdef")
_SIGN_KEY = fakes.drawn(_SEED + 7, 64, "0123456789abcdef")
_WEATHER_KEY = fakes.drawn(_SEED + 8, 31, "0123456789abcdef")

_SOAP_PASSWORD = f"{fakes.drawn_mixed(_SEED + 9, 10)}#{fakes.drawn(_SEED + 10, 5, string.digits)}"
_SOAP_PASSWORD_DATA = base64.b64encode(_SOAP_PASSWORD.encode()).decode()


def _soap(data: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"'
            ' xmlns:cp="urn:bank:cashpos:v1">\n  <soapenv:Header>\n    <cp:Auth>\n      <cp:userId>BO01</cp:userId>\n'
            f"      <cp:passwordData>{data}</cp:passwordData>\n    </cp:Auth>\n  </soapenv:Header>\n"
            "  <soapenv:Body><cp:GetPositions/></soapenv:Body>\n</soapenv:Envelope>\n")


def _ec2_password_data() -> str:
    """EC2's `get-password-data` output: the Windows password encrypted to the key pair (256 bytes of RSA ciphertext)."""
    drawn = random.Random(_SEED + 11)
    return base64.b64encode(bytes(drawn.randrange(256) for _ in range(256))).decode()

_DB_PASSWORD = f"{fakes.drawn(_SEED + 12, 7, string.ascii_lowercase).capitalize()}@{fakes.drawn_mixed(_SEED + 13, 6)}90"


def _database_yml(password: str) -> str:
    return ("default: &default\n  adapter: mysql2\n  encoding: utf8mb4\n  pool: 5\n\ndevelopment:\n  <<: *default\n"
            "  database: alerts_dev\n  username: root\n  password:\n\nproduction:\n  <<: *default\n"
            f"  database: alerts\n  username: alerts\n  password: {password}\n")

_RUST_TOKEN = f"mc_{fakes.drawn_mixed(_SEED + 14, 44)}"
_PAIR_PASSWORD = fakes.drawn_mixed(_SEED + 15, 24)


def _rust(declaration: str) -> str:
    return ('use reqwest::blocking::Client;\n\nconst ENDPOINT: &str = "https://api.coop.example.org/v1/tags";\n'
            f"{declaration}\n\npub fn send(tags: &[String]) -> reqwest::Result<()> {{\n"
            "    Client::new().post(ENDPOINT).bearer_auth(TOKEN).json(&tags).send()?.error_for_status()?;\n    Ok(())\n}\n")


def _poller(assignment: str) -> str:
    return ('# the old poller of the Modbus gateway\nimport requests\n\nGATEWAY = "https://modbus-gw.cellar.example.org"\n'
            f"{assignment}\n\ndef read(register: int) -> float:\n"
            '    r = requests.get(f"{GATEWAY}/api/register/{register}", auth=AUTH, timeout=5)\n    return r.json()["value"] / 10\n')

_GEOTAB_PASSWORD = f"{fakes.drawn(_SEED + 16, 7, string.ascii_lowercase).capitalize()}-{fakes.drawn_mixed(_SEED + 17, 8)}"


def _geotab_notebook(call: str) -> str:
    """A notebook whose one code cell logs in to Geotab (the call's quotes escaped in its JSON string)."""
    return ('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "metadata": {},\n   "outputs": [],\n'
            '   "source": [\n    "import mygeotab\\n",\n'
            f'    "{call}\\n",\n    "len(trips)"\n   ]\n  }}\n ],\n "metadata": {{}},\n "nbformat": 4,\n'
            ' "nbformat_minor": 5\n}\n')


def _lua(declaration: str, use: str = '"https://api.weather.example.org/v1/forecast.json?key=" .. KEY .. "&days=3"') -> str:
    return ('-- lobby signage: the snow forecast\nlocal http = require("socket.http")\nlocal json = require("dkjson")\n\n'
            f"{declaration}\nlocal url = {use}\n\nlocal body = http.request(url)\nprint(json.decode(body).days)\n")


def _circleci(command: str) -> str:
    return ("version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/node:20.11\n    steps:\n      - checkout\n"
            f"      - run:\n          name: coverage\n          command: |\n            {command}\n")


def _teams(host: str, key: str) -> str:
    return (f"https://{host}/{fakes.uuid4(_SEED + 3)}@{fakes.uuid4(_SEED + 4)}/IncomingWebhook/{key}/"
            f"{fakes.uuid4(_SEED + 5)}")


def _notify(url: str) -> str:
    return ("param([int]$Paid)\n\n"
            f"$hook = '{url}'\n$card = @{{ text = \"paid: $Paid\" }} | ConvertTo-Json\n"
            "Invoke-RestMethod -Method Post -Uri $hook -Body $card -ContentType 'application/json'\n")


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # Codecov's bash uploader piped to the shell, its options after `bash -s --` (or `sh -s`)
    (".circleci/config.yml", _circleci(f"curl -s https://codecov.io/bash | bash -s -- -t {_UPLOAD_TOKEN}"), _UPLOAD_TOKEN),
    ("ci/coverage.sh", f"curl -s https://codecov.io/bash | bash -s -- -t {_UPLOAD_TOKEN} -F unit\n", _UPLOAD_TOKEN),
    (".travis.yml", f"after_success:\n  - curl -s https://codecov.io/bash|sh -s -- -t {_UPLOAD_TOKEN}\n", _UPLOAD_TOKEN),
    # (as its process substitution was)
    ("ci/coverage.sh", f"bash <(curl -s https://codecov.io/bash) -t {_UPLOAD_TOKEN}\n", _UPLOAD_TOKEN),
    # a Teams webhook on outlook.office.com or outlook.office365.com, as on a tenant's webhook.office.com
    ("payroll/scripts/Notify.ps1", _notify(_teams("outlook.office.com/webhook", _WEBHOOK_KEY)),
     _teams("outlook.office.com/webhook", _WEBHOOK_KEY)),
    ("alerts/notify.py", f'TEAMS = "{_teams("outlook.office365.com/webhook", _WEBHOOK_KEY)}"\n',
     _teams("outlook.office365.com/webhook", _WEBHOOK_KEY)),
    ("alerts/notify.py", f'TEAMS = "{_teams("acme.webhook.office.com/webhookb2", _WEBHOOK_KEY)}"\n',
     _teams("acme.webhook.office.com/webhookb2", _WEBHOOK_KEY)),
    # a key named for signing by `sign` before it: Ktor's session signer, an app's SIGN_KEY
    ("trek-server/src/main/resources/application.yaml",
     f"ktor:\n  deployment:\n    port: 8080\nguides:\n  sessionSignKey: \"{_SIGN_KEY}\"\n  maxRidersPerGuide: 6\n", _SIGN_KEY),
    ("api/.env", f"SIGN_KEY={_SIGN_KEY}\nPORT=8080\n", _SIGN_KEY),
    ("api/settings.py", f'URL_SIGNKEY = "{_SIGN_KEY}"\n', _SIGN_KEY),
    # Lua's local constant sent as the URL's key, joined by `..`
    ("lodge-signage/weather.lua", _lua(f'local KEY = "{_WEATHER_KEY}"'), _WEATHER_KEY),
    ("signage/weather.lua", _lua(f"local WEATHER_KEY = '{_WEATHER_KEY}'",
                                 '"https://api.weather.example.org/v1/now?q=Maseru&apikey=" .. WEATHER_KEY'), _WEATHER_KEY),
    # a SOAP service's password as base64 of its bytes, in an envelope or a client's settings
    ("swift/gpi/tracker-request.xml", _soap(_SOAP_PASSWORD_DATA), _SOAP_PASSWORD_DATA),
    ("config/bank.json", f'{{"bank": {{"userId": "BO01", "password_data": "{_SOAP_PASSWORD_DATA}"}}}}\n', _SOAP_PASSWORD_DATA),
    # an environment read's literal fallback in a template's output tag (ERB in Rails' database.yml, EJS)
    ("alerts/config/database.yml", _database_yml(f'<%= ENV["ALERTS_DB_PASSWORD"] || "{_DB_PASSWORD}" %>'), _DB_PASSWORD),
    ("alerts/config/database.yml", _database_yml(f"<%= ENV['ALERTS_DB_PASSWORD'] || '{_DB_PASSWORD}' %>"), _DB_PASSWORD),
    ("config/default.json.ejs", f'{{"db": {{"password": <%= process.env.DB_PASSWORD || "{_DB_PASSWORD}" %>}}}}\n', _DB_PASSWORD),
    # Rust's typed constant joined by concat!, as a literal split by `+` was read
    ("rfid-reader/src/upload.rs", _rust(f'const TOKEN: &str = concat!("{_RUST_TOKEN[:24]}", "{_RUST_TOKEN[24:]}");'), _RUST_TOKEN),
    ("src/upload.rs", _rust(f'pub static API_TOKEN: &str = concat!(\n    "{_RUST_TOKEN[:20]}",\n    "{_RUST_TOKEN[20:]}",\n);'),
     _RUST_TOKEN),
    # a (user, password) pair over lines: the password below its user, whole or split by implicit concatenation
    ("sensors/legacy_poller.py", _poller(f'AUTH = ("poller",\n        "{_PAIR_PASSWORD[:12]}"\n        "{_PAIR_PASSWORD[12:]}")'),
     _PAIR_PASSWORD),
    ("sensors/legacy_poller.py", _poller(f'AUTH = ("poller",\n        "{_PAIR_PASSWORD}")'), _PAIR_PASSWORD),
    ("sensors/legacy_poller.py", _poller(f"AUTH = (\n    'poller',\n    '{_PAIR_PASSWORD}',\n)"), _PAIR_PASSWORD),
    # Geotab's login in a notebook's JSON string, its quotes escaped
    ("notebooks/idle_by_terminal.ipynb",
     _geotab_notebook(f'api = mygeotab.API(\\"analyst@fleet.example.org\\", \\"{_GEOTAB_PASSWORD}\\", \\"fleet_db\\")'),
     _GEOTAB_PASSWORD),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # the uploader piped to the shell given the token by name, or no token
    (".circleci/config.yml", _circleci("curl -s https://codecov.io/bash | bash -s -- -t ${CODECOV_TOKEN}")),
    (".circleci/config.yml", _circleci("curl -s https://codecov.io/bash | bash -s -- -F unit")),
    # another script piped to the shell with `-t` (a tag, a target)
    ("ci/install.sh", f"curl -s https://get.example.org/install | bash -s -- -t {_UPLOAD_TOKEN}\n"),
    # a webhook URL of placeholders, or another path on outlook.office.com
    ("payroll/scripts/Notify.ps1", _notify("https://outlook.office.com/webhook/xxxxx@xxxxx/IncomingWebhook/xxxxx/xxxxx")),
    ("payroll/scripts/Notify.ps1", _notify(_teams("outlook.office.com/webhook", "0" * 32))),
    ("mail/open.ps1", f"Start-Process 'https://outlook.office.com/mail/{fakes.uuid4(_SEED + 6)}'\n"),
    # a sign key's file, a sign key given by reference
    ("app/config.yaml", f'signing:\n  sign_key_file: "/etc/app/{_SIGN_KEY}.pem"\n'),
    ("app/config.yaml", 'guides:\n  sessionSignKey: "${SESSION_SIGN_KEY}"\n'),
    # Lua's key read from the environment, a sort key joined into a URL, a key constant never sent
    ("lodge-signage/weather.lua", _lua('local KEY = os.getenv("WEATHER_KEY")')),
    ("lodge-signage/weather.lua", _lua(f'local SORT_KEY = "{_WEATHER_KEY}"',
                                       '"https://api.weather.example.org/v1/list?key=" .. SORT_KEY')),
    ("lodge-signage/weather.lua", _lua(f'local KEY = "{_WEATHER_KEY}"', '"https://api.weather.example.org/v1/now?q=Maseru"')),
    # EC2's password data (ciphertext), base64 of a made-up password, a reference under passwordData
    ("ops/windows-admin.json", f'{{\n    "InstanceId": "i-0a1b2c3d4e5f67890",\n    "PasswordData": "{_ec2_password_data()}"\n}}\n'),
    ("swift/gpi/tracker-request.xml", _soap(base64.b64encode(b"changeme123").decode())),
    ("swift/gpi/tracker-request.xml", _soap("${BANK_PASSWORD_DATA}")),
    # a template's read with no fallback, an empty or stock one
    ("alerts/config/database.yml", _database_yml('<%= ENV["ALERTS_DB_PASSWORD"] %>')),
    ("alerts/config/database.yml", _database_yml('<%= ENV["ALERTS_DB_PASSWORD"] || "" %>')),
    ("alerts/config/database.yml", _database_yml('<%= ENV["ALERTS_DB_PASSWORD"] || "postgres" %>')),
    # concat! of a non-credential's name (a path), a token's name joined from a placeholder
    ("src/upload.rs", _rust(f'const ROUTE: &str = concat!("/v1/{_RUST_TOKEN[:20]}", "/{_RUST_TOKEN[20:]}");')),
    ("src/upload.rs", _rust('const TOKEN: &str = concat!("YOUR_TOKEN_", "GOES_HERE");')),
    # a pair over lines of a placeholder or a stock password, or under a name saying no credential
    ("sensors/legacy_poller.py", _poller('AUTH = ("poller",\n        "changeme")')),
    ("sensors/legacy_poller.py", _poller('AUTH = ("poller",\n        "<your-password>")')),
    ("sensors/legacy_poller.py", _poller(f'COLUMNS = ("poller",\n           "{_PAIR_PASSWORD}")')),
    # Geotab's login in a notebook given the password by name, or a placeholder
    ("notebooks/idle.ipynb", _geotab_notebook('api = mygeotab.API(\\"analyst@fleet.example.org\\", password, \\"fleet_db\\")')),
    ("notebooks/idle.ipynb",
     _geotab_notebook('api = mygeotab.API(\\"analyst@fleet.example.org\\", \\"<password>\\", \\"fleet_db\\")')),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
