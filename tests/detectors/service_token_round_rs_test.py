"""Issue 14, blind rounds R-S: credentials sent as a service's authentication header (an
OpenTelemetry collector's exporter headers, a Grafana data source's custom headers, curl, a
client's header map), research tools' tokens read where the text names the service (Benchling,
Backblaze B2, REDCap), and run-time template variables no kind may block (Datadog Autodiscovery's
`%%env_X%%`, Grafana's `$__env{X}`). Generated fakes only: every value is built here from a seeded
generator."""
from __future__ import annotations

import random
import string
import uuid
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import HIGH, Finding
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SERVICE = "Service API Token"


_random = fakes.drawn
def honeycomb(seed: int) -> str:
    return _random(seed, 22)  # Honeycomb's newer keys: 22 letters and digits


def datadog(seed: int, length: int = 32) -> str:
    return _random(seed, length, HEX)


def splunk_hec(seed: int) -> str:
    return str(uuid.UUID(int=random.Random(seed).getrandbits(128), version=4))


def benchling(seed: int) -> str:
    return "sk_" + _random(seed, 30)


def b2_key(seed: int, cluster: str = "005") -> str:
    return "K" + cluster + _random(seed, 27)


def redcap(seed: int) -> str:
    return _random(seed, 32, "0123456789ABCDEF")


def _service_findings(name: str, text: str) -> List[Finding]:
    return [finding for finding in blocking(Engine().scan_text(name, text)) if finding.type == SERVICE]


HEADER_FORMS: List[Tuple[str, str, str, int]] = [
    ("deploy/otel/collector.yaml", "exporters:\n  otlp/honeycomb:\n    endpoint: api.honeycomb.io:443\n    headers:\n"
     f"      x-honeycomb-team: {honeycomb(1)}\n", honeycomb(1), 5),
    ("otel/agent.yaml", "exporters:\n  otlphttp/datadog:\n    endpoint: https://otlp.datadoghq.eu\n    headers:\n"
     f'      "DD-API-KEY": "{datadog(2)}"\n', datadog(2), 5),
    ("config/forwarder.json", '{"endpoint": "https://http-intake.logs.datadoghq.com/api/v2/logs",\n'
     f' "headers": {{"DD-API-KEY": "{datadog(3)}", "DD-APPLICATION-KEY": "{datadog(4, 40)}"}}}}\n', datadog(4, 40), 2),
    ("scripts/send_event.sh", f'curl -s -X POST -H "X-SF-Token: {honeycomb(5)}" https://ingest.us1.signalfx.com/v2/event\n',
     honeycomb(5), 1),
    ("deploy/otel/splunk.yaml", "exporters:\n  otlphttp:\n    headers:\n"
     f'      Authorization: "Splunk {splunk_hec(6)}"\n', splunk_hec(6), 4),
    ("provisioning/datasources/ds.yaml", "datasources:\n  - name: gateway\n    jsonData:\n      httpHeaderName1: X-Scope-OrgID\n"
     f"      httpHeaderName2: DD-API-KEY\n    secureJsonData:\n      httpHeaderValue1: tenant-a\n"
     f"      httpHeaderValue2: {datadog(7)}\n", datadog(7), 8),
    ("grafana/datasource.json", '{"jsonData": {"httpHeaderName1": "x-api-key"},\n'
     f' "secureJsonData": {{"httpHeaderValue1": "{honeycomb(8)}"}}}}\n', honeycomb(8), 2),
]


@pytest.mark.parametrize("name, text, secret, line", HEADER_FORMS, ids=[form[0] for form in HEADER_FORMS])
def test_a_service_auth_header_value_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in _service_findings(name, text) if finding.secret == secret]
    # (a Datadog key under a DD-* header may be named by the Datadog rule instead: one finding either way)
    assert [(finding.line_number, finding.confidence) for finding in found] == [(line, HIGH)]


