"""Stop 65, round 2's decoys: three kinds of stand-in that blocked, each beside the nearest real credential of its shape.

- A Slack token in a test whose every part is filled on its own (`xoxb-0000000000-0000000000000-testtesttest…`): team and
  bot ids of zeros, a secret of one word repeated. A real token's random part stays a token, with ids of zeros too.
- A vendor key in documentation of a head of words and the word "example" in another language, then one character
  repeated (`rfx_live_EXEMPLU000…`). A key with a run of zeros after random characters stays a key.
- A Kubernetes Secret's base64 of "change me" in Asturian, Catalan or Romanian (`Q0FNVURBTUU=`, "CAMUDAME"). A chosen
  password that starts with the words stays one.
Generated fakes only: seeds 7760000-7760999."""
from __future__ import annotations

import base64
import random
import string

import pytest

from secretfence.engine import Engine
from secretfence.kinds._helpers import is_placeholder

from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits


def _drawn(seed: int, length: int, alphabet: str = ALNUM) -> str:
    generator = random.Random(seed)
    return "".join(generator.choice(alphabet) for _ in range(length))


def _slack_test(token: str) -> str:
    return (f'"""Test: a fake token, the client is mocked."""\nfrom unittest import mock\n\nimport rota\n\n'
            f'FAKE_TOKEN = "{token}"\n\n\ndef test_week():\n    with mock.patch.object(rota, "client") as c:\n'
            f'        rota.week(["Road 56"])\n        c.chat_postMessage.assert_called_once()\n')


@pytest.mark.parametrize("secret_part", ["testtesttesttesttesttest", "fakefakefakefakefakefake", "x" * 24, "abababababababababababab"])
def test_a_slack_token_filled_part_by_part_passes(engine: Engine, secret_part: str) -> None:
    token = f"xoxb-0000000000-0000000000000-{secret_part}"
    findings = blocking(engine.scan_text("bot/test_slack_rota.py", _slack_test(token)))
    assert not any(token in finding.secret for finding in findings)


@pytest.mark.parametrize("team, bot", [("0000000000", "0000000000000"), (_drawn(7760000, 10, string.digits),
                                                                          _drawn(7760001, 13, string.digits))])
def test_a_slack_token_with_a_drawn_secret_still_blocks(engine: Engine, team: str, bot: str) -> None:
    token = f"xoxb-{team}-{bot}-{_drawn(7760002, 24)}"
    findings = blocking(engine.scan_text("bot/test_slack_rota.py", _slack_test(token)))
    assert any(finding.secret == token for finding in findings)


def test_a_slack_token_of_real_ids_and_a_repeated_word_still_blocks(engine: Engine) -> None:
    # (ids drawn as a workspace issues them: only a token filled in every part is a stand-in)
    token = f"xoxb-{_drawn(7760003, 10, '123456789')}-{_drawn(7760004, 13, '123456789')}-testtesttesttesttesttest"
    findings = blocking(engine.scan_text("bot/slack_rota.py", _slack_test(token)))
    assert any(finding.secret == token for finding in findings)


def _api_doc(key: str) -> str:
    return ("# Autenticación na API\n\nToles peticiones lleven la cabecera `X-Api-Key`. Exemplu:\n\n```http\n"
            f"GET /v1/refuxos HTTP/1.1\nHost: api.refuxos.example\nX-Api-Key: {key}\n```\n")


@pytest.mark.parametrize("key", ["rfx_live_EXEMPLU000000000000000000000000", "rfx_EJEMPLO000000000000000000000000",
                                 "acct_test_BEISPIEL0000000000000000", "rfx_live_ESEMPIO_xxxxxxxxxxxxxxxxxxxxxxxx",
                                 "rfx_live_000000000000000000000000"])
def test_a_key_of_a_head_and_an_example_word_then_one_character_passes(engine: Engine, key: str) -> None:
    assert is_placeholder(key)
    findings = blocking(engine.scan_text("docs/api/autenticacion.md", _api_doc(key)))
    assert not any(key in finding.secret for finding in findings)


@pytest.mark.parametrize("key", ["rfx_live_" + _drawn(7760010, 24), "rfx_live_" + _drawn(7760011, 12) + "0" * 12,
                                 "rfx_live_EXEMPLU" + _drawn(7760012, 24)])
def test_a_drawn_key_of_the_same_head_still_blocks(engine: Engine, key: str) -> None:
    findings = blocking(engine.scan_text("docs/api/autenticacion.md", _api_doc(key)))
    assert any(finding.secret == key for finding in findings)


def _k8s_secret(password: str) -> str:
    encoded = base64.b64encode(password.encode()).decode()
    return ("# Template: the pipeline replaces the values with `kubectl create secret`\napiVersion: v1\nkind: Secret\n"
            "metadata:\n  name: reserves-db\n  namespace: refuxos\ntype: Opaque\ndata:\n  MYSQL_USER: cmVzZXJ2ZXNfYXBw\n"
            f"  MYSQL_PASSWORD: {encoded}\n")


@pytest.mark.parametrize("word", ["CAMUDAME", "camudame", "cámudame", "Camúdame", "CANVIAME", "canvia-me",
                                  "schimbă-mă", "SCHIMBAMA", "CAMUDAR", "canviar"])
def test_a_base64_change_me_in_another_language_passes(engine: Engine, word: str) -> None:
    assert blocking(engine.scan_text("deploy/k8s/secret-reserves.yaml", _k8s_secret(word))) == []


@pytest.mark.parametrize("password", ["Camudame.Picos" + _drawn(7760020, 4, string.digits), _drawn(7760021, 12),
                                      "Canviar#Serra" + _drawn(7760022, 3, string.digits)])
def test_a_base64_chosen_password_still_blocks(engine: Engine, password: str) -> None:
    findings = blocking(engine.scan_text("deploy/k8s/secret-reserves.yaml", _k8s_secret(password)))
    assert any(finding.secret == password for finding in findings)
