"""Adversarial review of blind rounds FW-GB: an ellipsis is a value cut for show only where it stands as one (the head of
a token then `...` or `…`, or `...` then the last few characters a console shows), so a password a person typed with
dots inside (`Gx8...kQ2mZ7vP`) blocks on a command line, in a connection string, a URL, a Basic header and a JSON
setting as it did before the round; a Google Maps key in server code (google-maps-services-java's `com.google.maps`,
Python's `googlemaps.Client`) blocks whatever its name says, `…CLIENT_KEY` naming no browser; an argument vector's value
one element a line blocks with a YAML comment after it; a JSON-RPC login's params block written before its method.
Through the engine."""
from __future__ import annotations

import base64
import string

import pytest
from secretfence.engine import Engine
from secretfence.kinds._helpers import is_placeholder

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_HEAD = drawn_mixed(2190000, 5)
_TAIL = drawn_mixed(2190001, 9)
_DOTTED = f"{_HEAD}...{_TAIL}"  # a password typed with an ellipsis inside
_ELLIPSIS_CHAR = f"{_HEAD}\u2026{_TAIL}"  # the same, an editor having made the three dots one character
_PASSWORD = drawn_mixed(2190002, 16)
_BASE64URL = string.ascii_letters + string.digits + "_-"


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _reported(engine: Engine, filename: str, text: str) -> list:
    return [finding.secret for finding in engine.scan_text(filename, text)]


# --- a password with an ellipsis inside ---------------------------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("scripts/load.sh", "#!/bin/sh\nmysql -h db.prod.internal -u root -p{pw} appdb\n"),
    ("scripts/deploy.sh", '#!/bin/sh\nsshpass -p "{pw}" ssh deploy@10.1.2.3\n'),
    ("app/db.py", 'CONN = "Server=db.prod.internal;Database=app;User Id=sa;Pwd={pw};"\n'),
    ("app/db.py", 'conn = psycopg2.connect(host="db.prod.internal", user="app", password="{pw}")\n'),
    ("scripts/call.sh", "#!/bin/sh\ncurl -u deploy:{pw} https://api.prod.internal/v1/x\n"),
    ("config/mail.json", '{{\n  "mail": {{\n    "host": "smtp.prod.internal",\n    "pass": "{pw}"\n  }}\n}}\n'),
    ("scripts/map.bat", "net use Z: \\\\fs01\\share /user:CORP\\svc {pw}\n"),
])
@pytest.mark.parametrize("password", [_DOTTED, _ELLIPSIS_CHAR])
def test_a_password_with_an_ellipsis_inside_still_blocks(engine: Engine, filename: str, template: str, password: str) -> None:
    text = template.format(pw=password)
    assert password in [secret for _, secret in _secrets(engine, filename, text)]


@pytest.mark.parametrize("password", [_DOTTED, _ELLIPSIS_CHAR, f"...{_TAIL}!", f"{_HEAD}...{_TAIL}...", "Summer...Breeze2024!"])
def test_an_ellipsis_among_a_passwords_characters_is_no_placeholder(password: str) -> None:
    assert not is_placeholder(password)


def test_a_basic_header_whose_password_holds_an_ellipsis_blocks(engine: Engine) -> None:
    encoded = base64.b64encode(f"deploy:{_DOTTED}".encode()).decode()
    text = f'HEADERS = {{"Authorization": "Basic {encoded}"}}\n'
    assert _secrets(engine, "app/client.py", text) != []


@pytest.mark.parametrize("value", [
    "eyJhbGciOi...", "sk_live_51Hq8Zt\u2026", "sk_live_...4242", "\u20264242", "...a1B2", "AKIA1234...WXYZ",
    drawn_mixed(2190003, 10) + "..." + drawn_mixed(2190004, 4), "eyJhbGciOi....", "ghp_" + drawn_mixed(2190005, 6) + "...xyz",
])
def test_a_value_cut_for_show_is_a_placeholder(value: str) -> None:
    assert is_placeholder(value)


# --- a Google Maps key in server code ---------------------------------------------------------------------------------

