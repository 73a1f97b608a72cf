"""Stop 68's blocked decoys (blind sets NY to OJ, the decoys fixer's part): each form beside the nearest real credential
of its shape, which still blocks.

- A shop's order key: WooCommerce's `order_key` (`wc_order_…`, the `?key=` of the order-received page every buyer is
  sent), in a webhook's JSON payload, a PHP fixture, a Python or JavaScript object, YAML, and by its shape under any name.
  A drawn key under `ORDER_KEY` in a .env, and WooCommerce's consumer secret, block.
- An electronic invoice's access key: Ecuador's SRI `claveAcceso` (49 digits, its date and codes in place) and Brazil's
  NF-e `chave de acesso` (44 digits), in XML, JSON, Python, PHP, YAML. A drawn value, or 49 digits of no invoice's
  structure, under the same names blocks (`clave de acceso` names a password too).
- Quoted-printable text: a mail's RFC 2047 encoded-word subject (`=?UTF-8?Q?Parol=C4=B1_…?=`) and a quoted-printable body
  (`Passwort=C3=A4nderung`, Latin-1's `Kennwort=E4nderung`) are words with escaped letters, not assignments. A mail's
  `password=…` in clear blocks.
- A session's id in a web server's access log, however the log is rotated or named (`access.log.1`, Apache's
  `access_log`, `access.log.2024-11-11`) or wherever its records are kept: an API key in the same request still blocks.
- A payment card's one-use token (`tok_…`, `tkn_…`) logged as a charge's `token=` or under a card's token name; a token
  of that shape under an API token's name, or a drawn token logged, blocks.
- A test's stand-in by its name (`DUMMY_PW`, `SENHA_TESTE`, Javanese's `SANDI_TES`, `TEST_PW` in an auth tuple) given
  to a credential's argument; a name saying nothing of a test (`MDP`, `SANDI`) still blocks.
- A masked key as a log shows it, its first and last few characters around an ellipsis (`9f3a…c2d1`); the whole key
  logged blocks, and so does a password with three dots a person typed.
- A test's password that says so in Indonesian, Malay or Javanese (`sandi-tes-ora-nyata`, `kata-sandi-palsu`): a
  passphrase of other words beside `sandi` (a name too), or one with digits, blocks.
Generated fakes only: seeds 8860000-8860199."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8860000
_HEX = "0123456789abcdef"
_DIGITS = "0123456789"

_ORDER_KEY = "wc_order_" + fakes.drawn_mixed(_SEED + 1, 13)
_DRAWN_KEY = fakes.drawn_mixed(_SEED + 2, 32)
_CONSUMER_SECRET = "cs_" + fakes.drawn(_SEED + 3, 40, _HEX)
# (an SRI access key: 15-03-2024, an invoice (01), a RUC, production (2), series, sequence, code, issue type, check digit;
# an NF-e key: São Paulo (35), 2024-05, a CNPJ, model 55, series, number, issue type, code, check digit)
_SRI_KEY = "15032024" + "01" + "1790016919001" + "2" + "001001" + fakes.drawn(_SEED + 4, 9, _DIGITS) + fakes.drawn(
    _SEED + 5, 8, _DIGITS) + "1" + "7"
_NFE_KEY = "35" + "2405" + fakes.drawn(_SEED + 6, 14, _DIGITS) + "55" + "001" + fakes.drawn(_SEED + 7, 9, _DIGITS) + "1" + (
    fakes.drawn(_SEED + 8, 8, _DIGITS)) + "3"
_RANDOM_DIGITS = "9" + fakes.drawn(_SEED + 9, 48, _DIGITS)  # (49 digits: no date, no document code in place)
_CLAVE = fakes.drawn_mixed(_SEED + 10, 20)
_PASSWORD = fakes.password(_SEED + 11)
_SESSION = fakes.uuid4(_SEED + 12)
_SID = fakes.drawn(_SEED + 13, 32, _HEX)
_API_KEY = fakes.drawn_mixed(_SEED + 14, 24)
_CARD_TOKEN = "tok_" + fakes.drawn_mixed(_SEED + 15, 24)
_CULQI_TOKEN = "tkn_" + fakes.drawn(_SEED + 16, 12, _HEX)
_LIVE_CARD_TOKEN = "tkn_live_" + fakes.drawn_mixed(_SEED + 17, 16)
_LOGGED_TOKEN = fakes.drawn_mixed(_SEED + 18, 32)
_STAND_IN = fakes.password(_SEED + 19)
_MASKED_HEAD, _MASKED_TAIL = fakes.drawn(_SEED + 23, 4, _HEX), fakes.drawn(_SEED + 24, 4, _HEX)
_DOTTED_PASSWORD = fakes.drawn_mixed(_SEED + 25, 3) + "..." + fakes.drawn_mixed(_SEED + 26, 4)


def _access_log(query: str) -> str:
    return ('203.0.113.44 - - [11/Nov/2024:09:01:22 -0500] "GET /static/app.css HTTP/1.1" 200 712 "-" "Mozilla/5.0"\n'
            f'198.51.100.22 - - [11/Nov/2024:09:04:52 -0500] "GET /api/v1/search?q=tevye&{query} HTTP/1.1" 200 2044 "-" '
            '"Mozilla/5.0"\n')


def _login_test(name: str, value: str, call: str) -> str:
    return (f'from django.test import TestCase\n\n{name} = "{value}"\n\n\nclass LoginTest(TestCase):\n'
            f'    def test_login(self):\n        {call}\n')


# (file name, text, the secret the blocking finding holds)
SECRETS: List[Tuple[str, str, str]] = [
    ("shop/.env", f"ORDER_KEY={_DRAWN_KEY}\n", _DRAWN_KEY),
    ("shop/.env", f"WOO_CONSUMER_SECRET={_CONSUMER_SECRET}\n", _CONSUMER_SECRET),
    ("app/config.py", f'CLAVE_ACCESO = "{_CLAVE}"\n', _CLAVE),
    ("app/config.py", f'chave_acesso = "{_RANDOM_DIGITS}"\n', _RANDOM_DIGITS),
    ("mail/handover.eml", f"From: ops@example.com\nSubject: db\n\nnew password={_PASSWORD}\n", _PASSWORD),
    ("site/logs/access.log.1", _access_log(f"api_key={_API_KEY}"), _API_KEY),
    ("var/log/httpd/access_log", _access_log(f"api_key={_API_KEY}"), _API_KEY),
    ("partners.csv", f'partner,"access_token",notes\nacme,"{_CARD_TOKEN}","rotated, Q3"\n', _CARD_TOKEN),
    ("app/config.yaml", f"api:\n  token: {_CARD_TOKEN}\n", _CARD_TOKEN),
    ("app/.env", f"API_TOKEN={_CARD_TOKEN}\n", _CARD_TOKEN),
    ("logs/app.log", f"2025-03-12 10:14:02 INFO auth ok token={_LOGGED_TOKEN}\n", _LOGGED_TOKEN),
    ("app/deploy.py", f'MDP = "{_STAND_IN}"\n\nclient.connect(host, username="station", password=MDP)\n', _STAND_IN),
    ("app/deploy.py", f'SANDI = "{_STAND_IN}"\n\nclient.connect(host, username="station", password=SANDI)\n', _STAND_IN),
    ("logs/app.log", f"2025-03-12 10:20:41 DEBUG api_key={_API_KEY}\n", _API_KEY),
    ("app/settings.py", f'DB_PASSWORD = "{_DOTTED_PASSWORD}"\n', _DOTTED_PASSWORD),
    ("app/settings.py", 'DB_PASSWORD = "Sandi-Bromo-Kopi"\n', "Sandi-Bromo-Kopi"),
    ("app/tests/test_login.py", 'def test_login(client):\n    client.login(username="u", password="sandi-palsu-123")\n',
     "sandi-palsu-123"),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # a shop's order key
    ("shop/tests/fixtures/webhook_order_created.json",
     f'{{\n  "id": 10240,\n  "status": "processing",\n  "order_key": "{_ORDER_KEY}",\n  "currency": "IDR"\n}}\n'),
    ("plugin/tests/fixtures/order.php", f"<?php\nreturn [\n    'id' => 4512,\n    'order_key' => '{_ORDER_KEY}',\n];\n"),
    ("plugin/tests/test_order.py", f"ORDER = {{\n    'orderKey': '{_ORDER_KEY}',\n}}\n"),
    ("plugin/seed.yaml", f"orders:\n  - id: 1\n    order_key: {_ORDER_KEY}\n"),
    ("plugin/src/api.js", f"const order = {{ orderKey: '{_ORDER_KEY}', total: 12 }};\n"),
    ("plugin/src/api.js", f"const WC_ORDER_KEY = '{_ORDER_KEY}';\n"),
    ("plugin/config.json", f'{{"order_key": "{_DRAWN_KEY}"}}\n'),
    # an electronic invoice's access key
    ("facturacion/autorizados/factura.xml",
     f"<autorizacion>\n  <estado>AUTORIZADO</estado>\n  <numeroAutorizacion>{_SRI_KEY}</numeroAutorizacion>\n"
     f'  <comprobante><![CDATA[<factura id="comprobante"><infoTributaria><claveAcceso>{_SRI_KEY}</claveAcceso>'
     f"</infoTributaria></factura>]]></comprobante>\n</autorizacion>\n"),
    ("facturacion/firmados/factura.xml", f"<factura>\n  <infoTributaria>\n    <claveAcceso>{_SRI_KEY}</claveAcceso>\n"
     "  </infoTributaria>\n</factura>\n"),
    ("facturacion/api.json", f'{{"estado": "AUTORIZADO", "claveAcceso": "{_SRI_KEY}"}}\n'),
    ("facturacion/sri.py", f'CLAVE_ACCESO = "{_SRI_KEY}"\n'),
    ("facturacion/sri.php", f"<?php\n$claveAcceso = '{_SRI_KEY}';\n"),
    ("nfe/nota.py", f'chave_acesso = "{_NFE_KEY}"\n'),
    ("nfe/nota.json", f'{{"chaveAcesso": "{_NFE_KEY}"}}\n'),
    ("nfe/nota.yaml", f'chave_de_acesso: "{_NFE_KEY}"\n'),
    # quoted-printable text
    ("docs/mail/reset-notice.eml", "From: a@example.com\nSubject: =?UTF-8?Q?Parol=C4=B1_yeniden_qurmaq?=\n\nSelam!\n"),
    ("mail/reset.eml", "From: a@example.com\nSubject: =?ISO-8859-1?Q?Passwort=E4nderung_f=FCr_Ihr_Konto?=\n\nHallo\n"),
    ("mail/reset.eml", "From: a@example.com\nContent-Transfer-Encoding: quoted-printable\n\n"
     "Ihr Passwort=C3=A4nderung wurde durchgef=C3=BChrt.\n"),
    ("mail/reset.eml", "From: a@example.com\nContent-Transfer-Encoding: quoted-printable\n\n"
     "Dein Kennwort=E4nderung wurde durchgef=FChrt.\n"),
    ("app/mailer.py", 'SUBJECT = "=?UTF-8?Q?Parol=C4=B1_yeniden_qurmaq?="\n'),
    # a session's id in an access log
    ("site/logs/access.log.1", _access_log(f"session={_SESSION}")),
    ("var/log/httpd/access_log", _access_log(f"session={_SESSION}")),
    ("logs/access.log.2024-11-11", _access_log(f"sid={_SID}")),
    ("app/logs/app.log.1", f"INFO request done session={_SESSION} user=7\n"),
    # a payment card's token
    ("logs/pagos-2025-03-12.log", f"2025-03-12 10:14:02 INFO  kushki: cargo iniciado pedido=4512 monto=84.50 token={_CULQI_TOKEN}\n"),
    ("logs/payments.log.1", f"2025-03-12 10:14:02 INFO stripe: charge created amount=1200 token={_CARD_TOKEN}\n"),
    ("app/tests/fixtures/charge.json", f'{{"amount": 1200, "card_token": "{_CARD_TOKEN}"}}\n'),
    ("app/checkout.js", f"const charge = {{ amount: 1200, cardToken: '{_CARD_TOKEN}' }};\n"),
    ("app/tests/test_pay.py", f'PAYMENT_TOKEN = "{_LIVE_CARD_TOKEN}"\n'),
    # a test's stand-in by its name
    ("app/tests/test_login.py", _login_test("DUMMY_PW", _STAND_IN, 'self.client.login(username="u", password=DUMMY_PW)')),
    ("app/tests/test_login.py", _login_test("SENHA_TESTE", _STAND_IN, 'self.client.login(username="u", password=SENHA_TESTE)')),
    ("kelas/tests/test_pendaftaran.py", _login_test("SANDI_TES", _STAND_IN, 'self.client.login(username="u", password=SANDI_TES)')),
    ("app/tests/test_login.py", _login_test("SANDI_PALSU", _STAND_IN, 'self.client.login(username="u", password=SANDI_PALSU)')),
    ("app/tests/test_api.py", _login_test("FAKE_TOKEN", _LOGGED_TOKEN, "Client(api_key=FAKE_TOKEN)")),
    ("app/tests/test_api.py", _login_test("TEST_PW", _STAND_IN, 'requests.get(url, auth=("u", TEST_PW))')),
    ("app/tests/test_api.py", f'KATA_SANDI_UJI = "{_STAND_IN}"\n'),
    # a masked key
    ("logs/app.log", f"2025-03-12 10:20:41 INFO  api_key={_MASKED_HEAD}\u2026{_MASKED_TAIL}\n"),
    ("config/handover.yaml", f"stripe:\n  secret_key: sk_live_{_MASKED_HEAD}\u2026{_MASKED_TAIL}\n"),
    # a test's password that says so
    ("kelas/tests/test_pendaftaran.py", 'def test_login(client):\n    client.login(username="u", password="sandi-tes-ora-nyata")\n'),
    ("app/tests/test_login.py", 'def test_login(client):\n    client.login(username="u", password="kata-sandi-palsu")\n'),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("filename, text, secret", SECRETS)
def test_the_real_credential_still_blocks(engine: Engine, filename: str, text: str, secret: str) -> None:
    assert secret in [finding.secret for finding in blocking(engine.scan_text(filename, text))]


@pytest.mark.parametrize("filename, text", DECOYS)
def test_the_decoy_passes(engine: Engine, filename: str, text: str) -> None:
    assert blocking(engine.scan_text(filename, text)) == []
