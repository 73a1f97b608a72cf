"""Review 66: stop 65 took a vendor's test-mode key (`rfx_test_<drawn>`, as Stripe's `sk_test_…`) for no made-up value,
its `test` word the mode's, where its body was 24 or more characters of both cases with digits and 12 distinct. A
stand-in written in CamelCase words with a number is that too: `acme_test_YourTestModeKeyGoesHere123`,
`acme_test_FakeTokenForUnitTests12345` in a config's key blocked, where it passed at efe3b032. The body's own words are
read now (a made-up word in them keeps the value a stand-in); a drawn body still blocks.
Generated fakes only: seeds 7990700-7990799."""
from __future__ import annotations

import random
import string

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking


def _drawn(seed: int, length: int = 28) -> str:
    generator = random.Random(7990700 + seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value) \
                and len(set(value)) >= 12:
            return value


@pytest.mark.parametrize("value", [
    "acme_test_YourTestModeKeyGoesHere123",
    "acme_test_FakeTokenForUnitTests12345",
    "acme_test_MockKeyForTheDemoOnly98765",
])
@pytest.mark.parametrize("name,template", [
    ("config/app.yml", "acme:\n  api_key: {v}\n"),
    ("src/app/settings.py", 'ACME_API_KEY = "{v}"\n'),
])
def test_a_test_mode_stand_in_of_words_stays_none(engine: Engine, value: str, name: str, template: str) -> None:
    assert blocking(engine.scan_text(name, template.format(v=value))) == []


@pytest.mark.parametrize("name,template", [
    ("config/app.yml", "acme:\n  api_key: {v}\n"),
    ("src/app/settings.py", 'ACME_API_KEY = "{v}"\n'),
])
def test_a_drawn_test_mode_key_still_blocks(engine: Engine, name: str, template: str) -> None:
    value = "acme_test_" + _drawn(1)
    assert value in [finding.secret for finding in blocking(engine.scan_text(name, template.format(v=value)))]
