"""Blind round 57: a team's page gives the curl command it sends Infobip's API, its key in Infobip's own scheme as
Infobip documents the header (`Authorization: App <key>`, the key 32 hex digits, a hyphen and a UUID): sent to a real
host it blocks where the key looks issued, as a vendor's key header does; to a tutorial's host (RFC 2606), or a
stand-in, it does not. Another vendor's scheme on a page (Okta's `SSWS`, Splunk HEC's `Splunk <GUID>`, the vendor's own
example as often) is left to the readers that read it before (literal_vendor_schemes_test). Through the engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

_INFOBIP_KEY = drawn(4270200, 32, "0123456789abcdef") + "-" + uuid4(4270201)


def _page(host: str, header: str) -> str:
    return (f"# Слање СМС поруке\n\n```bash\ncurl -X POST https://{host}/sms/2/text/advanced \\\n  -H '{header}' \\\n"
            f"  -H 'Content-Type: application/json' \\\n  -d '{{\"messages\":[]}}'\n```\n")


@pytest.mark.parametrize("host, header", [
    ("9rv2kd.api.infobip.com", "Authorization: App {key}"),
    ("api.infobip.com", "authorization: App {key}"),
    ("sms.gateway.avalatours.rs", "Authorization:App {key}"),  # (a team's own relay in front of Infobip)
])
def test_an_infobip_key_in_its_app_scheme_sent_to_a_real_host_blocks(engine: Engine, host: str, header: str) -> None:
    text = _page(host, header.format(key=_INFOBIP_KEY))
    assert [(line, value) for line, _, value in _blocked(engine, "docs/sms/slanje-sms.md", text)] == [(5, _INFOBIP_KEY)]


@pytest.mark.parametrize("host, header", [
    ("api.example.com", "Authorization: App " + _INFOBIP_KEY),  # (a tutorial's host)
    ("9rv2kd.api.infobip.com", "Authorization: App ${INFOBIP_API_KEY}"),
    ("9rv2kd.api.infobip.com", "Authorization: App {{api_key}}"),
    ("9rv2kd.api.infobip.com", "Authorization: App <your-api-key>"),
    ("9rv2kd.api.infobip.com", "Authorization: App " + drawn_mixed(4270203, 40)),  # (no key of Infobip's shape)
])
def test_a_stand_in_a_tutorials_host_or_no_key_of_infobips_shape_is_not_blocked(engine: Engine, host: str, header: str) -> None:
    assert _blocked(engine, "docs/sms/slanje-sms.md", _page(host, header)) == []
