"""Stop 70's misses in command lines and requests (blind sets OT, OX, OZ): credentials a team's scripts and requests send.

- a shell or PowerShell script named as a test (`scripts/test_api.sh`, `smoke_test.ps1`) outside any tests tree, sending
  its Bearer JWT by a command line to the API's own host: a smoke test of the live API, so the token's passed expiry is
  no fixture's; a test suite's script, or one calling `localhost` or an example's host, stays a fixture;
- a bare `key` sent as a raw header line (RajaOngkir's `curl -H "key: …"`, `--header`, PHP's `CURLOPT_HTTPHEADER`
  string): the API's key sent by name, as a headers map's `key` is;
- a drawn client secret spelling one letter three times deep inside it (`…WtdXXX2Tt…`) in a Basic header or a setting:
  drawn, no mask; a mask at an end or a longer run stays a stand-in;
- a code review's record (`reviews/PR-118-….md`, `pr_42_review.md`): its diff fences read as a patch, its other code as
  the team's own record's; a tutorial's diff (`docs/upgrading.md`) stays documentation's;
- a TK103-family GPS tracker's password set by SMS (`password123456 <new>`), the new one sent glued to the file's other
  commands (`adminip<new> …`, `apn<new> …`); the factory's `123456`, a stand-in or a counted run is none.

Their neighbours pass: references, stand-ins, expired tokens in test suites, a `key:` string outside a header list.
Generated fakes only: seeds 9430000-9439999.
"""
from __future__ import annotations

import base64
import json
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 9430000
_HEX = "0123456789abcdef"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt(seed: int, exp: int) -> str:
    """An HS256 JWT for a partner's account, expiring at `exp`, its signature drawn."""
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"sub": "partner-" + fakes.drawn(seed, 6, string.ascii_lowercase), "scope": "lots:read",
              "iat": exp - 31536000, "exp": exp}
    payload = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{header}.{payload}.{_b64url(fakes.drawn(seed + 1, 32, string.ascii_letters + string.digits).encode())}"


def _basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


def _with_triple(seed: int) -> str:
    """A drawn 27-character client secret spelling one letter three times in its middle, a lower-case letter before it and
    a digit after it (glued to its run on one side only)."""
    return fakes.drawn_mixed(seed, 10) + "d" + "XXX" + "2" + fakes.drawn_mixed(seed + 1, 12)


_EXPIRED = _jwt(_SEED + 10, 1735689600)  # (2024-12-31: passed)
_HEX32 = fakes.drawn(_SEED + 20, 32, _HEX)
_CLIENT_ID = fakes.drawn_mixed(_SEED + 30, 24)
_TRIPLE = _with_triple(_SEED + 40)
_REVIEW_HEX = fakes.drawn(_SEED + 80, 32, _HEX)
_REVIEW_KEY = fakes.drawn_mixed(_SEED + 81, 40)
_TRACKER_PW = fakes.drawn(_SEED + 90, 8, string.digits)


def _review(fence: str, key: str, value: str) -> str:
    return (f"# PR #42 — sms: fallback sender\n\n**Author:** J · **Reviewer:** P\n\n```{fence}\n import requests\n+\n"
            f"+{key} = \"{value}\"\n+FALLBACK_SENDER = \"SHOPTBC\"\n```\n\n> **P:** move the key to the environment first.\n")


def _tracker_sms(password: str) -> str:
    return ("GPS box set-up (send these SMS to the box's SIM)\n\n1) begin123456   -> reset (factory password 123456)\n"
            f"2) password123456 {password}   -> the fleet's password\n3) adminip{password} 203.0.113.25 5013\n"
            f"4) apn{password} internet.operator.bf\n5) fix030s***n{password}\n")

# (file name, text, the secret the blocking finding holds)
SECRETS: List[Tuple[str, str, str]] = [
    # a smoke test of the live API, its token expired since
    ("partner/scripts/test_api_compensation.sh",
     f'#!/bin/bash\n# test the clearing API (token valid one year)\nTOKEN="{_EXPIRED}"\n'
     'curl -sS -H "Authorization: Bearer $TOKEN" \\\n  "https://api.clearing.bank-partner.cg/v1/batches" | jq .\n', _EXPIRED),
    ("ops/test_smoke.ps1",
     f'$token = "{_EXPIRED}"\nInvoke-RestMethod -Uri "https://api.clearing.bank-partner.cg/v1/batches" '
     '-Headers @{ Authorization = "Bearer $token" }\n', _EXPIRED),
    ("tools/test_partner_api.sh",
     f'export JETON={_EXPIRED}\nwget -qO- --header="Authorization: Bearer $JETON" https://partner.api.tresor.bf/v2/soldes\n',
     _EXPIRED),
    # a bare `key` sent as a raw header line
    ("ops/shipping_cost.sh",
     f'#!/usr/bin/env bash\ncurl -s https://pro.rajaongkir.com/api/cost \\\n  -H "key: {_HEX32}" \\\n'
     '  -d "origin=318&destination=152&weight=1000&courier=jne"\n', _HEX32),
    ("Makefile", f"cities:\n\tcurl -s --header 'key: {_HEX32}' https://api.rajaongkir.com/starter/city > cities.json\n", _HEX32),
    (".github/workflows/sync.yml",
     f"jobs:\n  sync:\n    steps:\n      - run: |\n          curl -s -H 'Key: {_HEX32}' https://api.rajaongkir.com/starter/province\n",
     _HEX32),
    ("app/Services/Ongkir.php",
     "<?php\ncurl_setopt_array($curl, array(\n  CURLOPT_URL => \"https://api.rajaongkir.com/starter/cost\",\n"
     "  CURLOPT_HTTPHEADER => array(\n    \"content-type: application/x-www-form-urlencoded\",\n"
     f"    \"key: {_HEX32}\"\n  ),\n));\n", _HEX32),
    # a drawn secret spelling `XXX` deep inside it
    ("treasury/om_tests.http",
     f"POST https://api.orange.com/oauth/v3/token\nAuthorization: Basic {_basic(_CLIENT_ID, _TRIPLE)}\n"
     "Content-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials\n", _TRIPLE),
    ("treasury/token.sh",
     f'curl -X POST https://api.orange.com/oauth/v3/token -H "Authorization: Basic {_basic(_CLIENT_ID, _TRIPLE)}"\n', _TRIPLE),
    # a code review's diff, and its other code
    ("shop/reviews/PR-42-sms-fallback.md", _review("diff", "FALLBACK_KEY", _REVIEW_HEX), _REVIEW_HEX),
    ("shop/pr_42_review.md", _review("diff", "SMS_API_KEY", _REVIEW_KEY), _REVIEW_KEY),
    ("shop/code-review/MR-17.txt", _review("patch", "FALLBACK_KEY", _REVIEW_HEX), _REVIEW_HEX),
    ("shop/reviews/PR-43.md", f"```diff\n-FALLBACK_KEY = \"{_REVIEW_HEX}\"\n+FALLBACK_KEY = os.environ[\"FALLBACK_KEY\"]\n```\n", _REVIEW_HEX),
    ("shop/reviews/PR-44.md", f"Found in `sms.py`:\n\n```python\nFALLBACK_KEY = \"{_REVIEW_HEX}\"\n```\n", _REVIEW_HEX),
    # a GPS tracker's password set by SMS and sent with the others
    ("fleet/trackers/config_box_sms.txt", _tracker_sms(_TRACKER_PW), _TRACKER_PW),
    ("fleet/ops/tk103-setup.txt", _tracker_sms("m4ks" + _TRACKER_PW[:4]), "m4ks" + _TRACKER_PW[:4]),
]

