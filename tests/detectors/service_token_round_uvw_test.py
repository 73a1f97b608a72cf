"""Issue 14, blind rounds U-W: SaaS tokens by format (LaunchDarkly's `sdk-`/`mob-` keys, NuGet's
`oy2…`, Notion's `secret_…`, PostHog's `phx_…`, Mapbox's `sk.eyJ…`), by the service the text names
(LaunchDarkly's `api-<uuid>`, Optimizely's `2:…`, Zendesk's 40-character tokens), an API key sent as
the Basic-auth user with an empty or one-letter password (Mixpanel, Freshdesk), and client-side
keys public by design that no kind may block (PostHog `phc_`, Mapbox `pk.eyJ…`, Braintree
tokenization keys, Optimizely SDK keys). Generated fakes only: every value is built here from a
seeded generator."""
from __future__ import annotations

import base64
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import HIGH
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"


_random = fakes.drawn_mixed
_uuid = fakes.uuid4
def _basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


def mapbox(seed: int, head: str) -> str:
    payload = base64.urlsafe_b64encode(b'{"u":"acme-maps","a":"' + _random(seed, 25).encode() + b'"}').decode().rstrip("=")
    return f"{head}.{payload}.{_random(seed + 1, 22, ALNUM + '-_')}"


# (file, text, secret, line): each must block, as a HIGH finding on its line.
FORMS: List[Tuple[str, str, str, int]] = [
    # LaunchDarkly server-side SDK and mobile keys: their own heads
    ("src/flags.py", "import ldclient\nfrom ldclient.config import Config\n\n"
     f'ldclient.set_config(Config("sdk-{_uuid(1)}"))\n', f"sdk-{_uuid(1)}", 4),
    ("deploy/values.yaml", f"featureFlags:\n  sdkKey: sdk-{_uuid(2)}\n", f"sdk-{_uuid(2)}", 2),
    ("ios/Config.xcconfig", f"LD_MOBILE_KEY = mob-{_uuid(3)}\n", f"mob-{_uuid(3)}", 1),
    ("db/seeds/integrations.sql", "INSERT INTO settings (provider, name, value) VALUES "
     f"('flags', 'server_key', 'sdk-{_uuid(4)}');\n", f"sdk-{_uuid(4)}", 1),
    # LaunchDarkly API access tokens where the text says LaunchDarkly
    ("infra/flags/main.tf", 'provider "launchdarkly" {\n  access_token = var.token\n}\n\nlocals {\n'
     f'  fallback = "api-{_uuid(5)}"\n}}\n', f"api-{_uuid(5)}", 6),
    ("scripts/flags.sh", f'curl -s -H "Authorization: api-{_uuid(6)}" https://app.launchdarkly.com/api/v2/flags/default\n',
     f"api-{_uuid(6)}", 1),
    # NuGet API keys
    ("NuGet.Config", '<configuration>\n  <apikeys>\n    <add key="https://www.nuget.org/api/v2/package" '
     f'value="oy2{_random(7, 43, LOWER_ALNUM)}" />\n  </apikeys>\n</configuration>\n', f"oy2{_random(7, 43, LOWER_ALNUM)}", 3),
    (".github/workflows/publish.yml", "steps:\n  - run: dotnet nuget push out/*.nupkg "
     f"-k oy2{_random(8, 43, LOWER_ALNUM)} -s https://api.nuget.org/v3/index.json\n", f"oy2{_random(8, 43, LOWER_ALNUM)}", 2),
    # Notion integration tokens, the older `secret_` form
    (".streamlit/secrets.toml", f'[notion]\ntoken = "secret_{_random(9, 43)}"\n', f"secret_{_random(9, 43)}", 2),
    ("sync/notion.py", "from notion_client import Client\n\n"
     f'notion = Client(auth="secret_{_random(10, 43)}")\n', f"secret_{_random(10, 43)}", 3),
    # PostHog personal API keys and Mapbox secret tokens (their public siblings are the decoys)
    ("scripts/export.py", f'PERSONAL_KEY = "phx_{_random(11, 43)}"\n', f"phx_{_random(11, 43)}", 1),
    ("tiles/upload.sh", f"export MAPBOX_ACCESS_TOKEN={mapbox(12, 'sk')}\nmapbox upload acme.tiles data.mbtiles\n",
     mapbox(12, "sk"), 1),
    # Optimizely personal access tokens where the text says Optimizely
    ("ops/notes/bash_history", "curl -s -H \"Authorization: Bearer 2:"
     f"{_random(13, 43, ALNUM + '-_')}\" https://api.optimizely.com/v2/projects\n", "2:" + _random(13, 43, ALNUM + "-_"), 1),
    ("tools/experiments.py", 'API = "https://api.optimizely.com/v2"\n'
     f'HEADERS = {{"Authorization": "Bearer 2:{_random(14, 43, ALNUM + "-_")}"}}\n', "2:" + _random(14, 43, ALNUM + "-_"), 2),
    # Zendesk API tokens where the text says Zendesk
    ("exports/tickets.csv", "id,subject,comment\n"
     f'7,"Zendesk app broken","shared: email a@b.example/token, API token {_random(15, 40)} - rotate"\n', _random(15, 40), 2),
    ("support/client.py", "from zenpy import Zenpy\n\n"
     f'zd = Zenpy(subdomain="acme", email="ops@acme.example", token="{_random(16, 40)}")\n', _random(16, 40), 3),
    ("scripts/zd.sh", f"curl https://acme.zendesk.com/api/v2/users/me.json -u ops@acme.example/token:{_random(17, 40)}\n",
     _random(17, 40), 1),
    # an API key as the Basic-auth user with an empty or one-letter password
    ("dags/export.py", 'URL = "https://data.mixpanel.com/api/2.0/export"\n'
     f'r = requests.get(URL, auth=("{_random(18, 32, HEX)}", ""), timeout=60)\n', _random(18, 32, HEX), 2),
    ("crm/tickets.py", f'session.auth = ("{_random(19, 20)}", "X")\n', _random(19, 20), 1),
    ("billing/client.py", f'auth = HTTPBasicAuth("live_{_random(20, 34)}", "")\n', f"live_{_random(20, 34)}", 1),
    ("crm/freshdesk.py", f'HEADERS = {{"Authorization": "Basic {_basic(_random(21, 20), "X")}"}}\n', _random(21, 20), 1),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_a_saas_token_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in blocking(Engine().scan_text(name, text)) if finding.secret == secret]
    # (another kind may also report the value, as its own type: a sheet's free-text cell naming a token, stop 64)
    assert [(finding.line_number, finding.confidence) for finding in found if finding.type == "Service API Token"] \
        == [(line, HIGH)]
    assert {finding.line_number for finding in found} == {line}


