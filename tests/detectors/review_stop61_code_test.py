"""Review of stop 61's code fixes (fix61_code2): fail-opens and siblings of the guards they added. Generated fakes only:
every value is built here from a seeded generator (seeds 6290000-6299999)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = 6290000


def _hex(seed: int, length: int) -> str:
    value = fakes.drawn(_SEED + seed, length, HEX)
    return value if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) else _hex(seed + 1, length)


_WEATHER_KEY = _hex(1, 32)
_WIFI_PASSWORD = ("Vg" + fakes.drawn_mixed(_SEED + 4, 6, ALNUM) + "#" + fakes.drawn_mixed(_SEED + 5, 4, ALNUM) + "!"
                  + fakes.drawn_mixed(_SEED + 6, 5, ALNUM))
# (a drawn base64 token whose run of letters spells a stand-in's `XXXX`, set apart by no mark as a word)
_SENT_TOKEN = (fakes.drawn_mixed(_SEED + 2, 44, string.ascii_letters + string.digits) + "+XXXX"
               + fakes.drawn_mixed(_SEED + 3, 20, string.ascii_letters + string.digits) + "==")


def _owm_python(name: str, value: str, host: str = "api") -> str:
    return (f'{name} = "{value}"\n'
            f'URL = f"https://{host}.openweathermap.org/data/2.5/weather?q=London&appid={{{name}}}"\n')


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # a chosen passphrase holding a contraction and a credential's word: no placeholder (only Guarani's own words are
    # read without their glottal stop)
    ("config.py", 'WIFI_PASSWORD = "Rock\'n\'Roll-Token-Kid"\n', "Rock'n'Roll-Token-Kid"),
    ("config.py", 'WIFI_PASSWORD = "Ich-hab\'s-Passwort-vergessen"\n', "Ich-hab's-Passwort-vergessen"),
    (".env", "DB_PASSWORD=Don't-Share-The-Secret\n", "Don't-Share-The-Secret"),
    # an OpenWeather key sent to the live API under a test's or a demo's name, or to the sample host (a drawn key)
    ("weather.py", _owm_python("TEST_APPID", _WEATHER_KEY), _WEATHER_KEY),
    ("tests/test_weather.py", _owm_python("API_KEY_TEST", _WEATHER_KEY), _WEATHER_KEY),
    ("weather.js", f'const demoKey = "{_WEATHER_KEY}";\n'
                   'fetch(`https://api.openweathermap.org/data/2.5/weather?appid=${demoKey}`)\n', _WEATHER_KEY),
    ("weather.py", _owm_python("k", _WEATHER_KEY, "samples"), _WEATHER_KEY),
    # West Frisian's password word as a note's table column, as Dutch's `Wachtwoord` blocks
    ("notes/thus.md", f"| Brûker | Wachtwurd |\n|---|---|\n| admin | {_WIFI_PASSWORD} |\n", _WIFI_PASSWORD),
    # a token joined to a Bearer scheme, its drawn run holding `XXXX`: no placeholder (no word a mark sets apart)
    ("web/client.js", f'const K = "{_SENT_TOKEN}";\nfetch(u, {{headers: {{Authorization: "Bearer " + K}}}});\n', _SENT_TOKEN),
    ("lights/init.lua", f'local K = "{_SENT_TOKEN}"\nhttp.post(URL, "Authorization: Bearer " .. K .. "\\r\\n", "{{}}")\n',
     _SENT_TOKEN),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # Guarani's placeholder, its glottal stop written with an apostrophe or a right quote
    ("config.py", 'WIFI_PASSWORD = "nde_ñe\'ẽñemi"\n'),
    ("config.py", 'WIFI_PASSWORD = "ñe’ẽñemi-ko’ápe"\n'),
    # the documentation's published sample key on its sample host (blind CK 117), whatever the name
    ("tests/test_parse.py", _owm_python("SAMPLE_APPID", "b6907d289e10d714a6e88b30761fae22", "samples")),
    ("tests/test_parse.py", _owm_python("k", "b6907d289e10d714a6e88b30761fae22", "samples")),
    # a Bearer-joined placeholder whose words a mark sets apart
    ("web/client.js", 'const K = "YOUR_LIGHTS_TOKEN_0000000000";\nfetch(u, {headers: {Authorization: "Bearer " + K}});\n'),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert found == [], [(finding.type, finding.secret[:8]) for finding in found]
