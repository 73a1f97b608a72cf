"""Stop 65's blind misses in code (TypeScript, Java, Rust), each beside the decoys nearest to it: a Supabase client's
call broken one argument a line (`createClient(` then the project's URL, then the key) given a signed JWT that is not
the public anon key, with no `role` claim too (the anon key and a user's session always carry theirs); a constant
holding a key's base64 or hex given through a decoding call to a call that takes a key, whatever its name
(`new SecretKeySpec(Base64.getDecoder().decode(ANAHTAR), "AES")`); Rust's `const KEY: &str =` (and `&'static str`)
broken before its literal, as a long line is wrapped. Generated fakes only (seeds 7630000-7630099)."""
from __future__ import annotations

import base64
import json
import random
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


def _key_bytes(seed: int, size: int = 32) -> bytes:
    drawn = random.Random(_SEED + seed)
    return bytes(drawn.randrange(256) for _ in range(size))


_AES_KEY_B64 = base64.b64encode(_key_bytes(20)).decode()
_HMAC_KEY_HEX = _key_bytes(21, 16).hex()


def _java(name: str, value: str, argument: str) -> str:
    return ("package tr.example.edi;\n\nimport javax.crypto.spec.SecretKeySpec;\nimport java.util.Base64;\n\n"
            f"final class Sifreleme {{\n    private static final String {name} = \"{value}\";\n"
            f"    static final SecretKeySpec KEY = new SecretKeySpec({argument}, \"AES\");\n}}\n")


_PRINT_KEY = fakes.drawn_mixed(_SEED + 30, 48)


def _rust(declaration: str, value: str) -> str:
    return ('// kitchen printer cloud\npub const PRINT_CLOUD_URL: &str = "https://print.example-cloud.in/v2/jobs";\n'
            f"{declaration}\n    \"{value}\";\n\npub fn header() -> (&'static str, &'static str) {{\n"
            '    ("X-Print-Key", PRINT_CLOUD_KEY)\n}\n')


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
    # a key's base64 (hex) constant decoded and given to the key's call, whatever the constant's name
    ("edi/src/main/java/tr/example/edi/Sifreleme.java", _java("ANAHTAR", _AES_KEY_B64, "Base64.getDecoder().decode(ANAHTAR)"), _AES_KEY_B64),
    ("edi/src/main/java/tr/example/edi/Sifreleme.java", _java("K", _HMAC_KEY_HEX, "Hex.decodeHex(K)"), _HMAC_KEY_HEX),
    ("Signing/Signer.cs", f'static class Signer\n{{\n    private const string Material = "{_AES_KEY_B64}";\n\n'
                          "    public static byte[] Sign(byte[] body)\n    {\n"
                          "        using var hmac = new HMACSHA256(Convert.FromBase64String(Material));\n"
                          "        return hmac.ComputeHash(body);\n    }\n}\n", _AES_KEY_B64),
    # Rust's borrowed string constant broken before its literal
    ("pos-sync/src/printer.rs", _rust("pub const PRINT_CLOUD_KEY: &str =", _PRINT_KEY), _PRINT_KEY),
    ("pos-sync/src/printer.rs", _rust("pub static PRINT_CLOUD_KEY: &'static str =", _PRINT_KEY), _PRINT_KEY),
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
    # a decoded constant that is no key's material: a placeholder, an all-zero key, a name never assigned a literal
    ("src/main/java/Crypt.java", _java("ANAHTAR", "changeme-please", "Base64.getDecoder().decode(ANAHTAR)")),
    ("src/main/java/Crypt.java", _java("ANAHTAR", base64.b64encode(bytes(32)).decode(), "Base64.getDecoder().decode(ANAHTAR)")),
    ("src/main/java/Crypt.java", _java("LABEL", "orders-v2", "Base64.getDecoder().decode(System.getenv(\"AES_KEY\"))")),
    # a Rust borrowed string broken before a URL, a cache key's name
    ("pos-sync/src/printer.rs", _rust("pub const PRINT_CLOUD_ENDPOINT: &str =", "https://print.example-cloud.in/v2/jobs/queue")),
    ("pos-sync/src/cache.rs", "pub const CACHE_KEY: &'static str =\n    \"orders-by-terminal-v2\";\n"),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
