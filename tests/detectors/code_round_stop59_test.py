"""Issue 14, blind round of stop 59: vendor secrets in code and configuration under names that do not say password
(Khalti's secret keys by their head), and the decoys nearest to each. Generated fakes only: every value is built here
from a seeded generator (seeds 5210000-5219999)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = 5210000


def _hex(seed: int, length: int) -> str:
    """Generated hex: digits and letters both (a draw of one kind alone is redrawn one seed on)."""
    value = fakes.drawn(_SEED + seed, length, HEX)
    return value if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) else _hex(seed + 1, length)


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _google_key(seed: int) -> str:
    return "AIza" + _alnum(seed, 35)


def _plist(name: str, key: str, same_line: bool = False) -> str:
    """GoogleService-Info.plist as the Firebase console writes it, with `key` under `name`."""
    entry = f"\t<key>{name}</key>" + ("" if same_line else "\n\t") + f"<string>{key}</string>\n"
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n'
            "\t<key>CLIENT_ID</key>\n\t<string>1048-abc.apps.googleusercontent.com</string>\n"
            "\t<key>GCM_SENDER_ID</key>\n\t<string>104857296318</string>\n"
            f"{entry}\t<key>BUNDLE_ID</key>\n\t<string>com.example.app</string>\n</dict>\n</plist>\n")


def _word_pass(seed: int, joint: str = "#") -> str:
    """A password people make of words and digits around a `#` (or `;`): `Word#Word1234`."""
    return f"{_alnum(seed, 6).capitalize()}{joint}{_alnum(seed + 1, 6)}{fakes.drawn(_SEED + seed, 4, string.digits)}"


# The characters WordPress's salt generator (api.wordpress.org/secret-key/1.1/salt/) draws from, but the quote and the
# backslash (the closers of a template, `}` and `>`, left out too: the salt's chance opener stays unclosed).
_SALT_ALPHABET = ALNUM + "!@#$%^&*()-_ []<~`+=,.;:/?|".replace(" ", "")


def _salt(seed: int, opener: str) -> str:
    """A 64-character salt, as WordPress's generator writes it, holding a template's `opener` by chance."""
    drawn = fakes.drawn_mixed(_SEED + seed, 62, _SALT_ALPHABET)
    return (drawn[:20] + opener + drawn[20:])[:64] if opener != "{" else opener + drawn[:63]


def _influx_token(seed: int) -> str:
    """An InfluxDB 2 API token: base64url of 64 random bytes (86 characters and `==`)."""
    return fakes.drawn_mixed(_SEED + seed, 86, ALNUM + "-_") + "=="


def _wp_define(name: str, value: str) -> str:
    return f"define('{name}', {' ' * (17 - len(name))}'{value}');\n"


# (file, text, secret): each must block.
FORMS: List[Tuple[str, str, str]] = [
    # Khalti's secret keys by their head: the environment, the `Authorization: Key` header of its ePayment API, a
    # settings module, a test key (the account's sandbox payments)
    (".env.production", f"KHALTI_PUBLIC_KEY=live_public_key_{_hex(1, 32)}\nKHALTI_SECRET_KEY=live_secret_key_{_hex(2, 32)}\n",
     f"live_secret_key_{_hex(2, 32)}"),
    ("scripts/lookup.sh", "curl -s -X POST https://khalti.com/api/v2/epayment/lookup/ \\\n"
     f'  -H "Authorization: Key live_secret_key_{_hex(3, 32)}" \\\n  -d \'{{"pidx": "x"}}\'\n', f"live_secret_key_{_hex(3, 32)}"),
    ("shop/settings.py", f'PAYMENT = {{"khalti": {{"secret": "live_secret_key_{_hex(4, 32)}"}}}}\n', f"live_secret_key_{_hex(4, 32)}"),
    ("pay/khalti.js", f"const headers = {{ Authorization: `Key test_secret_key_{_hex(5, 32)}` }};\n", f"test_secret_key_{_hex(5, 32)}"),
    # A Google API key a Firebase client file holds under a server's or a secret's name (Cloud Messaging's legacy
    # server key, a backend's key added beside the config): not the client's `API_KEY`, public by design
    ("App/GoogleService-Info.plist", _plist("SERVER_KEY_FOR_TRANSLATE", _google_key(6)), _google_key(6)),
    ("App/GoogleService-Info.plist", _plist("FCM_SERVER_KEY", _google_key(7), same_line=True), _google_key(7)),
    ("app/google-services.json", f'{{\n  "project_info": {{"project_number": "1048"}},\n  "server_api_key": "{_google_key(8)}"\n}}\n',
     _google_key(8)),
    # A JDBC URL's password holding a `#` (a character like any other there, no fragment) or, in Microsoft's driver,
    # a `;` inside braces: the whole password is reported
    ("src/main/java/LegacyDb.java", f'    String url = "jdbc:sqlserver://10.1.2.3:1433;databaseName=Loom;user=loom;password={_word_pass(9)};encrypt=false";\n',
     _word_pass(9)),
    ("db.properties", f"db.url=jdbc:sqlserver://sql01.corp.lan:1433;user=erp;password={{{_word_pass(10, ';')}}};encrypt=true\n",
     _word_pass(10, ";")),
    ("config/app.properties", f"spring.datasource.url=jdbc:mysql://db.corp.lan:3306/shop?user=shop&password={_word_pass(11)}&useSSL=true\n",
     _word_pass(11)),
    # WordPress's salts holding a template's opener by chance (`#{`, `{%`, `{{`, `<%`, or opening with `{`), with nothing
    # closing it: a drawn key, not a template cut at a quote
    ("wp-config.php", "<?php\n// https://api.wordpress.org/secret-key/1.1/salt/\n" + _wp_define("AUTH_KEY", _salt(12, "#{")),
     _salt(12, "#{")),
    ("wp-config.php", "<?php\n" + _wp_define("LOGGED_IN_KEY", _salt(13, "{")), _salt(13, "{")),
    ("wp-config.php", "<?php\n" + _wp_define("NONCE_SALT", _salt(14, "{%")), _salt(14, "{%")),
    ("wp-config.php", "<?php\n" + _wp_define("SECURE_AUTH_SALT", _salt(15, "<%")), _salt(15, "<%")),
    ("config/secrets.rb", f'SESSION_SECRET = "{_salt(16, "{{")}"\n', _salt(16, "{{")),
    # a card gateway's checksum key or password (CaSys cPay's, hashed with each payment's fields): a constant, an INI
    # setting (a chosen password with a `#`), a PHP property, a Java constant
    ("payments/cpay.py", f'MERCHANT_ID = "{fakes.drawn(_SEED + 37, 10, string.digits)}"\nCHECKSUM_KEY = "{_alnum(38, 16)}"\n',
     _alnum(38, 16)),
    ("pos/cpay.ini", f"[merchant]\nPayToMerchant = 1000000844\n\n[security]\nChecksumPassword = {_word_pass(39)}\n", _word_pass(39)),
    ("src/Cpay.php", f"<?php\nclass Cpay\n{{\n    private $checksumKey = '{_alnum(41, 16)}';\n}}\n", _alnum(41, 16)),
    ("Cpay.java", f'    private static final String CHECKSUM_SECRET = "{_alnum(42, 20)}";\n', _alnum(42, 20)),
    # PayU's merchant salt beside its key, under the bare names its hash examples use (a script, an env file, YAML)
    ("scripts/refund.sh", f'#!/usr/bin/env bash\nset -euo pipefail\nKEY="{_alnum(28, 6)}"\nSALT="{_alnum(29, 32)}"\n'
     'HASH=$(printf \'%s|verify_payment|%s|%s\' "$KEY" "$1" "$SALT" | sha512sum | cut -d\' \' -f1)\n', _alnum(29, 32)),
    (".env", f"KEY={_alnum(30, 6)}\nSALT={_alnum(31, 32)}\n", _alnum(31, 32)),
    ("config/payu.yml", f"payu:\n  key: {_alnum(32, 6)}\n  salt: {_alnum(33, 32)}\n", _alnum(33, 32)),
    # InfluxDB 2's clients given the URL, then an API token by position (Go, C#, Python)
    ("cmd/backfill/main.go", 'package main\n\nimport influxdb2 "github.com/influxdata/influxdb-client-go/v2"\n\nfunc main() {\n'
     f'\tclient := influxdb2.NewClient("https://influx.lan:8086", "{_influx_token(17)}")\n\tdefer client.Close()\n}}\n',
     _influx_token(17)),
    ("ingest.go", f'c := influxdb2.NewClientWithOptions(serverURL, "{_influx_token(18)}", influxdb2.DefaultOptions())\n',
     _influx_token(18)),
    ("Telemetry/Writer.cs", f'using var client = new InfluxDBClient("http://10.0.0.5:8086", "{_influx_token(19)}");\n', _influx_token(19)),
    ("Telemetry/Factory.cs", f'var client = InfluxDBClientFactory.Create("http://10.0.0.5:8086", "{_influx_token(25)}");\n',
     _influx_token(25)),
    ("ingest.py", f'client = InfluxDBClient("http://10.0.0.5:8086", "{_influx_token(26)}", org="plant")\n', _influx_token(26)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # Khalti's public key (the checkout widget's), a placeholder, a name run on, a key cut short
    (".env", f"KHALTI_PUBLIC_KEY=live_public_key_{_hex(20, 32)}\n"),
    (".env.example", "KHALTI_SECRET_KEY=live_secret_key_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
    ("settings.py", "KHALTI_SECRET = env('KHALTI_LIVE_SECRET_KEY')\nlive_secret_key_path = '/etc/khalti/key'\n"),
    ("notes.md", f"The key looks like `live_secret_key_{_hex(21, 8)}…`.\n"),
    # the client key the Firebase console writes into its files (public by design: restricted in the Cloud console)
    ("App/GoogleService-Info.plist", _plist("API_KEY", _google_key(22))),
    ("App/GoogleService-Info.plist", _plist("API_KEY", _google_key(23), same_line=True)),
    ("app/google-services.json", f'{{\n  "api_key": [\n    {{\n      "current_key": "{_google_key(24)}"\n    }}\n  ]\n}}\n'),
    # a JDBC URL whose password comes from the environment, or is its template's placeholder
    ("db.properties", "db.url=jdbc:sqlserver://sql01:1433;user=erp;password=${DB_PASSWORD};encrypt=true\n"),
    ("db.properties", "db.url=jdbc:sqlserver://sql01:1433;user=erp;password={<your password>};encrypt=true\n"),
    # a template or an interpolation, closed or cut at a quote, where a salt would stand
    ("wp-config.php.j2", "<?php\ndefine('AUTH_KEY', '{{ wordpress_auth_key_from_the_vault_for_production_site }}');\n"),
    ("config.rb", 'SECRET_KEY = "#{Rails.application.credentials.dig(:aws,:secret_access_key_for_uploads)}"\n'),
    ("settings.py", 'SECRET_KEY = f"{self.settings.authentication_backend.credentials_for(\'app\')}"\n'),
    ("app.py", "token = '{{ lookup('env','APP_TOKEN_FOR_THE_PRODUCTION_DEPLOYMENT') }}'\n"),
    # a checksum's own value, a checksum's field name or algorithm, a placeholder password
    ("release.py", f'CHECKSUM = "{_hex(43, 64)}"\nchecksum_value = "{_hex(44, 64)}"\n'),
    ("store.py", 'CHECKSUM_KEY = "sha256"\nchecksum_key = "content_md5"\n'),
    ("pos/cpay.ini", "[security]\nChecksumPassword = changeme\n"),
    # Helm's annotations of a rendered Secret's or ConfigMap's digest (`checksum/secret`), not a checksum's secret
    ("k8s/deployment.yaml", "spec:\n  template:\n    metadata:\n      annotations:\n"
     f"        checksum/config: {_hex(45, 64)}\n        checksum/secret: {_hex(46, 64)}\n"),
    # a salt beside no key, a key computed in code, or a placeholder salt
    ("hashing.py", f'KEY = os.urandom(32)\nSALT = "{_alnum(34, 16)}"\n'),
    ("scripts/refund.sh", f'KEY="{_alnum(36, 6)}"\nSALT="<your salt>"\n'),
    ("settings.sh", f'ROUNDS=100000\nSALT="{_alnum(35, 32)}"\n'),
    # InfluxDB's token from the environment or a placeholder; another package's NewClient given a URL and a version
    ("main.go", 'client := influxdb2.NewClient(os.Getenv("INFLUX_URL"), os.Getenv("INFLUX_TOKEN"))\n'),
    ("main.go", 'client := influxdb2.NewClient("http://localhost:8086", "my-token")\n'),
    ("api.go", f'c := shipping.NewClient("https://api.shipping.example/v2", "{_alnum(27, 8)}")\n'),
    ("legacy.py", "client = InfluxDBClient('localhost', 8086, 'root', 'root', 'telemetry')\n"),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret in finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == [], [(f.type, f.secret[:8]) for f in blocking(Engine().scan_text(name, text))]
