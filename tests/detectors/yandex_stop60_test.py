"""Blind round 60: Yandex Cloud's API keys (a service account's, `yc iam api-key create`): `AQVN` and 36 characters of
base64url, sent in Yandex's own `Authorization: Api-Key …` scheme. Reported where the text says Yandex or its `yc` CLI's
IAM commands, wherever the key stands (a wiki page's indented block, a config's setting, a curl header); a key of the
shape with no Yandex said, a stand-in's run, or one a character short stays none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def _api_key(seed: int) -> str:
    """A key of Yandex Cloud's shape: `AQVN` and 36 drawn characters, digits and both cases among them."""
    generator = random.Random(seed)
    while True:
        body = "".join(generator.choice(_ALPHABET) for _ in range(36))
        if sum(character.isdigit() for character in body) >= 2 and any(character.isupper() for character in body) \
                and any(character.islower() for character in body):
            return "AQVN" + body


_KEY = _api_key(5711000)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fake_has_the_shape_it_stands_for() -> None:
    assert len(_KEY) == 40 and _KEY.startswith("AQVN")


@pytest.mark.parametrize("filename, text", [
    ("wiki/yandex-cloud.md", "# Yandex Cloud — таржима\n\nAPI калит:\n\n    Api-Key {key}\n\n"
                             "Алмаштириш: `yc iam api-key create --service-account-name bot`\n"),
    ("deploy/speechkit.env", "# SpeechKit (Yandex)\nSPEECHKIT_TOKEN={key}\n"),
    ("scripts/translate.sh", "#!/bin/sh\ncurl -H \"Authorization: Api-Key {key}\" \\\n"
                             "  https://translate.api.cloud.yandex.net/translate/v2/translate -d @req.json\n"),
])
def test_a_yandex_cloud_api_key_blocks_where_yandex_is_said(engine: Engine, filename: str, text: str) -> None:
    text = text.replace("{key}", _KEY)
    line = next(number for number, row in enumerate(text.splitlines(), 1) if _KEY in row)
    assert (line, _KEY) in _secrets(engine, filename, text)


@pytest.mark.parametrize("filename, text", [
    ("docs/notes.md", "# Notes\n\nBuild id:\n\n    Build {key}\n"),  # (no Yandex said)
    ("wiki/yandex-cloud.md", "# Yandex Cloud\n\n    Api-Key AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),  # (a stand-in)
    ("wiki/yandex-cloud.md", "# Yandex Cloud\n\n    Api-Key {short}\n"),  # (a character short)
])
def test_no_yandex_cloud_api_key_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    text = text.replace("{key}", _KEY).replace("{short}", _KEY[:-1])
    assert _blocked(engine, filename, text) == []