HEADER_DECOYS: List[Tuple[str, str]] = [
    ("deploy/otel/collector.yaml", "exporters:\n  otlp:\n    headers:\n      x-honeycomb-team: ${env:HONEYCOMB_API_KEY}\n"
     "      x-honeycomb-dataset: checkout-service-traces\n"),
    ("provisioning/datasources/ds.yaml", "datasources:\n  - jsonData:\n      httpHeaderName1: DD-API-KEY\n"
     "      httpHeaderName2: X-Scope-OrgID\n    secureJsonData:\n      httpHeaderValue1: $__env{DD_API_KEY}\n"
     f"      httpHeaderValue2: {uuid.UUID(int=random.Random(9).getrandbits(128), version=4)}\n"),
    ("provisioning/datasources/tempo.yaml", "datasources:\n  - jsonData:\n      httpHeaderName1: X-Org-Name\n"
     "    secureJsonData:\n      httpHeaderValue1: QueryFrontendTenantAnalytics7\n"),
    ("otel/collector.yaml", 'exporters:\n  otlphttp:\n    headers:\n      api-key: "{{ .Values.newrelic.licenseKey }}"\n'),
    ("deploy/datadog/conf.d/redisdb.d/conf.yaml", 'instances:\n  - host: "%%host%%"\n    port: "6379"\n'
     '    password: "%%env_REDIS_PASSWORD%%"\n'),
    ("deploy/datadog/conf.d/postgres.d/conf.yaml", 'instances:\n  - host: "%%host%%"\n    port: 5432\n    username: datadog\n'
     '    password: "%%env_PG_MONITOR_PASSWORD%%"\n'),
]


@pytest.mark.parametrize("name, text", HEADER_DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(HEADER_DECOYS)])
def test_references_and_routing_headers_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []


TOKEN_FORMS: List[Tuple[str, str, str, int]] = [
    ("lims/sync.py", "from benchling_sdk.benchling import Benchling\nfrom benchling_sdk.auth.api_key_auth import ApiKeyAuth\n\n"
     f'client = Benchling(url="https://acme.benchling.com", auth_method=ApiKeyAuth("{benchling(10)}"))\n', benchling(10), 4),
    (".env", f"BENCHLING_TENANT=acme\nBENCHLING_API_KEY={benchling(11)}\n", benchling(11), 2),
    ("backup/rclone.conf", f"[b2]\ntype = b2\naccount = 005{datadog(12, 21)}\nkey = {b2_key(12)}\n", b2_key(12), 4),
    ("ops/backup.env", f"B2_APPLICATION_KEY_ID=004{datadog(13, 21)}\nB2_APPLICATION_KEY={b2_key(13, '004')}\n",
     b2_key(13, "004"), 2),
    ("tools/upload.py", "from b2sdk.v2 import B2Api, InMemoryAccountInfo\napi = B2Api(InMemoryAccountInfo())\n"
     f'api.authorize_account("production", KEY_ID, "{b2_key(14, "001")}")\n', b2_key(14, "001"), 3),
    ("project/.Renviron", f"REDCAP_URI=https://redcap.example.edu/api/\nREDCAP_TOKEN_BASELINE={redcap(15)}\n", redcap(15), 2),
    ("etl/pull.py", 'from redcap import Project\n\nAPI_URL = "https://redcap.example.edu/api/"\n'
     f'API_TOKEN = "{redcap(16)}"\nproject = Project(API_URL, API_TOKEN)\n', redcap(16), 4),
    ("config/settings.yaml", f"redcap:\n  url: https://redcap.example.edu/api/\n  api_key: {redcap(17)}\n", redcap(17), 3),
]


@pytest.mark.parametrize("name, text, secret, line", TOKEN_FORMS, ids=[form[0] for form in TOKEN_FORMS])
def test_a_research_service_token_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in _service_findings(name, text) if finding.secret == secret]
    assert [(finding.line_number, finding.confidence) for finding in found] == [(line, HIGH)]


TOKEN_DECOYS: List[Tuple[str, str]] = [
    ("lims/sync.py", 'from benchling_sdk.auth.api_key_auth import ApiKeyAuth\nauth = ApiKeyAuth(os.environ["BENCHLING_API_KEY"])\n'
     'PLASMID_SCHEMA = "ts_Pl4sm1d0"\nFOLDER = "lib_9f2KxQ"\n'),
    ("lims/.env.example", "BENCHLING_API_KEY=sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
    ("src/tasks.py", f'TASK_LABEL = "{benchling(18)}"\n'),  # the shape, no Benchling
    ("backup/rclone.conf", "[b2]\ntype = b2\naccount = ${B2_ACCOUNT_ID}\nkey = ${B2_APPLICATION_KEY}\n"),
    ("data/ids.txt", f"{b2_key(19)}\n"),  # the shape, no B2
    ("project/.Renviron", "REDCAP_URI=https://redcap.example.edu/api/\nREDCAP_TOKEN=${REDCAP_TOKEN}\n"),
    ("etl/redcap_files.py", f'from redcap import Project\nEXPECTED_MD5 = "{redcap(20)}"\n'),  # a checksum, no token name
]


@pytest.mark.parametrize("name, text", TOKEN_DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(TOKEN_DECOYS)])
def test_research_token_decoys_are_not_service_tokens(name: str, text: str) -> None:
    assert _service_findings(name, text) == []
