"""Stop 67's blocked decoys (blind sets NM-NR), published values: each beside the nearest real credential of its shape.

- A payment provider's published sandbox values: PayU's public sandbox points of sale (second key, OAuth client secret),
  as its developer docs list them. A drawn secret under the same names blocks.
- A captcha's client key by its vendor's form: Yandex SmartCaptcha's `ysc1_…` (the widget's sitekey). Its server key,
  `ysc2_…`, and a drawn key under `client_key` block.
- xkcd 936's passphrase under a database's password setting (`db_password: correct-horse-battery-staple`), a famous
  example as the value judgement reads it elsewhere. A drawn passphrase blocks.
Generated fakes only: seeds 8310000-8310099."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8310000
_HEX = "0123456789abcdef"
_LOWER = "abcdefghijklmnopqrstuvwxyz"

_PAYU_SECRET = fakes.drawn(_SEED + 1, 32, _HEX)
_CAPTCHA_KEY = fakes.drawn_mixed(_SEED + 2, 48)
_SERVER_KEY = fakes.drawn_mixed(_SEED + 3, 48)
_PASSPHRASE = "-".join(fakes.drawn(_SEED + 10 + word, 6, _LOWER) for word in range(4))


def _payu_env(secret: str) -> str:
    return f"PAYU_POS_ID=300746\nPAYU_CLIENT_ID=300746\nPAYU_CLIENT_SECRET={secret}\nPAYU_ENV=sandbox\n"


def _captcha(setting: str) -> str:
    return f"# staging captcha\n{setting}\nserver_key: ${{SMARTCAPTCHA_SERVER_KEY}}\nfail_open: true\n"


def _db_yaml(password: str) -> str:
    return f"examples:\n  db_host: db.internal\n  db_password: {password}\n"


# (file name, text, the secret the blocking finding holds)
SECRETS: List[Tuple[str, str, str]] = [
    ("platnosci/.env", _payu_env(_PAYU_SECRET), _PAYU_SECRET),
    ("config/captcha.yaml", f"client_key: ysc1_{_CAPTCHA_KEY}\nserver_key: ysc2_{_SERVER_KEY}\n", f"ysc2_{_SERVER_KEY}"),
    ("config/captcha.yaml", _captcha(f"client_key: {_CAPTCHA_KEY}"), _CAPTCHA_KEY),
    ("config/values.yaml", _db_yaml(_PASSPHRASE), _PASSPHRASE),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    ("platnosci/.env.sandbox.example", _payu_env("2ee86a66e5d97e3fadc400c9f19b065d")),
    ("src/payu/config.py", 'PAYU_SECOND_KEY = "87f410056e1ec5ff64f6bea777a0e694"\n'
                           'PAYU_OAUTH_CLIENT_SECRET = "89e263df5657cccfe7d1d2a0f50b6e41"\n'),
    ("config/captcha.staging.yaml", _captcha(f"client_key: ysc1_{_CAPTCHA_KEY}")),
    (".env", f"SMARTCAPTCHA_CLIENT_KEY=ysc1_{_CAPTCHA_KEY}\n"),
    ("docs/security/fake-values.yaml", _db_yaml("correct-horse-battery-staple")),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:8]) for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:8]) for finding in found]
