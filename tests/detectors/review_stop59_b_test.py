"""Adversarial review (b) of stop 59's accuracy fixes (fix59_code, fix59_vendors2): the fail-opens, misses and false
positives found in them, each with the case that showed it. Generated fakes only: every value is built here from a
seeded generator (seeds 5320000-5329999)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 5320000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


# (a salt as WordPress' generator draws it: 64 of every printable character but quotes and backslash; fixed here)
_SALT = "Opde-k8j)JWQ#p4S;JlhP>wHEZD/o6.QFT{;7;FuAjLQYmp&hp1#>^?pS~.]C4*+"


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # A Bearer token written right before a `|` (a pipe-separated log's field, a value joined with a bar): the Sanctum
    # form's `|` after a token stopped the header's reading altogether.
    ("app/client.py", f'HEADER = "Authorization: Bearer {_alnum(1, 40)}|v2"\n', _alnum(1, 40)),
    ("logs/requests.txt", f"GET /api/user Authorization: Bearer {_alnum(2, 40)}|ua=curl|200\n", _alnum(2, 40)),
    # a short live key whole (Culqi's) still blocks beside a cut one's dots further on
    ("config.py", f'CULQI_SECRET = "sk_live_{_alnum(6, 20)}"  # not sk_live_51...\n', f"sk_live_{_alnum(6, 20)}"),
    # a password a person chose that is one of the `change it` words, capitalised as a policy asks (they blocked before
    # stop 59; the template's word is written in one case, CAMBIAR, cambiar)
    ("k8s/secret.yaml", 'DATABASE_URL: "postgresql://usuario:Alterar@db.internal:5432/app"\n', "Alterar"),
    (".env", "DB_PASSWORD=Trocar\n", "Trocar"),
    # a server key in a minified google-services.json, after the console's current_key on the same line: the name read
    # for it was the first on the line, the public key's
    ("app/google-services.json", f'{{"client":[{{"api_key":[{{"current_key":"AIza{_alnum(7, 35)}"}}],'
     f'"server_key":"AIza{_alnum(8, 35)}"}}]}}\n', f"AIza{_alnum(8, 35)}"),
    # a user:password string under a credentials name declared with Go's `:=` (the joined pair's reading knew `=` and `:`)
    ("cmd/client/main.go", f'\tcredentials := "admin:{_alnum(10, 20)}"\n', _alnum(10, 20)),
    ("cmd/client/main.go", f'\tbasicAuth := "svc-backup:{_alnum(11, 20)}"\n', _alnum(11, 20)),
    # a password opening with digits and a slash after a user that is no host still blocks
    ("src/client.js", f"const auth = 'deploy:2024/{_alnum(14, 12)}';\n", f"2024/{_alnum(14, 12)}"),
    # InfluxDB 2's Java and Kotlin clients given the token second (their factories' `create`, lower case: C#'s is `Create`)
    ("src/main/java/Metrics.java", f'InfluxDBClient client = InfluxDBClientFactory.create("http://localhost:8086", '
     f'"{_alnum(15, 86)}==".toCharArray(), "acme", "metrics");\n', f"{_alnum(15, 86)}=="),
    ("src/main/kotlin/Metrics.kt", f'val client = InfluxDBClientKotlinFactory.create("http://localhost:8086", '
     f'"{_alnum(16, 86)}==".toCharArray(), "acme")\n', f"{_alnum(16, 86)}=="),
    # a WordPress salt holding `${` by chance, nothing closing it (as `#{`, `{{`, `{%`, `<%` were taught in stop 59)
    ("wp-config.php", f"define('AUTH_KEY', '{_SALT[:20]}${{{_SALT[23:]}');\n", f"{_SALT[:20]}${{{_SALT[23:]}"),
    # a card gateway's drawn checksum key still blocks under the name
    ("payments/cpay.py", f'CHECKSUM_KEY = "{_alnum(20, 16)}"\n', _alnum(20, 16)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # a Sanctum token's documented stand-ins stay so with the bar read as a field's end
    ("docs/api.sh", 'curl -H "Authorization: Bearer 1|xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" https://example.com/api/user\n'),
    ("scripts/api.sh", 'curl -H "Authorization: Bearer 12345678|$API_TOKEN" https://example.com/api/user\n'),
    # a Stripe live key (`sk_live_51…`, a hundred characters) cut for show: the short `sk_live_` key's reading (Culqi's
    # 16 to 23) read its first characters as a key of their own
    ("README.md", f"Your live key looks like `sk_live_51{_alnum(3, 14)}...`\n"),
    ("docs/keys.md", f"Copy the key (sk_live_51{_alnum(4, 14)}\u2026) from the dashboard\n"),
    ("app/charge.py", f'log.info("charging with sk_live_51{_alnum(5, 14)}****")\n'),
    # the template's `change it` word in one case stays a placeholder
    ("k8s/secret.yaml", 'DATABASE_URL: "postgresql://usuario:CAMBIAR@db.internal:5432/app"\n'),
    (".env", "DB_PASSWORD=trocar\n"),
    # ... and the console's own key on such a line, after a server key's name earlier on it, stays public
    ("app/google-services.json", f'{{"server_key_id":"12","current_key":"AIza{_alnum(9, 35)}"}}\n'),
    # a host, its port and a path under an auth name: the joined pair's reading took the port and path for a password
    ("deploy/registry.yml", f'auth: "registry.example.com:5000/{_alnum(12, 8)}/web"\n'),
    ("src/proxy.ts", f"const proxyAuth = 'proxy.corp.example:8080/{_alnum(13, 10)}';\n"),
    # the Java client's token read from the environment, the docs' my-token, another factory's create
    ("src/main/java/Metrics.java", 'InfluxDBClient client = InfluxDBClientFactory.create("http://localhost:8086", '
     'System.getenv("INFLUX_TOKEN").toCharArray());\n'),
    ("src/main/java/Metrics.java", 'InfluxDBClient client = InfluxDBClientFactory.create("http://localhost:8086", '
     '"my-token".toCharArray(), "my-org", "my-bucket");\n'),
    ("src/main/java/Pool.java", f'Pool pool = PoolFactory.create("http://localhost:8086", "{_alnum(17, 12)}");\n'),
    # a checksum's own digest kept under `checksum_key` (a cache's SHA-256, an upload's MD5): the checksum, not its key
    ("app/cache.py", f'checksum_key = "{fakes.drawn(_SEED + 18, 64, "0123456789abcdef")}"  # sha256 of the payload\n'),
    ("deploy/upload.yml", f"checksum_key: {fakes.drawn(_SEED + 19, 32, '0123456789abcdef')}\n"),
    # an interpolation closed after its `${` (a default after `:-`) stays a reference
    ("deploy/app.env", 'DB_PASSWORD="${DB_PASSWORD_OVERRIDE:-$(cat/run/secrets/db-Password_2#x!)}"\n'),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[f"{index}-{case[0]}" for index, case in enumerate(SECRETS)])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret in finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
