"""Blind round 7, formats: credentials known by their documented format or their vendor's names.
NATS nkey seeds (on their line, in a `.creds` block), Apache Pulsar tokens (`token:<JWT>`,
`AuthenticationToken(…)`), Mercury API tokens, Netlify build hooks and `nfp_` tokens, Vercel deploy
hooks, WordPress application passwords in a password's slot, LambdaTest `LT_` keys, Avalara AvaTax
license keys, Vertex Trusted IDs, SWIFT LAU keys, BrowserStack and TestRail keys; and the decoys of
those worlds: public nkeys, documentation's examples, references, placeholders, unnamed shapes.
Generated fakes only: every value is built here from a seeded generator."""
from __future__ import annotations

import base64
import json
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import HIGH, LOW
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_HEX = "0123456789ABCDEF"
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

_random = fakes.drawn_mixed


def _crc16(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def nats_seed(seed: int, kind: int = 20) -> str:
    """An nkey seed as nkeys encodes one (`kind` 20: user, 0: account, 14: operator), its CRC16 right."""
    raw = bytes(ord(character) for character in fakes.drawn(seed, 32, "".join(map(chr, range(256)))))
    body = bytes((18 << 3 | (kind << 3) >> 5, ((kind << 3) & 31) << 3)) + raw
    body += _crc16(body).to_bytes(2, "little")
    return base64.b32encode(body).decode().rstrip("=")


def nats_public(seed: int) -> str:
    return "U" + _random(seed, 55, BASE32)


def jwt(seed: int, subject: str) -> str:
    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{part({'alg': 'HS256'})}.{part({'sub': subject})}.{_random(seed, 43, ALNUM + '-_')}"


def grouped(seed: int) -> str:
    value = _random(seed, 24)
    return " ".join(value[start:start + 4] for start in range(0, 24, 4))


# (file, text, secret, line): each must block, as a HIGH finding on its line.
FORMS: List[Tuple[str, str, str, int]] = [
    ("nats/creds/billing.creds", f"-----BEGIN NATS USER JWT-----\n{jwt(1, 'UABC')}\n------END NATS USER JWT------\n\n"
     f"-----BEGIN USER NKEY SEED-----\n{nats_seed(2)}\n------END USER NKEY SEED------\n", nats_seed(2), 6),
    ("k8s/nats-creds.yaml", "stringData:\n  user.creds: |\n    -----BEGIN USER NKEY SEED-----\n"
     f"    SUD{_random(3, 55, BASE32)}\n    ------END USER NKEY SEED------\n", f"SUD{_random(3, 55, BASE32)}", 4),
    ("services/orders/.env", f"NATS_URL=tls://nats.internal:4222\nNATS_NKEY_SEED={nats_seed(4)}\n", nats_seed(4), 2),
    ("src/bus.mjs", f"const seed = new TextEncoder().encode('SUC{_random(5, 55, BASE32)}')\n", f"SUC{_random(5, 55, BASE32)}", 1),
    ("ops/operator.txt", f"operator signing key: {nats_seed(6, 14)}\n", nats_seed(6, 14), 1),
    ("pulsar/conf/client.conf", "authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken\n"
     f"authParams=token:{jwt(7, 'orders')}\n", jwt(7, "orders"), 2),
    ("pulsar/conf/proxy.conf", f"brokerClientAuthenticationParameters=token:{jwt(8, 'superuser')}\n", jwt(8, "superuser"), 1),
    ("reader.py", f'client = pulsar.Client(URL, authentication=pulsar.AuthenticationToken("{jwt(9, "reader")}"))\n',
     jwt(9, "reader"), 1),
    ("docs/tenants.md", f"```\nbin/pulsar-admin --auth-params token:{jwt(10, 'admin')} tenants list\n```\n", jwt(10, "admin"), 2),
    ("treasury/balances.py", f'TOKEN = "secret-token:mercury_production_rma_{_random(11, 40)}_yrucrem"\n',
     f"secret-token:mercury_production_rma_{_random(11, 40)}_yrucrem", 1),
    ("README.deploy.md", f"```sh\nexport NETLIFY_AUTH_TOKEN=nfp_{_random(12, 36)}\n```\n", f"nfp_{_random(12, 36)}", 2),
    (".github/workflows/rebuild.yml", f'      - run: curl -X POST -d {{}} "https://api.netlify.com/build_hooks/{_random(13, 24, HEX)}?trigger_title=nightly"\n',
     f"https://api.netlify.com/build_hooks/{_random(13, 24, HEX)}", 1),
    ("docs/editors.md", f"```\ncurl -X POST -d {{}} https://api.netlify.com/build_hooks/{_random(14, 24, HEX)}\n```\n",
     f"https://api.netlify.com/build_hooks/{_random(14, 24, HEX)}", 2),
    ("apps/docs/package.json", f'  "scripts": {{"redeploy": "curl -X POST https://api.vercel.com/v1/integrations/deploy/prj_{_random(15, 28)}/{_random(16, 10)}"}}\n',
     f"https://api.vercel.com/v1/integrations/deploy/prj_{_random(15, 28)}/{_random(16, 10)}", 1),
    ("publisher/wp.py", f'WP_USER = "svc-publisher"\nWP_APP_PASSWORD = "{grouped(17)}"\n', grouped(17), 2),
    ("notebooks/wp.ipynb", f'       " \'last_ip\': None,\\n",\n       " \'password\': \'{grouped(18)}\'}}"\n', grouped(18), 2),
    ("scripts/import.sh", f'curl --user "importer:{grouped(19)}" https://cms.example.org/wp-json/wp/v2/posts\n', grouped(19), 1),
    (".github/workflows/he.yml", f"      - run: ./hyperexecute --user qa.bot --key LT_{_random(20, 47)} --config he.yaml\n",
     f"LT_{_random(20, 47)}", 1),
    ("tax/avatax_client.py", f'from avalara import AvataxClient\nACCOUNT_ID = "1100234567"\nLICENSE_KEY = "{_random(21, 16, UPPER_HEX)}"\n',
     _random(21, 16, UPPER_HEX), 3),
    ("Billing/TaxFactory.cs", f'    return new AvaTaxClient("Billing", "1.0", Environment.MachineName, AvaTaxEnvironment.Production)\n'
     f'        .WithSecurity(2001234567, "{_random(22, 16, UPPER_HEX)}");\n', _random(22, 16, UPPER_HEX), 2),
    ("macros/modTax.bas", 'Private Const AVATAX_ACCOUNT As String = "2001234567"\n'
     f'Private Const AVATAX_LICENSE As String = "{_random(23, 16, UPPER_HEX)}"\n', _random(23, 16, UPPER_HEX), 2),
    ("tax/vertex/request.xml", f"<urn:Login>\n  <urn:TrustedId>{_random(24, 24, UPPER_HEX)}</urn:TrustedId>\n</urn:Login>\n",
     _random(24, 24, UPPER_HEX), 2),
    ("swift/conf/lau.ini", f"[lau]\nalgorithm = HMAC-SHA256\nmessage_partner = HUB_MQ\nkey = {_random(25, 32)}\nkey_version = 3\n",
     _random(25, 32), 4),
    ("wdio.bs.conf.js", f"exports.config = {{\n  user: 'qa_team',\n  key: '{_random(26, 20)}',\n  hostname: 'hub.browserstack.com',\n}}\n",
     _random(26, 20), 3),
    ("contracts/Makefile", f"PACT_BROKER_BASE_URL ?= https://acme.pactflow.io\nPACT_BROKER_TOKEN ?= {_random(27, 22, ALNUM + '_')}\n",
     _random(27, 22, ALNUM + "_"), 2),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_a_format_or_vendor_credential_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in blocking(Engine().scan_text(name, text)) if finding.secret == secret]
    assert found and {finding.line_number for finding in found} == {line}


# Known by a name only, in documentation: a warning (documentation's values are mostly examples).
WARNED: List[Tuple[str, str, str]] = [
    ("docs/qa/local.md", f"```sh\nexport BROWSERSTACK_USERNAME=qa_team\nexport BROWSERSTACK_ACCESS_KEY={_random(30, 20)}\n```\n",
     _random(30, 20)),
    ("docs/qa/testrail.md", f"```yaml\nhost: https://acme.testrail.io\nusername: qa@acme.example\nkey: {_random(31, 30, ALNUM + '-')}\n```\n",
     _random(31, 30, ALNUM + "-")),
]


@pytest.mark.parametrize("name, text, secret", WARNED, ids=[warned[0] for warned in WARNED])
def test_a_named_key_in_documentation_warns(name: str, text: str, secret: str) -> None:
    findings = Engine().scan_text(name, text)
    assert not blocking(findings)
    assert [finding.confidence for finding in findings if finding.secret == secret] == [LOW]


DECOYS: List[Tuple[str, str]] = [
    ("nats/users.conf", f"authorization {{\n  users = [\n    {{ nkey: {nats_public(40)} }}\n  ]\n}}\n"),
    ("pulsar/conf/client-prod.conf", "authParams=file:///etc/pulsar/token.txt\n"),
    ("docs/pulsar/tokens.md", "authParams=token:eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJKb2UifQ.ipevRNuRP6HflG8cFKnmUPtypruRC4fb1DWtoLL62SY\n"),
    ("docs/netlify.md", "curl -X POST -d '{}' https://api.netlify.com/build_hooks/5c23354f454e1350f8543e78\n"
     "curl -X POST https://api.netlify.com/build_hooks/XXXXXXXXXXXXXXXXXXXXXXXX\n"),
    (".github/workflows/n.yml", '      - run: curl -X POST -d {} "https://api.netlify.com/build_hooks/${{ secrets.NETLIFY_HOOK }}"\n'),
    ("docs/vercel.md", "curl -X POST https://api.vercel.com/v1/integrations/deploy/prj_xxx/xxx\n"),
    ("hooks.js", f"const url = 'https://api.vercel.com/v1/integrations/deploy/prj_{_random(41, 28)}';\n"),
    ("docs/wp.md", 'app_password = "abcd efgh ijkl mnop qrst uvwx"\npassword: "ABCD 1234 EFGH 5678 IJKL 9012"\n'
     'curl --user "editor:xxxx xxxx xxxx xxxx xxxx xxxx" https://example.com/wp-json/wp/v2/users/me\n'),
    ("dump.txt", f"0000: {' '.join(_random(42, 24, HEX)[i:i + 4] for i in range(0, 24, 4))}\n"),
    ("config.h", "#define LT_OBJDIR \".libs/\"\n#define LT_MODULE_EXT_THE_REALLY_LONG_CONSTANT_NAME_OF_IT 1\n"),
    ("billing/license.py", f'LICENSE_KEY = "{_random(43, 16, UPPER_HEX)}"  # the report generator\n'),
    (".github/workflows/tax.yml", "    env:\n      AVATAX_ACCOUNT_ID: ${{ vars.AVATAX_ACCOUNT }}\n"
     "      AVATAX_LICENSE_KEY: ${{ secrets.AVATAX_LICENSE_KEY }}\n"),
    ("tax/vertex/template.xml", "<urn:TrustedId>${VERTEX_TRUSTED_ID}</urn:TrustedId>\n<TrustedId>YOUR_TRUSTED_ID_HERE</TrustedId>\n"),
    ("swift/conf/lau.ini", "[lau]\nkey = ${LAU_KEY}\nkey_file = /etc/swift/lau.key\n"),
    ("docs/qa/secrets.md", "export BROWSERSTACK_ACCESS_KEY=\"$(op read 'op://QA/browserstack/credential')\"\n"),
    ("Makefile", "API_TOKEN ?= $(shell cat .token)\n"),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_public_examples_and_references_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []


def test_a_valid_nats_seed_is_made_here() -> None:
    assert nats_seed(2).startswith("SUA") and len(nats_seed(2)) == 58 and nats_seed(6, 14).startswith("SOA")


def test_a_format_reports_high() -> None:
    name, text, secret, _ = FORMS[0]
    assert [finding.confidence for finding in Engine().scan_text(name, text) if finding.secret == secret] == [HIGH]
