"""Blind rounds of stop 66 (code and config, round two): credentials their readers missed, each beside the decoys
nearest to it: an environment variable named for the HMAC its process computes (systemd's `Environment=TELEMETRY_HMAC=…`,
a `.env`'s `WEBHOOK_HMAC=…`); a sheet of logins headed in Hausa (`na'ura`, `mai_amfani`, `kalmar_sirri`); a call's literal
split over adjacent literals a line each (paho's `username_pw_set("u",` then `"…"` `"…")`); a program's own SMTP AUTH PLAIN
message in a string literal; Ktor's `BearerTokens("…", "")`; a value in a bcrypt hash's shape given as a JWT's key by its
constant's name (ZainCash's merchant secret, `JWT::encode($payload, self::SECRET, 'HS256')`).
Generated fakes only (seeds 7934000-7934099)."""
from __future__ import annotations

import base64
import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking, reports

_SEED = 7934000
_HEX = "0123456789abcdef"
_BCRYPT_ALPHABET = "./" + string.ascii_letters + string.digits

_WORDS = ("Nasara", "Dala", "Kano", "Zuma", "Gurara", "Tiga", "Sokoto", "Rima", "Argungu", "Bauchi")


def _chosen(seed: int, symbol: str) -> str:
    """A password as people choose one: two capitalised words, a symbol between them, four digits."""
    first, second = random.Random(seed).sample(_WORDS, 2)
    return f"{first}{symbol}{second}{fakes.drawn(seed + 2, 4, string.digits)}"


_HMAC_KEY = fakes.drawn(_SEED + 1, 64, _HEX)
_ROUTER_PASSWORD = _chosen(_SEED + 3, "#")
_MQTT_PASSWORD = fakes.drawn_mixed(_SEED + 6, 20)
_MAIL_PASSWORD = _chosen(_SEED + 7, "*")
_AUTH_PLAIN = base64.b64encode(f"\0bookings@shop.example\0{_MAIL_PASSWORD}".encode()).decode()
_SPEC_EXAMPLE = base64.b64encode(b"\0tim\0tanstaaftanstaaf").decode()  # (RFC 4616's own example)
_BEARER_TOKEN = "chd_live_" + fakes.drawn_mixed(_SEED + 10, 40)
_BCRYPT_SHAPED = "$2y$10$" + fakes.drawn(_SEED + 11, 53, _BCRYPT_ALPHABET)
# ZainCash's test gateway's secret, as its documentation and SDKs publish it
_PUBLISHED_ZAINCASH_SECRET = "$2y$10$hBbAZo2GfSSvyqAyV2SaqOfYewgYpfR1O19gIh4SqyGWdmySZYPuS"


def _unit(name: str, value: str) -> str:
    return ("[Unit]\nDescription=Telemetry\n\n[Service]\nExecStart=/usr/local/bin/telemetry\n"
            f"Environment={name}={value}\nEnvironment=RUST_LOG=info\n\n[Install]\nWantedBy=multi-user.target\n")


def _hausa_sheet(password: str) -> str:
    return ("tasha,na'ura,mai_amfani,kalmar_sirri,lura\nKawo,POS-01,kawo01,*,tana karanta daga vault\n"
            f"Zaria,Router,admin,{password},sabuwar router\n")


def _paho(first: str, second: str) -> str:
    return ('import paho.mqtt.client as mqtt\n\nclient = mqtt.Client(client_id="sensor-01")\n'
            f'client.username_pw_set("sensor01",\n                       {first}\n                       {second})\n'
            'client.connect("mqtt.plant.internal", 8883)\n')


def _smtp_debug(line: str) -> str:
    return ("import smtplib\n\n" + line + "\n\nwith smtplib.SMTP(\"smtp.zoho.in\", 587) as s:\n"
            "    s.starttls()\n    s.docmd(AUTH_LINE)\n")


def _ktor(tokens: str) -> str:
    return ("import io.ktor.client.HttpClient\nimport io.ktor.client.plugins.auth.Auth\n"
            "import io.ktor.client.plugins.auth.providers.BearerTokens\n\nval client = HttpClient {\n    install(Auth) {\n"
            f"        bearer {{ loadTokens {{ {tokens} }} }}\n    }}\n}}\n")


