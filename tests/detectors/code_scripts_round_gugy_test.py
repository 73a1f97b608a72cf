"""Blind rounds GU-GY, credentials as code and scripts give them: lftp's `-u user,password` on a line continuing its
command; reqwest's `.basic_auth(user, Some("…"))` (an owned or optional literal: `"…".to_string()`, `String::from("…")`)
and its `.bearer_auth("…")`; a Rust constant typed as bytes or with a lifetime (`const X_SECRET: &[u8] = b"…";`); a CUPS SMB
device URI whose password holds an `@` (`smb://WORKGROUP/user:pa@ss@server/printer`); a JDBC URL whose properties go on in the literals `+` joins
below it (`"jdbc:sqlserver://h:1433;…;"` then `+ "user=…;password=…;encrypt=true"`); Android's `cmd wifi connect-network <ssid>
wpa2 <passphrase>` (over `adb shell`). Through the engine; every value is drawn here."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

LITERAL = "Literal Credential"


# --- lftp's -u on a line continuing its command -------------------------------------------------------------------------

_LFTP_PASSWORD = drawn_mixed(2640001, 15)


@pytest.mark.parametrize(("text", "line"), [
    ('lftp -e "set sftp:auto-confirm yes; cd /in; put $FILE; bye" \\\n     -u svc_upload,\'{pw}\' sftp://sftp.example.net\n', 2),
    ("lftp -e 'mirror -R out /in; quit' \\\n  --user svc_upload,\"{pw}\" \\\n  sftp://sftp.example.net\n", 2),
    ("lftp \\\n  -e 'put a.csv; bye' \\\n  -p 2222 \\\n  -u svc_upload,{pw} sftp://sftp.example.net\n", 4),
    ("lftp -e \"put a.csv; bye\" \\\n  -u 'svc_upload,{pw}' sftp://sftp.example.net\n", 2),
    ("lftp -e \"put a.csv; bye\" ^\n  -u svc_upload,{pw} sftp://sftp.example.net\n", 2),  # (cmd's continuation)
])
def test_lftps_login_on_a_continued_line_blocks(engine: Engine, text: str, line: int) -> None:
    assert _blocked(engine, "exports/scripts/push.sh", text.replace("{pw}", _LFTP_PASSWORD)) == [
        (line, LITERAL, _LFTP_PASSWORD)]


@pytest.mark.parametrize("text", [
    'lftp -e "put a.csv; bye" \\\n     -u "$SFTP_USER","$SFTP_PASSWORD" sftp://sftp.example.net\n',
    'lftp -e "put a.csv; bye" \\\n     -u svc_upload sftp://sftp.example.net\n',  # (a user alone: lftp prompts)
    # (another command's options after the command ended, or on a line naming no lftp above it)
    'lftp -e "put a.csv; bye" sftp://sftp.example.net \\\n  | tee log.txt && tool -u svc_upload,{pw}\n',
    'rsync -a out/ \\\n  -u svc_upload,{pw} host:/in\n',
    'lftp -e "put a.csv; bye" sftp://sftp.example.net\n  -u svc_upload,{pw}\n',  # (no continuation)
])
def test_no_lftp_login_on_a_continued_line(engine: Engine, text: str) -> None:
    assert _blocked(engine, "exports/scripts/push.sh", text.replace("{pw}", _LFTP_PASSWORD)) == []


# --- reqwest's basic_auth with Some(password), bearer_auth ---------------------------------------------------------------

_RUST_PASSWORD = drawn_mixed(2640011, 18)
_RUST_TOKEN = drawn_mixed(2640012, 32)


def _fetch_rs(call: str) -> str:
    return ("use reqwest::blocking::Client;\n\npub fn fetch(client: &Client, url: &str) -> reqwest::Result<Vec<u8>> {\n"
            "    let bytes = client\n        .get(url)\n        " + call + "\n        .send()?\n        .bytes()?;\n"
            "    Ok(bytes.to_vec())\n}\n")


@pytest.mark.parametrize("call", [
    '.basic_auth("firmware-sync", Some("{pw}"))',
    '.basic_auth("firmware-sync", Some("{pw}".to_string()))',
    '.basic_auth("firmware-sync", Some("{pw}".to_owned()))',
    '.basic_auth(String::from("firmware-sync"), Some("{pw}".into()))',
    '.basic_auth("firmware-sync", Some(r"{pw}"))',  # (Rust's raw literal)
    '.basic_auth("firmware-sync", Some(r"{pw}".to_string()))',
    '.basic_auth("firmware-sync", Some(String::from(r"{pw}")))',
])
def test_reqwests_basic_auth_with_a_literal_password_blocks(engine: Engine, call: str) -> None:
    assert _blocked(engine, "firmware-sync/src/fetch.rs", _fetch_rs(call.replace("{pw}", _RUST_PASSWORD))) == [
        (6, LITERAL, _RUST_PASSWORD)]


@pytest.mark.parametrize("call", ['.bearer_auth("{token}")', '.bearer_auth("{token}".to_string())', '.bearerAuth("{token}")'])
def test_a_bearer_auth_call_given_a_literal_token_blocks(engine: Engine, call: str) -> None:
    assert _blocked(engine, "firmware-sync/src/fetch.rs", _fetch_rs(call.replace("{token}", _RUST_TOKEN))) == [
        (6, LITERAL, _RUST_TOKEN)]


@pytest.mark.parametrize("call", [
    '.basic_auth("firmware-sync", None::<&str>)',
    '.basic_auth(&cfg.user, Some(&cfg.password))',
    '.basic_auth("firmware-sync", Some(std::env::var("SYNC_PASSWORD")?))',
    '.basic_auth("firmware-sync", Some(""))',
    '.basic_auth("firmware-sync", Some("changeme"))',
    '.basic_auth("firmware-sync", Some("<password>".to_string()))',
    '.bearer_auth(&token)',
    '.bearer_auth(std::env::var("SYNC_TOKEN")?)',
    '.bearer_auth("YOUR_TOKEN_HERE")',
])
def test_reqwests_auth_from_a_reference_or_a_stand_in_does_not_block(engine: Engine, call: str) -> None:
    assert _blocked(engine, "firmware-sync/src/fetch.rs", _fetch_rs(call)) == []


# --- a Rust constant of bytes, or typed with a lifetime ------------------------------------------------------------------

_HMAC_VALUE = "oev_" + drawn_mixed(2640021, 40)


@pytest.mark.parametrize("declaration", [
    'const ORDER_EVENTS_SECRET: &[u8] = b"{value}";',
    'pub const WEBHOOK_SIGNING_SECRET: &[u8] = b"{value}";',
    'static HMAC_KEY: &[u8; 44] = b"{value}";',
    'pub(crate) static API_TOKEN: &\'static [u8] = b"{value}";',
    'static API_TOKEN: &\'static str = "{value}";',
    'const WEBHOOK_SECRET: &str = r"{value}";',
])
def test_a_rust_constant_of_bytes_or_with_a_lifetime_blocks(engine: Engine, declaration: str) -> None:
    text = ("use hmac::{Hmac, Mac};\nuse sha2::Sha256;\n\n" + declaration.replace("{value}", _HMAC_VALUE) + "\n\n"
            "pub fn mac() -> Hmac<Sha256> {\n    Hmac::<Sha256>::new_from_slice(ORDER_EVENTS_SECRET).expect(\"any key length\")\n}\n")
    assert [(line, secret) for line, _, secret in _blocked(engine, "order-webhooks/src/verify.rs", text)] == [
        (4, _HMAC_VALUE)]


@pytest.mark.parametrize("declaration", [
    'const SIGNATURE_HEADER: &[u8] = b"X-Signature-256";',
    'const SECRET_PREFIX: &[u8] = b"whsec_";',
    'const TOKEN_ENV: &str = "ORDER_EVENTS_SECRET";',
    'static API_KEY_HEADER: &\'static str = "x-api-key";',
    'const WEBHOOK_SECRET: &[u8] = b"your-webhook-secret";',
])
def test_a_rust_constant_naming_no_secret_does_not_block(engine: Engine, declaration: str) -> None:
    assert _blocked(engine, "order-webhooks/src/verify.rs", declaration + "\n") == []


def test_a_typescript_union_of_quoted_types_is_no_lifetime(engine: Engine) -> None:
    # (a quoted type is no annotation the declaration reads: the value stays the keyword rule's to judge as before)
    text = "export class Billing {\n  private mode: 'live' | 'test' = 'live';\n}\n"
    assert _blocked(engine, "src/billing.ts", text) == []


# --- a CUPS SMB device URI whose password holds an @ ---------------------------------------------------------------------

_SMB_PASSWORD = drawn_mixed(2640031, 9) + "@" + drawn_mixed(2640032, 8)


@pytest.mark.parametrize(("name", "text", "line"), [
    ("it/setup-printer.sh", '#!/bin/sh\nlpadmin -p Office \\\n  -v "smb://STUDIO/printuser:{pw}@FRONTDESK-PC/LaserJet" \\\n  -m everywhere -E\n', 3),
    ("it/setup-printer.sh", "lpadmin -p Office -E -v smb://STUDIO/printuser:{pw}@frontdesk-pc.local:445/LaserJet -m everywhere\n", 1),
    ("etc/cups/printers.conf", "<Printer Office>\nDeviceURI smb://STUDIO/printuser:{pw}@FRONTDESK-PC/LaserJet\nState Idle\n</Printer>\n", 2),
])
def test_an_smb_device_uris_password_holding_an_at_sign_blocks_whole(engine: Engine, name: str, text: str, line: int) -> None:
    assert [(number, secret) for number, _, secret in _blocked(engine, name, text.replace("{pw}", _SMB_PASSWORD))] == [
        (line, _SMB_PASSWORD)]


@pytest.mark.parametrize("uri", [
    "smb://WORKGROUP/username:password@server/printer",
    "smb://STUDIO/printuser:${PRINT_PASSWORD}@FRONTDESK-PC/LaserJet",
    "smb://STUDIO/printuser@FRONTDESK-PC/LaserJet",
    "smb://STUDIO/FRONTDESK-PC/LaserJet",
])
def test_an_smb_device_uri_with_no_literal_password_does_not_block(engine: Engine, uri: str) -> None:
    assert _blocked(engine, "it/setup-printer.sh", f"lpadmin -p Office -E -v '{uri}' -m everywhere\n") == []


# --- a JDBC URL's properties in the literals joined below it --------------------------------------------------------------

_JDBC_PASSWORD = drawn_mixed(2640041, 6) + "@" + drawn_mixed(2640042, 9)
DATABASE = "Database Credentials"


@pytest.mark.parametrize(("name", "text", "line"), [
    ("src/main/java/com/acme/ledger/Db.java",
     'public final class Db {\n    private static final String URL =\n'
     '        "jdbc:sqlserver://sql01.corp.acme-ledger.com:1433;databaseName=Ledger;"\n'
     '        + "user=ledger_sync;password={pw};encrypt=true;trustServerCertificate=true";\n}\n', 4),
    ("src/main/java/com/acme/ledger/Db.java",
     'class Db {\n    static final String URL = "jdbc:sqlserver://sql01.corp.acme-ledger.com:1433;" +\n'
     '        "databaseName=Ledger;" +\n        "user=ledger_sync;password={pw};" +\n        "encrypt=true";\n}\n', 4),
    ("src/main/kotlin/com/acme/ledger/Db.kt",
     'const val URL = "jdbc:postgresql://pg01.corp.acme-ledger.com:5432/ledger?" +\n'
     '    "user=ledger_sync&password={pw}&ssl=true"\n', 2),
])
def test_a_jdbc_urls_password_in_a_literal_joined_below_blocks(engine: Engine, name: str, text: str, line: int) -> None:
    assert _blocked(engine, name, text.replace("{pw}", _JDBC_PASSWORD)) == [(line, DATABASE, _JDBC_PASSWORD)]


@pytest.mark.parametrize("continued", [
    '        + "user=ledger_sync;password=" + System.getenv("LEDGER_DB_PASSWORD") + ";encrypt=true";\n',
    '        + "user=ledger_sync;password=${LEDGER_DB_PASSWORD};encrypt=true";\n',
    '        + "integratedSecurity=true;encrypt=true;trustServerCertificate=true";\n',
    '        + "user=ledger_sync;password=<password>;encrypt=true";\n',
])
def test_a_jdbc_url_joined_below_with_no_literal_password_does_not_block(engine: Engine, continued: str) -> None:
    text = ('public final class Db {\n    private static final String URL =\n'
            '        "jdbc:sqlserver://sql01.corp.acme-ledger.com:1433;databaseName=Ledger;"\n' + continued + '}\n')
    assert _blocked(engine, "src/main/java/com/acme/ledger/Db.java", text) == []


_JOINED_PASSWORD = drawn_mixed(2710030, 18)


@pytest.mark.parametrize(("name", "text"), [
    # (a literal of the other quote joined after password=: the join's middle is the password)
    ("app/db.py", "URL = 'jdbc:sqlserver://db1:1433;databaseName=orders;user=app;password=' + \"{pw}\" + ';encrypt=true'\n"),
    # (a password literal ending or opening with a join's sign is no join: its quote opens the literal)
    ("app/settings.py", 'DATABASE_PASSWORD = "{pw} &"\n'),
    ("app/settings.py", 'db_password = ". {pw}"\n'),
])
def test_a_password_literal_read_as_a_join_s_code_still_blocks(engine: Engine, name: str, text: str) -> None:
    found = _blocked(engine, name, text.replace("{pw}", _JOINED_PASSWORD))
    assert [(line, kind) for line, kind, _ in found] == [(1, DATABASE)]
    assert _JOINED_PASSWORD in found[0][2]



# --- Android's cmd wifi connect-network <ssid> wpa2 <passphrase> ---------------------------------------------------------

_WORDS = ("saddle", "pebble", "orbit", "tundra", "lantern", "quarry", "walnut", "glacier", "thistle", "copper")


def _run_together_passphrase(seed: int) -> str:
    """Four words run together and two digits, as a venue's staff choose a Wi-Fi passphrase."""
    generator = random.Random(seed)
    return "".join(generator.choice(_WORDS) for _ in range(4)) + str(generator.randint(10, 99))


