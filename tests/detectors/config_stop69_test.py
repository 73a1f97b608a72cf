"""Stop 69's misses in configuration and request files (blind sets OK, OL, OO): credentials in forms a team keeps.

- an XML element named in another alphabet (1C's exchange settings: `<Пароль>…</Пароль>`), as `<Password>` is read;
  an escaped stand-in in angle brackets (`<Пароль>&lt;скрыт&gt;</Пароль>`) is none;
- a request file's (`.http`, `.rest`, Bruno's `.bru`) Bearer JWT kept in a `docs/` tree, its expiry passed: the file is
  sent as written, no fixture's; a test's own request file stays a fixture;
- Flip for Business' secret key (base64 of `$2y$13$…`) where the text or the path says Flip, under any name;
- Indonesian's and Sundanese's `sandi` alone as a password's name (`sandi: …`, `SANDI_DB=…`, an XML comment's note),
  a bank's or Morse's code (`SANDI_BANK`) none;
- DJI's app license (`app_license`, `appLicense`) where the text says DJI or FlightHub.

Their neighbours pass: placeholders, references, a bcrypt hash under a hash's name, an i18n label, a code.
Generated fakes only: seeds 9040000-9049999.
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

_SEED = 9040000
_BCRYPT_ALPHABET = "./" + string.ascii_letters + string.digits


def _chosen(seed: int) -> str:
    """A password a person chose: two capitalised words, a symbol, four digits (`Calung!Pucuk7774`)."""
    first = fakes.drawn(seed, 1, string.ascii_uppercase) + fakes.drawn(seed + 1, 5, "aeioukmnprstlw")
    second = fakes.drawn(seed + 2, 1, string.ascii_uppercase) + fakes.drawn(seed + 3, 4, "aeioukmnprstlw")
    return first + fakes.drawn(seed + 4, 1, "*!?+#") + second + fakes.drawn(seed + 5, 4, string.digits)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt(seed: int, exp: int) -> str:
    """An HS256 JWT, expired at `exp`, its signature drawn."""
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"exp": exp, "iat": exp - 2592000, "role": "user", "sign": fakes.drawn(seed, 64, "0123456789abcdef"),
              "sub": "4821"}
    payload = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{header}.{payload}.{_b64url(bytes(fakes.drawn(seed + 1, 32, string.ascii_letters).encode()))}"


def _flip_key(seed: int, head: str = "$2y$13$") -> str:
    return base64.b64encode((head + fakes.drawn(seed, 53, _BCRYPT_ALPHABET)).encode()).decode()


def _dji_license(seed: int) -> str:
    return base64.b64encode(fakes.drawn_mixed(seed, 300).encode()).decode()


_CHOSEN = _chosen(_SEED + 10)
_JWT = _jwt(_SEED + 20, 1728640000)
_FLIP = _flip_key(_SEED + 30)
_FLIP_HASH = _flip_key(_SEED + 40, "$2a$10$")
_DJI = _dji_license(_SEED + 50)
_HEX32 = fakes.drawn(_SEED + 60, 32, "0123456789abcdef")

# (file name, text, the secret the blocking finding holds)
SECRETS: List[Tuple[str, str, str]] = [
    # an XML element named in Cyrillic, as 1C's exchange settings write it; Greek's and Japanese's too
    ("shop/1c/ОбменССайтом.xml",
     f"<НастройкиОбмена>\n  <ИмяПользователя>exchange1c</ИмяПользователя>\n  <Пароль>{_CHOSEN}</Пароль>\n</НастройкиОбмена>\n",
     _CHOSEN),
    ("shop/1c/exchange.xml", f"<Узел>\n  <ПарольПользователя>{_CHOSEN}</ПарольПользователя>\n</Узел>\n", _CHOSEN),
    ("app/settings.xml", f"<settings>\n  <Κωδικός>{_CHOSEN}</Κωδικός>\n</settings>\n", _CHOSEN),
    ("app/settings.xml", f"<settings>\n  <パスワード>{_CHOSEN}</パスワード>\n</settings>\n", _CHOSEN),
    # a request file's Bearer JWT in a docs tree, its expiry passed
    ("booking/docs/eskiz.http", f"POST https://notify.eskiz.uz/api/message/sms/send\nAuthorization: Bearer {_JWT}\n", _JWT),
    ("examples/requests/sms.rest", f"GET https://notify.eskiz.uz/api/user/get-limit\nAuthorization: Bearer {_JWT}\n", _JWT),
    ("docs/bruno/sms.bru", f"headers {{\n  Authorization: Bearer {_JWT}\n}}\n", _JWT),
    # Flip's secret key, under any name, where the text or path says Flip
    ("koperasi/keuangan/flip.yaml", f"flip:\n  base_url: https://bigflip.id/api/v3\n  secret_key: \"{_FLIP}\"\n", _FLIP),
    ("app/.env", f"FLIP_SECRET_KEY={_FLIP}\n", _FLIP),
    ("config/flip.php", f"<?php\nreturn [\n    'secret_key' => '{_FLIP}',\n];\n", _FLIP),
    ("src/payout.js", f"const flip = new Flip({{ secretKey: \"{_FLIP}\" }});\n", _FLIP),
    # `sandi` alone as a password's name: a comment's note, a setting, a name head first
    ("inventori/.idea/dataSources.local.xml",
     f"<project version=\"4\">\n  <user-name>u4819203_inv</user-name>\n</project>\n<!-- sandi: {_CHOSEN} (Ujang) -->\n",
     _CHOSEN),
    ("app/config.yaml", f"db:\n  user: inv\n  sandi: {_CHOSEN}\n", _CHOSEN),
    ("app/.env", f"SANDI_DB={_CHOSEN}\n", _CHOSEN),
    ("notes/wifi.txt", f"Sandi: {_CHOSEN}\n", _CHOSEN),
    # DJI's app license where the text says DJI or FlightHub
    ("drone/flighthub_sync.json", f'{{\n  "note": "sync from DJI FlightHub 2",\n  "app_id": 148201,\n  "app_license": "{_DJI}"\n}}\n',
     _DJI),
    ("web/src/api/http/config.ts", f"// DJI Cloud API\nexport const CONFIG = {{\n  appId: '148201',\n  appLicense: '{_DJI}',\n}};\n",
     _DJI),
    ("drone/.env", f"# DJI Cloud API\nDJI_APP_LICENSE={_DJI}\n", _DJI),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    ("shop/1c/exchange.xml", "<Узел>\n  <Пароль>&lt;скрыт&gt;</Пароль>\n</Узел>\n"),
    ("shop/1c/exchange.xml", "<Узел>\n  <Пароль>${EXCHANGE_PASSWORD}</Пароль>\n</Узел>\n"),
    ("shop/1c/exchange.xml", "<Узел>\n  <ХранитьПароль>true</ХранитьПароль>\n  <ДлинаПароля>12</ДлинаПароля>\n</Узел>\n"),
    ("shop/1c/exchange.xml", "<Узел>\n  <Склад>Основной (Грозный)</Склад>\n  <ВидЦены>Розничная</ВидЦены>\n</Узел>\n"),
    # a test's own expired token; a request file's variable; documentation's prose
    ("tests/api/expired.http", f"GET https://notify.eskiz.uz/api/user/get-limit\nAuthorization: Bearer {_JWT}\n"),
    ("docs/eskiz.http", "GET https://notify.eskiz.uz/api/user/get-limit\nAuthorization: Bearer {{eskiz_token}}\n"),
    ("docs/api.md", f"    Authorization: Bearer {_JWT}\n"),
    # a bcrypt hash base64'd under a hash's name, where nothing says Flip; Argo CD's admin password hash
    ("config/users.yaml", f"password_hash: {_FLIP}\n"),
    ("k8s/argocd-secret.yaml", f"data:\n  admin.password: {_FLIP_HASH}\n"),
    ("koperasi/keuangan/flip.yaml", "flip:\n  secret_key: ${FLIP_SECRET_KEY}\n"),
    # `sandi` as a code, a label, a reference
    ("app/.env", "SANDI_BANK=0140397\nKODE_SANDI_CABANG=0140012\n"),
    ("app/config.yaml", "transfer:\n  sandi_bank: \"0140397\"\n  sandi: ${DB_SANDI}\n"),
    ("lang/id.json", '{"sandi": "Kata Sandi", "lupa_sandi": "Lupa kata sandi?", "sandi_salah": "Sandi salah, coba lagi"}\n'),
    ("lang/id.php", "<?php\nreturn [\n    'sandi' => 'Kata sandi',\n    'sandi_baru' => 'Sandi baru',\n];\n"),
    ("notes/pramuka.txt", "sandi morse: ...---...\n"),
    ("web/login.html", '<input type="password" name="sandi" placeholder="Masukkan sandi">\n'),
    # DJI's demo placeholder; a license where nothing says DJI (a grid's, public in a page)
    ("web/src/api/http/config.ts", "// DJI Cloud API\nexport const CONFIG = {\n  appLicense: 'Please enter the app license.',\n};\n"),
    ("web/src/grid.ts", f"const app_license = \"{_DJI}\";\n"),
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