def _google_key(seed: int) -> str:
    return "AIza" + drawn_mixed(seed, 35, _BASE64URL)


@pytest.mark.parametrize("filename, template", [
    ("src/main/java/com/acme/geo/Geo.java",
     "package com.acme.geo;\n\nimport com.google.maps.GeoApiContext;\nimport com.google.maps.GeocodingApi;\n\n"
     "public class Geo {{\n    private static final String MAPS_API_KEY = \"{key}\";\n\n"
     "    GeoApiContext context = new GeoApiContext.Builder().apiKey(MAPS_API_KEY).build();\n}}\n"),
    ("src/main/kotlin/Geo.kt",
     "import com.google.maps.GeoApiContext\n\nval googleMapsKey = \"{key}\"\n"
     "val context = GeoApiContext.Builder().apiKey(googleMapsKey).build()\n"),
    ("geo/lookup.py", 'import googlemaps\n\nGOOGLE_MAPS_CLIENT_KEY = "{key}"\ngmaps = googlemaps.Client(key=GOOGLE_MAPS_CLIENT_KEY)\n'),
    ("geo/settings.py", 'GOOGLE_MAPS_CLIENT_KEY = "{key}"\n'),
    ("server/geo.js", 'const {{ Client }} = require("@googlemaps/google-maps-services-js");\nconst MAPS_BROWSER_KEY = "{key}";\n'
                      "const client = new Client({{}});\n"),
])
def test_a_maps_key_in_server_code_still_blocks(engine: Engine, filename: str, template: str) -> None:
    key = _google_key(2190010)
    assert key in [secret for _, secret in _secrets(engine, filename, template.format(key=key))]


def test_a_maps_key_in_browser_code_under_the_window_global_is_still_a_warning(engine: Engine) -> None:
    key = _google_key(2190011)
    text = f'var mapsKey = "{key}";\nvar map = new window.google.maps.Map(document.getElementById("map"), {{ zoom: 12 }});\n'
    assert key in _reported(engine, "web/js/stores.js", text) and _blocked(engine, "web/js/stores.js", text) == []


# --- an argument vector's value one element a line, a comment after it -----------------------------------------------

@pytest.mark.parametrize("value_line", ["  - {pw}  # prod", '  - "{pw}" # prod', "  - '{pw}'\t# rotated 2024-05"])
def test_a_yaml_argument_vectors_value_with_a_comment_after_it_blocks(engine: Engine, value_line: str) -> None:
    text = "args:\n  - --password\n" + value_line.format(pw=_PASSWORD) + "\n"
    assert _secrets(engine, "deploy/args.yaml", text) == [(3, _PASSWORD)]


@pytest.mark.parametrize("value_line", ["  - $(API_TOKEN)  # from the secret", "  - changeme # default", "  - /run/secrets/pw # file"])
def test_a_yaml_argument_vectors_reference_with_a_comment_after_it_does_not_block(engine: Engine, value_line: str) -> None:
    text = "args:\n  - --password\n" + value_line + "\n"
    assert _blocked(engine, "deploy/args.yaml", text) == []


# --- a JSON-RPC login's params before its method ----------------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("app/rpc.py", 'BODY = {{"jsonrpc": "2.0", "params": ["admin", "{pw}"], "method": "user.login", "id": 1}}\n'),
    ("app/Rpc.cs", 'var body = "{{\\"id\\":1,\\"params\\":[\\"admin\\",\\"{pw}\\"],\\"method\\":\\"login\\"}}";\n'),
])
def test_a_json_rpc_logins_params_before_its_method_block(engine: Engine, filename: str, template: str) -> None:
    assert _secrets(engine, filename, template.format(pw=_PASSWORD)) == [(1, _PASSWORD)]


def test_another_requests_params_before_a_login_method_are_not_read(engine: Engine) -> None:
    token = drawn(2190020, 16, string.ascii_lowercase)
    text = f'REQS = [{{"params": ["admin", "{token}"], "method": "status"}}, {{"method": "login", "params": []}}]\n'
    assert _blocked(engine, "app/rpc.py", text) == []
