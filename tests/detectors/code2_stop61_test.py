"""Issue 14, blind rounds of stop 61 (code and configuration, second share): credentials in code and settings that
their readers missed, each beside the decoys nearest to it. Generated fakes only: every value is built here from a
seeded generator (seeds 6240000-6249999)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = 6240000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _hex(seed: int, length: int) -> str:
    """Generated hex: digits and letters both (a draw of one kind alone is redrawn one seed on)."""
    value = fakes.drawn(_SEED + seed, length, HEX)
    return value if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) else _hex(seed + 1, length)


def _word_pass(seed: int, joint: str = "%") -> str:
    """A password people make of words and digits around a symbol: `Word%Word1234`."""
    return f"{_alnum(seed, 6).capitalize()}{joint}{_alnum(seed + 1, 5)}{fakes.drawn(_SEED + seed, 4, string.digits)}"


_DB_PASSWORD = _alnum(1, 20)
_WIFI_PASSWORD = _word_pass(2)
_API_KEY = _hex(3, 32)
_WEATHER_KEY = _hex(4, 32)
_LUA_TOKEN = "ib_" + _alnum(5, 40)
_INFLUX_TOKEN = fakes.drawn_mixed(_SEED + 6, 86, ALNUM + "_-") + "=="
_STORAGE_KEY = fakes.drawn_mixed(_SEED + 7, 86, ALNUM + "+/") + "=="
_SSH_PASSWORD = f"{_alnum(8, 5).capitalize()}${_alnum(9, 6).capitalize()}{fakes.drawn(_SEED + 8, 4, string.digits)}"


def _nodemcu(name: str, value: str) -> str:
    return (f'local {name} = "{value}"\nlocal URL = "https://api.lights.example.org/v1/on"\n\n'
            'tmr.create():alarm(60000, tmr.ALARM_AUTO, function()\n'
            f'  http.post(URL, "Authorization: Bearer " .. {name} .. "\\r\\n", \'{{"on":true}}\')\nend)\n')


def _gitlab(value: str) -> str:
    return ("stages: [deploy]\n\nvariables:\n  DEPLOY_HOST: shop.acme.example\n"
            f'  SSHPASS: "{value}"\n\ndeploy:\n  script:\n    - sshpass -e rsync -az ./ deploy@$DEPLOY_HOST:/var/www/\n')


def _influx_go(first: str, second: str) -> str:
    return ('package main\n\nimport influxdb2 "github.com/influxdata/influxdb-client-go/v2"\n\nfunc main() {\n'
            f'\tclient := influxdb2.NewClient({first},\n\t\t{second})\n\tdefer client.Close()\n}}\n')


def _az_storage(value: str, parameter: str = "-StorageAccountKey") -> str:
    return (f'$account = "photos"\n$stor = "{value}"\n'
            f'$ctx = New-AzStorageContext -StorageAccountName $account {parameter} $stor\n'
            'Set-AzStorageBlobContent -File a.jpg -Container c -Context $ctx\n')

_VPN_PASSWORD = _alnum(14, 14)
_PYTEST_DB_PASSWORD = _alnum(15, 18)


def _vpn_note(user: str, password: str, fence: str = "") -> str:
    return ("From home to the barn (OpenVPN on the router)\nFile: barn.ovpn, auth-user-pass is in barn-login.txt:\n\n"
            f"{fence}{user}\n{password}\n{fence.strip() + chr(10) if fence else ''}\n"
            "Connect: sudo openvpn --config barn.ovpn --auth-user-pass barn-login.txt\n")


def _pytest_env(value: str) -> str:
    return ('[project]\nname = "kiln"\n\n[tool.pytest.ini_options]\n'
            f'env = ["DJANGO_SETTINGS_MODULE=kiln.settings", "DB_PASSWORD={value}"]\n')

_PGADMIN_PASSWORD = _word_pass(16, "*")


def _pgadmin(comment: str) -> str:
    return ('{\n  "Servers": {\n    "1": {\n      "Name": "dryer-prod",\n      "Host": "10.20.1.15",\n      "Port": 5432,\n'
            '      "Username": "postgres",\n      "PassFile": "/pgpass",\n'
            f'      "Comment": "{comment}"\n    }}\n  }}\n}}\n')


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # West Frisian's password word `wachtwurd`, alone, after a qualifier and compounded as Dutch's
    ("infra/prod.auto.tfvars", f'region = "ams3"\ndb_wachtwurd  = "{_DB_PASSWORD}"\n', _DB_PASSWORD),
    ("app/Db.kt", f'object Db {{\n    private const val WACHTWURD = "{_DB_PASSWORD}"\n}}\n', _DB_PASSWORD),
    ("sensor/sensor.ino", f'const char* WIFI_WACHTWURD = "{_WIFI_PASSWORD}";\n', _WIFI_PASSWORD),
    ("config.py", f'SMTP_WACHTWURD = "{_WIFI_PASSWORD}"\n', _WIFI_PASSWORD),
    ("settings.yaml", f'mail:\n  wifiwachtwurd: "{_WIFI_PASSWORD}"\n', _WIFI_PASSWORD),
    # West Frisian's key word `kaai` after a key's qualifier (`API_KAAI`, `geheime_kaai`)
    ("src/main.rs", f'const API_KAAI: &str = "{_API_KEY}";\n', _API_KEY),
    ("config.py", f'GEHEIME_KAAI = "{_API_KEY}"\n', _API_KEY),
    # a name interpolated as an OpenWeather URL's `appid`, whatever the name: its literal is the key
    ("App/WeatherService.swift",
     f'struct WeatherService {{\n    private let kaai = "{_WEATHER_KEY}"\n    func url() -> URL {{\n'
     '        URL(string: "https://api.openweathermap.org/data/2.5/forecast?lat=53.2&lon=5.8&appid=\\(kaai)")!\n    }\n}\n',
     _WEATHER_KEY),
    ("app/src/main/java/Weather.kt",
     f'private const val LLAVE = "{_WEATHER_KEY}"\n\nfun url(q: String) =\n'
     '    "https://api.openweathermap.org/data/2.5/weather?q=$q&appid=$LLAVE"\n', _WEATHER_KEY),
    ("web/weather.js",
     f"const clave = '{_WEATHER_KEY}';\nfetch(`https://api.openweathermap.org/data/2.5/weather?q=${{city}}&appid=${{clave}}`);\n",
     _WEATHER_KEY),
    # Spanish's `llave`, Latin America's key, after a qualifier
    ("config.py", f'LLAVE_API = "{_API_KEY}"\n', _API_KEY),
    # a constant joined to a Bearer scheme by Lua's `..`, the header's name in the same string (a raw header line)
    ("lights/init.lua", _nodemcu("KAAI", _LUA_TOKEN), _LUA_TOKEN),
    ("client.php", f'<?php\nconst K = "{_LUA_TOKEN}";\n$h = ["Authorization: Bearer " . K];\n', _LUA_TOKEN),
    # InfluxDB 2's Go client given its URL, then the token wrapped onto the next line (a literal URL or a name)
    ("sensors/main.go", _influx_go('"http://influx.farm.local:8086"', f'"{_INFLUX_TOKEN}"'), _INFLUX_TOKEN),
    ("sensors/main.go", _influx_go("url", f'"{_INFLUX_TOKEN}"'), _INFLUX_TOKEN),
    # a PowerShell variable set to a literal and given to an account key's or a secret key's parameter
    ("ops/upload.ps1", _az_storage(_STORAGE_KEY), _STORAGE_KEY),
    ("ops/aws.ps1", f'$s = "{_STORAGE_KEY[:40]}"\nSet-AWSCredential -AccessKey AKIAEXAMPLE -SecretKey $s -StoreAs ci\n',
     _STORAGE_KEY[:40]),
    # sshpass's SSHPASS in a CI file's variables, a `$` inside the password before no variable's name
    (".gitlab-ci.yml", _gitlab(_SSH_PASSWORD), _SSH_PASSWORD),
    # an OpenVPN auth file's two lines quoted in a note after the line naming it (a blank line or a fence between)
    ("notes/vpn-barn.txt", _vpn_note("sjoerd", _VPN_PASSWORD), _VPN_PASSWORD),
    ("notes/vpn-barn.md", _vpn_note("sjoerd", _VPN_PASSWORD, "```\n"), _VPN_PASSWORD),
    # Guarani words with a puso in a chosen password: no placeholder (no placeholder's word among them)
    ("config.py", 'WIFI_PASSWORD = "Ka\'aguy_Yvoty_Pindo_Lapacho"\n', "Ka'aguy_Yvoty_Pindo_Lapacho"),
    # a settings file's free-text field holding a note's head-first password label and its value
    ("ops/pgadmin/servers.json", _pgadmin(f"contraseña de postgres: {_PGADMIN_PASSWORD}"), _PGADMIN_PASSWORD),
    ("ops/pgadmin/servers.json", _pgadmin(f"password postgres: {_PGADMIN_PASSWORD}"), _PGADMIN_PASSWORD),
    ("inventory.yml", f"hosts:\n  nas01:\n    description: 'Passwort admin: {_PGADMIN_PASSWORD}'\n", _PGADMIN_PASSWORD),
    # a pytest-env list's database password, the list quoted whole by the config reading: the value before the escape
    ("pyproject.toml", _pytest_env(_PYTEST_DB_PASSWORD), _PYTEST_DB_PASSWORD),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # `kaai` alone (Dutch's quay as often): a key's word only after a qualifier
    ("haven.py", f'KAAI = "{_alnum(10, 20)}"\n'),
    # Frisian's password word holding a placeholder, a reference or a stand-in
    ("infra/prod.auto.tfvars", 'db_wachtwurd = "<jo-wachtwurd>"\n'),
    ("infra/prod.auto.tfvars", "db_wachtwurd = var.db_wachtwurd\n"),
    ("app/Db.kt", 'private val WACHTWURD = System.getenv("DB_WACHTWURD")\n'),
    # the interpolated name read from elsewhere, set to a stand-in, or a number where a key would be
    ("App/WeatherService.swift",
     'struct WeatherService {\n    private let kaai = Bundle.main.object(forInfoDictionaryKey: "OWM") as! String\n'
     '    let u = "https://api.openweathermap.org/data/2.5/forecast?appid=\\(kaai)"\n}\n'),
    ("web/weather.js", "const clave = 'YOUR_OPENWEATHER_KEY_HERE_0000000';\n"
                       "fetch(`https://api.openweathermap.org/data/2.5/weather?appid=${clave}`);\n"),
    ("web/weather.js", "const clave = '12345678901234567890123456789012';\n"
                       "fetch(`https://api.openweathermap.org/data/2.5/weather?appid=${clave}`);\n"),
    # the documentation's sample endpoint, or a name saying its literal is a sample
    ("tests/test_weather.py", f'SAMPLE_APPID = "{_WEATHER_KEY}"\n'
                              'URL = f"https://samples.openweathermap.org/data/2.5/weather?q=London&appid={SAMPLE_APPID}"\n'),
    ("weather.py", f'SAMPLE_APPID = "{_WEATHER_KEY}"\n'
                   'URL = f"https://api.openweathermap.org/data/2.5/weather?q=London&appid={SAMPLE_APPID}"\n'),
    # `llave` alone (a mapping's key)
    ("config.py", f'llave = "{_alnum(11, 20)}"\n'),
    # a `..`-joined Bearer header of a name read from elsewhere, or of a literal saying it is a stand-in
    ("lights/init.lua", 'local KAAI = os.getenv("LIGHTS_TOKEN")\n'
                        'http.post(URL, "Authorization: Bearer " .. KAAI .. "\\r\\n", "{}")\n'),
    ("lights/init.lua", _nodemcu("KAAI", "your_token_here_0000000000")),
    ("web/client.js", 'const KAAI = "your_token_here_0000000000";\nfetch(u, {headers: {Authorization: "Bearer " + KAAI}});\n'),
    # the InfluxDB client given a token read from the environment
    ("sensors/main.go", _influx_go('"http://influx.farm.local:8086"', 'os.Getenv("INFLUX_TOKEN")')),
    # the account key's parameter given a computed variable; an account's name parameter given a literal
    ("ops/upload.ps1", '$key = (Get-AzStorageAccountKey -ResourceGroupName rg -Name photos)[0].Value\n'
                       '$ctx = New-AzStorageContext -StorageAccountName photos -StorageAccountKey $key\n'),
    ("ops/upload.ps1", f'$account = "{_alnum(13, 20)}"\n$ctx = New-AzStorageContext -StorageAccountName $account -UseConnectedAccount\n'),
    # SSHPASS given a CI variable's reference, inside the value or whole
    (".gitlab-ci.yml", _gitlab("$DEPLOY_PASSWORD")),
    (".gitlab-ci.yml", _gitlab("deploy-$CI_ENVIRONMENT_NAME")),
    (".gitlab-ci.yml", _gitlab("${DEPLOY_PASSWORD}")),
    # the quoted auth file holding placeholders; a line naming auth-user-pass with a configuration after it
    ("notes/vpn-barn.txt", _vpn_note("YOUR_USERNAME", "YOUR_PASSWORD")),
    ("docs/vpn.md", "Put this in the client's config:\n\n```\nauth-user-pass login.txt\nremote vpn.acme.example 1194\n"
                    "proto udp\n```\n"),
    # the free-text field's label about passwords, or a pointer where the value would be
    ("ops/pgadmin/servers.json", _pgadmin("contraseña olvidada: ver Vault")),
    ("ops/pgadmin/servers.json", _pgadmin("password postgres: see 1Password")),
    ("ops/pgadmin/servers.json", _pgadmin("password manager: Bitwarden")),
    # a pytest-env list's stand-in password (`test`), the list quoted whole by the config reading
    ("pyproject.toml", _pytest_env("test")),
    # a header's placeholder in Guarani (`nde` your, `ñe'ẽñemi` password), in a file named as an example
    ("firmware/secrets.h.example", '#pragma once\n#define WIFI_SSID "NDE_WIFI"\n#define WIFI_PASS "NDE_ÑE\'ẼÑEMI"\n'),
    ("config.py", 'WIFI_PASSWORD = "nde-ñe\'ẽñemi-ko\'ápe"\n'),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert found == [], [(finding.type, finding.secret[:8]) for finding in found]
