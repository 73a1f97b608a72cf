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
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert found == [], [(finding.type, finding.secret[:8]) for finding in found]
