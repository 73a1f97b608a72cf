"""Blind rounds EA-EF, vendor formats and the judgement of values: a PyPI token at full length that does not decode
(blocks; a truncated one stays a warning), ArcGIS developer API keys (`AAPK`), Pushover tokens and keys under a
Pushover name, a signed JWT as a writing endpoint's path segment (Windy's `/pws/update/<JWT>`), a generated key
that merely holds `$(` (Django's alphabet); and what must stay quiet: AWS KMS ciphertext marked `kms:`, a
placeholder that tells the deployer what to put there (`REPLACE_WITH_…`, `…_VALUE`). Generated fakes only: every
value is built here from a seeded generator (seeds 1,400,000-1,404,999)."""
from __future__ import annotations

import base64
import json
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import HIGH, LOW, MEDIUM
from secretfence.kinds.pypi_token import (
    DOCUMENTED_PREFIXES, SecretfencePypiTokenDetector, decode_token, encode_token, shortest_token_length,
)
from tests import fakes
from tests.accuracy.labelled import blocking, reports

URL_SAFE = string.ascii_letters + string.digits + "_-"
BASE64 = string.ascii_letters + string.digits + "+/"
LOWER_ALNUM = string.ascii_lowercase + string.digits
DJANGO = string.ascii_lowercase + string.digits + "!@#%^&*-_=+"  # (no `$` nor parentheses: placed by hand)


def _blocks(name: str, text: str, secret: str) -> List[int]:
    """Lines of the blocking findings that report `secret`."""
    return sorted({finding.line_number for finding in blocking(Engine().scan_text(name, text)) if reports(finding, secret)})


# --- PyPI: a full-length token that does not decode -------------------------------------------------------------------

def undecodable_pypi(seed: int, length: int, head: str = DOCUMENTED_PREFIXES[0]) -> str:
    token = head + "CJ" + fakes.drawn_mixed(seed, length - len(head) - 2, URL_SAFE)
    assert decode_token(token) is None  # (a random body is no macaroon)
    return token


@pytest.mark.parametrize("location", ["pypi.org", "test.pypi.org"])
def test_the_shortest_real_token_is_a_caveatless_macaroon(location: str) -> None:
    assert shortest_token_length(location) == len(encode_token(location, fakes.uuid4(1_400_000), []))


PYPI_FORMS: List[Tuple[str, str, str, int]] = [
    (".pypirc", "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = {t}\n", "", 7),
    ("release.yml", "      - run: twine upload -u __token__ -p {t} dist/*\n", "", 1),
    (".env", "TWINE_PASSWORD={t}\n", "", 1),
    ("publish.py", 'subprocess.run(["twine", "upload", "--password", "{t}", "dist/*"])\n', "", 1),
    (".pypirc", "[testpypi]\nusername = __token__\npassword = {t}\n", DOCUMENTED_PREFIXES[1], 3),
]


@pytest.mark.parametrize("index", range(len(PYPI_FORMS)))
def test_a_full_length_undecodable_pypi_token_blocks(index: int) -> None:
    name, template, head, line = PYPI_FORMS[index]
    token = undecodable_pypi(1_400_010 + index, 150 + 7 * index, head or DOCUMENTED_PREFIXES[0])
    found = [finding for finding in blocking(Engine().scan_text(name, template.format(t=token))) if finding.secret == token]
    assert found and {finding.line_number for finding in found} == {line}
    assert all("does not decode" in finding.description for finding in found)


def test_a_truncated_pypi_token_stays_a_warning() -> None:
    token = undecodable_pypi(1_400_020, shortest_token_length("pypi.org") - 1)
    (match,) = SecretfencePypiTokenDetector().find([f"password = {token}"], 0, ".pypirc")
    assert (match.confidence, match.details["scope"]) == (LOW, "undecodable")
    assert "does not decode" in match.description
    assert blocking(Engine().scan_text("notes.txt", f"{token}\n")) == []


def test_the_length_boundary_decides() -> None:
    detector = SecretfencePypiTokenDetector()
    for location, head in zip(("pypi.org", "test.pypi.org"), DOCUMENTED_PREFIXES):
        shortest = shortest_token_length(location)
        below, at = (undecodable_pypi(1_400_030 + shortest + step, shortest + step, head) for step in (-1, 0))
        assert [match.confidence for match in detector.find([below], 0, "x.cfg")] == [LOW]
        assert [match.confidence for match in detector.find([at], 0, "x.cfg")] == [MEDIUM]


def test_a_decodable_token_is_still_read_for_its_scope() -> None:
    token = fakes.pypi_token(1_400_040)
    (match,) = SecretfencePypiTokenDetector().find([f"password = {token}"], 0, ".pypirc")
    assert (match.confidence, match.details["scope"]) == (HIGH, "user")


