"""Stop 65's shell share: an element holding a credential inside XML written on one line (a shell's `curl -d
"<message><login>…</login><pwd>…</pwd>…</message>"` to an SMS gateway, the same body split by a `\\` continuation
inside its double quotes, a code string's SOAP body, an XML file written on one line) was read by nothing: the
pretty-printed element alone on its line was. (The ConfigMap decoy: shell_decoy_stop65_test.py.)
Generated fakes only (seeds 7640000-7640099)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_PASSWORD = fakes.drawn_mixed(7640000, 14)
_APP_KEY = fakes.drawn_mixed(7640001, 36)
_TOKEN = fakes.drawn_mixed(7640002, 32)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name, text, secret", [
    # an SMS gateway's request body: the password element after the login's
    ("scripts/send_sms.sh",
     "#!/usr/bin/env bash\ncurl -s -X POST https://sms.example-gateway.net/api/message \\\n"
     "  -H 'Content-Type: application/xml' \\\n"
     f"  -d \"<message><login>yurts</login><pwd>{_PASSWORD}</pwd><id>t$(date +%s)</id></message>\"\n", _PASSWORD),
    # the element opening the string (no element before it)
    ("scripts/ping.sh", f"curl -d \"<password>{_PASSWORD}</password>\" https://api.example-shop.com/ws\n", _PASSWORD),
    # a key split by a `\\` continuation inside the double quotes (bash removes the backslash and the line break)
    ("scripts/marketplace_test.sh",
     "#!/usr/bin/env bash\ncurl -s https://api.example-market.com/ws/ProductService.wsdl \\\n"
     f"  -d \"<auth><appKey>{_APP_KEY[:18]}\\\n{_APP_KEY[18:]}</appKey></auth>\"\necho\n", _APP_KEY),
    # a namespaced element in a code string's SOAP body, a blank between the elements
    ("app/soap.py", f'BODY = "<soap:Body> <wsse:Password>{_PASSWORD}</wsse:Password></soap:Body>"\n', _PASSWORD),
    # an XML file written on one line
    ("config/gateway.xml", f"<gateway><user>ops</user><apiKey>{_APP_KEY}</apiKey></gateway>\n", _APP_KEY),
    ("deploy/req.sh", f"BODY='<req><token>{_TOKEN}</token></req>'\n", _TOKEN),
    # the line alone, its element's word one the prefilter must admit there (`passwd`: its own hint)
    ("scripts/sms.sh", f'  -d "<sms><passwd>{_PASSWORD}</passwd></sms>"\n', _PASSWORD),
])
def test_a_credential_element_in_one_line_xml_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    assert secret in _blocked(engine, name, text)


@pytest.mark.parametrize("name, text", [
    # references and placeholders in the element
    ("scripts/send_sms.sh", 'curl -d "<message><login>yurts</login><pwd>${SMS_PASSWORD}</pwd></message>" https://x.example.net/\n'),
    ("scripts/send_sms.sh", 'curl -d "<message><login>yurts</login><pwd>$SMS_PWD</pwd></message>" https://x.example.net/\n'),
    ("scripts/send_sms.sh", 'curl -d "<message><login>yurts</login><pwd>changeme</pwd></message>" https://x.example.net/\n'),
    # elements whose names say no credential, and a credential's element holding elements (no value of its own)
    ("scripts/order.sh", f'curl -d "<order><id>{_TOKEN}</id><sender>SHOP</sender></order>" https://x.example.net/\n'),
    ("config/gateway.xml", f"<auth><password><hash>{_TOKEN}</hash></password></auth>\n"),
    # an element alone after text, not XML's (`Token <b>…`): no tag or string before it
    ("app/view.py", f'HELP = "Token: see <b>{_TOKEN}</b>"\n'),
])
def test_no_credential_element_passes(engine: Engine, name: str, text: str) -> None:
    assert _blocked(engine, name, text) == []
