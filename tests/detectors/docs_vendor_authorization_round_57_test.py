"""Blind round 57: a team's page gives the curl command it sends a vendor's API, its key in the Authorization header
under the vendor's own scheme (Infobip's `Authorization: App <key>`, its key 32 hex digits and a UUID; Okta's `SSWS
<token>`): sent to the vendor's own host it blocks where the key looks issued, as a vendor's key header does; to a
tutorial's host (RFC 2606), or a stand-in, it does not. Through the engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

_INFOBIP_KEY = drawn(4270200, 32, "0123456789abcdef") + "-" + uuid4(4270201)
_OKTA_TOKEN = "00" + drawn_mixed(4270202, 40)


def _page(host: str, header: str) -> str:
    return (f"# Слање СМС поруке\n\n```bash\ncurl -X POST https://{host}/sms/2/text/advanced \\\n  -H '{header}' \\\n"
            f"  -H 'Content-Type: application/json' \\\n  -d '{{\"messages\":[]}}'\n```\n")


@pytest.mark.parametrize("host, header, secret", [
    ("9rv2kd.api.infobip.com", "Authorization: App {infobip}", _INFOBIP_KEY),
    ("api.infobip.com", "authorization: App {infobip}", _INFOBIP_KEY),
    ("acme.okta.com", "Authorization: SSWS {okta}", _OKTA_TOKEN),
])
def test_a_vendor_schemes_key_sent_to_its_host_blocks(engine: Engine, host: str, header: str, secret: str) -> None:
    text = _page(host, header.format(infobip=_INFOBIP_KEY, okta=_OKTA_TOKEN))
    assert [(line, value) for line, _, value in _blocked(engine, "docs/sms/slanje-sms.md", text)] == [(5, secret)]


@pytest.mark.parametrize("host, header", [
    ("api.example.com", "Authorization: App {infobip}"),  # (a tutorial's host)
    ("9rv2kd.api.infobip.com", "Authorization: App ${INFOBIP_API_KEY}"),
    ("9rv2kd.api.infobip.com", "Authorization: App {{api_key}}"),
    ("9rv2kd.api.infobip.com", "Authorization: App <your-api-key>"),
])
def test_a_vendor_schemes_stand_in_or_a_tutorials_host_is_not_blocked(engine: Engine, host: str, header: str) -> None:
    text = _page(host, header.replace("{infobip}", _INFOBIP_KEY))
    assert _blocked(engine, "docs/sms/slanje-sms.md", text) == []
