"""Forms read after blind rounds EM-ER (kinds/_key_material.py, kinds/_code_calls.py, kinds/_keyed_apis.py): a decoding
call's literal given as a labelled argument of a call opened on the line above (Swift's `SymmetricKey(` then `data:
Data(base64Encoded: "…")!`); Braintree's gateway given its environment, merchant id, public key and private key by
position (Java's and .NET's `new BraintreeGateway(…)`, Python's `braintree.Configuration(…)`); an HTTP Basic credential
written as its base64 under a name the scheme is then given (`$pair = "…"` then `"Basic $pair"`, `"Basic #{pair}"`,
`f"Basic {pair}"`, `` `Basic ${pair}` ``, `"Basic " + pair`); an API secret of 16 letters and digits beside its key of 8 hex
(Vonage's `api_key:`/`api_secret:`); a bare lower-case `key` among a request's body or query fields (`JSON.stringify({ …,
key: "…" })`, `params: { key: "…" }`, `params={"key": "…"}`). Each beside the decoys of its form, through the engine.
Every value here is generated."""
from __future__ import annotations

import base64
import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
KEYWORD = "Secret Keyword"
_HEX = "0123456789abcdef"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# (chosen passwords: letters of both cases, digits and a symbol, as people make them)
_CHOSEN = drawn_mixed(1560000, 9) + "@" + drawn(1560001, 4, "0123456789")
_CHOSEN_2 = drawn_mixed(1560002, 10) + "#" + drawn(1560003, 3, "0123456789")
_CHOSEN_3 = drawn_mixed(1560004, 8) + "!" + drawn(1560005, 4, "0123456789")
_CHOSEN_4 = drawn_mixed(1560006, 11) + "%" + drawn(1560007, 2, "0123456789")


def _key_base64(seed: int, size: int = 32) -> str:
    generator = random.Random(seed)
    return base64.b64encode(bytes(generator.randrange(256) for _ in range(size))).decode()


def _basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


def _one_digit_secret(seed: int) -> str:
    """Sixteen letters and digits as Vonage issues its API secrets, one digit among them (the keyword rule's judgement
    alone finds so few digits too plain)."""
    letters = drawn(seed, 15, _LETTERS)
    at = random.Random(seed + 1).randrange(1, 15)
    return letters[:at] + drawn(seed + 2, 1, "123456789") + letters[at:]


_KEY_B64 = _key_base64(1560010)
_KEY_B64_2 = _key_base64(1560011, 16)
_KEY_HEX = drawn(1560012, 32, _HEX)
_PRIVATE = drawn(1560013, 32, _HEX)
_PRIVATE_2 = drawn(1560014, 32, _HEX)
_MERCHANT = drawn(1560015, 16, "abcdefghijklmnopqrstuvwxyz0123456789")
_PUBLIC = drawn(1560016, 16, "abcdefghijklmnopqrstuvwxyz0123456789")
_VONAGE_KEY = drawn(1560017, 8, _HEX)
# (seeds whose draw the keyword rule alone judges too plain: the pair is what proves it)
_VONAGE_SECRET = _one_digit_secret(1560121)
_VONAGE_SECRET_2 = _one_digit_secret(1560262)
_VONAGE_SECRET_3 = _one_digit_secret(1560268)
_API_KEY = drawn_mixed(1560030, 32)
_API_KEY_2 = drawn_mixed(1560031, 40)
_API_KEY_3 = drawn(1560032, 40, _HEX)