# --- vendor formats ----------------------------------------------------------------------------------------------------

def arcgis_key(seed: int) -> str:
    return "AAPK" + fakes.drawn(seed, 32, "0123456789abcdef") + fakes.drawn_mixed(seed + 1, 64, URL_SAFE)


def pushover(seed: int) -> str:
    return fakes.drawn(seed, 30, LOWER_ALNUM) if seed % 2 else fakes.drawn_mixed(seed, 30)


def station_jwt(seed: int) -> str:
    def part(value: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode().rstrip("=")

    claims = {"ci": 1_000_000 + seed % 8_000_000, "si": 2_000_000 + seed % 7_000_000, "iat": 1_700_000_000 + seed}
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.{fakes.drawn_mixed(seed, 43, URL_SAFE)}"


FORMATS: List[Tuple[str, str, str, int]] = [
    ("geocode.js", "const {{ ApiKeyManager }} = require('@esri/arcgis-rest-request');\n"
     "const auth = ApiKeyManager.fromKey('{s}');\n", arcgis_key(1_400_100), 2),
    ("map.js", 'esriConfig.apiKey = "{s}";\n', arcgis_key(1_400_102), 1),
    ("MainActivity.kt", 'ArcGISEnvironment.apiKey = ApiKey.create("{s}")\n', arcgis_key(1_400_104), 1),
    ("routes.py", 'from arcgis.gis import GIS\ngis = GIS(api_key="{s}")\n', arcgis_key(1_400_106), 2),
    ("tools/notify.py", 'import requests\n\nPUSHOVER_APP = "{s}"\n', pushover(1_400_201), 3),
    (".env", "PUSHOVER_USER_KEY={s}\n", pushover(1_400_202), 1),
    ("config.json", '{{\n  "pushoverToken": "{s}",\n  "interval": 60\n}}\n', pushover(1_400_203), 2),
    ("docker-compose.yml", "services:\n  alerts:\n    environment:\n      - PUSHOVER_GROUP={s}\n", pushover(1_400_204), 4),
    ("settings.yaml", "pushover_app_token: '{s}'\n", pushover(1_400_205), 1),
    ("flows.json", '[{{"type": "function", "func": "msg.url = \'https://stations.windy.com/pws/update/{s}\' +\\n'
     '  `?temp=${{t}}`;\\nreturn msg;"}}]\n', station_jwt(1_400_300), 1),
    ("upload.py", 'requests.get(f"https://stations.windy.com/pws/update/{s}?winddir={{d}}&wind={{w}}")\n',
     station_jwt(1_400_301), 1),
    ("push.sh", 'curl -fsS "https://telemetry.example.net/v2/ingest/{s}" -d @reading.json\n', station_jwt(1_400_302), 1),
    ("hook.ts", "await fetch(`https://hooks.example.org/webhook/{s}`, {{ method: 'POST', body }});\n",
     station_jwt(1_400_303), 1),
]


@pytest.mark.parametrize("index", range(len(FORMATS)), ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMATS)])
def test_the_format_blocks(index: int) -> None:
    name, template, secret, line = FORMATS[index]
    text = template.format(s=secret)
    assert _blocks(name, text, secret) == [line]
    # (read by its format or its service's name, not only by a credential's keyword)
    assert any(finding.type == "Service API Token" for finding in Engine().scan_text(name, text) if reports(finding, secret))


# --- generated values that merely hold `$(` ------------------------------------------------------------------------------

def django_key_with_parentheses(seed: int) -> str:
    """A Django-generated key (50 of its alphabet) holding `$(`, a letter, `-)`, and a `$` further on."""
    draw = fakes.drawn(seed, 50, DJANGO)
    return draw[:17] + "$(" + fakes.drawn(seed + 1, 1, string.ascii_lowercase) + "-)" + draw[22:36] + "$" + draw[37:]


DOLLAR_FORMS: List[Tuple[str, str, int]] = [
    ("buyback/settings/production.py", 'DEBUG = False\nSECRET_KEY = "{s}"\n', 2),
    (".env", "DJANGO_SECRET_KEY='{s}'\n", 1),
    ("values.yaml", "django:\n  secretKey: '{s}'\n", 2),
]


@pytest.mark.parametrize("index", range(len(DOLLAR_FORMS)))
def test_a_generated_key_holding_a_dollar_parenthesis_blocks(index: int) -> None:
    name, template, line = DOLLAR_FORMS[index]
    secret = django_key_with_parentheses(1_400_400 + 3 * index)
    assert "$(" in secret
    assert _blocks(name, template.format(s=secret), secret) == [line]


