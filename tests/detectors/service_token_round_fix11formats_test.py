"""Blind round 11, vendor formats: Mews Connector API tokens (32 hex, `-`, 31 hex), Tesla Fleet API client
secrets (`ta-secret.`), FME Flow tokens (its `fmetoken token=` scheme, a web service URL's `token`), Grafana's
legacy API keys (base64 of `{"k":…,"n":…,"id":…}`); npm's base64 `_auth` given to `npm config set` after a
blank (a Dockerfile's RUN, a .yarnrc); a token concatenated on the lines below its setting's name (Prettier's
and google-java-format's breaks); and the decoys of those worlds: Mews' published demo tokens, FME's
documented token, Grafana's documentation's cut key, a Power BI report link, a Kubernetes Secret template's
base64 of fill-in instructions, a URL concatenated under a token's name. Generated fakes only: every value is built here from a seeded generator."""
from __future__ import annotations

import base64
import json
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking, reports

ALNUM = string.ascii_letters + string.digits
UPPER_HEX = "0123456789ABCDEF"
HEX = "0123456789abcdef"


def mews(seed: int) -> str:
    return fakes.drawn(seed, 32, UPPER_HEX) + "-" + fakes.drawn(seed + 1000, 31, UPPER_HEX)


def tesla(seed: int) -> str:
    return "ta-secret." + fakes.drawn_mixed(seed, 12) + "!%" + fakes.drawn(seed + 1000, 2)


def fme(seed: int) -> str:
    return fakes.drawn(seed, 40, HEX)


def grafana(seed: int, name: str = "wallboard") -> str:
    key = {"k": fakes.drawn_mixed(seed, 32), "n": name, "id": 1 + seed % 7}
    return base64.b64encode(json.dumps(key, separators=(",", ":")).encode()).decode()


def artifactory(seed: int) -> str:
    return "AKCp" + fakes.drawn_mixed(seed, 69)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


_DEEL = fakes.drawn_mixed(20, 48)

# (file, text, secret, line): each must block, its finding on the line.
FORMS: List[Tuple[str, str, str, int]] = [
    ("revenue/mews_api.py", f'MEWS_URL = "https://api.mews.com/api/connector/v1"\nCLIENT_TOKEN = "{mews(1)}"\n', mews(1), 2),
    ("src/Pms/MewsOptions.cs", "public sealed class MewsOptions\n{\n"
     f'    public string AccessToken {{ get; init; }} = "{mews(2)}";\n}}\n', mews(2), 3),
    ("integrations/mews.env", f"MEWS_CLIENT_TOKEN={mews(3)}\nMEWS_ACCESS_TOKEN={mews(4)}\n", mews(4), 2),
    ("src/mews.ts", f"const body = {{ ClientToken: '{mews(5)}', AccessToken: token, Client: 'Sync 1.0' }};\n", mews(5), 1),
    ("config/fleet.toml", f'[tesla]\nclient_id = "{fakes.uuid4(6)}"\nclient_secret = "{tesla(6)}"\n', tesla(6), 3),
    ("register-fleet.js", f"const CLIENT_SECRET = process.env.TESLA_CLIENT_SECRET || '{tesla(7)}';\n", tesla(7), 1),
    ("fleet/.env", f"TESLA_CLIENT_SECRET={tesla(8)}\n", tesla(8), 1),
    ("gis/Invoke-FmeJob.ps1", f'$Headers = @{{ Authorization = "fmetoken token={fme(9)}"; Accept = "application/json" }}\n',
     fme(9), 1),
    ("etl/fme.py", f'HEADERS = {{"Authorization": "fmetoken token={fme(10)}"}}\n', fme(10), 1),
    ("web/map.js", f'const url = "https://fme.acme.io/fmedatadownload/GIS/parcels.fmw?opt_showresult=false&token={fme(11)}";\n',
     fme(11), 1),
    ("kiosk/render.sh", f'#!/bin/bash\nKEY={grafana(12)}\ncurl -s -H "Authorization: Bearer ${{KEY}}" "$GRAFANA/render/d-solo/x"\n',
     grafana(12), 2),
    ("monitoring/export.py", f'grafana = GrafanaFace(auth="{grafana(13, "exporter")}", host="grafana.acme.io")\n',
     grafana(13, "exporter"), 1),
    ("docker/api/Dockerfile", "FROM node:20-alpine AS build\nRUN npm config set registry https://acme.jfrog.io/artifactory/"
     "api/npm/npm/ \\\n && npm config set //acme.jfrog.io/artifactory/api/npm/npm/:_auth "
     f"{b64('svc-npm:' + artifactory(14))}\nRUN npm ci\n", artifactory(14), 3),
    ("ci/publish.sh", f"npm config set //acme.jfrog.io/artifactory/api/npm/npm/:_auth {b64('ci:' + artifactory(15))}\n",
     artifactory(15), 1),
    (".yarnrc", f'"//acme.jfrog.io/artifactory/api/npm/npm/:_auth" "{b64("ci:" + artifactory(16))}"\n', artifactory(16), 1),
    ("src/config/deel.ts", "export const deelConfig = {\n  baseUrl: 'https://api.letsdeel.com/rest/v2',\n  token:\n"
     f"    '{_DEEL[:24]}' +\n    '{_DEEL[24:]}',\n}} as const;\n", _DEEL, 4),
    ("src/main/java/com/acme/Payroll.java", "final class Payroll {\n    private static final String API_TOKEN =\n"
     f'        "{_DEEL[:20]}"\n            + "{_DEEL[20:]}";\n}}\n', _DEEL, 3),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_a_vendor_format_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in blocking(Engine().scan_text(name, text)) if reports(finding, secret)]
    assert found and {finding.line_number for finding in found} == {line}


