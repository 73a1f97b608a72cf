"""The literal-credential kind: what it leaves to detect-secrets' keyword plugin and to the
sharper detectors, checked through the engine."""
from __future__ import annotations

from typing import List

import pytest
from detect_secrets.plugins import keyword

from secretfence.engine import Engine
from secretfence.findings import Finding
from secretfence.kinds.literal_credential import KEYWORD_DENYLIST


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _types(findings: List[Finding], secret: str) -> List[str]:
    return sorted(f.type for f in findings if f.secret == secret)


def test_the_copied_denylist_is_detect_secrets_own() -> None:
    assert KEYWORD_DENYLIST == keyword.DENYLIST


def test_a_denylist_key_read_by_the_keyword_plugin_is_not_reported_twice(engine: Engine) -> None:
    findings = engine.scan_text("settings.py", 'SMTP_PASSWORD = "Kx7mQ2vLr9Tz4WpN"\n')
    assert _types(findings, "Kx7mQ2vLr9Tz4WpN") == ["Secret Keyword"]


def test_a_value_opening_with_a_symbol_is_ours_where_the_keyword_plugin_reads_nothing(engine: Engine) -> None:
    findings = engine.scan_text("settings.py", 'SMTP_PASSWORD = "!Kx7mQ2vLr9Tz4WpN"\n')
    assert _types(findings, "!Kx7mQ2vLr9Tz4WpN") == ["Literal Credential"]


def test_a_format_plugin_s_token_under_a_token_key_stays_that_plugin_s(engine: Engine) -> None:
    token = "xoxb-" + "1234567890-1234567890123-" + "Zq8Lk2Vw9Xr4Tm7Bn1PdQz7W"
    findings = engine.scan_text("bot.py", f'SLACK_BOT_TOKEN = "{token}"\n')
    assert "Slack Token" in _types(findings, token) and "Literal Credential" not in _types(findings, token)


def test_a_redis_password_under_pass_stays_the_redis_kind_s(engine: Engine) -> None:
    text = "redis:\n  host: cache.internal\n  pass: Vq8LmN2xTz5RkW3p\n"
    found = engine.scan_text("values.yaml", text)
    assert _types(found, "Vq8LmN2xTz5RkW3p") == ["Redis Credentials"]


def test_a_basic_header_reports_the_decoded_password_on_the_header_s_line(engine: Engine) -> None:
    text = 'import requests\nHEADERS = {"Authorization": "Basic YWRtaW46S2tzdm1EQlVWY1lxVE9mSQ=="}\n'
    found = [f for f in engine.scan_text("client.py", text) if f.type == "Literal Credential"]
    assert [(f.line_number, f.secret, f.confidence) for f in found] == [(2, "KksvmDBUVcYqTOfI", "medium")]
    assert "of user admin" in found[0].description
