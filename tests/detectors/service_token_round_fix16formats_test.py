"""Blind round 16, formats read wherever they stand: Ably API keys (`<app id>.<key id>:<secret>`, in any
language's client, an .env, curl's `-u`), WooCommerce REST API keys (`ck_` / `cs_` and 40 hex), Lob API keys
(`live_` / `test_` and 35 hex; a test key is a warning); and an X app bearer token split over adjacent literals
at its URL-encoded `%2B` / `%3D` (Python's implicit concatenation in parentheses). The decoys of those forms stay
quiet. Generated fakes only: every value is built here from a seeded generator."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import LOW
from tests import fakes
from tests.accuracy.labelled import blocking, reports

HEX = "0123456789abcdef"
URL_SAFE = string.ascii_letters + string.digits + "_-"


def ably(seed: int) -> str:
    return f"{fakes.drawn_mixed(seed, 6)}.{fakes.drawn_mixed(seed + 1, 6)}:{fakes.drawn_mixed(seed + 2, 43)}"


def hexes(seed: int, length: int) -> str:
    return fakes.drawn(seed, length, HEX)


def bearer(seed: int) -> str:
    return ("A" * 21 + fakes.drawn_mixed(seed, 26) + "%2B" + fakes.drawn_mixed(seed + 1, 10) + "%3D"
            + fakes.drawn_mixed(seed + 2, 50))


# (file, text, secret, line): each must block, its finding on the line.
FORMS: List[Tuple[str, str, str, int]] = [
    ("realtime.js", f"import Ably from 'ably';\nconst ably = new Ably.Rest({{ key: '{ably(1)}' }});\n", ably(1), 2),
    ("pub.py", f'from ably import AblyRest\nclient = AblyRest("{ably(4)}")\n', ably(4), 2),
    (".env", f"ABLY_API_KEY={ably(7)}\n", ably(7), 1),
    ("values.yaml", f"realtime:\n  apiKey: \"{ably(10)}\"\n", ably(10), 2),
    ("Publisher.java", f'ClientOptions options = new ClientOptions("{ably(13)}");\n', ably(13), 1),
    ("push.sh", f"curl -X POST https://rest.ably.io/channels/alerts/messages -u \"{ably(16)}\" -d name=ping\n", ably(16), 1),
    ("sync.php", "$woocommerce = new Client(\n    'https://shop.example.org',\n"
     f"    'ck_{hexes(20, 40)}',\n    'cs_{hexes(21, 40)}',\n    ['version' => 'wc/v3']\n);\n", f"cs_{hexes(21, 40)}", 4),
    ("woo.py", f'wcapi = API(url=URL, consumer_key="ck_{hexes(22, 40)}", consumer_secret=SECRET)\n', f"ck_{hexes(22, 40)}", 1),
    (".env", f"WC_CONSUMER_SECRET=cs_{hexes(23, 40)}\n", f"cs_{hexes(23, 40)}", 1),
    ("mail_notice.py", f'configuration = lob_python.Configuration(username="live_{hexes(30, 35)}")\n', f"live_{hexes(30, 35)}", 1),
    ("letters.js", f"const config = new Configuration({{ username: 'live_{hexes(31, 35)}' }});\n", f"live_{hexes(31, 35)}", 1),
    ("x_autopost.py", f'BEARER = ("{bearer(40)[:47]}"\n          "{bearer(40)[47:]}")\n', bearer(40), 1),
    ("x_autopost.py", f'BEARER = (\n    "{bearer(43)[:50]}"\n    "{bearer(43)[50:]}"\n)\n', bearer(43), 2),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_the_format_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in blocking(Engine().scan_text(name, text)) if reports(finding, secret)]
    assert found and {finding.line_number for finding in found} == {line}
    assert any(finding.type == "Service API Token" for finding in found)  # (by its format, not by its name's keyword)


DECOYS: List[Tuple[str, str]] = [
    (".env", "ABLY_API_KEY=xxxxxx.yyyyyy:zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\n"),
    ("realtime.js", "const ably = new Ably.Rest({ key: process.env.ABLY_API_KEY });\n// key: appId.keyId:keySecret\n"),
    ("realtime.js", "const ably = new Ably.Rest({ key: 'YOUR_A.PI_KEY:your_ably_api_key_secret_goes_here_0123456' });\n"),
    ("hosts.txt", f"node01.rack12:{fakes.drawn(50, 43, string.ascii_lowercase)}\n"),
    ("api.example.com", f"sub.domain.abcdef.ghijkl:{fakes.drawn_mixed(51, 43)}\n"),
    ("sync.php", "$woocommerce = new Client($url, 'ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', getenv('WC_SECRET'));\n"),
    ("woo.py", "consumer_secret = 'cs_0000000000000000000000000000000000000000'\n"),
    ("build.py", f"stack_{hexes(52, 40)} = 1\ndocs_{hexes(53, 40)} = 2\n"),
    ("mail.py", "configuration = lob_python.Configuration(username=os.environ['LOB_API_KEY'])\n"),
    ("mail.py", f'LOB_PUBLISHABLE = "live_pub_{hexes(54, 31)}"\n'),
    ("x.py", 'BEARER = ("AAAAAAAAAAAAAAAAAAAAA%3D"\n          "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")\n'),
    ("fmt.py", 'MESSAGE = ("Downloaded %(count)d%%"\n           "of%(total)d")\n'),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_placeholders_and_look_alikes_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []


def test_a_lob_test_key_is_a_warning() -> None:
    secret = f"test_{hexes(60, 35)}"
    found = [finding for finding in Engine().scan_text("mail.py", f'lob = Configuration(username="{secret}")\n')
             if reports(finding, secret)]
    assert found and all(finding.confidence == LOW for finding in found)


def test_a_flood_of_near_ids_is_no_key() -> None:
    # (ids off each form's shape, 64 KB a line: an Ably secret of 60 characters, not 43; 41 hex after `ck_`,
    # not 40: none is a key; speed is the benchmarks' to measure)
    unit = f"a{fakes.drawn_mixed(70, 5)}.{fakes.drawn_mixed(71, 6)}:{fakes.drawn_mixed(72, 60)} ck_{hexes(73, 41)} :x:y:"
    line = (unit * (65536 // len(unit)))[:65536]
    assert list(Engine().scan_text("flood.py", (line + "\n") * 40)) == []
