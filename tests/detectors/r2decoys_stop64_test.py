"""Stop 64's blocked decoys, second round: a Supabase publishable key (`sb_publishable_…`, the browser's key, public by
design) given to `createClient` or assigned, and a Firebase web configuration's `apiKey` whose Google-headed value is
not an issued key's 39 characters (`AIzaSyD-PUBLIC-web-config-restricted-key00`); and the true forms beside each that
still block (the nearest credential each narrowing could pass: Supabase's `sb_secret_…`, another Google-headed value
under another name beside the config, the config said to be unrestricted, the same value outside a Firebase config).
Generated fakes only: every value is built here from a seeded generator (seeds 7460000-7460999)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
KEY_CHARACTERS = ALNUM + "-_"
_SEED = 7460000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _google_headed(seed: int, length: int) -> str:
    """`AIzaSy` and drawn key characters: `length` after `AIza` (an issued key has 35; these are longer)."""
    return "AIzaSy" + fakes.drawn(_SEED + seed, length - 2, KEY_CHARACTERS)


def _supabase_ts(key: str) -> str:
    return ('import { createClient } from "@supabase/supabase-js";\n\n'
            "export const supabase = createClient(\n"
            '  "https://abcdefghijklmnop.supabase.co",\n'
            f'  "{key}",\n);\n')


def _supabase_one_line(key: str) -> str:
    return f'export const supabase = createClient("https://abcdefghijklmnop.supabase.co", "{key}");\n'


def _supabase_py(key: str) -> str:
    return ("from supabase import create_client\n\n"
            f'supabase = create_client("https://abcdefghijklmnop.supabase.co", "{key}")\n')


def _dotenv(name: str, key: str) -> str:
    return f"SUPABASE_URL=https://abcdefghijklmnop.supabase.co\n{name}={key}\n"


def _firebase_json(api_key: str, extra: str = "") -> str:
    return ("{\n"
            f'  "apiKey": "{api_key}",\n'
            '  "authDomain": "trail-bookings.firebaseapp.com",\n'
            '  "projectId": "trail-bookings",\n'
            '  "storageBucket": "trail-bookings.appspot.com",\n'
            '  "messagingSenderId": "418820337261",\n'
            f'  "appId": "1:418820337261:web:7c3a9e1f0b2d4e5a6c8b9d"{extra}\n'
            "}\n")


def _firebase_ts(api_key: str, comment: str = "") -> str:
    return (f"{comment}const firebaseConfig = {{\n"
            f'  apiKey: "{api_key}",\n'
            '  authDomain: "trail-bookings.firebaseapp.com",\n'
            '  projectId: "trail-bookings",\n'
            "};\n\nexport const app = initializeApp(firebaseConfig);\n")


_PUBLISHABLE = "sb_publishable_" + _alnum(1, 32)
_SECRET = "sb_secret_" + _alnum(2, 32)
_STAND_IN = "AIzaSyD-PUBLIC-web-config-restricted-key00"
_LONG_GOOGLE_HEADED = _google_headed(3, 38)
_ISSUED_GOOGLE_KEY = _google_headed(4, 35)

# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # Supabase's secret key where its publishable sibling passes: the client's call (over lines, on one line, Python's),
    # a dotenv line, an object's field; a key with Supabase's `sb_` head and no publishable word
    ("loyalty-app/admin/src/supabase.ts", _supabase_ts(_SECRET), _SECRET),
    ("loyalty-app/admin/src/supabase.ts", _supabase_one_line(_SECRET), _SECRET),
    ("admin/db.py", _supabase_py(_SECRET), _SECRET),
    ("admin/.env", _dotenv("SUPABASE_KEY", _SECRET), _SECRET),
    ("admin/src/config.ts", f'export const config = {{ supabaseKey: "{_SECRET}" }};\n', _SECRET),
    ("admin/src/supabase.ts", _supabase_ts("sb_" + _alnum(5, 40)), "sb_" + _alnum(5, 40)),
    # a Google-headed value of another length: under another name beside the Firebase config, in the config said to
    # be unrestricted, under `apiKey` where no Firebase configuration is; an issued key said to be unrestricted
    ("booking-web/src/firebase-config.json",
     _firebase_json(_STAND_IN, f',\n  "geminiApiKey": "{_LONG_GOOGLE_HEADED}"'), _LONG_GOOGLE_HEADED),
    ("booking-web/src/firebase.ts",
     _firebase_ts(_LONG_GOOGLE_HEADED, "// unrestricted key: the old console project\n"), _LONG_GOOGLE_HEADED),
    ("booking-web/src/config.json", f'{{\n  "apiKey": "{_LONG_GOOGLE_HEADED}"\n}}\n', _LONG_GOOGLE_HEADED),
    ("booking-web/src/firebase.ts",
     _firebase_ts(_ISSUED_GOOGLE_KEY, "// unrestricted key: the old console project\n"), _ISSUED_GOOGLE_KEY),
    # a drawn key of no Google head under the config's `apiKey`
    ("booking-web/src/firebase-config.json", _firebase_json(_alnum(6, 40)), _alnum(6, 40)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # Supabase's publishable key: given to the client (over lines, on one line, Python's), assigned in a dotenv file
    # and an object's field
    ("loyalty-app/web/src/supabase.ts", _supabase_ts(_PUBLISHABLE)),
    ("loyalty-app/web/src/supabase.ts", _supabase_one_line(_PUBLISHABLE)),
    ("web/db.py", _supabase_py(_PUBLISHABLE)),
    ("web/.env", _dotenv("SUPABASE_KEY", _PUBLISHABLE)),
    ("web/src/config.ts", f'export const config = {{ supabaseKey: "{_PUBLISHABLE}" }};\n'),
    # a Firebase web configuration's `apiKey` of a Google head and another length: a stand-in saying so, a drawn one,
    # in JSON and in the web app's code; an issued key's length there (a warning, as before)
    ("booking-web/src/firebase-config.json", _firebase_json(_STAND_IN)),
    ("booking-web/src/firebase-config.json", _firebase_json(_LONG_GOOGLE_HEADED)),
    ("booking-web/src/firebase.ts", _firebase_ts(_STAND_IN)),
    ("booking-web/src/firebase.ts", _firebase_ts(_LONG_GOOGLE_HEADED)),
    ("booking-web/src/firebase-config.json", _firebase_json(_ISSUED_GOOGLE_KEY)),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert secret in [finding.secret for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
