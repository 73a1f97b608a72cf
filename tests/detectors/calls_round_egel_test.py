"""Forms read after blind rounds EG-EL (kinds/_code_calls.py, kinds/_key_material.py): an `authenticate` given a user and a
password by position, a bare function's or a namespace's (R's httr `authenticate("user", "…", type = "basic")`, its
scheme by position); a login's setter named with its verb last (lua-mosquitto's `client:login_set("user", "…")`,
libmosquitto's `mosquitto_username_pw_set(mosq, "user", "…")`); a system's administrator account given by position in
any call, the password after it (pyads' `add_route_to_plc(…, "Administrator", "…", route_name=…)`, one argument a
line); Swift's key material: CryptoKit's `SymmetricKey(data: Data(base64Encoded: "…")!)`, a hex `Data(hexString:)`,
CryptoSwift's `Array<UInt8>(hex: "…")` and `HMAC(key: "…", …)`, a string's bytes (`"…".data(using: .utf8)!`,
`Data("…".utf8)`). And last rounds' leftovers: a login's call given a host's bare name first (`Connection("dbserver",
"admin", "…")`: the user is the second), a DSN's call with a comment after its `(`, a character set's name after a DSN
(no password). Each beside the decoys of its form, through the engine. Every value here is generated."""
from __future__ import annotations

import base64
import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
_HEX = "0123456789abcdef"
# (chosen passwords: letters of both cases, digits and a symbol, as people make them)
_CHOSEN = drawn_mixed(1465000, 9) + "#" + drawn(1465001, 4, "0123456789")
_CHOSEN_2 = drawn_mixed(1465002, 10) + "!" + drawn(1465003, 3, "0123456789")
_CHOSEN_3 = drawn_mixed(1465004, 8) + "&" + drawn(1465005, 4, "0123456789")
_CHOSEN_4 = drawn_mixed(1465006, 11) + "%" + drawn(1465007, 2, "0123456789")
_DRAWN = drawn_mixed(1465008, 16)


def _key_base64(seed: int, size: int = 32) -> str:
    generator = random.Random(seed)
    return base64.b64encode(bytes(generator.randrange(256) for _ in range(size))).decode()


_KEY_B64 = _key_base64(1465010)
_KEY_B64_2 = _key_base64(1465011, 16)
_KEY_HEX = drawn(1465012, 32, _HEX)
_KEY_HEX_2 = drawn(1465013, 64, _HEX)


TRUE_FORMS = [
    # --- an `authenticate` given a user and a password by position (a bare function's, a namespace's; its scheme after)
    ("lab/analysis/trends.R", f'library(httr)\nauth <- authenticate("qa-reader", "{_CHOSEN}", type = "basic")\n', 2, _CHOSEN,
     LITERAL),
    ("lab/pull.R", f'res <- GET(url, httr::authenticate("svc_lims", "{_CHOSEN_2}", "digest"))\n', 1, _CHOSEN_2, LITERAL),
    ("lab/report.Rmd", f'```{{r}}\nauth <- authenticate("analyst", "{_CHOSEN_3}")\n```\n', 2, _CHOSEN_3, LITERAL),
    ("sync/portal.lua", f'local ok = session:authenticate("relay-7", "{_CHOSEN_4}")\n', 1, _CHOSEN_4, LITERAL),
    # --- a login's setter named with its verb last (a method called with Lua's `:`, C's client first)
    ("gateways/relay.lua", f'local client = mqtt.new("gw-4", true)\nclient:login_set("gw-4", "{_DRAWN}")\n', 2, _DRAWN, LITERAL),
    ("gateways/uplink.lua", f'self.broker:login_set("uplink", "{_CHOSEN}")\n', 1, _CHOSEN, LITERAL),
    ("firmware/mqtt.c", f'mosquitto_username_pw_set(mosq, "sensor-12", "{_CHOSEN_2}");\n', 1, _CHOSEN_2, LITERAL),
    ("src/Sync.kt", f'session.authSet("sync", "{_CHOSEN_3}")\n', 1, _CHOSEN_3, LITERAL),
    # --- a system's administrator account given by position in any call, the password next (one argument a line too)
    ("plant/add_route.py", "import pyads\n\npyads.add_route_to_plc(\n    SENDER_AMS,\n    \"10.20.0.41\",\n    PLC_IP,\n"
     f"    \"Administrator\",\n    \"{_CHOSEN}\",\n    route_name=\"labels\",\n)\n", 8, _CHOSEN, LITERAL),
    ("ops/devices.py", f'cam = Device("10.1.4.20", "admin", "{_CHOSEN_2}")\n', 1, _CHOSEN_2, LITERAL),
    ("ops/restore.js", f"await restoreBackup(db,\n  'sa',  // the server's account\n  '{_CHOSEN_3}',\n);\n", 3, _CHOSEN_3,
     LITERAL),
    ("tools/Provision.cs", f'Provisioner.Enroll(host, "root", "{_CHOSEN_4}", timeout: 30);\n', 1, _CHOSEN_4, LITERAL),
    # --- Swift's key material (a decoded literal given to CryptoKit's key, assigned to a key's name; a string's bytes)
    ("ios/Rider/Signer.swift", f'enum Signer {{\n    private static let signingKey = SymmetricKey(data: Data(base64Encoded: "{_KEY_B64}")!)\n}}\n',
     2, _KEY_B64, LITERAL),
    ("ios/Rider/Mac.swift", "let mac = HMAC<SHA256>.authenticationCode(for: body,\n"
     f'    using: SymmetricKey(data: Data(base64Encoded: "{_KEY_B64_2}")!))\n', 2, _KEY_B64_2, LITERAL),
    ("ios/Keys.swift", f'let webhookKey = Data(base64Encoded: "{_KEY_B64}")!\n', 1, _KEY_B64, LITERAL),
    ("ios/Crypt.swift", f'let key = SymmetricKey(data: Data(hexString: "{_KEY_HEX}")!)\n', 1, _KEY_HEX, LITERAL),
    ("ios/Crypt2.swift", f'let hmacKey: [UInt8] = Array<UInt8>(hex: "{_KEY_HEX_2}")\n', 1, _KEY_HEX_2, LITERAL),
    ("ios/Tokens.swift", f'let key = SymmetricKey(data: "{_CHOSEN}".data(using: .utf8)!)\n', 1, _CHOSEN, LITERAL),
    ("ios/Tokens2.swift", f'let key = SymmetricKey(data: Data("{_CHOSEN_2}".utf8))\n', 1, _CHOSEN_2, LITERAL),
    ("ios/Hooks.swift", f'let hmac = try HMAC(key: "{_CHOSEN_3}", variant: .sha2(.sha256))\n', 1, _CHOSEN_3, LITERAL),
    # --- a login's call given a host's bare name first, then the user and the password
    ("etl/load.py", f'conn = Connection("dbserver", "admin", "{_CHOSEN_4}")\n', 1, _CHOSEN_4, LITERAL),
    ("etl/sync.py", f'conn = getConnection("reports-db", "svc_reports", "{_CHOSEN}")\n', 1, _CHOSEN, LITERAL),
    ("ops/ssh.py", f'c = SshClient("buildhost", "deploy", "{_CHOSEN_2}")\n', 1, _CHOSEN_2, LITERAL),
    # --- a DSN's call with a comment after its `(`
    ("web/replica.php", f"<?php\n$db = new Store( // the read replica\n    'pgsql:host=pg.example.net;dbname=shop',\n    'shop_ro',\n"
     f"    '{_CHOSEN_3}'\n);\n", 5, _CHOSEN_3, LITERAL),
]