# Published by their vendors (Mews' demo environment, FME's and Grafana's documentation): no format's finding.
# (The literal kind reads the names these stand under apart.)
PUBLISHED: List[Tuple[str, str]] = [
    ("samples/mews_request.json", '{\n  "ClientToken": "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D",\n'
     '  "AccessToken": "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D",\n  "Client": "Sample Client 1.0.0"\n}\n'),
    ("fme.py", 'DOC = "http://localhost/fmejobsubmitter/Samples/austinDownload.fmw?token=c759eaf09e4638954f63ace0ce1b53b40f62ccb7"\n'),
    ("grafana.py", 'HEADERS = {"Authorization": "Bearer eyJrIjoiT0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbk"}\n'),
]


@pytest.mark.parametrize("name, text", PUBLISHED, ids=[published[0] for published in PUBLISHED])
def test_published_tokens_are_no_service_tokens(name: str, text: str) -> None:
    assert [finding for finding in Engine().scan_text(name, text) if finding.type == "Service API Token"] == []


DECOYS: List[Tuple[str, str]] = [
    ("mews.py", 'ACCESS_TOKEN = "00000000000000000000000000000000-0000000000000000000000000000000"\n'),
    ("fleet.js", 'const CLIENT_SECRET = process.env.TESLA_CLIENT_SECRET || "ta-secret.XXXXXXXXXXXXXXXX";\n'
     "// kubectl apply -f manifests/data-secret.yaml\n"),
    ("fme.py", 'H = {"Authorization": f"fmetoken token={FME_TOKEN}"}\n'),
    ("fme_client.py", f'COMMIT = "{fme(30)}"\nURL = "https://fme.acme.io/fmerest/v3/repositories?limit=10"\n'),
    ("report.html", '<a href="https://app.powerbi.com/view?r=eyJrIjoiM2ZhODVmNjQtNTcxNy00NTYyLWIzZmMtMmM5NjNmNjZhZmE2IiwidCI6I'
     'jcyZjk4OGJmLTg2ZjEtNDFhZi05MWFiLTJkN2NkMDExZGI0NyIsImMiOjV9">report</a>\n'),
    ("k8s/base/sync-secret.template.yaml", "# Template only: the pipeline fills these in from Vault.\napiVersion: v1\n"
     "kind: Secret\nmetadata:\n  name: sync\ntype: Opaque\ndata:\n"
     f"  api-key: {b64('REPLACE_WITH_BAMBOOHR_KEY')}\n  x-api-key: {b64('INSERT_API_KEY_HERE')}\n"
     f"  password: {b64('SET_ME_IN_VAULT')}\n  okta-token: {b64('REPLACE_WITH_OKTA_TOKEN')}\n  client-secret: {b64('TODO_FILL_IN')}\n"),
    ("Dockerfile", "RUN npm config set //acme.jfrog.io/artifactory/api/npm/npm/:_auth $NPM_AUTH && npm ci\n"),
    ("src/config/api.ts", "export const apiConfig = {\n  tokenUrl:\n    'https://auth.acme.io/' +\n    'oauth2/v1/tokens/exchange2024',\n"
     "  apiToken:\n    process.env.API_TOKEN_PREFIX +\n    'suffix',\n};\n"),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_published_tokens_placeholders_and_look_alikes_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []


def test_a_secret_templates_real_value_still_blocks() -> None:
    # Only a fill-in instruction is set aside: a real header value in the same template is read.
    password = fakes.drawn_mixed(40, 14) + "#"
    text = f"kind: Secret\ndata:\n  api-key: {b64('REPLACE_WITH_KEY')}\n  x-api-key: {b64(password)}\n"
    assert {finding.line_number for finding in blocking(Engine().scan_text("secret.yaml", text))} == {4}
