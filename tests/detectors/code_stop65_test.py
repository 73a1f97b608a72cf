"""Stop 65's blind misses in code (TypeScript, Java, Rust), each beside the decoys nearest to it: a Supabase client's
call broken one argument a line (`createClient(` then the project's URL, then the key) given a signed JWT that is not
the public anon key, with no `role` claim too (the anon key and a user's session always carry theirs).
Generated fakes only (seeds 7630000-7630099)."""
from __future__ import annotations

import base64
import json
import string
import time
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7630000
_URL_SAFE = string.ascii_letters + string.digits + "-_"


def _jwt(seed: int, claims: dict) -> str:
    """An HS256 JWT of `claims`, its signature drawn (43 base64url characters, 32 bytes)."""
    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.{fakes.drawn_mixed(_SEED + seed, 43, _URL_SAFE)}"


def _reported(token: str) -> str:
    """What JwtTokenDetector reports of a token: its header and payload, the signature left off."""
    return token.rsplit(".", 1)[0] + "."


_NO_ROLE_JWT = _jwt(1, {"sub": "box-office-" + fakes.drawn(_SEED + 2, 3, string.digits), "scope": "tickets:write", "iat": 1785665015})
_SERVICE_JWT = _jwt(3, {"iss": "supabase", "ref": fakes.drawn(_SEED + 4, 20, string.ascii_lowercase), "role": "service_role",
                        "iat": 1785665015})
_ANON_JWT = _jwt(5, {"iss": "supabase", "ref": fakes.drawn(_SEED + 6, 20, string.ascii_lowercase), "role": "anon", "iat": 1785665015})
_SESSION_JWT = _jwt(7, {"sub": fakes.uuid4(_SEED + 8), "role": "authenticated", "iat": 1785665015, "exp": int(time.time()) + 86400 * 3650})
_EXPIRED_JWT = _jwt(9, {"sub": "box-office-207", "scope": "tickets:write", "iat": 1600000000, "exp": 1600003600})


def _supabase_ts(key: str, url: str = '"https://ttmarshals.supabase.co"', opened: str = "createClient(") -> str:
    return ('import { createClient } from "@supabase/supabase-js";\n\n// server side only\n'
            f"export const admin = {opened}\n  {url},\n  \"{key}\",\n  {{ auth: {{ persistSession: false }} }},\n);\n")


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # a signed JWT with no role given to a Supabase client, its call broken one argument a line (prettier's form)
    ("web/src/server/supabase.ts", _supabase_ts(_NO_ROLE_JWT), _reported(_NO_ROLE_JWT)),
    # ... the client typed with its schema (`createClient<Database>(`), the URL by its name
    ("web/src/server/db.ts", _supabase_ts(_NO_ROLE_JWT, "process.env.SUPABASE_URL!", "createClient<Database>("), _reported(_NO_ROLE_JWT)),
    # a service_role key in the same broken call (it blocked on one line before)
    ("web/src/server/admin.ts", _supabase_ts(_SERVICE_JWT), _reported(_SERVICE_JWT)),
    # Python's client, black's break
    ("scripts/seed.py", f'from supabase import create_client\n\nsb = create_client(\n    SUPABASE_URL,\n    "{_NO_ROLE_JWT}",\n)\n',
     _reported(_NO_ROLE_JWT)),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # the public anon key and a user's session in the same broken call, and an expired token
    ("web/src/lib/supabase.ts", _supabase_ts(_ANON_JWT)),
    ("web/src/lib/session.ts", _supabase_ts(_SESSION_JWT)),
    ("web/src/lib/old.ts", _supabase_ts(_EXPIRED_JWT)),
    # a signed JWT with no role given to another vendor's `createClient` (no Supabase in its arguments)
    ("web/src/lib/cms.ts", 'import { createClient } from "@sanity/client";\n\n'
                           f'export const cms = createClient(\n  "https://cms.example.org",\n  "{_NO_ROLE_JWT}",\n);\n'),
    # the Supabase call closed before the token: a test's user token below it is no project key
    ("web/src/lib/fixture.ts", 'export const sb = createClient(\n  "https://ttmarshals.supabase.co",\n  anonKey,\n);\n'
                               f'export const sample = render(\n  "{_NO_ROLE_JWT}",\n);\n'),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
