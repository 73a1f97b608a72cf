"""Adversarial review of blind rounds CK-CP: decoy rules kept to their forms (a Socrata word in a file does not
make another service's `<X>_APP_TOKEN` public; a `TEMPORARY_…_key` stand-in holds words, not a generated run; a
sample file's weak default is a warning only where it names no real server), and a Basic credential's
generated user (an API key sent as the user) masked in the finding's description. Generated fakes only."""
from __future__ import annotations

import base64
from typing import List, Tuple

import pytest
from secretfence.engine import Engine
from secretfence.findings import LOW, MEDIUM

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


@pytest.mark.parametrize("name", ["BOX_APP_TOKEN", "SHOPIFY_APP_TOKEN", "slackAppToken", "github_app_token"])
def test_another_services_app_token_beside_a_socrata_word_blocks(engine: Engine, name: str) -> None:
    token = drawn_mixed(13001, 32)
    text = f'# pulls the permits from Socrata, files a digest elsewhere\n{name} = "{token}"\n'
    assert _blocked(engine, "etl/permits.py", text) == [(2, token)]


@pytest.mark.parametrize("name", ["APP_TOKEN", "SOCRATA_APP_TOKEN", "sodaAppToken", "X_APP_TOKEN"])
def test_a_socrata_app_token_still_passes(engine: Engine, name: str) -> None:
    token = drawn_mixed(13002, 25)
    text = f'const {name} = "{token}";\nfetch(url, {{ headers: {{ "X-App-Token": {name} }} }});\n'
    assert _blocked(engine, "opendata/js/chart.js", text) == []


@pytest.mark.parametrize("value", [f"temp_{drawn_mixed(13010, 20)}_key", f"tmp-{drawn(13011, 24, _HEX)}-token"])
def test_a_stand_in_shape_around_a_generated_value_blocks(engine: Engine, value: str) -> None:
    assert _blocked(engine, "irods/server_config.json", f'{{\n    "negotiation_key": "{value}"\n}}\n') == [(2, value)]


@pytest.mark.parametrize("value", ["TEMPORARY_32byte_negotiation_key", "TEMPORARY__32byte_ctrl_plane_key",
                                   "temp-signing-secret", "INSERT_API_TOKEN", "placeholder.auth.token"])
def test_a_declared_stand_in_still_passes(engine: Engine, value: str) -> None:
    assert _blocked(engine, "irods/server_config.json", f'{{\n    "negotiation_key": "{value}"\n}}\n') == []


def _confidences(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.confidence) for finding in engine.scan_text(filename, text)
                  if finding.type == "Database Credentials")


@pytest.mark.parametrize("filename", ["deploy/prod.tpl", "phpunit.xml.dist", "cfn/orders.template.yaml", ".env.sample"])
def test_a_sample_named_files_weak_password_to_a_real_server_blocks(engine: Engine, filename: str) -> None:
    text = "DATABASE_URL=postgres://orders:azur4c457@orders.cluster-c9x.eu-west-1.rds.amazonaws.com/orders\n"
    assert _confidences(engine, filename, text) == [(1, MEDIUM)]


def test_a_sample_files_weak_default_still_warns(engine: Engine) -> None:
    text = "MYSQL_PASSWORD=azur4c457\nDATABASE_URL=mysql://azuracast:azur4c457x@localhost/azuracast\n"
    assert _confidences(engine, "azuracast.sample.env", text) == [(1, LOW), (2, LOW)]


def test_a_basic_credentials_generated_user_is_masked_in_the_description(engine: Engine) -> None:
    user, secret = drawn_mixed(13020, 20), drawn_mixed(13021, 20)
    encoded = base64.b64encode(f"{user}:{secret}".encode()).decode()
    for filename, text in (("client.js", f'const auth = btoa("{user}:{secret}");\n'),
                           ("smoke.sh", f'MAXAUTH="{encoded}"\n'),
                           ("b2.sh", f"b2 account authorize 00{drawn(13022, 23, _HEX)} K{secret}\n")):
        findings = [finding for finding in engine.scan_text(filename, text) if finding.secret == secret
                    or finding.secret == f"K{secret}"]
        assert findings, filename
        for finding in findings:
            assert user not in finding.description and not any(
                part in finding.description for part in (f"00{drawn(13022, 23, _HEX)}",))
    named = [finding for finding in engine.scan_text("client.js", f'btoa("svc-reports:{secret}")\n') if finding.secret == secret]
    assert named and "svc-reports" in named[0].description
