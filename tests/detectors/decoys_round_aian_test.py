"""Round AI-AN decoys: values a careful reader knows for no secret, through the engine. A counting
stand-in (`0123…cdef` at any length), upstream's stand-in marked `# CHANGEME`, a request's own
key (a retry's UUID), a short-lived token recorded with its expiry in a test fixture, Plaid's
link token, a Salesforce consumer key (the OAuth client id), sed's `NAME=.*` pattern, a hash with
its `$` doubled for Compose. Beside each, the secret of the same place that still blocks."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest
from secretfence.compat.detect_secrets.credential_keys import is_literal_credential, is_public_client_key
from secretfence.engine import Engine
from secretfence.kinds._helpers import counts_up, is_placeholder, marked_to_change

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed, uuid4

_HEX = "0123456789abcdef"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


@pytest.mark.parametrize("value", [
    _HEX * 2, (_HEX * 3)[:40], (_HEX * 4)[:64], "1234567890abcdef" * 2, "abcdef0123456789abcdef01",
    "ABCDEFGHIJKLMNOP", "0123456789abcdefghijklmnopqrstuvwxyz",
])
def test_a_counting_value_is_a_placeholder(value: str) -> None:
    assert counts_up(value.lower()) and is_placeholder(value)


@pytest.mark.parametrize("seed", range(30))
def test_a_drawn_hex_value_does_not_count(seed: int) -> None:
    value = drawn(8100 + seed, 32, _HEX)
    assert not counts_up(value) and not is_placeholder(value)


def test_a_marked_stand_in_is_read_before_its_comment() -> None:
    assert marked_to_change("      CACHE_PASSWORD: cachepw77 # CHANGEME", "cachepw77")
    assert marked_to_change("      CACHE_PASSWORD: cachepw77 # CHANGEME", "cachepw77 # CHANGEME")
    assert marked_to_change('smtp_pass = "mailer2024"  // change this', "mailer2024")
    assert not marked_to_change("      CACHE_PASSWORD: cachepw77 # rotated 2024-05", "cachepw77")
    generated = drawn_mixed(8200, 20)
    assert not marked_to_change(f"      CACHE_PASSWORD: {generated} # CHANGEME", generated)


def test_public_client_keys_of_a_known_shape() -> None:
    consumer_key = "3MVG9" + drawn_mixed(8300, 80, string.ascii_letters + string.digits + "._")
    assert is_public_client_key(consumer_key) and not is_literal_credential(consumer_key, True, False, key="consumer_key")
    assert is_public_client_key(f"link-sandbox-{uuid4(8301)}") and is_public_client_key(f"public-production-{uuid4(8302)}")
    assert not is_public_client_key(f"access-production-{uuid4(8303)}")  # Plaid's access token is the credential


def test_compose_escaped_hashes_are_verifiers() -> None:
    body = drawn(8400, 53, string.ascii_letters + string.digits + "./")
    assert not is_literal_credential(f"$$2b$$12$${body}", True, False, key="password")
    assert is_literal_credential(f"Kp{drawn_mixed(8401, 16)}$$2y", True, False, key="password")  # no hash: a password


def test_a_regex_pattern_is_no_value() -> None:
    assert not is_literal_credential(".*|API_TOKEN=", False, False, key="API_TOKEN")
    assert not is_literal_credential(".+/SECRET_KEY=", False, False, key="SECRET_KEY")


_SECRET = drawn_mixed(8500, 22)
_UUID_TOKEN = uuid4(8501)

DECOYS = [
    ("docs/quickstart.py", f"api_id = 4411\napi_hash = '{(_HEX * 2)}'\n"),
    ("letsencrypt/cloudflare.ini", f"dns_cloudflare_email = ops@example.org\ndns_cloudflare_api_key = {(_HEX * 3)[:37]}\n"),
    ("vendor/tool/docker-compose.yml",
     "services:\n  web:\n    environment:\n      REDIS_AUTH: redisauth77 # CHANGEME\n      SESSION_PASSWORD: sessionpw2024x # CHANGEME\n"),
    ("tests/test_retry.py", f'RETRY_KEY = "{uuid4(8502)}"\n\ndef test_retry(create):\n    create(idempotency_key=RETRY_KEY)\n'),
    ("tests/fixtures/bnpl/session.json",
     f'{{\n  "session_id": "{uuid4(8503)}",\n  "authorization_token": "{_UUID_TOKEN}",\n  "expires_at": "2024-02-01T09:00:00Z"\n}}\n'),
    ("tests/fixtures/plaid/link.json", f'{{\n  "link_token": "link-development-{uuid4(8504)}",\n  "expiration": "2024-03-02T14:39:11Z"\n}}\n'),
    ("crm/jwt_flow.py", f'CONSUMER_KEY = "3MVG9{drawn_mixed(8505, 80, string.ascii_letters + string.digits + "._")}"\n'),
    ("ops/rotate.sh", "sed -i \"s|^ADMIN_TOKEN=.*|ADMIN_TOKEN='${hash}'|\" .env\n"),
    ("stack/docker-compose.yml",
     f"services:\n  ui:\n    command: --admin-password '$$2y$$05$${drawn(8506, 53, string.ascii_letters + string.digits + './')}' -H unix:///var/run/docker.sock\n"),
]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


TRUE_FORMS = [
    ("bot/client.py", f"api_id = 4411\napi_hash = '{drawn(8600, 32, _HEX)}'\n", 2),
    ("deploy/docker-compose.yml", f"services:\n  web:\n    environment:\n      REDIS_PASSWORD: {_SECRET} # CHANGEME\n", 4),
    ("notify/scan.py", f'URLSCAN_KEY = "{uuid4(8601)}"\n', 1),
    ("config/session.json", f'{{\n  "authorization_token": "{uuid4(8602)}",\n  "expires_at": "2031-02-01T09:00:00Z"\n}}\n', 2),
    ("tests/fixtures/plaid/items.json", f'{{\n  "access_token": "access-production-{uuid4(8603)}",\n  "linked_at": "2024-01-09"\n}}\n', 2),
]


@pytest.mark.parametrize(("filename", "text", "line"), TRUE_FORMS)
def test_the_secret_of_the_same_place_blocks(engine: Engine, filename: str, text: str, line: int) -> None:
    assert line in [number for number, _ in _blocked(engine, filename, text)]
