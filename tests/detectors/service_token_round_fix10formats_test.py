"""Blind round 10, vendor formats: Onfido API tokens, Zillow ZWS-IDs, Okta API tokens in their SSWS scheme,
Apprise notifier URLs holding a webhook's secret (Discord, Slack, Pushover), ESPN's espn_s2 cookie, OctoPrint
API keys where the text says OctoPrint (an Arduino header, Cura's cache, a notebook's printed config), Agora
app certificates, Etsy shared secrets, PuTTY version 3 private keys; and the decoys of those worlds: a PubNub
subscribe key (public), RESO record keys (`ListingKey`), an AWS key id alone in a presigned URL's scope,
placeholders, unnamed shapes. Generated fakes only: every value is built here from a seeded generator."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import HIGH, LOW
from tests import fakes
from tests.accuracy.labelled import blocking, reports

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
UPPER_HEX = "0123456789ABCDEF"
HEX = "0123456789abcdef"
BASE64 = ALNUM + "+/"
URL_SAFE = ALNUM + "_-"

_random = fakes.drawn_mixed


def _hex(seed: int, alphabet: str = HEX) -> str:
    return fakes.drawn(seed, 32, alphabet)


def _ppk(seed: int, version: int) -> Tuple[str, str]:
    private = [fakes.drawn(seed + line, 64, BASE64) for line in range(14)]
    text = (f"PuTTY-User-Key-File-{version}: ssh-rsa\nEncryption: none\nComment: sftp-feed-{seed}\nPublic-Lines: 2\n"
            f"AAAAB3NzaC1yc2EAAAADAQABAAABAQ{fakes.drawn(seed + 40, 34, BASE64)}\n{fakes.drawn(seed + 41, 64, BASE64)}\n"
            "Private-Lines: 14\n" + "\n".join(private) + f"\nPrivate-MAC: {fakes.drawn(seed + 42, 64, HEX)}\n")
    return text, private[0]


_ESPN = f"AE{_random(30, 60)}%2F{_random(31, 50)}%2B{_random(32, 110)}%3D"
_PPK3, _PPK3_LINE = _ppk(50, 3)

# (file, text, secret, line): each must block, as a HIGH finding on its line.
FORMS: List[Tuple[str, str, str, int]] = [
    ("kyc/verify.py", f'api = onfido.Api("api_live.{_random(1, 11, URL_SAFE)}.{_random(2, 32, URL_SAFE)}")\n',
     f"api_live.{_random(1, 11, URL_SAFE)}.{_random(2, 32, URL_SAFE)}", 1),
    (".env", f"ONFIDO_TOKEN=api_sandbox_ca.{_random(3, 11)}.{_random(4, 32)}\n", f"api_sandbox_ca.{_random(3, 11)}.{_random(4, 32)}", 1),
    ("app/Zillow/Client.php", f"<?php\nclass Client {{\n    const ZWSID = 'X1-ZW{fakes.drawn(5, 13, LOWER)}_{fakes.drawn(6, 5, LOWER)}';\n}}\n",
     f"X1-ZW{fakes.drawn(5, 13, LOWER)}_{fakes.drawn(6, 5, LOWER)}", 3),
    ("scripts/deprovision.py", f'HEADERS = {{"Authorization": "SSWS 00{_random(7, 40, URL_SAFE)}"}}\n',
     f"00{_random(7, 40, URL_SAFE)}", 1),
    ("ops/okta.sh", f"curl -s -H 'Authorization: SSWS 00{_random(8, 40)}' https://acme.okta.com/api/v1/users\n",
     f"00{_random(8, 40)}", 1),
    ("printer_data/config/moonraker.conf", f"[notifier done]\nurl: discord://{fakes.drawn(9, 19, '123456789')}/{_random(10, 68, URL_SAFE)}\n",
     _random(10, 68, URL_SAFE), 2),
    ("homeassistant/configuration.yaml", "notify:\n  - name: ops\n    platform: apprise\n"
     f"    url: slack://T{fakes.drawn(11, 9, UPPER_HEX)}/B{fakes.drawn(12, 9, UPPER_HEX)}/{_random(13, 24)}\n",
     _random(13, 24), 4),
    ("scripts/power_rankings.py", f"league = League(league_id=4821, year=2024, espn_s2='{_ESPN}', swid=SWID)\n", _ESPN, 1),
    ("RemainingTime/secret.h", f'// OctoPrint application key\n#define SECRET_API "{_hex(14, UPPER_HEX)}"\n', _hex(14, UPPER_HEX), 2),
    ("cura/5.7/cura.cfg", f'[general]\nlanguage = en_US\n\n[octoprint]\nkeys_cache = {{"octopi.local": "{_hex(15, UPPER_HEX)}"}}\n',
     _hex(15, UPPER_HEX), 5),
    ("workers/token/wrangler.toml", f'[vars]\nAGORA_APP_ID = "{_hex(16)}"\nAGORA_APP_CERTIFICATE = "{_hex(17)}"\n', _hex(17), 3),
    ("src/rtc.ts", f"// Agora RTC token server\nconst appCertificate = '{_hex(18)}';\n", _hex(18), 2),
    (".env.local", f"ETSY_API_KEY={fakes.drawn(19, 24, LOWER)}\nETSY_SHARED_SECRET={fakes.drawn(20, 8, LOWER)}z9\n",
     f"{fakes.drawn(20, 8, LOWER)}z9", 2),
    ("feeds/keys/partner.ppk", _PPK3, _PPK3_LINE, 1),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_a_vendor_format_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in blocking(Engine().scan_text(name, text)) if reports(finding, secret)]
    assert found and {finding.line_number for finding in found} == {line}


def test_a_format_reports_high() -> None:
    name, text, secret, _ = FORMS[3]
    assert HIGH in [finding.confidence for finding in Engine().scan_text(name, text) if finding.secret == secret]


# Known by a name only, in documentation: a warning (documentation's values are mostly examples).
WARNED: List[Tuple[str, str, str]] = [
    ("docs/printer.md", f"OctoPrint's key:\n```\napi:\n  key: {_hex(21, UPPER_HEX)}\n```\n", _hex(21, UPPER_HEX)),
    ("docs/video.md", f"Agora setup:\n```\nAGORA_APP_CERTIFICATE={_hex(22)}\n```\n", _hex(22)),
    ("docs/league.md", f"```python\nleague = League(league_id=4821, year=2024, espn_s2='{_ESPN}')\n```\n", _ESPN),
]


@pytest.mark.parametrize("name, text, secret", WARNED, ids=[warned[0] for warned in WARNED])
def test_a_named_key_in_documentation_warns(name: str, text: str, secret: str) -> None:
    findings = Engine().scan_text(name, text)
    assert not [finding for finding in blocking(findings) if finding.secret == secret]
    assert LOW in [finding.confidence for finding in findings if finding.secret == secret]


DECOYS: List[Tuple[str, str]] = [
    ("widget/realtime.js", f"const pubnub = new PubNub({{\n  subscribeKey: 'sub-c-{fakes.uuid4(23)}',\n  userId: 'widget',\n}});\n"),
    ("tests/fixtures/reso/page.json", '{\n  "value": [\n'
     f'    {{"ListingKey": "{_hex(24)}", "ListingId": "ACT1"}},\n    {{"MemberKey": "{_hex(25)}", "OfficeKey": "{_hex(26)}"}}\n  ]\n}}\n'),
    ("tests/fixtures/media.json", f'{{"MediaKey": "{_hex(27)}", "MediaURL": "https://photos.s3.amazonaws.com/1.jpg?'
     f"X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={fakes.aws_key_id(28)}%2F20240502%2Fus-east-2%2Fs3%2Faws4_request"
     f'&X-Amz-Date=20240502T181200Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={fakes.drawn(29, 64, HEX)}"}}\n'),
    ("okta.py", 'H = {"Authorization": f"SSWS {token}"}\nDOC = "Authorization: SSWS ${api_token}"\n'),
    ("docs/apprise.md", "url: discord://{WebhookID}/{WebhookToken}\n"),
    ("fw/build.h", f'#define FIRMWARE_MD5 "{_hex(30, UPPER_HEX)}"\n'),
    ("octoprint_plugin/__init__.py", f'# OctoPrint plugin\n__plugin_build__ = "{_hex(31, UPPER_HEX)}"\n'),
    ("conf.py", f'TLS_CERTIFICATE = "{_hex(32)}"\n'),
    (".env.example", "ETSY_SHARED_SECRET=changeme12\n"),
    ("keys/partner.ppk", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: template\n"),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_ids_placeholders_and_unnamed_shapes_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
