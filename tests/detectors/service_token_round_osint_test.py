"""Blind rounds AG-AH: API keys of security / OSINT / threat-intel services known by the service
named around them (a tool's key store block, the service's name as the key's, a path, the
service's auth header, an API client given its key), a Teams incoming-webhook URL, Splunk's
settings in clear, OpenWeather's `appid`, Kaggle's key written to kaggle.json, an ASP.NET `Jwt:Key`;
and what stays out (placeholders, digests, search-only keys, encrypted settings, vendors' published
examples). Generated fakes only: every value is built here from a seeded generator."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


_random = fakes.drawn_mixed
_uuid = fakes.uuid4
KEY = _random(1, 32)
HEX64 = _random(2, 64, HEX)
HEX32 = _random(3, 32, HEX)
HEX80 = _random(4, 80, HEX)

FOUND: List[Tuple[str, str, str]] = [
    ("api-keys.yaml", f"apikeys:\n  hunter:\n    key:\n\n  shodan:\n    key: {KEY}\n", KEY),
    ("provider-config.yaml", f"github: []\nvirustotal:\n  - {HEX64}\nshodan: []\n", HEX64),
    ("provider-config.yaml", f"censys:\n  - {_uuid(5)}:{KEY}\n", KEY),
    ("sf.cfg", f"_debug=0\nsfp_greynoise:api_key={KEY}\n", KEY),
    ("kickoff.rc", f"workspaces create ext\nkeys add shodan_api {KEY}\n", KEY),
    ("setup.sh", f"shodan init {KEY}\n", KEY),
    ("h8mail.ini", f"[h8mail]\nhibp = {HEX32}\n", HEX32),
    ("fofa.yaml", f"fofa:\n  email: a@corp.example\n  key: {HEX32}\n", HEX32),
    ("cortex.conf", f'cortex {{\n  servers = [\n    {{\n      auth {{\n        key = "{KEY}"\n      }}\n    }}\n  ]\n}}\n', KEY),
    ("analyzers/VirusTotal/input/input.json", f'{{\n  "config": {{\n    "key": "{HEX64}"\n  }}\n}}\n', HEX64),
    ("check.py", f"url = 'https://api.abuseipdb.com/api/v2/check'\nheaders = {{'Key': '{HEX80}'}}\n", HEX80),
    ("offenses.py", f'BASE = "https://qradar.corp/api"\nH = {{"SEC": "{_uuid(6)}"}}\n', _uuid(6)),
    ("pull.py", f'otx = OTXv2("{HEX64}")\n', HEX64),
    ("alert.py", f"api = TheHiveApi('https://hive.corp', '{KEY}')\n", KEY),
    ("index.js", f"const c = algoliasearch('Q7ZK2MWLB9', '{HEX32}');\nc.initIndex('a').saveObjects(rows);\n", HEX32),
    ("server.conf", "[general]\npass4SymmKey = Basalt@Heron4417\n", "Basalt@Heron4417"),
    ("eda.ipynb", f'"https://api.openweathermap.org/data/2.5/weather?q=Oslo&appid={HEX32}&units=metric"\n', HEX32),
    ("appsettings.json", f'{{\n  "Jwt": {{\n    "Key": "{KEY}",\n    "Issuer": "https://api.corp"\n  }}\n}}\n', KEY),
]
TEAMS = (f"https://acme.webhook.office.com/webhookb2/{_uuid(7)}@{_uuid(8)}/IncomingWebhook/"
         f"{_random(9, 32, HEX)}/{_uuid(10)}")
FOUND.append(("notify.json", f'{{"teams_webhook": "{TEAMS}"}}\n', TEAMS))

CLEAN: List[Tuple[str, str]] = [
    ("api-keys.yaml", "apikeys:\n  shodan:\n    key:\n  virustotal:\n    key: <your key>\n"),
    ("requirements.txt", f"shodan==1.31.0 \\\n    --hash=sha256:{HEX64}\n"),
    ("search.js", f"const c = algoliasearch('Q7ZK2MWLB9', '{HEX32}');\nc.initIndex('a').search(q);\n"),
    ("server.conf", f"[clustering]\npass4SymmKey = $7${_random(11, 60)}\n"),
    ("config.yaml", "shodan:\n  key: ${SHODAN_API_KEY}\n"),
    ("hec.md", 'curl -H "Authorization: Splunk CF179AE4-3C99-45F5-A7CC-3284AA91CF67" https://hec:8088/services/collector\n'),
    ("appsettings.json", '{\n  "Jwt": {\n    "Key": "your-secret-key-goes-here"\n  }\n}\n'),
]


@pytest.mark.parametrize("filename,text,secret", FOUND)
def test_found(filename: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(filename, text))
    assert any(secret in finding.secret for finding in found), [finding.secret[:12] for finding in found]


@pytest.mark.parametrize("filename,text", CLEAN)
def test_clean(filename: str, text: str) -> None:
    assert not blocking(Engine().scan_text(filename, text))
