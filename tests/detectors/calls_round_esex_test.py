"""Forms read after blind rounds ES-EX (kinds/_code_calls.py, kinds/_keyed_apis.py, kinds/service_token.py): a credentials
namespace's class given a key of digits and its secret (Vonage's `new Basic('<8 digits>', '…')`); a client given its
account's user, then the account's key (TextMagic's `new Client("user", "…")`, `TextmagicRestClient`, Plivo's
`RestClient(id, token)`); a Go SDK's constructor given its key alone (`messagebird.New("…")`); a bare `key` beside its API's
root built as an address's type (Swift's `URL(string: "…")!`, TypeScript's `new URL("…")`); a script's
variable set to a literal, then sent as an authentication header's value (`-H "X-FareHarbor-API-User: $FH_USER"`). Each beside
the decoys of its form, through the engine. Every value here is generated."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

LITERAL = "Literal Credential"
SERVICE = "Service API Token"
_HEX = "0123456789abcdef"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _one_digit_secret(seed: int) -> str:
    """Sixteen letters and one digit, as Vonage issues some of its API secrets."""
    letters = drawn(seed, 15, _LETTERS)
    at = random.Random(seed + 1).randrange(1, 15)
    return letters[:at] + drawn(seed + 2, 1, "123456789") + letters[at:]


_DIGIT_KEY = drawn(1655000, 8, "0123456789")
_DIGIT_KEY_2 = drawn(1655001, 8, "0123456789")
_VONAGE_SECRET = _one_digit_secret(1655010)
_VONAGE_SECRET_2 = _one_digit_secret(1655020)
_VONAGE_SECRET_3 = drawn_mixed(1655030, 16)
_SMS_KEY = drawn_mixed(1655040, 30)
_SMS_KEY_2 = drawn_mixed(1655041, 40)
_AUTH_ID = "MA" + drawn(1655042, 18, _UPPER_DIGITS)
_BIRD_KEY = drawn_mixed(1655050, 25)
_BIRD_KEY_2 = drawn_mixed(1655051, 32)
_ROUTE_KEY = drawn_mixed(1655060, 40)
_ROUTE_KEY_2 = drawn_mixed(1655061, 32)
_ROUTE_KEY_3 = drawn(1655062, 40, _HEX)
_USER_KEY = uuid4(1655070)
_APP_KEY = uuid4(1655071)
_HEADER_KEY = drawn(1655072, 40, _HEX)
_HEADER_KEY_2 = drawn_mixed(1655073, 32)
_HEADER_KEY_3 = drawn_mixed(1655074, 36)

_VONAGE_USE = "<?php\nuse Vonage\\Client;\nuse Vonage\\Client\\Credentials\\Basic;\n\n"
_BIRD_IMPORTS = 'package main\n\nimport (\n\t"log"\n\n\tmessagebird "github.com/messagebird/go-rest-api/v9"\n)\n\n'


TRUE_FORMS = [
    # --- a credentials namespace's class given a key of digits, then its secret
    ("includes/sms.php", _VONAGE_USE + "function client() {\n    static $c = null;\n"
     f"    $c = $c ?? new Client(new Basic('{_DIGIT_KEY}', '{_VONAGE_SECRET}'));\n    return $c;\n}}\n", 7, _VONAGE_SECRET, LITERAL),
    ("src/Notify.php", "<?php\n$basic = new \\Vonage\\Client\\Credentials\\Basic(\n"
     f"    '{_DIGIT_KEY_2}',\n    '{_VONAGE_SECRET_2}'\n);\n", 4, _VONAGE_SECRET_2, LITERAL),
    ("lib/Sms.php", "<?php\nuse Nexmo\\Client\\Credentials\\Basic as NexmoBasic;\n"
     f'$client = new Nexmo\\Client(new NexmoBasic("{_DIGIT_KEY}", "{_VONAGE_SECRET_3}"));\n', 3, _VONAGE_SECRET_3, LITERAL),
    # --- a client given its account's user, then the account's key
    ("Reminders/Sender.cs", "using TextmagicRest;\n\npublic class Sender\n{\n"
     f'    private readonly Client _client = new Client("kennelbooking", "{_SMS_KEY}");\n}}\n', 5, _SMS_KEY, LITERAL),
    ("notify/sms.py", "from textmagic.rest import TextmagicRestClient\n\n"
     f'client = TextmagicRestClient("groomers.desk", "{_SMS_KEY_2}")\n', 3, _SMS_KEY_2, LITERAL),
    ("app/Sms.php", f"<?php\n$client = new TextmagicRestClient('storage_ops', '{_SMS_KEY}');\n", 2, _SMS_KEY, LITERAL),
    ("jobs/texts.py", f'import plivo\n\nclient = plivo.RestClient("{_AUTH_ID}", "{_SMS_KEY_2}")\n', 3, _SMS_KEY_2, LITERAL),
    # --- a Go SDK's constructor given its key alone (an aliased import, an import's last word, `go-`/`-go` aside)
    ("cmd/worker/main.go", _BIRD_IMPORTS + f'func main() {{\n\tclient := messagebird.New("{_BIRD_KEY}")\n\tlog.Print(client)\n}}\n',
     10, _BIRD_KEY, LITERAL),
    ("internal/sms/send.go", 'package sms\n\nimport "github.com/textfleet/textfleet-go/v3"\n\n'
     f'var client = textfleet.New("{_BIRD_KEY_2}")\n', 5, _BIRD_KEY_2, LITERAL),
    ("internal/route/route.go", 'package route\n\nimport (\n\t"fmt"\n\t"gitlab.com/routely/go-routely"\n)\n\n'
     f'func c() {{ fmt.Println(routely.NewSender("{_BIRD_KEY}")) }}\n', 8, _BIRD_KEY, LITERAL),
    # --- a bare `key` beside its API's root built as an address's type
    ("App/Networking/RouteClient.swift", "import Foundation\n\nstruct RouteClient {\n"
     '    private let baseURL = URL(string: "https://api.routeplanner.example/v1/")!\n'
     f'    private let key = "{_ROUTE_KEY}"\n}}\n', 5, _ROUTE_KEY, LITERAL),
    ("Sources/Geo/GeoAPI.swift", 'enum GeoAPI {\n    static let apiRoot: URL = URL(string: "https://geo.example.net/api/")!\n'
     f'    static let key = "{_ROUTE_KEY_2}"\n}}\n', 3, _ROUTE_KEY_2, LITERAL),
    ("src/forecast.ts", 'export class Forecast {\n  private readonly baseUrl: URL = new URL("https://api.weather.example/v2/");\n'
     f'  private readonly key = "{_ROUTE_KEY_3}";\n}}\n', 3, _ROUTE_KEY_3, LITERAL),
    # --- a script's variable set to a literal, then sent as an authentication header's value
    ("scripts/availability.sh", f'#!/bin/sh\nset -eu\nFH_USER="{_USER_KEY}"\n\ncurl -sS \\\n'
     '  -H "X-FareHarbor-API-User: $FH_USER" \\\n  "https://fareharbor.com/api/external/v1/companies/"\n', 3, _USER_KEY, SERVICE),
    ("scripts/app.sh", f"#!/bin/bash\nreadonly APP='{_APP_KEY}'\ncurl -H \"X-FareHarbor-API-App: ${{APP}}\" \"$URL\"\n",
     2, _APP_KEY, SERVICE),
    ("ops/devices.sh", f"export MK={_HEADER_KEY}\n\nfor org in $ORGS; do\n"
     '  curl -s -H "X-Cisco-Meraki-API-Key: $MK" "https://api.meraki.com/api/v1/organizations/$org/devices"\ndone\n',
     1, _HEADER_KEY, SERVICE),
    ("bin/metrics.sh", f'DD="{_HEADER_KEY_2}"  # the ops account\ncurl -X POST -H "DD-API-KEY: ${{DD}}" -d @series.json "$DD_URL"\n',
     1, _HEADER_KEY_2, SERVICE),
    ("lib/inventory.php", f"<?php\n$token = '{_HEADER_KEY_3}';\n$headers = [\"Accept: application/json\", \"X-Auth-Token: $token\"];\n",
     2, _HEADER_KEY_3, SERVICE),
]

DECOYS = [
    # (the secret from the environment or a stand-in; a Basic of no credentials namespace; a port, then a password)
    ("includes/sms.php", _VONAGE_USE + f"$c = new Client(new Basic('{_DIGIT_KEY}', getenv('VONAGE_API_SECRET')));\n"
     f"$d = new Client(new Basic('{_DIGIT_KEY}', 'your-api-secret'));\n"),
    ("src/Shape.php", f"<?php\nuse App\\Geometry\\Basic;\n$shape = new Basic('{_DIGIT_KEY}', '{_VONAGE_SECRET}');\n"),
    # (a user, then a key from the environment or a stand-in; a person's names; a test double's client)
    ("Reminders/Sender.cs", 'private readonly Client _client = new Client("kennelbooking", Environment.GetEnvironmentVariable("TM_KEY"));\n'
     'private readonly Client _other = new Client("username", "YOUR_API_KEY");\n'),
    ("Models/Seed.cs", 'var c = new Client("Marguerite", "Delacroix-Whitfield");\n'),
    ("tests/test_sms.py", f'client = FakeClient("groomers.desk", "{_SMS_KEY_2}")\nclient = MockApiClient("ops", "{_SMS_KEY}")\n'),
    # (a Go constructor given the environment's key, the standard library's, a message; a test double's package; more)
    ("cmd/worker/main.go", _BIRD_IMPORTS + 'func main() {\n\tclient := messagebird.New(os.Getenv("MESSAGEBIRD_ACCESS_KEY"))\n'
     '\terr := errors.New("Reminder2024SendFailedRetryLater")\n\tlog.Print(client, err)\n}\n'),
    ("internal/report/tmpl.go", 'package report\n\nimport "text/template"\n\n'
     f'var t = template.New("{_BIRD_KEY}")\n'),
    ("internal/sms/send_test.go", 'package sms\n\nimport "github.com/textfleet/textfleet-go/v3/mocktextfleet"\n\n'
     f'var client = mocktextfleet.New("{_BIRD_KEY_2}")\n'),
    ("internal/ids/ids.go", 'package ids\n\nimport "github.com/speps/go-hashids/v2"\n\n'
     f'var h = hashids.NewWithData("{_BIRD_KEY}")\n'),
    # (a key beside a page's address, no API's root; a key from the environment; a word under it)
    ("App/Views/Link.swift", 'struct Link {\n    private let url = URL(string: "https://shop.example.com/help")!\n'
     f'    private let key = "{_ROUTE_KEY}"\n}}\n'),
    ("App/Networking/RouteClient.swift", 'struct RouteClient {\n    private let baseURL = URL(string: "https://api.routes.example/v1/")!\n'
     '    private let key = ProcessInfo.processInfo.environment["ROUTE_KEY"] ?? ""\n'
     '    private let cacheKey = "routes-of-the-day"\n}\n'),
    # (a header that routes; a key read from a file or the environment; a stand-in; a browser's token; reassigned)
    ("scripts/trace.sh", f'REQ="{_HEADER_KEY_2}"\ncurl -H "X-Request-Id: $REQ" "$URL"\n'),
    ("scripts/key.sh", 'KEY=$(cat ~/.config/acme/key)\ncurl -H "X-Api-Key: $KEY" "$URL"\n'
     'TOKEN="${ACME_TOKEN:?set ACME_TOKEN}"\ncurl -H "X-Auth-Token: $TOKEN" "$URL"\n'
     'FH_USER="your-user-key-here"\ncurl -H "X-FareHarbor-API-User: $FH_USER" "$URL"\n'),
    ("scripts/storefront.sh", f'SF="{_HEADER_KEY_3}"\ncurl -H "X-Shopify-Storefront-Access-Token: $SF" "$SHOP/api/graphql.json"\n'),
    ("scripts/rotate.sh", f'KEY="{_HEADER_KEY_2}"\nKEY=$(vault kv get -field=key secret/acme)\ncurl -H "X-Api-Key: $KEY" "$URL"\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
