"""Stop 60's decoys blocked by mistake, each a form of its own: a label naming a digest of a credential (`Fingerprint of
the revoked key (sha256): `…``), a pair whose secret part says to fill it in (`123456789:TOKEN_HERE`), a JWT's header
alone in a log, a value masked with bullets, Java's `changeit` with a note after it, a pair of Key Vault's secret
names, a storefront's token in a theme's assets or on `window`; and the true samples beside them that still block.
Generated fakes only: every value is built here from a seeded generator (seeds 5740000-5749999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 5741000
_BOT_ID = str(random.Random(_SEED + 100).randint(100000000, 9999999999))
_JWT_HEAD = "eyJhbGciOiJIUzI1NiJ9"  # base64url of {"alg":"HS256"}: every HS256 token's header
_JWT_BODY = "eyJzdWIiOiJzbXMtd29ya2VyIiwiZXhwIjo0MTAyNDQ0ODAwfQ"  # {"sub":"sms-worker","exp":4102444800}


def _hex(seed: int, length: int) -> str:
    generator = random.Random(_SEED + seed)
    return "".join(generator.choice("0123456789abcdef") for _ in range(length))


def _chosen(seed: int) -> str:
    generator = random.Random(_SEED + seed)
    return (generator.choice(("Harbor", "Quill", "Maple", "Cobalt")) + generator.choice("!#$%*@")
            + generator.choice(("Tundra", "Orchid", "Falcon", "Basalt")) + str(generator.randint(100, 9999)))


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a digest's word after the `of` names what the password is for, not a digest of it
    ("notes/hash-service.txt", f"- Password of the hash service: `{_chosen(1)}`\n", _chosen(1)),
    ("notes/digest-db.txt", f"- Password of the digest database: `{_chosen(2)}`\n", _chosen(2)),
    ("config/gateway.py", f'API_KEY = "{fakes.drawn_mixed(_SEED + 3, 32)}"\n', fakes.drawn_mixed(_SEED + 3, 32)),
    # a bot's whole token (its id, a colon, its secret) and a user's pair with a chosen password still block
    ("bot/main.py", f'TOKEN = "{_BOT_ID}:AA{fakes.drawn_mixed(_SEED + 4, 33)}"\n', f"{_BOT_ID}:AA{fakes.drawn_mixed(_SEED + 4, 33)}"),
    # a password holding `changeit` as part of a word, a masked value's bullets elsewhere on its line
    ("config/settings.py", f'DB_PASSWORD = "Changeit{_chosen(6)}"\n', f"Changeit{_chosen(6)}"),
    # a (name, literal) pair whose literal holds a digit is a value, whatever its words
    ("app/Mail.cs", f'var smtp = ("SMTP_PASSWORD", "{_chosen(7)}");\n', _chosen(7)),
    # an admin's token on `window`, a storefront's token in an object no browser's name gives, still block
    ("src/shop/admin.js", f'window.SHOP = {{\n  adminAccessToken: "{_hex(16, 32)}",\n}};\n', _hex(16, 32)),
    ("src/shop/server.js", f'const SHOP = {{\n  storefrontAccessToken: "{_hex(17, 32)}",\n}};\n', _hex(17, 32)),
    ("logs/worker.log", f"2024-11-02 08:00:01 INFO login ok, token={_JWT_HEAD}.{_JWT_BODY}.{fakes.drawn_mixed(_SEED + 5, 43)}"
     " expires_in=3600\n", f"{_JWT_HEAD}.{_JWT_BODY}.{fakes.drawn_mixed(_SEED + 5, 43)}"),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # a label naming a digest of the key, as an incident's write-up keeps one to recognise the key
    ("docs/incidents/2025-08-key.md", f"- Fingerprint of the revoked key (sha256): `{_hex(10, 64)}`\n"),
    ("docs/incidents/2025-09-token.md", f"- SHA-256 of the old token: `{_hex(11, 64)}`\n"),
    ("notes/rotation.txt", f'fingerprint_of_key = "{_hex(12, 64)}"\n'),
    ("notes/rotation2.txt", f"Checksum of the API key: {_hex(13, 40)}\n"),
    # a pair whose secret part is an instruction to fill it in (a Telegram bot's id, then `TOKEN_HERE`)
    ("bot/telegram_bot_example.py", f'TOKEN = "{_BOT_ID}:TOKEN_HERE"\n'),
    ("deploy/example.py", 'CREDENTIALS = "deploy:YOUR_PASSWORD"\n'),
    # a JWT's header alone, its payload and signature redacted in a log (the header is every token's of its algorithm)
    ("logs/sms-worker.log", f"2024-11-02 08:00:01,913 INFO login ok, token={_JWT_HEAD}.[REDACTED].[REDACTED] expires_in=2592000\n"),
    ("logs/auth.log", f"2024-04-12 06:00:11 WARN auth token expired user=01711000001 token={_JWT_HEAD}.[redacted]\n"),
    # a value masked with a dashboard's bullets or circles, as `****` masks one
    ("docs/access-overview.yaml", 'stripe:\n  secret_key: "sk_live_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022'
     '\u2022\u2022\u2022\u2022' + _hex(14, 4) + '"\n'),
    # Java's stock `changeit` with a note after it saying where the real value is set (a Spring default)
    ("src/main/resources/application.properties", "gateway.secret=${GATEWAY_SECRET:changeit-in-env}\n"),
    # a pair of names, its second a secret's name too (Key Vault's `Section--Key` names in a comment)
    ("Payments/GatewayOptions.cs", '// bound from Key Vault ("Gateway--ApiKey", "Gateway--PrivateKey")\n'
     "public sealed class GatewayOptions { public string ApiKey { get; init; } = string.Empty; }\n"),
    # a storefront's access token in code the browser runs: a theme's `assets/`, an object set on `window`
    ("theme/assets/cart-config.js", f'window.SHOP = {{\n  domain: "beads.myshopify.com",\n  storefrontAccessToken: "{_hex(15, 32)}",\n}};\n'),
    ("src/shop/config.js", f'window.SHOP = {{\n  storefrontAccessToken: "{_hex(18, 32)}",\n}};\n'),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[f"{index}-{case[0]}" for index, case in enumerate(SECRETS)])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
