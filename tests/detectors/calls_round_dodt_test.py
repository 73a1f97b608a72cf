"""Forms read after blind rounds DO-DT (kinds/_code_calls.py, kinds/_keyed_apis.py, and the two small hook-ups in
kinds/_key_material.py): a device's or a service's client given its place, then a user and a password (ONVIF's
`ONVIFCamera(ip, port, user, pw)`, a historian's `*Client(host, user, pw)`), a login's call given a user's variable then a
literal (TwitchLib's `ConnectionCredentials(BotUser, "<token>")`), names assigned together (Lua's `local USER, PASS = …`,
Python's, Go's, Perl's, JavaScript's), the Speech SDK's subscription key (`fromSubscription(key, region)` in its
languages, Python's `subscription=`), an SDK named for its package given its key alone (`new Telnyx('KEY…')`), a
service's short key beside its URL (`STATS_URL` / `STATS_KEY`), a hex key through a project's `mustHex("…")`, and a key
named with its encoding whose literal stands on the next line (C++'s `constexpr … kHmacKeyHex =`). Each beside the
decoys of its form, through the engine. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

LITERAL = "Literal Credential"
_HEX = "0123456789abcdef"
# (chosen passwords: letters of both cases, digits and a symbol, as people make them)
_CHOSEN = drawn_mixed(1185001, 11) + "*"
_CHOSEN_2 = drawn_mixed(1185002, 9) + "#" + drawn(1185003, 3, "0123456789")
_CHOSEN_3 = drawn_mixed(1185004, 12) + "!"
# (a chat bot's OAuth token: thirty lower-case letters and digits)
_BOT_TOKEN = drawn(1185005, 30, "abcdefghijklmnopqrstuvwxyz0123456789")
_SPEECH_KEY = drawn(1185006, 32, _HEX)
_SPEECH_KEY_LONG = drawn_mixed(1185007, 84)
_TELNYX_KEY = "KEY" + drawn(1185008, 32, "0123456789ABCDEF") + "_" + drawn_mixed(1185009, 22)
_SHORT_KEY = drawn_mixed(1185010, 16)
_SHORT_KEY_2 = drawn_mixed(1185011, 18)
_HMAC_HEX = drawn(1185012, 64, _HEX)
_HMAC_HEX_2 = drawn(1185013, 40, _HEX)
_TOKEN = drawn_mixed(1185014, 24)


TRUE_FORMS = [
    # --- a client given its place (a host or a URL's name, a port), then a user and a password
    ("cctv/patrol.py", "from onvif import ONVIFCamera\n\nfor addr in DOMES:\n"
     f'    cam = ONVIFCamera(addr, 8080, "ptz_operator", "{_CHOSEN}", "/etc/onvif/wsdl")\n', 4, _CHOSEN, LITERAL),
    ("historian/pull.py", f'PI = "https://pi.plant.example.net/piwebapi"\nwith PIWebClient(PI, "svc_pi_reader", "{_CHOSEN_2}") as pi:\n'
     "    pass\n", 2, _CHOSEN_2, LITERAL),
    ("src/Ingest.java", "class Ingest {\n  void run() {\n"
     f'    TimeSeriesClient ts = new TimeSeriesClient(HOST, 8086, "ingest", "{_CHOSEN_3}");\n  }}\n}}\n', 3, _CHOSEN_3, LITERAL),
    ("Cameras/Dome.cs", f'var cam = new OnvifCamera("10.20.4.17", 80, "viewer", "{_CHOSEN}");\n', 1, _CHOSEN, LITERAL),
    # --- a login's call given a user's variable, then a literal
    ("bots/Bot/Program.cs", "class Program {\n    private const string BotUsername = \"raidbot\";\n    static void Main() {\n"
     f'        var creds = new ConnectionCredentials(BotUsername, "{_BOT_TOKEN}");\n    }}\n}}\n', 4, _BOT_TOKEN, LITERAL),
    ("src/main/java/a/Relay.java", f'creds.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(apiUser, "{_CHOSEN_2}"));\n',
     1, _CHOSEN_2, LITERAL),
    ("src/Export.java", f'Connection c = DriverManager.getConnection(JDBC_URL, DB_USER, "{_CHOSEN_3}");\n', 1, _CHOSEN_3, LITERAL),
    # --- names assigned together
    ("scripts/forward.lua", f"local HOST = 'https://reads.example-vet.net'\nlocal DB_USER, DB_PASS = 'clinic-7', '{_CHOSEN}'\n",
     2, _CHOSEN, LITERAL),
    ("tools/sync.py", f'username, password = "svc-sync", "{_CHOSEN_2}"  # prod\n', 1, _CHOSEN_2, LITERAL),
    ("cmd/push/main.go", f'func main() {{\n\tuser, pass := "pusher", "{_CHOSEN_3}"\n\tlogin(user, pass)\n}}\n', 2, _CHOSEN_3, LITERAL),
    ("bin/fetch.pl", f"my ($user, $password) = ('etl', '{_CHOSEN}');\n", 1, _CHOSEN, LITERAL),
    ("src/seed.js", f"const [user, secret] = ['seed', '{_TOKEN}'];\n", 1, _TOKEN, LITERAL),
    ("lib/speech.py", f'speech_key, service_region = "{_SPEECH_KEY}", "westeurope"\n', 1, _SPEECH_KEY, LITERAL),
    # --- the Speech SDK's subscription key, in its languages
    ("src/captions.ts", "import * as sdk from 'microsoft-cognitiveservices-speech-sdk';\n"
     f"const cfg = sdk.SpeechConfig.fromSubscription('{_SPEECH_KEY}', 'northeurope');\n", 2, _SPEECH_KEY, LITERAL),
    ("Captions/Live.cs", f'var config = SpeechConfig.FromSubscription("{_SPEECH_KEY_LONG}", "westus2");\n', 1, _SPEECH_KEY_LONG,
     LITERAL),
    ("src/main/java/a/Tr.java", f'SpeechTranslationConfig t = SpeechTranslationConfig.fromSubscription("{_SPEECH_KEY}", "eastus");\n',
     1, _SPEECH_KEY, LITERAL),
    ("speech/main.go", f'config, err := speech.NewSpeechConfigFromSubscription("{_SPEECH_KEY}", "westeurope")\n', 1, _SPEECH_KEY,
     LITERAL),
    ("src/cmd.js", f"const c = sdk.CustomCommandsConfig.fromSubscription('{uuid4(1185015)}', '{_SPEECH_KEY}', 'westus2');\n", 1,
     _SPEECH_KEY, LITERAL),
    ("speech/py_captions.py", "import azure.cognitiveservices.speech as speechsdk\n"
     f'config = speechsdk.SpeechConfig(\n    subscription="{_SPEECH_KEY}",\n    region="uksouth",\n)\n', 3, _SPEECH_KEY, LITERAL),
    ("Vision/Describe.cs", f'var client = new ComputerVisionClient(new ApiKeyServiceClientCredentials("{_SPEECH_KEY}"));\n', 1,
     _SPEECH_KEY, LITERAL),
    # --- an SDK named for its package, given its key alone
    ("src/notify.ts", f"import Telnyx from 'telnyx';\n\nexport const telnyx = new Telnyx('{_TELNYX_KEY}');\n", 3, _TELNYX_KEY, "Service API Token"),
    ("lib/sms.js", f"const telnyx = require('telnyx')('{_TELNYX_KEY}');\n", 1, _TELNYX_KEY, "Service API Token"),
    ("src/voice.ts", f"import {{ Telnyx }} from 'telnyx';\nconst client = new Telnyx('{_TELNYX_KEY}');\n", 2, _TELNYX_KEY, "Service API Token"),
    # --- a service's short key beside its URL
    ("lua/autorun/server/sv_stats.lua", f'local RANKS_URL = "https://ranks.example-guild.net/api/v1/round"\n'
     f'local RANKS_KEY = "{_SHORT_KEY}"\n', 2, _SHORT_KEY, LITERAL),
    ("feeds/config.py", f'LEADERBOARD_ENDPOINT = "https://lb.example-arcade.net/v2"\nLEADERBOARD_KEY = "{_SHORT_KEY_2}"\n', 2,
     _SHORT_KEY_2, LITERAL),
    ("src/config.js", f'const scoresBaseUrl = "https://scores.example-arcade.net/api";\nconst scoresKey = "{_SHORT_KEY}";\n', 2,
     _SHORT_KEY, LITERAL),
    # --- a hex key through a project's must-helper; a key named with its encoding, its literal on the next line
    ("internal/tickets/sign.go", f'var barcodeKey = mustHex("{_HMAC_HEX}")\n', 1, _HMAC_HEX, LITERAL),
    ("internal/auth/keys.go", f'var keys = Keys{{\n\tSigningKey: MustHex("{_HMAC_HEX}"),\n}}\n', 2, _HMAC_HEX, LITERAL),
    ("client/src/signing.h", "// HMAC-SHA256 key shared with the ingest service\n"
     f'constexpr std::string_view kIngestHmacKeyHex =\n    "{_HMAC_HEX}";\n', 3, _HMAC_HEX, LITERAL),
    ("firmware/keys.c", f'static const char kWebhookSecretHex[] =\n    "{_HMAC_HEX_2}";\n', 2, _HMAC_HEX_2, LITERAL),
    ("src/main/java/a/Keys.java", f'private static final String SIGNING_KEY_HEX =\n        "{_HMAC_HEX}";\n', 2, _HMAC_HEX, LITERAL),
]

DECOYS = [
    # (a client's application name and version first, no place: its machine and environment after)
    ("tax/avatax.py", 'client = AvataxClient("ledger-billing", "1.4", "billing-worker-01", "production")\n'),
    # (the password from the environment, a stand-in, a name; a topic's name after a consumer group's)
    ("cctv/patrol.py", 'cam = ONVIFCamera(addr, 80, "admin", os.environ["ONVIF_PASSWORD"])\n'
     'cam = ONVIFCamera(addr, 80, "admin", "<password>")\ncam = ONVIFCamera(addr, 80, "admin", CAMERA_PASSWORD)\n'
     'consumer = KafkaClient(BROKERS, "orders-consumer", "orders-topic")\n'),
    # (a test's stand-in class given a chosen-looking literal)
    ("tests/test_patrol.py", f'cam = FakeCamera(addr, 80, "admin", "{_CHOSEN}")\n'),
    # (the token from the environment, an empty or stock password beside a user's variable, names only)
    ("bots/Bot/Program.cs", 'var creds = new ConnectionCredentials(BotUsername, Environment.GetEnvironmentVariable("TWITCH_OAUTH"));\n'
     'var a = new NetworkCredential(userName, "");\nvar b = new NetworkCredential(userName, "password");\n'
     "var c = DriverManager.getConnection(url, user, password);\n"),
    # (names assigned together holding no credential, references, stand-ins; more values than names)
    ("edi/transfer.py", 'HOST, PORT = "sftp.partner.example", 22\nuser, password = os.environ["SFTP_USER"], os.environ["SFTP_PW"]\n'
     'user, password = "admin", "changeme"\ntoken, rest = line.split(",", 1)\n'
     f'a, b = "{_CHOSEN}", "x", "y"\n'),
    ("scripts/forward.lua", "local USER, PASS = nil, nil\nlocal USER, PASS = os.getenv('U'), os.getenv('P')\n"),
    ("census/blocks.py", 'STATE, COUNTY = "48", "453"\nCHAT, EMBED = "gpt-4o-mini", "text-embedding-3-large"\n'),
    # (the key from the environment, a stand-in; an Azure subscription's id and a payment's subscription, no region)
    ("src/captions.ts", "const a = sdk.SpeechConfig.fromSubscription(process.env.SPEECH_KEY!, 'northeurope');\n"
     "const b = sdk.SpeechConfig.fromSubscription('YOUR_SUBSCRIPTION_KEY', 'northeurope');\n"),
    ("infra/deploy.py", f'client = ResourceManagementClient(credential, subscription="{uuid4(1185016)}", region="westeurope")\n'
     f'invoice = stripe.Invoice.create(customer="cus_{drawn_mixed(1185017, 14)}", subscription="sub_{drawn_mixed(1185018, 24)}")\n'),
    # (an SDK's key from the environment, a stand-in; a class named for another package, a project's own module, a
    # utility's salt, a key given with options)
    ("src/notify.ts", "import Telnyx from 'telnyx';\nconst a = new Telnyx(process.env.TELNYX_API_KEY);\n"
     "const b = new Telnyx('YOUR_TELNYX_API_KEY');\n"),
    ("src/live.js", f"import Pusher from 'pusher-js';\nimport Foo from './foo';\nimport Hashids from 'hashids';\n"
     f"import Mixpanel from 'mixpanel';\nconst p = new Pusher('{_TOKEN}');\nconst f = new Foo('{_TOKEN}');\n"
     f"const h = new Hashids('{_TOKEN}');\nconst m = new Mixpanel('{_TOKEN}', {{ debug: true }});\n"),
    # (a short key of another stem, a cache's, a word's value, the environment, no URL beside it)
    ("lua/autorun/server/sv_stats.lua", f'local OTHER_URL = "https://ranks.example-guild.net/api"\nlocal RANKS_KEY = "{_SHORT_KEY}"\n'),
    ("lua/autorun/server/sv_cache.lua", f'local CACHE_URL = "https://cache.example-guild.net/"\nlocal CACHE_KEY = "{_SHORT_KEY}"\n'
     'local RANKS_URL = "https://ranks.example-guild.net/api"\nlocal RANKS_KEY = "PlayerRoundIndex2v3"\n'),
    ("feeds/config.py", 'LEADERBOARD_URL = "https://lb.example-arcade.net/v2"\nLEADERBOARD_KEY = os.environ["LB_KEY"]\n'),
    ("feeds/alone.py", f'LEADERBOARD_KEY = "{_SHORT_KEY}"\n'),
    # (a published test vector through mustHex, a digest's name, a public key's, a made-up key; a stand-in on the next line)
    ("internal/cmac/cmac_test.go", 'var rfcKey = mustHex("2b7e151628aed2a6abf7158809cf4f3c")\n'
     f'var digest = mustHex("{_HMAC_HEX}")\n'),
    ("client/src/signing.h", f'constexpr std::string_view kFileSha256Hex =\n    "{_HMAC_HEX}";\n'
     f'constexpr std::string_view kVerifyPublicKeyHex =\n    "{_HMAC_HEX}";\n'
     'constexpr std::string_view kSigningKeyHex =\n    "00112233445566778899aabbccddeeff";\n'
     'constexpr std::string_view kHmacKeyHex =\n    "REPLACE_WITH_64_HEX_CHARACTERS_OF_KEY_0000";\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
