"""Blind round of stop 70 (credentials written in code): Yandex Cloud's IAM tokens (`t1.…`) where the text says Yandex or
the token opens with its fixed header; a C macro named in another language (`#define JETON_APPAREIL "…"`); a name assigned
a literal, given as a mapping's entry under a credential's key (`data={"client_secret": SHOP_SECURE}`, Ruby's `=>`); a map
of keys written as Lua's `["gate"] = "…"`, Ruby's `=>`, Java's `Map.of(…)`, and a bare `keys`/`KEYS` map holding an issued
key's shape (`akt_…`); French's `clé` as code writes it (`CLE_API`), a split key joined under it. Their neighbours stay
none: a placeholder, a URL, a keyboard's or a cache's `KEYS`, a `client_id` entry, a bare `cle`, a macro of a length, a
`t1.` token with no Yandex said. Through the engine. Generated fakes only: seeds 9420000-9420999."""
from __future__ import annotations

import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_URLSAFE = string.ascii_letters + string.digits + "_-"
_TOKENS = [drawn_mixed(9420000 + step, 32) for step in range(12)]


def _iam_token(seed: int) -> str:
    """A Yandex Cloud IAM token's shape: `t1.9euelZ`, a base64url body, `.`, an 86-character signature."""
    return "t1.9euelZ" + drawn(seed, 220, _URLSAFE) + "." + drawn(seed + 1, 86, _URLSAFE)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in _blocked(engine, filename, text)]


@pytest.mark.parametrize("filename,text", [
    ("scripts/resize.py", 'import requests\nIAM = "{token}"  # yc iam create-token\nFN = "https://functions.yandexcloud.net/d4e"\n'),
    ("deploy/call.sh", '#!/bin/sh\ncurl -H "Authorization: Bearer {token}" https://llm.api.cloud.yandex.net/foundationModels/v1\n'),
    (".env", "YC_IAM_TOKEN={token}\n"),
    ("src/Client.java", 'class C {{\n  static final String IAM = "{token}";\n}}\n'),
])
def test_a_yandex_iam_token_blocks(engine: Engine, filename: str, text: str) -> None:
    token = _iam_token(9420100)
    assert token in _secrets(engine, filename, text.format(token=token))


def test_a_dotted_token_of_no_yandex_shape_stays_none(engine: Engine) -> None:
    # (`t1.` and two runs, the body not the IAM header and no Yandex said: a build's hash pair, a versioned id)
    value = "t1." + drawn(9420110, 120, string.ascii_lowercase) + "." + drawn(9420111, 50, string.ascii_lowercase)
    assert _secrets(engine, "build/ids.txt", f"artifact {value}\n") == []


@pytest.mark.parametrize("filename,text", [
    ("firmware/src/config.h", '#ifndef CONFIG_H\n#define APN "internet.example.net"\n#define JETON_APPAREIL "{v}"\n#endif\n'),
    ("sketch/secrets.h", '#define CLAVE_API "{v}"\n'),
    ("sketch/secrets.h", '#define SENHA_WIFI "{v}"  // rede da oficina\n'),
    ("board/keys.h", '#define CHIAVE_SEGRETA "{v}"\n'),
])
def test_a_c_macro_named_in_another_language_blocks(engine: Engine, filename: str, text: str) -> None:
    assert _TOKENS[0] in _secrets(engine, filename, text.format(v=_TOKENS[0]))


@pytest.mark.parametrize("text", [
    '#define JETON_LEN 64\n',
    '#define JETON_APPAREIL "YOUR_DEVICE_TOKEN"\n',
    '#define CLAVE_URL "https://api.example.com/v1/claves"\n',
    '#define SENHA_PROMPT "Digite a senha"\n',
])
def test_a_localized_macro_of_no_credential_stays_none(engine: Engine, text: str) -> None:
    assert _secrets(engine, "firmware/config.h", text) == []


@pytest.mark.parametrize("filename,text", [
    ("delivery/courier.py", 'SHOP_SECURE = "{v}"\n\n\ndef token():\n    return post(URL, data={{"client_secret": SHOP_SECURE}})\n'),
    ("delivery/courier.py", 'SHOP_SECURE = "{v}"\n\nr = post(URL, data={{\n    "grant_type": "client_credentials",\n'
                            '    "client_secret": SHOP_SECURE,\n}})\n'),
    ("lib/client.rb", 'SHOP_PW = "{v}"\n\nclient = Shop::Client.new("password" => SHOP_PW)\n'),
    ("app/api.py", "VENDOR_X = '{v}'\nsession.headers.update({{'api_key': VENDOR_X}})\n"),
])
def test_a_name_given_as_a_credential_entry_blocks(engine: Engine, filename: str, text: str) -> None:
    assert _TOKENS[1] in _secrets(engine, filename, text.format(v=_TOKENS[1]))


