"""Stop 65's shell share's decoy: a ConfigMap's reference to a Secret's key written as the environment variable it
becomes (`dispatch-bot/TELEGRAM_TOKEN`, as `envFrom` loads it) blocked as a literal token, where the lower-case form
(`botiga-db/password`) passed since stop 63. Tokens and passwords holding `/` beside it still block.
Generated fakes only (seeds 7640100-7640199)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_TOKEN = fakes.drawn_mixed(7640100, 32)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


_CONFIG_MAP = ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dispatch-bot\ndata:\n"
               "  CHECK_INTERVAL: \"15m\"\n  TELEGRAM_TOKEN_SECRET: \"{}\"\n")


@pytest.mark.parametrize("value", ["dispatch-bot/TELEGRAM_TOKEN", "freight/dispatch-bot/BOT_TOKEN", "dispatch-bot/telegram-token"])
def test_a_secrets_name_and_its_upper_case_key_passes(engine: Engine, value: str) -> None:
    assert _blocked(engine, "deploy/k8s/dispatch-bot-config.yaml", _CONFIG_MAP.format(value)) == []


@pytest.mark.parametrize("value", [
    _TOKEN,
    # a password holding `/` mixes cases; an upper-case last segment naming no credential is no key of a Secret
    "Dispatch-Bot/TELEGRAM_TOKEN" + fakes.drawn(7640103, 4, "0123456789"),
    "dispatch-bot/" + fakes.drawn(7640104, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "9",
])
def test_a_token_beside_that_form_still_blocks(engine: Engine, value: str) -> None:
    assert value in _blocked(engine, "deploy/k8s/dispatch-bot-config.yaml", _CONFIG_MAP.format(value))
