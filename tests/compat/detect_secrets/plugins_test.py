"""secretfence's static knowledge of detect-secrets' plugins stays in step with detect-secrets."""
from __future__ import annotations

from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class

from secretfence.compat.detect_secrets.plugins import BUILTIN_MODULES


def test_every_detect_secrets_plugin_is_known_with_its_module() -> None:
    discovered = {
        cls.__name__: cls.__module__.rsplit(".", 1)[1]
        for cls in get_mapping_from_secret_type_to_class().values()
        if cls.__module__.startswith("detect_secrets.plugins.")
    }
    assert discovered == BUILTIN_MODULES


# --- blind round 9's decoys: what a keyword or a URL's-password hit stays below the gate for ----------

import base64  # noqa: E402
import random  # noqa: E402

import pytest  # noqa: E402

from secretfence.engine import Engine  # noqa: E402
from tests import fakes  # noqa: E402
from tests.accuracy.labelled import blocking  # noqa: E402


def _ciphertext(seed: int, size: int) -> str:
    return base64.b64encode(random.Random(seed).randbytes(size)).decode()


def _canedge(fmt: int, wifi: str, secret: str) -> str:
    return (
        '{\n  "general": {"security": {"kpub": "' + _ciphertext(7, 64) + '"}},\n  "connect": {\n    "wifi": {\n'
        f'      "keyformat": {fmt},\n      "accesspoint": [{{"ssid": "YARD-NET", "pwd": "{wifi}"}}]\n    }},\n'
        '    "s3": {\n      "server": {\n        "url": "https://s3.eu-west-1.amazonaws.com",\n'
        f'        "keyformat": {fmt},\n        "secretkey": "{secret}",\n        "bucket": "fleet-logs"\n'
        "      }\n    }\n  }\n}\n"
    )


def test_a_canedge_section_whose_keyformat_says_encrypted_holds_ciphertext() -> None:
    text = _canedge(1, _ciphertext(11, 48), _ciphertext(12, 72))
    assert blocking(Engine().scan_text("canedge/config-01.07.json", text)) == []


def test_a_canedge_section_in_plain_text_still_blocks() -> None:
    secret = fakes.drawn_mixed(13, 40)
    text = _canedge(0, "", secret)
    assert any(finding.secret == secret for finding in blocking(Engine().scan_text("canedge/config-01.07.json", text)))


@pytest.mark.parametrize("line", [
    "define('APP_DSN', 'mysql://%%dbUser%%:%%dbPass%%@%%dbHost%%/%%dbName%%?new_link=true');",
    "set DSN=mysql://%DB_USER%:%DB_PASS%@%DB_HOST%/shop",
])
def test_a_template_marker_as_a_urls_password_is_no_password(line: str) -> None:
    assert blocking(Engine().scan_text("templates/app.settings.php.template", line + "\n")) == []


def test_a_percent_encoded_password_in_a_url_still_blocks() -> None:
    password = fakes.drawn_mixed(17, 14) + "%40" + fakes.drawn_mixed(18, 6)
    line = f'PROXY = "http://svc-build:{password}@proxy.corp-net.net:3128"\n'
    assert any(password in finding.secret for finding in blocking(Engine().scan_text("ci/settings.py", line)))
