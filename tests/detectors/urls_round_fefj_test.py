"""Blind rounds FE-FJ, an API's key as its URL's bare `key` query parameter: where the URL says an API (an `/api`
path segment, `/api_v2`, `/api.php`, an `api.` host), a generated key of letters and digits under `key=` blocks in code
and settings, as `api_key=` does (Steam's Web API, a timing system's `…/api/index.php/…json?…&key=<32 hex>`). Not a cache
entry's name, a placeholder, a URL that says no API, a Google key (the service kind judges those), or documentation's
example. Through the engine (kinds/_web_forms.py, _api_url_keys)."""
from __future__ import annotations

import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_HEX = string.hexdigits.lower()[:16]

_KEYS = [drawn(1876000 + n, 32, _HEX) for n in range(3)] + [drawn_mixed(1876010 + n, 24) for n in range(3)]

_FORMS = [
    ("partials/board.php", '$url = "https://{{$host}}/api/index.php/racers/best.json?track=2&limit=10&key={key}";\n'),
    ("stats/steam.py", 'r = requests.get(f"https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key={key}&steamids={{ids}}")\n'),
    ("src/weather.ts", "const url = `https://weather.example.net/api_v2/obs?station=${{id}}&key={key}`;\n"),
    ("config/feeds.yaml", "feeds:\n  laps: https://timing.example.org/api/v1/laps?key={key}&format=json\n"),
    ("cmd/poll.go", 'const endpoint = "https://api.example.io/poll?key={key}"\n'),
    ("scripts/pull.sh", 'curl -s "https://example.com/api.php?action=list&key={key}" > list.json\n'),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("filename,template", _FORMS)
@pytest.mark.parametrize("key", _KEYS)
def test_an_apis_bare_key_parameter_blocks(engine: Engine, filename: str, template: str, key: str) -> None:
    text = template.format(key=key)
    line = next(number for number, written in enumerate(text.splitlines(), 1) if key in written)
    assert (line, key) in [(at, secret) for at, _, secret in _blocked(engine, filename, text)]


_DECOYS = [
    ("links.py", 'u = "https://api.example.com/v1/cache?key=user_profile_settings_v2"\n'),
    ("links.py", 'u = "https://api.example.com/v1/cache?key=userprofilesettings"\n'),
    ("links.py", 'u = "https://api.example.com/v1/x?key=YOUR_API_KEY_HERE"\n'),
    ("links.py", 'u = "https://api.example.com/v1/x?key=%s" % api_key\n'),
    ("links.py", 'u = f"https://api.example.com/v1/x?key={api_key}"\n'),
    ("links.py", 'u = "https://api.example.com/v1/x?key=1234567890123456"\n'),
    ("links.py", 'u = "https://cdn.example.com/img/a.png?key={key}"\n'),
    ("links.py", 'u = "https://example.com/apiary/tour?key={key}"\n'),
    ("links.py", 'u = "https://api.example.com/v1/x?sort_key={key}"\n'),
    ("links.py", 'u = "https://www.googleapis.com/youtube/v3/videos?part=id&key=AIzaSyB7Qm2Lx9Vt4Kw8Rz3Hn6Pj1Dc5Fg0Ys2"\n'),
    ("docs/api.md", 'Call `GET https://api.example.com/v1/x?key={key}` with your key.\n'),
]


@pytest.mark.parametrize("filename,text", _DECOYS)
def test_what_is_no_apis_key_parameter_stays_quiet(engine: Engine, filename: str, text: str) -> None:
    text = text.replace("{key}", _KEYS[0])
    assert [secret for _, _, secret in _blocked(engine, filename, text) if secret != "AIzaSyB7Qm2Lx9Vt4Kw8Rz3Hn6Pj1Dc5Fg0Ys2"] == []
