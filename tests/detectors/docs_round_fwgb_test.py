"""Blind rounds FW-GB, documentation and team notes: a handover note's list of its systems' logins, `- <System> (…):
login <user> / <password>` (a team's own account, whose chosen or generated password blocks; a tutorial's stays a
warning); a page's `docker run -e <NAME>_PASSWORD=…` (`--env`, quoted, continued lines), whose generated or carefully
chosen value blocks as documentation's other command-line passwords do (`changeme`, `admin` and expansions do not); a
page's curl sending a vendor's own key header (`-H "VeeziAccessToken: …"`), which blocks where the value looks issued
and the host is the vendor's (a tutorial's host warns); and an example value that says it was cut (`eyJhbGciOi...
<truncated>`, `…`), which is no credential. Through the engine."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine
from secretfence.kinds._helpers import is_placeholder

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_WORDS = ("Juniper", "Shuffle", "Harbor", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Willow", "Basalt")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, three digits, a symbol (`JuniperShuffle809$`)."""
    generator = random.Random(seed)
    return (generator.choice(_WORDS) + generator.choice(_WORDS) + str(generator.randint(100, 999))
            + generator.choice("$!#%*"))


_CHOSEN = [_chosen(2180000 + step) for step in range(6)]
_GENERATED = [drawn_mixed(2180100 + step, 20) for step in range(6)]
_LOWER_TOKEN = [drawn(2180200 + step, 26, string.ascii_lowercase + string.digits) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _found(engine: Engine, filename: str, text: str) -> list:
    return [finding.secret for finding in engine.scan_text(filename, text)]


def _line_of(text: str, value: str) -> int:
    return next(number for number, row in enumerate(text.splitlines(), 1) if value in row)


# --- a handover note's logins: `- <System> (…): login <user> / <password>` ---------------------------------------------

@pytest.mark.parametrize("item", [
    "- Jackrabbit (class management): login office@{domain} / {pw}",
    "* Xero (accounts): login accounts@{domain} / {pw}",
    "3. Booking system: sign-in frontdesk / {pw}",
    "- Alarm portal (monitoring): Login: keyholder@{domain} / {pw}",
    "- Website CMS: login `editor@{domain}` / `{pw}`",
    "- Portal login: office@{domain} / {pw}",
    "- **Payroll** (BrightPay): login SHOP\\payroll / {pw}",
])
@pytest.mark.parametrize("filename", ["docs/handover-2024.txt", "notes/handover.md", "HANDOVER.txt"])
def test_a_handover_notes_login_pair_blocks(engine: Engine, item: str, filename: str) -> None:
    for password in (_CHOSEN[0], _GENERATED[0]):
        line = item.replace("{domain}", "riverside-studio.co.uk").replace("{pw}", password)
        text = f"Handover notes (covering the office)\n\nSystems\n{line}\n- Email: already signed in on the office PC\n"
        assert _secrets(engine, filename, text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "- Demo site (try it): login demo / P@ssw0rd123!",
    "- Local dev: login admin / admin",
    "- Grafana (first start): login admin / changeme",
])
def test_a_tutorials_login_pair_does_not_block(engine: Engine, line: str) -> None:
    text = f"# Getting started\n\n{line}\n"
    assert _blocked(engine, "docs/getting-started.md", text) == []


@pytest.mark.parametrize("line", [
    "- Branches: main / release-2024.10",
    "- Regions: eu-west-1 / us-east-1",
    "- Email: same address / see the vault entry",
    "- Owners: login team / platform-oncall",
])
def test_pairs_that_name_no_login_or_hold_no_password_are_not_reported(engine: Engine, line: str) -> None:
    text = f"Notes\n\n{line}\n"
    assert _found(engine, "docs/notes.txt", text) == []


# --- a page's `docker run -e <NAME>_PASSWORD=…` --------------------------------------------------------------------------

@pytest.mark.parametrize("option", [
    "-e DOCKER_INFLUXDB_INIT_PASSWORD={pw}",
    "--env GF_SECURITY_ADMIN_PASSWORD={pw}",
    "--env=KEYCLOAK_ADMIN_PASSWORD={pw}",
    "-e \"MINIO_ROOT_PASSWORD={pw}\"",
    "-e ARTIFACTORY_ADMIN_PASSWORD='{pw}'",
])
@pytest.mark.parametrize("command", ["docker run -d --name svc", "podman run --rm", "docker container run -d"])
def test_a_documented_container_runs_password_blocks(engine: Engine, option: str, command: str) -> None:
    for password in (_GENERATED[1], _CHOSEN[1]):
        continued = (f"# Restore\n\n```bash\n{command} -p 8086:8086 \\\n  -v /srv/data:/data \\\n"
                     f"  {option.replace('{pw}', password)} \\\n  -e SVC_ORG=ops \\\n  vendor/image:2.7\n```\n")
        assert _secrets(engine, "docs/ops/restore.md", continued) == [(_line_of(continued, password), password)]
        one_line = f"Start it:\n\n```\n{command} {option.replace('{pw}', password)} vendor/image:2.7\n```\n"
        assert _secrets(engine, "README.md", one_line) == [(4, password)]


