"""Issue 14, blind rounds of stop 63 (decoys blocked, sets LW-MB): a Kubernetes ConfigMap's `DB_PASSWORD_SECRET` naming
the Secret that holds the password, and a bot's `<id>:<token>` pair cut for show on both sides (`5809…:AA…Xq4`,
`58431...:AA***`) in an incident page or an accounts table; each beside the credentials nearest to it, which still
block (a whole token on an incident page that says it was revoked is still a whole token). Generated fakes only (seeds
7110000-7110099)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7110000
_TOKEN = fakes.telegram_token(_SEED + 1)
_BOT_ID, _TOKEN_SECRET = _TOKEN.split(":")
_DRAWN_PASSWORD = fakes.drawn_mixed(_SEED + 2, 14)
_PASSPHRASE = "quill-tundra-basalt-orchid"  # (stop 67: xkcd 936's famous phrase is a stand-in everywhere now)


def _configmap(setting: str, name: str = "billing", kind: str = "ConfigMap") -> str:
    return (f"apiVersion: v1\nkind: {kind}\nmetadata:\n  name: {name}\n  namespace: shop\ndata:\n"
            f"  DB_HOST: db.shop.local\n  DB_USER: billing\n  {setting}\n  SESSION_TIMEOUT: \"8h\"\n")


def _incident(token: str) -> str:
    return (f"# Инцидент 2026-03-11: токен бота в логах\n\nТокен `{token}` попал в лог ошибок.\n"
            "Токен отозван через @BotFather в 10:42, новый — только в Lockbox.\n")


def _accounts(cell: str) -> str:
    return ("# Accounts\n\n| Service | Login | Secret |\n|---|---|---|\n"
            "| Twilio | shop-sms | `AC7f...` / token in Vault (`secret/shop/twilio`) |\n"
            f"| Telegram price bot | @ShopPriceBot | {cell} |\n| Grafana | admin | ******** |\n")


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # a whole bot token stays a credential on an incident page that says it was revoked, and in an accounts table
    ("wiki/incidents/2026-03-bot-token.md", _incident(_TOKEN), _TOKEN),
    ("docs/accounts.md", _accounts(f"`{_TOKEN}`"), _TOKEN),
    # a whole token a person marked with `***` inside, its rest shown: no cut
    ("docs/accounts.md", _accounts(f"`{_BOT_ID}:{_TOKEN_SECRET[:3]}***{_TOKEN_SECRET[3:]}`"),
     f"{_BOT_ID}:{_TOKEN_SECRET[:3]}***{_TOKEN_SECRET[3:]}"),
    # a ConfigMap's password-secret setting holding a passphrase or a drawn password, not an object named for the app
    ("k8s/billing-configmap.yaml", _configmap(f"DB_PASSWORD_SECRET: {_PASSPHRASE}"), _PASSPHRASE),
    ("k8s/billing-configmap.yaml", _configmap(f"DB_PASSWORD_SECRET: {_DRAWN_PASSWORD}"), _DRAWN_PASSWORD),
    # the app's own name as a password's head under the password's own name (no `SECRET` after it)
    ("k8s/billing-configmap.yaml", _configmap("DB_PASSWORD: billing-db-Kq7"), "billing-db-Kq7"),
    # the same setting in a Secret's data, or an environment file: the value is what the app is given
    ("k8s/billing-secret.yaml", _configmap("DB_PASSWORD_SECRET: billing-harbor-quill", kind="Secret"),
     "billing-harbor-quill"),
    (".env", "DB_HOST=db.shop.local\nDB_PASSWORD_SECRET=billing-harbor-quill\n", "billing-harbor-quill"),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # a ConfigMap naming the Secret that holds the password, after the manifest's name or its namespace
    ("depot/k8s/to-depot-configmap.yaml", _configmap("DB_PASSWORD_SECRET: billing-db   # the Secret's name")),
    ("k8s/billing-configmap.yaml", _configmap("db-password-secret: shop-db-credentials", name="billing-config")),
    ("k8s/billing-configmap.yaml", _configmap('postgresPasswordSecret: "billing-pg"')),
    # a bot's pair cut for show on both sides, whatever the page says of it
    ("wiki/incidents/2026-03-bot-token.md", _incident(f"{_BOT_ID[:4]}…:AA…{_TOKEN_SECRET[-3:]}")),
    ("docs/accounts.md", _accounts(f"`{_BOT_ID[:5]}...:AA***` (rotated 2026-10)")),
    ("docs/accounts.md", _accounts(f"`{_BOT_ID}:AA…` (the whole one in Vault)")),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