# --- decoys -------------------------------------------------------------------------------------------------------------

def kms_blob(seed: int, head: str = "AQICAH") -> str:
    return head + fakes.drawn_mixed(seed, 180, BASE64) + "=="


DECOYS: List[Tuple[str, str]] = [
    # command substitutions and make / pipeline variables stay references
    ("settings.py", 'SECRET_KEY = "$(DJANGO_SECRET_KEY)"\n'),
    (".env", "DJANGO_SECRET_KEY=$(openssl rand -base64 48)\n"),
    ("deploy.yml", 'api_key: "key-$(cat /run/secrets/api_key)"\n'),
    ("azure-pipelines.yml", "  password: $(Build.DbPassword)\n"),
    ("Makefile", "db_password := pre$( vault kv get -field=pw secret/db )\n"),
    # AWS KMS ciphertext marked for the loader that decrypts it
    ("config/prod.yml", "# values starting with kms: are decrypted at start-up\nebay:\n"
     f"  refresh_token: kms:{kms_blob(1_400_500)}\nopenai:\n  api_key: kms:{kms_blob(1_400_501, 'AQIBAH')}\n"),
    (".env", f"STRIPE_SECRET_KEY=kms:{kms_blob(1_400_502)}\nDB_PASSWORD=aws-kms:{kms_blob(1_400_503)}\n"),
    ("settings.json", f'{{\n  "clientSecret": "KMS:{kms_blob(1_400_504)}"\n}}\n'),
    # placeholders telling the deployer what to put there
    ("infra/rms/example.tfvars", 'sql_admin_login    = "rmsadmin"\nsql_admin_password = "REPLACE_WITH_KEYVAULT_VALUE"\n'),
    ("terraform.tfvars", 'db_password = "KEYVAULT_SECRET_VALUE"\napi_token = "replace-with-pipeline-value"\n'),
    (".env", "POSTGRES_PASSWORD=INSERT_DB_PASSWORD_HERE\nMYSQL_ROOT_PASSWORD=TO_BE_PROVIDED_BY_OPS\n"),
    ("values.yaml", "database:\n  password: SET_IN_VAULT_VALUE\n"),
    # formats' placeholders and look-alikes
    ("map.js", "esriConfig.apiKey = 'AAPK" + "x" * 96 + "';\n"),
    ("map.js", "esriConfig.apiKey = 'YOUR_API_KEY';  // AAPK…\n"),
    ("notify.py", 'PUSHOVER_APP = os.environ["PUSHOVER_APP"]\nPUSHOVER_USER = "uQiRzpo4DXghDmr9QzzfQu27cmVRsG"\n'),
    ("notify.py", f'PUSHOVER_SOUND = "{fakes.drawn(1_400_600, 30, string.ascii_lowercase)}"\n'),
    ("hashes.py", f'BUILD_ID = "{fakes.drawn(1_400_601, 30, LOWER_ALNUM)}"\n'),
    ("links.py", f"url = 'https://app.example.org/account/confirm/{station_jwt(1_400_700)}'\n"),
    ("push.py", "url = 'https://api.example.org/update/eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0."
     + station_jwt(1_400_701).split(".")[1] + "." + fakes.drawn_mixed(1_400_702, 43, URL_SAFE) + "'\n"),
    ("README.md", f"    curl https://stations.windy.com/pws/update/{station_jwt(1_400_703)}?temp=21\n"),
]


@pytest.mark.parametrize("index", range(len(DECOYS)), ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_references_ciphertext_and_placeholders_do_not_block(index: int) -> None:
    name, text = DECOYS[index]
    assert blocking(Engine().scan_text(name, text)) == []


def test_a_password_beside_the_placeholders_still_blocks() -> None:
    secret = fakes.drawn_mixed(1_400_800, 20)
    text = f'sql_admin_password = "REPLACE_WITH_KEYVAULT_VALUE"\nreplica_admin_password = "{secret}"\n'
    assert _blocks("prod.tfvars", text, secret) == [2]


def test_a_value_after_kms_that_is_no_ciphertext_still_blocks() -> None:
    secret = "kms:" + fakes.drawn_mixed(1_400_801, 40)
    assert _blocks("config/prod.yml", f"refresh_token: {secret}\n", secret) == [1]


def test_a_pushover_key_in_documentation_is_a_warning() -> None:
    secret = pushover(1_400_802)
    found = [finding for finding in Engine().scan_text("docs/setup.md", f"    PUSHOVER_APP={secret}\n") if reports(finding, secret)]
    assert found and all(finding.confidence == LOW for finding in found)
