"""Blind rounds HM-HR: a constant interpolated as a service URL's documented key parameter (WeatherAPI.com's,
Visual Crossing's, Weatherbit's `key`), its literal assigned in the file, blocks where the literal is written: Swift's
`key=\\(key)`, Kotlin's `$key` / `${key}`, a JS template's `${key}`, a Python f-string's `{KEY}`. A constant read from
the environment, a placeholder, another host's `key`, or a name the file never assigns a literal stays quiet.
Generated fakes only (seeds 3150100-3150199)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocked_lines

HEX = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + string.digits


def found(name: str, text: str) -> List[Tuple[int, str]]:
    return [(line, secret) for line, _, secret in blocked_lines(Engine(), name, text)]


# (file, text, secret, line): each blocks, its finding on the line that assigns the literal.
FORMS: List[Tuple[str, str, str, int]] = [
    ("Weather/WindService.swift", "import Foundation\n\nstruct WindService {\n"
     f"    private let key = \"{fakes.drawn(3150100, 31, HEX)}\"\n\n    func current(at spot: String) async throws -> Data {{\n"
     "        let url = URL(string: \"https://api.weatherapi.com/v1/current.json?key=\\(key)&q=\\(spot)\")!\n"
     "        return try await URLSession.shared.data(from: url).0\n    }\n}\n", fakes.drawn(3150100, 31, HEX), 4),
    ("app/src/main/java/org/club/Forecast.kt", "object Forecast {\n"
     f"    private const val API_KEY = \"{fakes.drawn(3150101, 32, HEX)}\"\n"
     "    fun url(lat: Double, lon: Double) = \"https://api.weatherbit.io/v2.0/current?lat=$lat&lon=$lon&key=$API_KEY\"\n}\n",
     fakes.drawn(3150101, 32, HEX), 2),
    ("app/src/main/java/org/club/Forecast.kt", "class Forecast {\n"
     "    fun url(city: String) = \"https://api.weatherapi.com/v1/forecast.json?key=${WEATHER_KEY}&q=$city\"\n"
     f"    companion object {{ const val WEATHER_KEY: String = \"{fakes.drawn(3150102, 31, HEX)}\" }}\n}}\n",
     fakes.drawn(3150102, 31, HEX), 3),
    ("src/weather.js", f"const vcKey = '{fakes.drawn(3150103, 25, UPPER_ALNUM)}';\n"
     "export const timeline = (place) =>\n"
     "  fetch(`https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/${place}?key=${vcKey}`);\n",
     fakes.drawn(3150103, 25, UPPER_ALNUM), 1),
    # a name that says nothing: the URL's parameter says what the literal is
    ("src/wx.js", f"const wb = \"{fakes.drawn(3150105, 32, HEX)}\";\n"
     "const current = (lat, lon) => `https://api.weatherbit.io/v2.0/current?lat=${lat}&lon=${lon}&key=${wb}`;\n",
     fakes.drawn(3150105, 32, HEX), 1),
    ("weather.py", f"KEY = \"{fakes.drawn(3150104, 31, HEX)}\"\n\n\ndef forecast(city):\n"
     "    return requests.get(f\"https://api.weatherapi.com/v1/forecast.json?key={KEY}&q={city}\").json()\n",
     fakes.drawn(3150104, 31, HEX), 1),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_the_form_blocks(name: str, text: str, secret: str, line: int) -> None:
    assert any(number == line and secret in reported for number, reported in found(name, text))


DECOYS: List[Tuple[str, str]] = [
    # read from the environment or a settings file: the literal is elsewhere
    ("Weather/WindService.swift", "struct WindService {\n"
     "    private let key = ProcessInfo.processInfo.environment[\"WEATHERAPI_KEY\"] ?? \"\"\n"
     "    var url: URL { URL(string: \"https://api.weatherapi.com/v1/current.json?key=\\(key)&q=London\")! }\n}\n"),
    ("weather.py", "KEY = os.environ[\"WEATHERAPI_KEY\"]\n"
     "URL = f\"https://api.weatherapi.com/v1/forecast.json?key={KEY}&q=Kearney\"\n"),
    # a placeholder as the constant's literal
    ("src/weather.js", "const vcKey = 'YOUR_VISUAL_CROSSING_API_KEY_HERE';\n"
     "fetch(`https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/x?key=${vcKey}`);\n"),
    # another host's `key` parameter: not a parameter known as that service's key
    ("src/tiles.js", f"const tileset = '{fakes.drawn(3150110, 25, UPPER_ALNUM)}';\n"
     "fetch(`https://tiles.example.org/v1/tiles?z=3&key=${tileset}`);\n"),
    # the interpolated name is never assigned a literal; a literal of another name is no key
    ("Forecast.kt", f"const val CACHE_ID = \"{fakes.drawn(3150111, 32, HEX)}\"\n"
     "fun url(apiKey: String) = \"https://api.weatherbit.io/v2.0/current?city=Raleigh&key=$apiKey\"\n"),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_the_decoy_stays_quiet(name: str, text: str) -> None:
    assert found(name, text) == []
