"""Blind round 57: vendors' keys a Catalan shop's code holds in their documented shapes. PrestaShop's webservice key (32
capital letters and digits, as its back office draws it) given to the webservice library, `new
PrestaShopWebservice($url, $key, $debug)`, literally or through a constant or variable named `KEY` beside the call;
Holded's API key (32 hex digits) sent as its `key` header to api.holded.com. The library's own example key, and a
bare `key` of that shape in a file that calls neither API, stay none. Through the engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

import base64
import random

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn

_PRESTASHOP_KEY = drawn(4250100, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_HOLDED_KEY = drawn(4250101, 32, "0123456789abcdef")
# (Redsys' merchant key: 24 random bytes in base64, 32 characters)
_REDSYS_KEY = base64.b64encode(random.Random(4250024).randbytes(24)).decode()


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert any(c.isdigit() for c in _PRESTASHOP_KEY) and any(c.isalpha() for c in _PRESTASHOP_KEY)
    assert len(set(_HOLDED_KEY)) >= 10
    assert len(_REDSYS_KEY) == 32 and not _REDSYS_KEY.startswith("/")


@pytest.mark.parametrize("text", [
    ("<?php\nfinal class ClientBotiga\n{\n    private const URL = 'https://www.botiga.cat';\n    private const KEY = '{key}';\n\n"
     "    public function __construct()\n    {\n        $this->ws = new PrestaShopWebservice(self::URL, self::KEY, false);\n    }\n}\n"),
    "<?php\n$ws = new PrestaShopWebservice('https://www.botiga.cat', '{key}', false);\n",
    "<?php\n$url = 'https://www.botiga.cat';\n$key = '{key}';\n$ws = new \\PrestaShopWebservice($url, $key, true);\n",
])
def test_a_prestashop_webservice_key_blocks(engine: Engine, text: str) -> None:
    assert _secrets(engine, "sync-estoc/src/Client.php", text.replace("{key}", _PRESTASHOP_KEY)) == [_PRESTASHOP_KEY]


@pytest.mark.parametrize("filename, text", [
    # (the library's doc comment's example key)
    ("src/Client.php", "<?php\n$ws = new PrestaShopWebservice('https://mystore.com/', 'ZQ88PRJX5VWQHCWE4EE7SQ7HPNX00RAJ', false);\n"),
    # (a key of the shape in a file that calls no PrestaShop: a catalogue's code, a cache's key)
    ("src/Cataleg.php", "<?php\nfinal class Cataleg\n{\n    private const KEY = '{key}';\n}\n"),
    ("src/Client.php", "<?php\n$ws = new PrestaShopWebservice($url, getenv('PS_WS_KEY'), false);\n"),
])
def test_a_prestashop_lookalike_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _secrets(engine, filename, text.replace("{key}", _PRESTASHOP_KEY)) == []


@pytest.mark.parametrize("filename, text", [
    ("analisi/marges.py", 'import requests\nH = {"key": "{key}"}\n'
                          'r = requests.get("https://api.holded.com/api/invoicing/v1/documents/invoice", headers=H)\n'),
    ("scripts/contactes.sh", 'curl -s -H "key: {key}" https://api.holded.com/api/invoicing/v1/contacts\n'),
])
def test_a_holded_api_key_blocks(engine: Engine, filename: str, text: str) -> None:
    assert _secrets(engine, filename, text.replace("{key}", _HOLDED_KEY)) == [_HOLDED_KEY]


@pytest.mark.parametrize("filename, text", [
    # (an MD5 under a bare key in a file that calls no Holded: a cache's key, a digest)
    ("analisi/cache.py", 'ENTRY = {"key": "{key}", "ttl": 300}\n'),
    ("analisi/marges.py", 'H = {"key": os.environ["HOLDED_KEY"]}\n'
                          'r = requests.get("https://api.holded.com/api/invoicing/v1/documents/invoice", headers=H)\n'),
])
def test_a_holded_lookalike_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _secrets(engine, filename, text.replace("{key}", _HOLDED_KEY)) == []


# --- Redsys' merchant key ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("filename, text", [
    ("botiga/modules/pagament/config/redsys.php",
     "<?php\nreturn [\n    'url' => 'https://sis.redsys.es/sis/realizarPago',\n    'merchant_code' => '351482096',\n"
     "    'clau_sha256' => '{key}',\n];\n"),
    ("config/pagament.php", "<?php\n// Redsys (TPV virtual)\n$config['clave_sha256'] = '{key}';\n"),
    ("tpv/Signa.java", 'import sis.redsys.api.ApiMacSha256;\n\nclass Signa {{\n    static final String CLAU = "{key}";\n}}\n'),
])
def test_a_redsys_merchant_key_blocks(engine: Engine, filename: str, text: str) -> None:
    assert _secrets(engine, filename, text.replace("{key}", _REDSYS_KEY)) == [_REDSYS_KEY]


@pytest.mark.parametrize("filename", ["docs/traspas-botiga-online.md", "docs/runbooks/botiga-online.md"])
def test_a_redsys_merchant_key_in_a_handover_or_runbook_table_blocks(engine: Engine, filename: str) -> None:
    text = ("# Traspàs de la botiga en línia\n\n## TPV virtual (Redsys)\n| Camp | Valor |\n|------|-------|\n"
            f"| Terminal | 001 |\n| Clau SHA-256 | `{_REDSYS_KEY}` |\n")
    assert _secrets(engine, filename, text) == [_REDSYS_KEY]


@pytest.mark.parametrize("filename, text", [
    # (the test terminal's key Redsys publishes in its documentation)
    ("config/redsys.php", "<?php\nreturn ['url' => 'https://sis-t.redsys.es:25443/sis/realizarPago',\n"
                          "    'clave_sha256' => 'sq7HjrUOBfKmC576ILgskD5srU870gJ7'];\n"),
    # (a password's SHA-256, head first: a digest's name)
    ("config/usuaris.py", 'contrasenya_sha256 = "{key}"\n'),
    # (a SHA-256 key's shape in a page that is no team's own record: documentation's example)
    ("docs/pagaments/redsys.md", "| Camp | Valor |\n|---|---|\n| Clau SHA-256 | `{key}` |\n"),
])
def test_a_redsys_lookalike_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _secrets(engine, filename, text.replace("{key}", _REDSYS_KEY)) == []


# --- a Zebra printer's device password sent by a script's printf ------------------------------------------------------

_ZEBRA_PASSWORD = drawn(4250102, 12, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
_ZEBRA_SCRIPT = ("#!/bin/sh\n# Envia la configuracio base a les Zebra (port 9100)\nIP=\"$1\"\nPIN={pin}\n\n"
                 "printf '! U1 setvar \"device.password\" \"%s\"\\r\\n' \"$PIN\" | nc -w 3 \"$IP\" 9100\n")


def test_a_zebra_device_password_given_to_printf_blocks_at_its_assignment(engine: Engine) -> None:
    text = _ZEBRA_SCRIPT.replace("{pin}", f'"{_ZEBRA_PASSWORD}"')
    assert [(line, secret) for line, _, secret in _blocked(engine, "infra/scripts/configura_zebra.sh", text)] == [
        (4, _ZEBRA_PASSWORD)]


@pytest.mark.parametrize("pin", ['"$2"', '"$(cat /etc/zebra.pin)"', '"1234"'])
def test_a_zebra_printf_over_no_literal_password_is_not_blocked(engine: Engine, pin: str) -> None:
    assert _blocked(engine, "infra/scripts/configura_zebra.sh", _ZEBRA_SCRIPT.replace("{pin}", pin)) == []