TRUE_FORMS = [
    # --- a decoding call's literal as a labelled argument of a key's call opened on the line above
    ("ios/Wallet/Signer.swift", "struct Signer {\n    private static let hmacKey = SymmetricKey(\n"
     f'        data: Data(base64Encoded: "{_KEY_B64}")!\n    )\n}}\n', 3, _KEY_B64, LITERAL),
    ("ios/Crypt.swift", f'let sealKey = SymmetricKey(\n    data: Data(hexString: "{_KEY_HEX}")!\n)\n', 2, _KEY_HEX, LITERAL),
    ("ios/Mac.swift", "let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(\n"
     f'    data: Data(base64Encoded: "{_KEY_B64_2}")!))\n', 2, _KEY_B64_2, LITERAL),
    # --- Braintree's gateway by position (its environment, merchant id, public key, then the private key)
    ("billing/src/main/java/Gateway.java", "return new BraintreeGateway(\n        Environment.SANDBOX,\n"
     f'        "{_MERCHANT}",\n        "{_PUBLIC}",\n        "{_PRIVATE}"\n);\n', 5, _PRIVATE, LITERAL),
    ("Billing/Gateway.cs", f'var gateway = new BraintreeGateway(Environment.PRODUCTION, "{_MERCHANT}", "{_PUBLIC}", "{_PRIVATE_2}");\n',
     1, _PRIVATE_2, LITERAL),
    ("billing/gateway.py", "gateway = braintree.BraintreeGateway(\n    braintree.Configuration(\n"
     f'        braintree.Environment.Production,\n        "{_MERCHANT}",\n        "{_PUBLIC}",\n        "{_PRIVATE}",\n    )\n)\n',
     6, _PRIVATE, LITERAL),
    # --- a Basic credential's base64 under a name, then given to the scheme (interpolated, joined)
    ("ops/Send-Report.ps1", f'$pair = "{_basic("ops-reporter", _CHOSEN)}"\n$headers = @{{ Authorization = "Basic $pair" }}\n',
     1, _CHOSEN, LITERAL),
    ("jobs/export.rb", f'PAIR = "{_basic("exporter", _CHOSEN_2)}"\n\ndef headers\n  {{ "Authorization" => "Basic #{{PAIR}}" }}\nend\n',
     1, _CHOSEN_2, LITERAL),
    ("tools/push.py", f'token = "{_basic("pusher", _CHOSEN_3)}"\nheaders = {{"Authorization": f"Basic {{token}}"}}\n', 1, _CHOSEN_3,
     LITERAL),
    ("web/src/client.ts", f'const joined = "{_basic("web-sync", _CHOSEN_4)}";\n\nexport const headers = {{\n'
     "  Authorization: `Basic ${joined}`,\n};\n", 1, _CHOSEN_4, LITERAL),
    ("web/legacy.js", f"var pair = '{_basic('legacy', _CHOSEN)}';\nxhr.setRequestHeader('Authorization', 'Basic ' + pair);\n", 1,
     _CHOSEN, LITERAL),
    ("sync/push.sh", f'PAIR="{_basic("rsync", _CHOSEN_2)}"\ncurl -H "Authorization: Basic ${{PAIR}}" https://sync.example.net/in\n',
     1, _CHOSEN_2, LITERAL),
    # --- an API secret of 16 letters and digits beside its key of 8 hex (Vonage's), the two names of one stem
    ("app/jobs/sms_job.rb", f'  CLIENT = Vonage::Client.new(\n    api_key: "{_VONAGE_KEY}",\n    api_secret: "{_VONAGE_SECRET}"\n  )\n',
     3, _VONAGE_SECRET, KEYWORD),
    ("config/sms.py", f'VONAGE_API_KEY = "{_VONAGE_KEY}"\nVONAGE_API_SECRET = "{_VONAGE_SECRET_2}"\n', 2, _VONAGE_SECRET_2, KEYWORD),
    ("src/sms.js", f'const vonage = new Vonage({{\n  apiSecret: "{_VONAGE_SECRET_3}",\n  apiKey: "{_VONAGE_KEY}",\n}});\n', 2,
     _VONAGE_SECRET_3, KEYWORD),
    # --- a bare lower-case `key` among a request's body or query fields
    ("src/forecast.ts", "const res = await fetch(URL, {\n  method: \"POST\",\n  body: JSON.stringify({\n    lat,\n    lon,\n"
     f'    key: "{_API_KEY}",\n  }}),\n}});\n', 6, _API_KEY, LITERAL),
    ("src/geo.js", f'const r = await axios.get(GEO_URL, {{ params: {{ q: place, key: "{_API_KEY_2}" }} }});\n', 1, _API_KEY_2, LITERAL),
    ("lib/lookup.py", f'r = requests.get(URL, params={{\n    "q": place,\n    "key": "{_API_KEY_3}",\n}})\n', 3, _API_KEY_3,
     LITERAL),
    ("src/search.ts", f'const qs = new URLSearchParams({{ q: term, key: "{_API_KEY}" }});\n', 1, _API_KEY, LITERAL),
    # --- (leftovers) Go's raw strings in a positional administrator login; a C array initialised with a braced string
    ("cmd/backup/main.go", f'\tclient, err := Dial("10.0.4.7:22", `admin`, `{_CHOSEN}`)\n', 1, _CHOSEN, LITERAL),
    ("internal/cam/cam.go", f'\tdev := onvif.NewDevice(addr, "root", `{_CHOSEN_2}`)\n', 1, _CHOSEN_2, LITERAL),
    ("internal/db/restore.go", f'\terr := restore(ctx,\n\t\t`sa`,\n\t\t`{_CHOSEN_3}`,\n\t)\n', 3, _CHOSEN_3, LITERAL),
    ("firmware/wifi.c", f'static char pass[] = {{"{_CHOSEN_4}"}};\n', 1, _CHOSEN_4, LITERAL),
    ("firmware/ota.c", f'const char ota_password[33] = {{ "{_CHOSEN}" }};\n', 1, _CHOSEN, LITERAL),
]

