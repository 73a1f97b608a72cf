"""Blind rounds DI-DN, formats: age secret keys (`AGE-SECRET-KEY-1` and 58 Bech32 characters) anywhere; Tremendous API
keys (`PROD_` / `TEST_` and 64 upper-case letters and digits as issued; 40 to 80 letters and digits read) where the
text says Tremendous; a JWT under a name whose last word says credential (`JwtCredential`, wrapped onto the next
line or not); Weather Underground station keys in a C macro (`#define WU_KEY "…"`) and as a PWS upload URL's
`PASSWORD` parameter, written there or joined in from a name assigned nearby; API keys as the query parameter their
service's URL documents for them (Visual Crossing's and WeatherAPI.com's `key`, ABF's `ID`); Algolia's Swift
client's typed key (`APIKey(rawValue: "…")`). Each form's decoys stay quiet. Generated fakes only (seeds
17000-17249)."""
from __future__ import annotations

import base64
import json
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocked_lines

BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l".upper()
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"


def age_key(seed: int) -> str:
    return "AGE-SECRET-KEY-1" + fakes.drawn(seed, 58, BECH32)


def tremendous(seed: int, head: str = "PROD_") -> str:
    return head + fakes.drawn(seed, 64, UPPER_ALNUM)


def _part(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(seed: int, claims: object = None) -> str:
    payload = claims if claims is not None else {"aud": "https://platform.example.net/oauth/token", "sub": "6384720104",
                                                 "iss": "https://platform.example.net", "exp": 3881462400}
    signature = fakes.drawn_mixed(seed, 342, string.ascii_letters + string.digits + "_-")
    return f"{_part({'alg': 'RS256', 'typ': 'JWT'})}.{_part(payload)}.{signature}"


def station_key(seed: int) -> str:
    """A WU station key as WU issues it: eight lower-case letters and digits, both."""
    letters, digits = fakes.drawn(seed, 5, string.ascii_lowercase), fakes.drawn(seed, 3, string.digits)
    return letters[:3] + digits[0] + letters[3] + digits[1] + letters[4] + digits[2]


def found(name: str, text: str) -> List[Tuple[int, str]]:
    return [(line, secret) for line, _, secret in blocked_lines(Engine(), name, text)]


# (file, text, secret, line): each blocks, its finding on the line.
FORMS: List[Tuple[str, str, str, int]] = [
    (".sops/age/keys.txt", "# created: 2024-02-06T11:42:18Z\n# public key: age1" + fakes.drawn(17000, 58, BECH32.lower())
     + f"\n{age_key(17001)}\n", age_key(17001), 3),
    ("deploy.yml", f"env:\n  SOPS_AGE_KEY: {age_key(17002)}\n", age_key(17002), 2),
    ("ci.sh", f'export SOPS_AGE_KEY="{age_key(17003)}"\n', age_key(17003), 1),
    ("payouts.py", f'TREMENDOUS_API = "https://www.tremendous.com/api/v2"\nTREMENDOUS_KEY = "{tremendous(17010)}"\n',
     tremendous(17010), 2),
    ("rewards.rb", f"require 'tremendous'\nclient = Tremendous::Rest.new(\"{tremendous(17011, 'TEST_')}\", "
     "Tremendous::TESTFLIGHT)\n", tremendous(17011, "TEST_"), 2),
    (".env", f"# Tremendous payouts\nREWARDS_API_KEY={tremendous(17012)}\n", tremendous(17012), 2),
    ("src/Telephony/Config.cs", "public static class Config\n{\n    public const string JwtCredential =\n"
     f"        \"{jwt(17020)}\";\n}}\n", jwt(17020), 4),
    ("config.ts", f'export const RC_JWT_CREDENTIAL =\n  "{jwt(17021)}";\n', jwt(17021), 2),
    ("settings.py", f'RINGCENTRAL_JWT_CREDENTIAL = "{jwt(17022)}"\n', jwt(17022), 1),
    ("Config.java", f'private static final String jwtCredentials = "{jwt(17023)}";\n', jwt(17023), 1),
    ("firmware/wx/wx.ino", f'// Weather Underground PWS protocol\n#define WU_ID  "KCOSNOWR12"\n#define WU_KEY "{station_key(17030)}"\n',
     station_key(17030), 3),
    ("firmware/wx/wx.ino", f'#define STATION_ID "KCOSNOWR12"\n#define STATION_KEY "{station_key(17031)}"\n\nvoid upload() {{\n'
     '  String url = "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php";\n'
     '  url += "?ID=" STATION_ID "&PASSWORD=" STATION_KEY "&dateutc=now&action=updateraw";\n}\n', station_key(17031), 2),
    ("upload.js", f"const id = 'KNEHASTI12';\nconst pw = '{station_key(17032)}';\n"
     "msg.url = `https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=${id}&PASSWORD=${pw}"
     "&dateutc=now`;\nreturn msg;\n", station_key(17032), 2),
    ("node-red/flows.json", '[\n  {\n    "id": "a41c2f7e.9b7d1",\n    "type": "function",\n    "func": "const id = \'KNEHASTI12\';'
     f"\\nconst pw = '{station_key(17033)}';\\nmsg.url = `https://weatherstation.wunderground.com/weatherstation/"
     'updateweatherstation.php?ID=${id}&PASSWORD=${pw}&dateutc=now`;\\nreturn msg;",\n    "outputs": 1\n  }\n]\n',
     station_key(17033), 5),
    ("pws.py", f'STATION = "KNEHASTI12"\nKEY = "{station_key(17034)}"\n'
     'url = f"https://rtupdate.wunderground.com/weatherstation/updateweatherstation.php?ID={STATION}&PASSWORD={KEY}&realtime=1"\n',
     station_key(17034), 2),
    ("push.sh", "curl -s \"https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=KNEHASTI12"
     f"&PASSWORD={station_key(17035)}&dateutc=now&tempf=50\"\n", station_key(17035), 1),
    ("api-tests/weather.http", "### 15 day forecast\nGET https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/"
     f"timeline/40.6993,-99.0832?unitGroup=us&include=days&key={fakes.drawn(17040, 25, UPPER_ALNUM)}\nAccept: application/json\n",
     fakes.drawn(17040, 25, UPPER_ALNUM), 2),
    ("weather.py", f'URL = "https://api.weatherapi.com/v1/forecast.json?key={fakes.drawn(17041, 31, HEX)}&q=Kearney&days=3"\n',
     fakes.drawn(17041, 31, HEX), 1),
    ("fetch.sh", f"curl 'https://api.weatherbit.io/v2.0/current?lat=40.7&lon=-99.1&key={fakes.drawn(17042, 32, HEX)}'\n",
     fakes.drawn(17042, 32, HEX), 1),
    ("rating/quote.sh", "curl -s \"https://www.abfs.com/xml/aquotexml.asp?DL=2&ID=" + fakes.drawn(17043, 12, UPPER_ALNUM)
     + "&ShipCity=Dallas&ShipState=TX&ShipZip=75201&Wgt1=1200&Class1=70\"\n", fakes.drawn(17043, 12, UPPER_ALNUM), 1),
    ("Services/Search.swift", "import AlgoliaSearchClient\n\nenum Search {\n    static let appID = ApplicationID(rawValue: \"WZAM1Q9891\")\n"
     f"    static let apiKey = APIKey(rawValue: \"{fakes.drawn(17044, 32, HEX)}\")\n"
     "    static let client = SearchClient(appID: appID, apiKey: apiKey)\n}\n", fakes.drawn(17044, 32, HEX), 5),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_the_form_blocks(name: str, text: str, secret: str, line: int) -> None:
    assert any(number == line and secret in reported for number, reported in found(name, text))


DECOYS: List[Tuple[str, str]] = [
    ("keys.txt", "# public key: age1" + fakes.drawn(17100, 58, BECH32.lower()) + "\n"
     "recipients: age1" + fakes.drawn(17101, 58, BECH32.lower()) + "\n"),
    ("README.md", "AGE-SECRET-KEY-1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n"),
    ("sops.sh", "export SOPS_AGE_KEY_FILE=~/.config/sops/age/keys.txt\nexport SOPS_AGE_KEY=\"${AGE_KEY}\"\n"),
    ("payouts.py", 'TREMENDOUS_KEY = os.environ["TREMENDOUS_KEY"]\nSANDBOX = "TEST_YOUR-API-KEY"\n'),
    ("build.py", f'# a tremendous speed-up\nBUILD = "PROD_{fakes.drawn(17110, 64, UPPER_ALNUM)}"\n'),
    ("payouts.py", 'TREMENDOUS_KEY = "PROD_' + "A" * 64 + '"\n'),
    ("src/Telephony/Config.cs", "public static class Config\n{\n    public static readonly string JwtCredential =\n"
     "        Environment.GetEnvironmentVariable(\"RC_JWT\");\n}\n"),
    ("config.ts", f'export const PUBLIC_CREDENTIAL =\n  "{jwt(17120)}";\n'),
    ("config.ts", f'export const JWT_CREDENTIAL =\n  "{jwt(17121, {"theme": "dark", "lang": "en"})}";\n'),
    ("settings.py", f'EXAMPLE_CREDENTIAL = "{jwt(17122)}"\n'),
    ("firmware/wx/wx.ino", '#define WU_ID  "KXXXXXXX00"\n#define WU_KEY "xxxxxxxx"\n'),
    ("firmware/wx/wx.ino", '// #define WU_KEY "Tq7zLm2W" -- the old station, weather underground\n'),
    ("upload.js", "const pw = process.env.WU_PASSWORD;\n"
     "msg.url = `https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=${id}&PASSWORD=${pw}`;\n"),
    ("push.sh", "curl -s \"https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=KNEHASTI12"
     "&PASSWORD=$WU_PASSWORD&dateutc=now\"\n"),
    ("push.sh", "curl -s \"https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=KNEHASTI12"
     "&PASSWORD=XXXXXXXX&dateutc=now\"\n"),
    ("api-tests/weather.http", "GET https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/"
     "Kearney?key={{vcKey}}\nGET https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/"
     "Kearney?key=YOUR_API_KEY\n"),
    ("weather.py", 'URL = f"https://api.weatherapi.com/v1/forecast.json?key={API_KEY}&q=Kearney"\n'
     'URL2 = "https://api.weatherapi.com/v1/forecast.json?key=" + os.environ["WEATHERAPI_KEY"]\n'),
    ("maps.js", f"const url = `https://tiles.example.org/v1/tiles?key={fakes.drawn(17140, 25, UPPER_ALNUM)}&z=3`;\n"
     f"const cache = 'https://cdn.example.net/img?key={fakes.drawn(17141, 32, HEX)}';\n"),
    ("rating/quote.sh", "curl -s \"https://www.abfs.com/xml/aquotexml.asp?DL=2&ID=$ABF_API_ID&ShipZip=75201\"\n"
     "curl -s \"https://www.abfs.com/xml/aquotexml.asp?DL=2&ID=XXXXXXXXXXXX&ShipZip=75201\"\n"
     "curl -s \"https://www.abfs.com/tools/trace/default.aspx?ID=ABCDEF123456\"\n"),
    ("docs/weather.md", "```\nGET https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/"
     f"Kearney?key={fakes.drawn(17142, 25, UPPER_ALNUM)}\n```\n"),
    ("Services/Search.swift", "enum Search {\n"
     f"    static let searchOnlyKey = APIKey(rawValue: \"{fakes.drawn(17143, 32, HEX)}\")\n"
     '    static let index = IndexName(rawValue: "lodging_units_prod")\n'
     '    static let apiKey = APIKey(rawValue: ProcessInfo.processInfo.environment["ALGOLIA_KEY"] ?? "")\n}\n'),
    ("login.js", f"const sel = '{station_key(17130)}';\nfetch(`https://example.org/find?user=me&password=${{sel}}`);\n"),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_the_decoy_stays_quiet(name: str, text: str) -> None:
    assert found(name, text) == []
