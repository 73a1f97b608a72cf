"""Review 67 of review 66's README-call loopback guard (_NOT_THE_SERVICES_ADDRESS): a tunnel's or a relay's call given
the reader's own app's address as where it forwards (ngrok's `forward(addr="http://localhost:8080", authtoken="…")`,
`upstream=`, `forward_to=`, `local_url=`) passed as a local throwaway, though the token is the tunnel service's, sent to
it. The client's own address on a loopback host (`base_url="http://localhost:9000"`) still passes.
Generated fakes only (seeds 8290200-8290299)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_TOKEN = fakes.drawn_mixed(8290201, 32)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _readme(lang: str, call: str) -> str:
    return "# Tunnel\n\nInstall and run:\n\n```" + lang + "\n" + call + "\n```\n"


def _secrets(engine: Engine, text: str) -> list:
    return [finding.secret for finding in blocking(engine.scan_text("README.md", text))]


@pytest.mark.parametrize("lang,call", [
    ("python", 'listener = ngrok.forward(addr="http://localhost:8080", authtoken="{v}")'),
    ("python", 'listener = ngrok.forward("http://localhost:8080", authtoken="{v}")'),
    ("js", 'const listener = await ngrok.forward({{ addr: "http://localhost:8080", authtoken: "{v}" }});'),
    ("python", 'relay = Relay(upstream="http://127.0.0.1:9000", token="{v}")'),
])
def test_a_tunnels_token_beside_the_address_it_forwards_to_blocks(engine: Engine, lang: str, call: str) -> None:
    assert _TOKEN in _secrets(engine, _readme(lang, call.format(v=_TOKEN)))


def test_a_client_of_a_service_on_the_readers_machine_stays_none(engine: Engine) -> None:
    assert _secrets(engine, _readme("python", f'client = Client(base_url="http://localhost:9000", token="{_TOKEN}")')) == []
