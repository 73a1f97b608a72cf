"""Code forms of stop 67 (blind sets NT to NX): calls by their documented signatures (Perl's LWP and WWW::Mechanize
`credentials(…)`, urllib's `add_password(realm, uri, user, pw)`, 1C's `Новый HTTPСоединение(server, port, user, pw, …)`,
DaData's `Dadata(token, secret)`, Directus' `staticToken("…")`); a name assigned a literal (split over adjacent literals
too) given as a call's credential keyword (`password=MDP`) or sent in the Authorization header's vendor scheme
(`DiadocAuth ddauth_api_client_id={KEY}`, `OAuth ${TOKEN}`); a literal held by a variable an equality call compares with
a request's credential header (`hash_equals($expected, $got)`); a live-mode key in an OpenAPI description's prose. Near
misses: a Python `HTTPConnection(host, port, …)`, calls given variables or the environment, names given to unrelated
keywords or holding stock defaults, a variable read from the environment, an API description's live-mode stand-in.
Generated fakes only (seeds 8680000-8680099)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8680000
_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _chosen(seed: int) -> str:
    """A person's chosen password: two capitalised words, a symbol, four digits."""
    return (fakes.drawn(seed, 6, _LOWER).capitalize() + "*" + fakes.drawn(seed + 1, 5, _LOWER).capitalize()
            + fakes.drawn(seed + 2, 4, "0123456789"))


_TOKEN = fakes.drawn_mixed(_SEED + 1, 32)
_KEY = fakes.drawn_mixed(_SEED + 2, 30)
_SECRET = fakes.drawn_mixed(_SEED + 3, 22)
_PASSWORD = _chosen(_SEED + 4)
_HEX_KEY = fakes.drawn(_SEED + 5, 32, "0123456789abcdef")
_HEX_SECRET = fakes.drawn(_SEED + 6, 40, "0123456789abcdef")
_LIVE_KEY = "kk_live_" + fakes.drawn_mixed(_SEED + 7, 36)
_CALLBACK = fakes.drawn_mixed(_SEED + 9, 48)

# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # Perl's LWP: credentials(netloc, realm, user, password)
    ("legacy/fetch.pl", "my $ua = LWP::UserAgent->new;\n"
                        f"$ua->credentials('portal.example.org:443', 'Agency', 'ops', '{_PASSWORD}');\n", _PASSWORD),
    # ... WWW::Mechanize's two-argument form
    ("legacy/mech.pl", f"my $mech = WWW::Mechanize->new;\n$mech->credentials('ops', '{_PASSWORD}');\n", _PASSWORD),
    # urllib's password manager: add_password(realm, uri, user, password)
    ("tools/pull.py", "mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()\n"
                      f"mgr.add_password(None, \"https://dav.example.org/\", \"sync\", \"{_PASSWORD}\")\n", _PASSWORD),
    # 1C's HTTP connection: (server, port, user, password, …), an empty argument, the call going on below
    ("exchange/Обмен.bsl", "Процедура Загрузить() Экспорт\n"
                           f"\tСоединение = Новый HTTPСоединение(\"opt.example.ru\", 443, \"robot\", \"{_PASSWORD}\", , 30,\n"
                           "\t\tНовый ЗащищенноеСоединениеOpenSSL());\nКонецПроцедуры\n", _PASSWORD),
    # ... in its English spelling
    ("exchange/Exchange.bsl", f"Conn = New HTTPConnection(\"opt.example.ru\", 443, \"robot\", \"{_PASSWORD}\");\n", _PASSWORD),
    # DaData's client: its API key first (a notebook's cell), its secret second
    ("analytics/geo.ipynb", '{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": [\n'
                            '    "from dadata import Dadata\\n",\n'
                            f'    "dadata = Dadata(\\"{_HEX_KEY}\\")\\n"\n'
                            ']}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n', _HEX_KEY),
    ("geo/clean.py", f"dadata = DadataAsync(\"{_HEX_KEY}\", \"{_HEX_SECRET}\")\n", _HEX_SECRET),
    # Directus' SDK given its static token
    ("web/src/lib/cms.ts", "const cms = createDirectus(\"https://cms.example.org\")\n"
                           f"  .with(staticToken(\"{_TOKEN}\"))\n  .with(rest());\n", _TOKEN),
    # a name assigned a literal split over adjacent literals, given as a call's password keyword
    ("bascule/sync.py", f"MDP = (\"{_SECRET[:11]}\"\n       \"{_SECRET[11:]}\")\n\n\n"
                        "def envoyer():\n    client.connect(HOTE, username=\"station\", password=MDP)\n", _SECRET),
    # ... on its line, given as an api_key keyword
    ("jobs/pull.py", f"K = \"{_KEY}\"\nclient = Client(\"https://api.example.org\", api_key=K)\n", _KEY),
    # a name (split over literals) sent in the Authorization header's vendor scheme after the scheme's parameter
    ("edo/diadoc.py", f"DIADOC_CLIENT_ID = (\"{_KEY[:15]}\"\n                    \"{_KEY[15:]}\")\n\n"
                      "r = requests.post(URL, headers={\"Authorization\": "
                      "f\"DiadocAuth ddauth_api_client_id={DIADOC_CLIENT_ID}\"})\n", _KEY),
    # ... a JS template in Yandex's `OAuth` scheme
    ("src/disk.js", f"const DISK = \"{_TOKEN}\";\nfetch(URL, {{ headers: {{ Authorization: `OAuth ${{DISK}}` }} }});\n", _TOKEN),
    # a PHP webhook's expected callback token, the request's header read into a variable and compared by a call
    ("webhooks/xendit.php", f"<?php\n$expected = '{_CALLBACK}';\n$got = $_SERVER['HTTP_X_CALLBACK_TOKEN'] ?? '';\n"
                            "if (!hash_equals($expected, $got)) {\n    http_response_code(403);\n    exit;\n}\n", _CALLBACK),
    # a live-mode key in an OpenAPI description's prose
    ("docs/api/openapi.yaml", "openapi: 3.1.0\ninfo: {title: Trace, version: 1.0.0}\ncomponents:\n  securitySchemes:\n"
                              "    key:\n      type: apiKey\n      in: header\n      name: X-Api-Key\n"
                              f"      description: \"The buyer's key (prod): {_LIVE_KEY}\"\n", _LIVE_KEY),
]

# (file name, text): near misses that must pass
DECOYS: List[Tuple[str, str]] = [
    # Python's HTTPConnection(host, port, timeout): no login
    ("tools/probe.py", "conn = http.client.HTTPConnection(\"api.example.org\", 443, 10, \"10.0.0.5\")\n"),
    # LWP's credentials given variables
    ("legacy/fetch.pl", "$ua->credentials($netloc, $realm, $user, $pass);\n"),
    # DaData's client given its token from the environment
    ("geo/clean.py", "dadata = Dadata(os.environ[\"DADATA_TOKEN\"], os.environ[\"DADATA_SECRET\"])\n"),
    # a name given a keyword that names no credential, and a credential's keyword given a stock default
    ("jobs/run.py", f"MODE = \"{_KEY}\"\nrun(mode=MODE)\nPW = \"changeme\"\nconnect(password=PW)\n"),
    # an API description's live-mode stand-in (no drawn body), and a test-mode key
    ("docs/api/openapi.yaml", "openapi: 3.0.3\ninfo: {title: Trace, version: 1.0.0}\npaths: {}\ncomponents:\n"
                              "  securitySchemes:\n    key:\n      type: apiKey\n"
                              "      description: \"Send your key, e.g. kk_live_YourLiveKeyGoesHereXxxxxxxxxxxxxx or "
                              f"kk_test_{fakes.drawn_mixed(_SEED + 21, 36)}\"\n"),
    # an equality call comparing a request's header with a variable read from the environment
    ("webhooks/check.php", "<?php\n$expected = getenv('CALLBACK_TOKEN');\n$got = $_SERVER['HTTP_X_CALLBACK_TOKEN'] ?? '';\n"
                           "if (!hash_equals($expected, $got)) { exit; }\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", FORMS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(FORMS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert secret in [finding.secret for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
