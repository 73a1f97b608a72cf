"""Issue 14, blind round of stop 60 (code and configuration): credentials in code that its readers missed, each beside
the decoys nearest to it. Generated fakes only: every value is built here from a seeded generator (seeds
5750000-5759999)."""
from __future__ import annotations

import base64
import json
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = 5750000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _hex(seed: int, length: int) -> str:
    """Generated hex: digits and letters both (a draw of one kind alone is redrawn one seed on)."""
    value = fakes.drawn(_SEED + seed, length, HEX)
    return value if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) else _hex(seed + 1, length)


def _word_pass(seed: int, joint: str = "!") -> str:
    """A password people make of words and digits around a symbol: `Word!Word1234`."""
    return f"{_alnum(seed, 5).capitalize()}{joint}{_alnum(seed + 1, 5)}{fakes.drawn(_SEED + seed, 4, string.digits)}"


_PSW = _word_pass(1)
_SHELL_KEY = _alnum(10, 40)
_ALGOLIA_KEY = _hex(20, 32)
_DSN_PASSWORD = _word_pass(30, "@")
_MERCHANT_KEY = fakes.drawn_mixed(_SEED + 40, 32, ALNUM + "#@%?&")


def _jwt(seed: int, role: str) -> str:
    """An HS256 JWT of `role`, signed with a drawn signature (base64url of 32 bytes)."""
    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode().rstrip("=")
    claims = {"iss": "supabase", "ref": fakes.drawn(_SEED + seed, 20, string.ascii_lowercase), "role": role, "iat": 1729792906}
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.{fakes.drawn_mixed(_SEED + seed + 1, 43, ALNUM + '-_')}"


_MERCHANT_API_KEY = _alnum(60, 32)
_INFLUX_PASSWORD = _alnum(70, 20)
_SERVICE_JWT, _CUSTOM_JWT, _ANON_JWT = _jwt(50, "service_role"), _jwt(52, "service"), _jwt(54, "anon")


def _supabase_ts(key: str, url: str = "'https://qzkrubobtj.supabase.co'") -> str:
    return (f"import {{ createClient }} from '@supabase/supabase-js';\n\nconst supabase = createClient({url}, '{key}');\n"
            "await supabase.from('items').insert([{ name: 'x' }]);\n")
_ALGOLIA_APP = fakes.drawn(_SEED + 21, 10, string.ascii_uppercase + string.digits)


def _algolia_php(class_name: str, comment: str = "") -> str:
    return ("<?php\nnamespace Shop\\Search;\n\nuse Algolia\\AlgoliaSearch\\SearchClient;\n\n" + comment
            + f"final class {class_name} {{\n    public static function client(): SearchClient {{\n"
            f"        return SearchClient::create('{_ALGOLIA_APP}', '{_ALGOLIA_KEY}');\n    }}\n}}\n")

# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # SMSC's `psw` beside its `login` as a mapping's quoted items (PHP's http_build_query array, a Python dict)
    ("sms/send.php", "<?php\n$q = http_build_query([\n    'login' => 'shop_bot',\n"
                     f"    'psw'   => '{_PSW}',\n    'phones' => $phone,\n]);\n", _PSW),
    ("sms.py", f'params = {{\n    "login": "shop_bot",\n    "psw": "{_PSW}",\n    "mes": text,\n}}\n', _PSW),
    # a shell variable's literal continued by `\` (the shell joins the parts), sent as an API key header below
    ("scripts/submit.sh", f'#!/usr/bin/env bash\nKEY="{_SHELL_KEY[:20]}\\\n{_SHELL_KEY[20:]}"\n'
                          'curl -fsS -H "X-Api-Key: $KEY" "https://api.vendor.example.org/v1/upload"\n', _SHELL_KEY),
    ("scripts/submit.sh", f'#!/usr/bin/env bash\nCUSTOMS={_SHELL_KEY[:14]}\\\n{_SHELL_KEY[14:28]}\\\n{_SHELL_KEY[28:]}\n'
                          'curl -H "X-Auth-Token: ${CUSTOMS}" https://api.vendor.example.org/v1/upload\n', _SHELL_KEY),
    # an Algolia client in code named for writing the index (an indexer's holds the admin key)
    ("src/Search/Indexer.php", _algolia_php("Indexer"), _ALGOLIA_KEY),
    ("search/products.py", f"from algoliasearch.search_client import SearchClient\n\n\nclass ProductIndexer:\n"
                           f"    def __init__(self):\n        self.client = SearchClient.create('{_ALGOLIA_APP}', '{_ALGOLIA_KEY}')\n",
     _ALGOLIA_KEY),
    # a connection string split inside its password's value (implicit concatenation, `+` over lines)
    ("etl/load.py", f'import psycopg2\n\nDSN = ("host=warehouse.corp.internal dbname=sales user=etl password={_DSN_PASSWORD[:7]}"\n'
                    f'       "{_DSN_PASSWORD[7:]} sslmode=require")\nconn = psycopg2.connect(DSN)\n', _DSN_PASSWORD),
    ("src/Db.java", 'class Db {\n    static final String URL = "jdbc:sqlserver://sql01.corp.internal:1433;databaseName=erp;"\n'
                    f'        + "user=erp_app;password={_DSN_PASSWORD[:5]}"\n        + "{_DSN_PASSWORD[5:]};encrypt=true";\n}}\n',
     _DSN_PASSWORD),
    # a Basic credential encoded from two names joined by `:`, the second a literal constant of the file
    ("app/Payme/Merchant.php", "<?php\nfinal class Merchant\n{\n    private const LOGIN = 'Paycom';\n"
                               f"    private const KEY = '{_MERCHANT_KEY}';\n\n    public static function ok(string $h): bool\n    {{\n"
                               "        return hash_equals('Basic ' . base64_encode(self::LOGIN . ':' . self::KEY), $h);\n    }\n}\n",
     _MERCHANT_KEY),
    ("src/client.js", f"const USER = 'shop-42';\nconst KEY = '{_MERCHANT_KEY}';\n\n"
                      "export const headers = { Authorization: 'Basic ' + btoa(`${USER}:${KEY}`) };\n", _MERCHANT_KEY),
    ("client.py", f'import base64\n\nUSER = "shop-42"\nSECRET = "{_MERCHANT_KEY}"\n'
                  'HEADERS = {"Authorization": "Basic " + base64.b64encode(f"{USER}:{SECRET}".encode()).decode()}\n', _MERCHANT_KEY),
    # a Supabase client given a project key other than the public anon key, as a call's argument
    ("scripts/seed.ts", _supabase_ts(_SERVICE_JWT), _SERVICE_JWT.rsplit(".", 1)[0] + "."),
    ("scripts/seed.ts", _supabase_ts(_CUSTOM_JWT), _CUSTOM_JWT.rsplit(".", 1)[0] + "."),
    ("seed.py", f'from supabase import create_client\n\nsb = create_client(SUPABASE_URL, "{_CUSTOM_JWT}")\n',
     _CUSTOM_JWT.rsplit(".", 1)[0] + "."),
    # a payment gateway's string to sign, the merchant's API key appended as its last `key` parameter
    ("logs/checkout.log", "2024-06-11T09:12:04 DEBUG pay precreate appid=kp1a0f3c8e9b2d merch_code=200341\n"
                          f"2024-06-11T09:12:04 DEBUG pay sign input: appid=kp1a0f3c8e9b2d&merch_code=200341&nonce_str=Q8X2&key={_MERCHANT_API_KEY}\n",
     _MERCHANT_API_KEY),
    ("pay/wechat.py", f'string_sign_temp = "appid=wx2421b1c4370ec43b&body=test&mch_id=10000100&key={_MERCHANT_API_KEY}"\n'
                      "sign = hashlib.md5(string_sign_temp.encode()).hexdigest().upper()\n", _MERCHANT_API_KEY),
    # InfluxDB 1.x's query login (`u=…&p=…`), in a URL's piece of its own or whole
    ("agent/src/influx.rs", 'pub fn url() -> String {\n    concat!(\n        "https://influx.plant.internal:8086/write?db=water",\n'
                            f'        "&u=agent&p={_INFLUX_PASSWORD}"\n    )\n    .to_string()\n}}\n', _INFLUX_PASSWORD),
    ("scripts/backup.sh", f'curl -G "http://influx01:8086/query?p={_INFLUX_PASSWORD}&u=admin" --data-urlencode "q=SHOW DATABASES"\n',
     _INFLUX_PASSWORD),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # a `psw` item holding a number (a CPU's program status word); a drawn one is a password
    # wherever it stands (`psw` is a password word since md1's fix), login or not
    ("regs.py", 'state = {\n    "pc": 4096,\n    "psw": "0x0000000000020F00",\n}\n'),
    # the login beside a reference
    ("sms/send.php", "<?php\n$q = http_build_query([\n    'login' => 'shop_bot',\n    'psw'   => $this->password,\n]);\n"),
    ("sms/send.php", "<?php\n$q = http_build_query([\n    'login' => 'shop_bot',\n    'psw'   => 'your-password-here',\n]);\n"),
    # single quotes keep the backslash and the line break: no token; a continued reference
    ("scripts/submit.sh", f"#!/usr/bin/env bash\nKEY='{_SHELL_KEY[:20]}\\\n{_SHELL_KEY[20:]}'\n"
                          'curl -fsS -H "X-Api-Key: $KEY" "https://api.vendor.example.org/v1/upload"\n'),
    ("scripts/submit.sh", '#!/usr/bin/env bash\nKEY="${VENDOR_KEY_PREFIX}\\\n${VENDOR_KEY_REST}"\n'
                          'curl -fsS -H "X-Api-Key: $KEY" "https://api.vendor.example.org/v1/upload"\n'),
    # an Algolia client that only searches (the search-only key is public), or says it is search-only
    ("src/Search/Finder.php", _algolia_php("Finder")),
    ("src/Search/Indexer.php", _algolia_php("Indexer", "// search-only key: indexing runs in the back office\n")),
    ("web/search.js", "import algoliasearch from 'algoliasearch/lite';\n// results page (indexing is nightly)\n"
                      f"const client = algoliasearch('{_ALGOLIA_APP}', '{_ALGOLIA_KEY}');\n"),
    # the joined names read from elsewhere (the environment), or set to a stand-in
    ("app/Payme/Merchant.php", "<?php\nfinal class Merchant\n{\n    private const LOGIN = 'Paycom';\n\n"
                               "    public static function ok(string $h, string $key): bool\n    {\n"
                               "        return hash_equals('Basic ' . base64_encode(self::LOGIN . ':' . $key), $h);\n    }\n}\n"),
    ("src/client.js", "const USER = 'shop-42';\nconst KEY = 'your-merchant-key';\n\n"
                      "export const headers = { Authorization: 'Basic ' + btoa(`${USER}:${KEY}`) };\n"),
    # Supabase's anon key (public by design), another service's client given a JWT
    ("web/supabase.ts", _supabase_ts(_ANON_JWT)),
    ("web/feed.ts", f"import {{ createClient }} from 'feeds-sdk';\nconst c = createClient('https://feeds.vendor.io', '{_CUSTOM_JWT}');\n"),
    # a string to sign ending in a stand-in key; a `key` parameter on a line that signs nothing
    ("logs/checkout.log", "2024-06-11T09:12:04 DEBUG pay sign input: appid=kp1a0f3c8e9b2d&nonce_str=Q8X2&key=YOUR_MERCHANT_KEY\n"),
    ("logs/cache.log", f"2024-06-11T09:12:04 DEBUG slot assigned: region=eu&key={_MERCHANT_API_KEY}\n"),
    # `u` and `p` as a page's numbers, or references; `p` alone
    ("web/list.js", "fetch(`/api/items?u=42&p=3`);\nconst next = '/items?u=7&p=12';\n"),
    ("scripts/backup.sh", 'curl -G "http://influx01:8086/query?u=${INFLUX_USER}&p=${INFLUX_PASSWORD}" --data-urlencode "q=SHOW DATABASES"\n'),
    ("web/search.py", f'URL = "https://shop.example.org/search?q=shoes&p={_INFLUX_PASSWORD}"\n'),
    # a split inside a parameter that is no credential
    ("etl/load.py", f'DSN = ("host=warehouse.corp.internal dbname={_DSN_PASSWORD[:7]}"\n       "{_DSN_PASSWORD[7:]} user=etl")\n'),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert found == [], [(finding.type, finding.secret[:8]) for finding in found]