DECOYS = [
    # (a labelled argument whose call names no key; a key from a variable; a made-up key)
    ("ios/Avatar.swift", f'let image = UIImage(\n    data: Data(base64Encoded: "{_KEY_B64}")!\n)\n'),
    ("ios/Signer.swift", "let key = SymmetricKey(\n    data: Data(base64Encoded: secretB64)!\n)\n"
     'let zero = SymmetricKey(\n    data: Data(base64Encoded: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")!\n)\n'),
    # (Braintree's gateway given its keys from the environment; its access token's form, a variable; a stand-in)
    ("billing/Gateway.java", 'return new BraintreeGateway(Environment.SANDBOX, System.getenv("BT_MERCHANT"), '
     'System.getenv("BT_PUBLIC"), System.getenv("BT_PRIVATE"));\nreturn new BraintreeGateway(accessToken);\n'
     'return new BraintreeGateway(Environment.SANDBOX, "merchant_id", "public_key", "private_key");\n'),
    ("billing/config.py", 'cfg = other.Configuration(Environment.Sandbox, "a", "b", "' + _PRIVATE + '")\n'),
    # (a Basic scheme given a computed name, a name assigned no credential, a stand-in's; the base64 of no pair)
    ("ops/Send-Report.ps1", '$pair = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("$user:$pw"))\n'
     '$headers = @{ Authorization = "Basic $pair" }\n'),
    ("tools/push.py", f'digest = "{_KEY_B64}"\nheaders = {{"Authorization": f"Basic {{digest}}"}}\n'
     f'creds = "{_basic("user", "password")}"\nh = {{"Authorization": "Basic " + creds}}\n'),
    ("web/client.ts", f'const other = "{_basic("web-sync", _CHOSEN_4)}";\nexport const headers = {{ Authorization: `Basic ${{basic}}` }};\n'),
    # (a 16-character secret with no key of 8 hex beside it, or two words in it; a key of another stem)
    ("app/jobs/sms_job.rb", f'  CLIENT = Vonage::Client.new(\n    api_key: ENV["VONAGE_KEY"],\n    api_secret: "{_VONAGE_SECRET}"\n  )\n'),
    ("config/sms.py", f'VONAGE_API_KEY = "{_VONAGE_KEY}"\nVONAGE_API_SECRET = "MorningCoffee7xq"\n'),
    ("config/other.py", f'STRIPE_KEY = "{_VONAGE_KEY}"\nVONAGE_API_SECRET = "{_VONAGE_SECRET_2}"\n'),
    # (a `key` outside a request's fields; an S3 object's `Key`; a word, a path under a request's `key`)
    ("src/list.tsx", f'const items = [{{ key: "{_API_KEY}", label: "Home" }}];\nconst cache = {{ key: "{_API_KEY_2}" }};\n'),
    ("src/upload.js", f's3.putObject({{ params: {{ Bucket: bucket, Key: "{_API_KEY}" }} }});\n'
     'fetch(URL, { body: JSON.stringify({ key: "reports/2024/summary-final.csv" }) });\n'
     'fetch(URL, { body: JSON.stringify({ key: "user-preferences-panel" }) });\n'),
    # (a raw string's template expression, a stand-in, a variable after the account; a braced stand-in, a list of names)
    ("src/restore.js", "await restore(db, `admin`, `${process.env.DB_PASSWORD}`);\nawait restore(db, `sa`, `changeme`);\n"),
    ("cmd/backup/main.go", '\tclient, err := Dial(host, `admin`, cfg.Password)\n\tfmt.Println(`root`, `/var/lib/backup`)\n'),
    ("firmware/wifi.c", 'static char pass[] = {"password"};\nstatic char pass[] = {WIFI_PASS};\n'
     'static const char *users[] = {"admin", "operator"};\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