@pytest.mark.parametrize("text", [
    'SHOP_SECURE = "YOUR_CLIENT_SECRET"\nr = post(URL, data={{"client_secret": SHOP_SECURE}})\n',
    'SHOP_ID = "{v}"\nr = post(URL, data={{"client_id": SHOP_ID}})\n',
    'TOKEN_FIELD = "x-api-token"\nheaders = {{"token": TOKEN_FIELD}}\n',
    'SHOP_URL = "https://shop.example.com/oauth"\nr = post(URL, data={{"client_secret": SHOP_URL}})\n',
])
def test_a_name_given_as_an_entry_of_no_secret_stays_none(engine: Engine, text: str) -> None:
    assert _secrets(engine, "delivery/courier.py", text.format(v=_TOKENS[2])) == []


@pytest.mark.parametrize("filename,text", [
    ("nginx/lua/check_gate.lua", 'local keys = {{\n  ["gate-a"] = "gk_{v}",\n  ["gate-b"] = os.getenv("GATE_B"),\n}}\n'),
    ("nginx/lua/check_gate.lua", 'local api_keys = {{ ["gate-a"] = "{v}" }}\n'),
    ("src/main/java/gw/PartnerAuth.java", 'private static final Map<String, String> KEYS = Map.of(\n'
                                          '    "partner-a", "akt_{v}"\n);\n'),
    ("src/main/java/gw/PartnerAuth.java", 'static final Map<String, String> PARTNER_KEYS = Map.of("partner-a", "{v}");\n'),
    ("src/main/kotlin/Auth.kt", 'val API_KEYS = mapOf(\n    "partner-a" to "{v}",\n)\n'),
    ("lib/partners.rb", 'API_KEYS = {{\n  "partner-a" => "{v}",\n}}\n'),
    ("app/partners.py", 'KEYS = {{\n    "partner-a": "mtk_live_{v}",\n}}\n'),
])
def test_a_map_of_keys_blocks(engine: Engine, filename: str, text: str) -> None:
    blocked = _secrets(engine, filename, text.format(v=_TOKENS[3]))
    assert any(_TOKENS[3] in secret for secret in blocked)


@pytest.mark.parametrize("filename,text", [
    ("game/input.lua", 'local keys = {{\n  ["up"] = "ArrowUp",\n  ["down"] = "ArrowDown",\n}}\n'),
    ("app/cache.py", 'KEYS = {{\n    "profile": "user_profile_cache_v2",\n    "feed": "feed:{{user}}",\n}}\n'),
    ("src/main/java/Keys.java", 'static final Map<String, String> KEYS = Map.of(\n    "partner-a", "{v}"\n);\n'),
    ("src/main/java/Keys.java", 'static final Map<String, String> KEYS = Map.of("save", "ctrl_s", "open", "ctrl_o");\n'),
    ("app/i18n.py", 'KEYS = {{"title": "page_title_heading_for_the_home_screen"}}\n'),
    # (a publishable key, public by design, under a bare `KEYS` as under `PUBLISHABLE_KEY`)
    ("app/checkout.py", 'KEYS = {{\n    "shop-a": "pk_live_{v}",\n}}\n'),
])
def test_a_keys_map_of_no_issued_key_stays_none(engine: Engine, filename: str, text: str) -> None:
    # (a bare `KEYS` map: an issued key's prefixed shape alone, not a drawn value without one, nor names)
    assert _secrets(engine, filename, text.format(v=_TOKENS[4])) == []


@pytest.mark.parametrize("filename,text", [
    ("paiements/mobile.py", '_A = "{a}"\n_B = "{b}"\nCLE_API = _A + _B\n'),
    ("paiements/mobile.py", 'CLE_API = "{a}{b}"\n'),
    ("config/app.yml", "cle_secrete: {a}{b}\n"),
    ("src/Paiement.java", 'private static final String CLE_API = "{a}{b}";\n'),
])
def test_a_french_key_name_blocks(engine: Engine, filename: str, text: str) -> None:
    a, b = drawn_mixed(9420200, 20), drawn_mixed(9420201, 20)
    blocked = _secrets(engine, filename, text.format(a=a, b=b))
    assert any(a in secret for secret in blocked)


@pytest.mark.parametrize("text", [
    'cle = "{v}"\n',
    'ARTICLE_ID = "{v}"\n',
    'VEHICLE_KEY_ID = "VIN-1HGCM82633A004352"\n',
    'CLE_API = "VOTRE_CLE_API"\n',
    'MOT_CLE = "livraison"\n',
])
def test_a_french_name_of_no_key_stays_none(engine: Engine, text: str) -> None:
    assert _secrets(engine, "app/settings.py", text.format(v=_TOKENS[5])) == []