@pytest.mark.parametrize("value", ["admin", "changeme", "$GRAFANA_PASSWORD", "${ADMIN_PW}", "<your-password>",
                                   "\"$(cat /run/secrets/pw)\"", "P@ssw0rd123!"])
def test_a_tutorials_container_password_does_not_block(engine: Engine, value: str) -> None:
    text = f"```bash\ndocker run -d \\\n  -e GF_SECURITY_ADMIN_PASSWORD={value} \\\n  grafana/grafana\n```\n"
    assert _blocked(engine, "docs/grafana.md", text) == []


def test_an_env_option_of_another_command_is_not_read(engine: Engine) -> None:
    password = _GENERATED[2]
    text = f"```\nssh -e none host \\\n  -e ADMIN_PASSWORD={password}\nsed -e TOKEN_SECRET={password} file\n```\n"
    assert _found(engine, "docs/notes.md", text) == []


# --- a page's curl sending a vendor's key header -----------------------------------------------------------------------

@pytest.mark.parametrize("header", ["VeeziAccessToken", "X-Shop-Token", "ApiKey", "PartnerApiKey", "X-Booking-Access-Key"])
@pytest.mark.parametrize("quote", ['"', "'"])
def test_a_documented_curl_vendor_header_blocks(engine: Engine, header: str, quote: str) -> None:
    for token in (_LOWER_TOKEN[0], _GENERATED[3]):
        continued = (f"Check the API:\n\n```bash\ncurl -s https://api.uk.vendorcloud.com/v1/session \\\n"
                     f"  -H {quote}{header}: {token}{quote} \\\n  -H \"Accept: application/json\" | jq '.[0]'\n```\n")
        assert _secrets(engine, "docs/integrations/vendor.md", continued) == [(5, token)]
        one_line = f"```\ncurl --header {quote}{header}: {token}{quote} https://partner.bookings.io/api/films\n```\n"
        assert _secrets(engine, "docs/api.md", one_line) == [(2, token)]


@pytest.mark.parametrize("url", ["https://api.example.com/v1", "http://localhost:8080/api", "https://<your-host>/api",
                                 "$BASE_URL/api"])
def test_a_curl_header_to_a_tutorials_host_warns(engine: Engine, url: str) -> None:
    token = _LOWER_TOKEN[1]
    text = f"```bash\ncurl -s {url} \\\n  -H \"VeeziAccessToken: {token}\"\n```\n"
    assert _blocked(engine, "docs/api.md", text) == []
    assert token in _found(engine, "docs/api.md", text)  # (documentation's example: still a warning)


@pytest.mark.parametrize("header", ["X-Request-Id", "X-Correlation-Id", "If-None-Match", "X-Tenant"])
def test_a_curl_header_naming_no_credential_is_not_read(engine: Engine, header: str) -> None:
    value = _LOWER_TOKEN[2]
    text = f"```bash\ncurl -H \"{header}: {value}\" https://api.vendorcloud.com/v1/films\n```\n"
    assert _found(engine, "docs/api.md", text) == []


# --- an example that says it was cut --------------------------------------------------------------------------------------

@pytest.mark.parametrize("example", [
    '"eyJhbGciOi...<truncated>"', '"eyJhbGciOiJIUzI1NiJ9\u2026"', '"sk_live_51Hq8Zt...[truncated]"',
    '"{head}...{tail}"', '"{head}\u2026"',
])
def test_a_truncated_example_value_does_not_block(engine: Engine, example: str) -> None:
    generated = _GENERATED[4]
    value = example.replace("{head}", generated[:10]).replace("{tail}", generated[-4:])
    text = ("openapi: 3.0.3\npaths:\n  /login:\n    post:\n      responses:\n        \"200\":\n"
            f"          content:\n            application/json:\n              example: {{ token: {value} }}\n"
            f"components:\n  examples:\n    session:\n      value:\n        access_token: {value}\n")
    assert _blocked(engine, "api/openapi.yaml", text) == []
    assert is_placeholder(value.strip('"'))


def test_a_whole_value_beside_a_truncated_one_still_blocks(engine: Engine) -> None:
    whole = _GENERATED[5]
    text = f"example_token: \"{whole[:8]}...<truncated>\"\naccess_token: {whole}\n"
    assert _secrets(engine, "config/app.yaml", text) == [(2, whole)]