DECOYS = [
    # (an `authenticate` given variables, a stand-in, a strategy and its option; a scheme alone)
    ("lab/analysis/trends.R", 'auth <- authenticate(Sys.getenv("LIMS_USER"), Sys.getenv("LIMS_PW"), type = "basic")\n'
     'auth <- authenticate("user", "password", type = "basic")\nauth <- authenticate("user", "<password>")\n'),
    ("app/auth.js", 'app.post("/login", passport.authenticate("local", "session"));\nauthenticate("basic", "digest")\n'),
    # (a login's setter given variables or a stand-in; a setter of no login)
    ("gateways/relay.lua", 'client:login_set(cfg.user, cfg.password)\nclient:login_set("user", "changeme")\n'
     'client:will_set("gw/status", "offline", 1, true)\n'),
    ("firmware/mqtt.c", 'mosquitto_username_pw_set(mosq, MQTT_USER, MQTT_PASS);\nmosquitto_username_pw_set(mosq, "user", NULL);\n'),
    # (an administrator account beside a word, a role's label, a stand-in, a read password; in a list or a mapping; a
    # test's comparison; a printed pair)
    ("plant/add_route.py", 'pyads.add_route_to_plc(SENDER_AMS, HOST, PLC_IP, "Administrator", "1")\n'
     'pyads.add_route_to_plc(SENDER_AMS, HOST, PLC_IP, "Administrator", os.environ["PLC_PASSWORD"])\n'
     'roles = [("admin", "Administrator"), ("root", "Superuser")]\n'),
    ("docs/conf.py", f'USERS = ["root", "{_CHOSEN}"]\nDEFAULTS = {{"admin": "{_CHOSEN_2}"}}\n'),
    ("tests/test_users.py", f'assertEqual("admin", "{_CHOSEN}")\nprint("root", "{_CHOSEN_2}")\n'
     'user = create_user("admin", "admin@example.com")\n'),
    # (Swift: a key from a variable, one drawn, a made-up one; a decoded payload under no key's name; a stand-in's bytes)
    ("ios/Signer.swift", "let key = SymmetricKey(data: Data(base64Encoded: secretB64)!)\nlet fresh = SymmetricKey(size: .bits256)\n"
     'let zero = SymmetricKey(data: Data(base64Encoded: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")!)\n'),
    ("ios/Avatar.swift", f'let payload = Data(base64Encoded: "{_KEY_B64}")!\nlet body = Data("{_CHOSEN}".utf8)\n'),
    ("ios/Tokens.swift", 'let key = SymmetricKey(data: "secret".data(using: .utf8)!)\n'
     'let k = SymmetricKey(data: Data("your-signing-key".utf8))\n'),
    # (a host's bare name, then a user, the password read; a character set's or a collation's name after a DSN)
    ("etl/load.py", 'conn = Connection("dbserver", "svc_reports_2024", pw)\nconn = Connection("dbserver", "svc_reports", os.environ["PW"])\n'),
    ("web/db.php", "<?php\n$db = connect('mysql:host=db;dbname=shop', 'charset', 'utf8mb4_unicode_ci');\n"
     "$db = connect('mysql:host=db;dbname=shop', 'encoding', 'utf8mb4_0900_ai_ci');\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