# What must not block: public client-side keys (in any kind), and the shapes where nothing says the service.
DECOYS: List[Tuple[str, str]] = [
    ("src/analytics.py", f'import posthog\nposthog.project_api_key = "phc_{_random(30, 43)}"\n'),
    ("web/.env.production", f"NEXT_PUBLIC_POSTHOG_KEY=phc_{_random(31, 43)}\nPOSTHOG_API_KEY=phc_{_random(32, 43)}\n"),
    ("frontend/map.js", f'mapboxgl.accessToken = "{mapbox(33, "pk")}";\n'),
    ("app/config.py", f'MAPBOX_TOKEN = "{mapbox(34, "pk")}"\n'),
    ("frontend/checkout.js", f'const TOKENIZATION_KEY = "production_{_random(35, 8, LOWER_ALNUM)}_{_random(36, 16, LOWER_ALNUM)}";\n'),
    ("config/braintree.yml", f"braintree:\n  tokenization_key: sandbox_{_random(37, 8, LOWER_ALNUM)}_{_random(38, 16, LOWER_ALNUM)}\n"),
    ("src/experiments.py", f'from optimizely import optimizely\nclient = optimizely.Optimizely(sdk_key="{_random(39, 22)}")\n'),
    ("settings.py", f'OPTIMIZELY_SDK_KEY = "{_random(40, 22)}"\n'),
    # the shapes without their service
    ("src/ids.py", f'REQUEST_ID = "api-{_uuid(41)}"\n'),
    ("src/schedule.py", f'RATIO = "2:{_random(42, 43, ALNUM + "-_")}"\n'),
    ("exports/tickets.csv", f'id,comment\n7,"token {_random(43, 40)} in the build cache"\n'),
    ("exports/zendesk_tickets.csv", f'id,comment\n8,"Zendesk app: deploy token {_random(44, 40, HEX)} (a commit)"\n'),
    # a Basic-auth user that is a name, or a real password (the literal kind's, not these)
    ("src/report.py", 'r = requests.get(URL, auth=("reporting_service_user", ""))\n'),
    ("src/report2.py", 'r = requests.get(URL, auth=("admin", "X"))\n'),
    ("notion/.env.example", "NOTION_TOKEN=secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
    ("src/names.py", "secret_" + "a" * 43 + " = load()\n"),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_public_keys_and_unnamed_shapes_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
