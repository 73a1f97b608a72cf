"""Review 66: stop 65's README call reader (`_readme_call_keys`) passed a whole line whenever any URL on it named a
loopback host, taking the call for one made to a service on the reader's own machine. An OAuth app's
`redirect_uri="http://localhost:8080/callback"` or a client's `proxy="http://127.0.0.1:3128"` is no such service: the key
beside it is the real service's, and the same call broken one argument a line already blocked. Only the client's own
address on a loopback host (`base_url="http://localhost:8080"`) makes the key a local throwaway.
Generated fakes only: seeds 7990000-7990099."""
from __future__ import annotations

import random

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _drawn(seed: int, length: int = 32) -> str:
    generator = random.Random(7990000 + seed)
    while True:
        value = "".join(generator.choice(_ALPHABET) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def _readme(call: str) -> str:
    return "# Kyo client\n\nInstall and run:\n\n```python\nfrom kyo import Client\n" + call + "\n```\n"


def _secrets(engine: Engine, text: str) -> list:
    return [finding.secret for finding in blocking(engine.scan_text("README.md", text))]


@pytest.mark.parametrize("call", [
    'client = Client(api_key="{v}", redirect_uri="http://localhost:8080/callback")',
    'client = Client(api_key="{v}", proxy="http://127.0.0.1:3128")',
    'client = Client(api_key="{v}", proxies={{"https": "http://127.0.0.1:3128"}})',
    'session = OAuth2Session(client_id="kyo-app", client_secret="{v}", redirect_uri="http://127.0.0.1:5000/cb")',
    'client = Client(webhook_url="http://localhost:3000/hooks/kyo", api_key="{v}")',
])
def test_a_readme_calls_key_beside_a_loopback_callback_or_proxy_blocks(engine: Engine, call: str) -> None:
    value = "kyo_" + _drawn(1)
    assert value in _secrets(engine, _readme(call.format(v=value)))


@pytest.mark.parametrize("call", [
    'client = Client(api_key="{v}", base_url="http://localhost:8080")',
    'client = Client(base_url="http://127.0.0.1:8000/v1", api_key="{v}")',
    'client = Client(host="http://localhost:9000", token="{v}")',
])
def test_a_readme_call_to_a_service_on_the_readers_machine_stays_none(engine: Engine, call: str) -> None:
    value = "kyo_" + _drawn(2)
    assert _secrets(engine, _readme(call.format(v=value))) == []


# --- the same reader's siblings: a named argument or an object's member (review 66) ----------------------------------

def _fenced(lang: str, body: str) -> str:
    return "# Kyo client\n\nInstall and run:\n\n```" + lang + "\n" + body + "\n```\n"


@pytest.mark.parametrize("lang,body", [
    ("js", "const client = new Kyo({{ apiKey: '{v}' }});"),
    ("js", "const client = new Kyo({{\n  apiKey: '{v}',\n  region: 'eu',\n}});"),
    ("ruby", 'client = Kyo::Client.new(api_key: "{v}")'),
    ("php", "$client = new Kyo\\Client(['api_key' => '{v}']);"),
    ("csharp", 'var client = new KyoClient(apiKey: "{v}");'),
])
def test_a_readme_calls_key_given_as_a_named_argument_or_member_blocks(engine: Engine, lang: str, body: str) -> None:
    """Stop 65's reader took `name="…"` only: JavaScript's, Ruby's, C#'s and PHP's forms of the same call passed."""
    value = "kyo_" + _drawn(3)
    assert value in _secrets(engine, _fenced(lang, body.format(v=value)))


@pytest.mark.parametrize("lang,body", [
    ("yaml", "kyo:\n  api_key: {v}\n  region: eu"),  # (a config's block: the keyword rule's, a warning in documentation)
    ("js", "const client = new Kyo({{ apiKey: 'your-api-key-here' }});"),
    ("js", "const client = new Kyo({{ apiKey: process.env.KYO_API_KEY }});"),
])
def test_a_readme_config_block_or_a_stand_in_member_stays_none(engine: Engine, lang: str, body: str) -> None:
    assert _secrets(engine, _fenced(lang, body.format(v="kyo_" + _drawn(4)))) == []