_WIFI_PASSPHRASES = [_run_together_passphrase(2640051), drawn_mixed(2640052, 16)]


@pytest.mark.parametrize("command", [
    'adb -s "$SERIAL" shell cmd wifi connect-network "Venue-5G" wpa2 "{psk}"',
    "adb shell cmd wifi connect-network Venue-5G wpa3 '{psk}' -m -d",
    'adb shell "cmd wifi connect-network Venue-5G wpa2 {psk}"',
    "adb shell cmd wifi add-network 'Venue Staff' wpa2 {psk} -h",
    "adb shell cmd wifi add-request -i -n Venue-5G wpa2 {psk}",
    "adb shell cmd wifi start-softap Pod-Hotspot wpa2 {psk} -b 5",
])
def test_a_passphrase_given_to_androids_cmd_wifi_blocks(engine: Engine, command: str) -> None:
    for passphrase in _WIFI_PASSPHRASES:
        text = "#!/usr/bin/env bash\nset -euo pipefail\n" + command.replace("{psk}", passphrase) + "\n"
        assert _blocked(engine, "devices/tablets/provision.sh", text) == [(3, LITERAL, passphrase)]


@pytest.mark.parametrize("command", [
    'adb shell cmd wifi connect-network "Venue-Guest" open',
    "adb shell cmd wifi connect-network Venue-Guest owe -m",
    'adb shell cmd wifi connect-network "$SSID" wpa2 "$WIFI_PSK"',
    "adb shell cmd wifi connect-network <ssid> wpa2 <passphrase>",
    "# cmd wifi connect-network <ssid> open|owe|wpa2|wpa3 [<passphrase>] [-m] [-d]",
    'adb shell cmd wifi connect-network "Venue-5G" wpa2 "password"',
])
def test_cmd_wifi_with_no_literal_passphrase_does_not_block(engine: Engine, command: str) -> None:
    assert _blocked(engine, "devices/tablets/provision.sh", "#!/usr/bin/env bash\n" + command + "\n") == []
