"""Second reading of blind rounds CK-CP's change: a PowerShell literal's doubled quote anywhere in it, every
literal word of nginx's secure_link_md5 expression, a LiteLLM key under the name forms `assigned_name` reads
(a shell parameter's default, a notebook's escaped quotes), a bunny.net UUID under a path's key.
Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine
from secretfence.kinds import _code_calls, _vendor_keys

from tests.accuracy.labelled import blocked_lines


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(("literal", "password"), [("'Tundra''s@Willow5518'", "Tundra's@Willow5518"),
                                                   ("'''Tundra@Willow5518'", "'Tundra@Willow5518"),
                                                   ("'Tundra@Willow5518'''", "Tundra@Willow5518'")])
def test_a_powershell_literal_s_doubled_quote_is_one_quote_wherever_it_stands(literal: str, password: str) -> None:
    lines = [f"$plain = {literal}", "$secure = ConvertTo-SecureString $plain -AsPlainText -Force"]
    assert [found[3] for found in _code_calls.powershell_password_flows(lines, 1)] == [password]


def test_every_literal_word_of_a_secure_link_expression_is_read(engine: Engine) -> None:
    text = 'location /vod/ {\n    secure_link_md5 "$secure_link_expires$uri$remote_addr Tq7Lm2Xz9Kw4Rv8Np v2";\n}\n'
    assert [(line, secret) for line, _, secret in blocked_lines(engine, "nginx/conf.d/vod.conf", text)] == [
        (2, "Tq7Lm2Xz9Kw4Rv8Np")]
    assert blocked_lines(engine, "nginx/conf.d/vod.conf", text.replace("Tq7Lm2Xz9Kw4Rv8Np", "secret")) == []


@pytest.mark.parametrize("line", ['LITELLM_MASTER_KEY="${LITELLM_MASTER_KEY:-sk-Tq7Lm2Xz9Kw4Rv8NpYb3Hc6Jd1}"\n',
                                  '  "LITELLM_MASTER_KEY = \\"sk-Tq7Lm2Xz9Kw4Rv8NpYb3Hc6Jd1\\""\n',
                                  "LITELLM_MASTER_KEY=sk-Tq7Lm2Xz9Kw4Rv8NpYb3Hc6Jd1\n"])
def test_a_litellm_key_is_read_under_the_names_assigned_name_reads(engine: Engine, line: str) -> None:
    found = [(f.line_number, f.secret, str(f.confidence)) for f in engine.scan_text("proxy/run.ipynb" if "\\\"" in line
                                                                                      else "proxy/run.sh", line)]
    assert (1, "sk-Tq7Lm2Xz9Kw4Rv8NpYb3Hc6Jd1", "high") in found
    assert blocked_lines(engine, "proxy/run.sh", 'TASK="${TASK:-sk-Tq7Lm2Xz9Kw4Rv8NpYb3Hc6Jd1}"\n') == []


def test_a_bunny_uuid_under_a_path_s_key_is_an_identifier() -> None:
    said = lambda pattern: True  # noqa: E731 (the text says bunny)
    uuid = "ee5a2cd7-937d-44bf-ad78-bc2d455256c8"
    assert list(_vendor_keys._bunny_keys(f"$storagePathKey = '{uuid}';", said, False)) == []
    assert [match.secret for match in _vendor_keys._bunny_keys(f"$securityKey = '{uuid}';", said, False)] == [uuid]