def _php_jwt(value: str, use: str = "return JWT::encode($payload, self::SECRET, 'HS256');") -> str:
    return ("<?php\nnamespace App\\Payments;\n\nuse Firebase\\JWT\\JWT;\n\nfinal class Wallet\n{\n"
            f"    private const SECRET = '{value}';\n\n    public function token(array $payload): string\n    {{\n"
            f"        {use}\n    }}\n}}\n")


FORMS: List[Tuple[str, str, str]] = [
    # an environment variable named for its HMAC, its key drawn
    ("deploy/telemetry.service", _unit("HARNET_TELEMETRY_HMAC", _HMAC_KEY), _HMAC_KEY),
    (".env", f"WEBHOOK_HMAC={_HMAC_KEY}\n", _HMAC_KEY),
    # a sheet of logins headed in Hausa: a device's column, a user's, a password's
    ("ops-notes/asusun-tasha.csv", _hausa_sheet(_ROUTER_PASSWORD), _ROUTER_PASSWORD),
    ("ops-notes/asusun-tasha.csv", _hausa_sheet(_ROUTER_PASSWORD).replace("na'ura", "na’urori"), _ROUTER_PASSWORD),
    # a setter's password split over adjacent literals, a line each
    ("iot/publisher.py", _paho(f'"{_MQTT_PASSWORD[:9]}"', f'"{_MQTT_PASSWORD[9:]}"'), _MQTT_PASSWORD),
    # a program's own AUTH PLAIN message
    ("notify/smtp_debug.py", _smtp_debug(f'AUTH_LINE = "AUTH PLAIN {_AUTH_PLAIN}"'), _MAIL_PASSWORD),
    ("notify/smtp_debug.py", _smtp_debug(f"s.send(b'AUTH PLAIN {_AUTH_PLAIN}\\r\\n')"), _MAIL_PASSWORD),
    # Ktor's bearer tokens
    ("app/src/main/java/example/Api.kt", _ktor(f'BearerTokens("{_BEARER_TOKEN}", "")'), _BEARER_TOKEN),
    # a bcrypt hash's shape given as a JWT's key by its constant's name
    ("app/Payments/Wallet.php", _php_jwt(_BCRYPT_SHAPED), _BCRYPT_SHAPED),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # an HMAC's name saying a digest received or expected; a word; a reference; an HMAC's name in code, lower case
    ("deploy/telemetry.service", _unit("EXPECTED_HMAC", _HMAC_KEY)),
    ("deploy/telemetry.service", _unit("HEADER_HMAC", _HMAC_KEY)),
    ("deploy/telemetry.service", _unit("WEBHOOK_HMAC", "sha256")),
    ("deploy/telemetry.service", _unit("WEBHOOK_HMAC", "${HMAC_KEY}")),
    ("tests/test_sign.py", f"payload_hmac = '{_HMAC_KEY}'\n"),
    # the Hausa sheet's password kept in the vault, masked
    ("ops-notes/asusun-tasha.csv", _hausa_sheet("(a cikin vault)")),
    ("ops-notes/asusun-tasha.csv", _hausa_sheet("********")),
    # adjacent literals continued by an f-string's expression; a variable
    ("iot/publisher.py", _paho('"sensor-"', 'f"{suffix}"')),
    ("iot/publisher.py", _paho("os.environ['MQTT_PW']", "")),
    # an AUTH PLAIN message built at run time; RFC 4616's own example
    ("notify/smtp_debug.py", _smtp_debug('AUTH_LINE = "AUTH PLAIN " + base64.b64encode(credentials).decode()')),
    ("notify/smtp_debug.py", _smtp_debug(f'AUTH_LINE = "AUTH PLAIN {_SPEC_EXAMPLE}"')),
    # Ktor's tokens read from storage, empty, stand-ins
    ("app/src/main/java/example/Api.kt", _ktor("BearerTokens(prefs.accessToken, prefs.refreshToken)")),
    ("app/src/main/java/example/Api.kt", _ktor('BearerTokens("", "")')),
    ("app/src/main/java/example/Api.kt", _ktor('BearerTokens("YOUR_ACCESS_TOKEN", "YOUR_REFRESH_TOKEN")')),
    # a bcrypt hash checked as a password's verifier; ZainCash's published test secret
    ("app/Payments/Wallet.php", _php_jwt(_BCRYPT_SHAPED, "return password_verify($payload['pw'], self::SECRET);")),
    ("app/Payments/Wallet.php", _php_jwt(_PUBLISHED_ZAINCASH_SECRET)),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(reports(finding, secret) for finding in found), [(finding.type, finding.secret[:6]) for finding in found]
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