DECOYS: List[Tuple[str, str]] = [
    # a test suite's expiry test, a local server's, an example host's, a name saying expired
    ("tests/e2e/test_api.sh",
     f'TOKEN="{_EXPIRED}"\ncurl -sS -H "Authorization: Bearer $TOKEN" https://api.clearing.bank-partner.cg/v1/batches\n'),
    ("scripts/test_api.sh", f'TOKEN="{_EXPIRED}"\ncurl -sS -H "Authorization: Bearer $TOKEN" http://localhost:8080/v1/batches\n'),
    ("scripts/test_api.sh", f'TOKEN="{_EXPIRED}"\ncurl -sS -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/batches\n'),
    ("scripts/test_api.sh", f'TOKEN="{_EXPIRED}"\ncurl -sS -H "Authorization: Bearer $TOKEN" "$BASE_URL/v1/batches"\n'),
    ("scripts/test_expiry.sh",
     f'EXPIRED_TOKEN="{_EXPIRED}"\ncurl -sS -H "Authorization: Bearer $EXPIRED_TOKEN" https://api.clearing.bank-partner.cg/v1\n'),
    ("tests/test_auth.py",
     f'EXPIRED = "{_EXPIRED}"\n\ndef test_expired(client):\n    assert client.get("/v1", headers={{"Authorization": f"Bearer {{EXPIRED}}"}}).status_code == 401\n'),
    # a `key` header given a reference or a stand-in; a `key: …` string no header list holds
    ("ops/shipping_cost.sh", 'curl -s -H "key: $RAJAONGKIR_KEY" https://pro.rajaongkir.com/api/cost\n'),
    ("ops/shipping_cost.sh", 'curl -s -H "key: your-api-key-here" https://pro.rajaongkir.com/api/cost\n'),
    ("ops/shipping_cost.sh", 'curl -s -H "key: 00000000000000000000000000000000" https://pro.rajaongkir.com/api/cost\n'),
    ("app/Services/Ongkir.php", "<?php\ncurl_setopt($curl, CURLOPT_HTTPHEADER, [\"key: \" . env('RAJAONGKIR_KEY')]);\n"),
    ("app/cache.py", f'log.info("key: {_HEX32}")\n'),
    ("ops/upload.sh", f'curl -s -H "Idempotency-Key: {fakes.uuid4(_SEED + 50)}" https://api.example.org/v1/payouts\n'),
    # masks: at an end, or a longer run
    ("treasury/om_tests.http",
     f"POST https://api.orange.com/oauth/v3/token\nAuthorization: Basic {_basic(_CLIENT_ID, fakes.drawn_mixed(_SEED + 60, 12) + 'XXXX')}\n"),
    ("app/settings.py", 'CLIENT_SECRET = "sk_live_XXX"\n'),
    ("app/settings.py", f'CLIENT_SECRET = "{fakes.drawn_mixed(_SEED + 70, 6)}XXXXXXXX{fakes.drawn_mixed(_SEED + 71, 6)}"\n'),
    # a tutorial's diff, a review's stand-in and reference
    ("docs/upgrading.md", _review("diff", "FALLBACK_KEY", _REVIEW_HEX)),
    ("shop/reviews/PR-45.md", "```diff\n+FALLBACK_KEY = \"your-key-here\"\n+API_KEY = os.environ[\"SMS_API_KEY\"]\n```\n"),
    # a tracker's factory password, a stand-in, a counted run
    ("fleet/trackers/config_box_sms.txt", _tracker_sms("123456")),
    ("fleet/trackers/config_box_sms.txt", _tracker_sms("<nouveau>")),
    ("fleet/trackers/config_box_sms.txt", _tracker_sms("654321")),
    ("fleet/trackers/config_box_sms.txt", _tracker_sms("888888")),
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
