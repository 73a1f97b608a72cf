"""Issue 14, blind round 2 of stop 59: vendors' secrets in code, config, SQL and logs (a gateway's short `sk_live_`
key), and the decoys nearest to each. Generated fakes only: every value is built here from a seeded generator
(seeds 5250000-5259999)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = 5250000


def _hex(seed: int, length: int) -> str:
    """Lower-case hex with a digit and a letter, ten distinct characters or more (a drawn key's look)."""
    value = fakes.drawn(_SEED + seed, length, HEX)
    return value if len(set(value)) >= 10 else _hex(seed + 1000, length)


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


# (file, text, secret): each must block.
FORMS: List[Tuple[str, str, str]] = [
    # Culqi's live secret key (`sk_live_` and 16 hex): a payment-gateway table's seed row, a log line's Bearer header,
    # an env file, a PHP SDK's options; a short key of letters of both cases and digits from another gateway
    ("db/seeds/004_gateways.sql", "INSERT INTO gateways (code, public_key, secret_key, active) VALUES\n"
     f"  ('culqi', 'pk_live_{_hex(1, 16)}', 'sk_live_{_hex(2, 16)}', TRUE);\n", f"sk_live_{_hex(2, 16)}"),
    ("logs/payments.log", "2024-06-14T09:12:41.503-05:00 DEBUG [http] headers={'Content-Type': 'application/json', "
     f"'Authorization': 'Bearer sk_live_{_hex(3, 16)}'}}\n", f"sk_live_{_hex(3, 16)}"),
    (".env.production", f"CULQI_PUBLIC_KEY=pk_live_{_hex(4, 16)}\nCULQI_SECRET_KEY=sk_live_{_hex(5, 16)}\n",
     f"sk_live_{_hex(5, 16)}"),
    ("app/Pagos/Culqi.php", f"<?php\n$culqi = new Culqi\\Culqi(array('api_key' => 'sk_live_{_hex(6, 16)}'));\n",
     f"sk_live_{_hex(6, 16)}"),
    ("config/gateway.yml", f"gateway:\n  secret: sk_live_{_alnum(7, 20)}\n", f"sk_live_{_alnum(7, 20)}"),
    # a Laravel Sanctum personal access token (`<row id>|<40 random>`) as a Laravel API's Bearer token: curl's header
    # continued over lines, a Python client's headers, a PHP client's
    ("scripts/notify.sh", "#!/usr/bin/env bash\ncurl -sS -X POST https://app.example.lk/api/v3/sms/send \\\n"
     f'  -H "Authorization: Bearer 382|{_alnum(20, 40)}" \\\n  -H "Content-Type: application/json"\n', f"382|{_alnum(20, 40)}"),
    ("sms/client.py", f'HEADERS = {{"Authorization": "Bearer 17|{_alnum(21, 40)}", "Accept": "application/json"}}\n',
     f"17|{_alnum(21, 40)}"),
    ("app/Sms.php", f"<?php\n$headers = ['Authorization' => 'Bearer 5|{_alnum(22, 40)}'];\n", f"5|{_alnum(22, 40)}"),
    # curl's `-u user:password` inside a command substitution (`TOKEN=$(curl … -u "user:pw")`), continued or not; a
    # generated password holding a `$` the double quotes would expand (the literal run before it is the password's)
    ("scripts/session.sh", "#!/usr/bin/env bash\nTOKEN=$(curl -s -X GET https://api.example.pe/api.security/v1/security \\\n"
     f'  -u "ops@example.pe:{_alnum(30, 16)}")\n', _alnum(30, 16)),
    ("scripts/session2.sh", f'TOKEN=$(curl -s https://api.example.pe/v1/security -u "ops@example.pe:{_alnum(31, 14)}")\n',
     _alnum(31, 14)),
    ("scripts/session3.sh", "#!/usr/bin/env bash\nTOKEN=$(curl -s -X GET https://api.example.pe/v1/security \\\n"
     f'  -u "ops@example.pe:{_alnum(32, 12)}$e49")\n', f"{_alnum(32, 12)}$e49"),
    # a Basic login's `user:password` joined in one string under a name for credentials (Swift's client that encodes it,
    # Node's `auth` option, a Python constant, a Kotlin property)
    ("Sources/API/AdminClient.swift", "final class AdminClient {\n"
     f'    private let credentials = "studio-ipad:{_alnum(40, 12)}!{_alnum(41, 4)}"\n'
     '    func token() -> String { Data(credentials.utf8).base64EncodedString() }\n}\n', f"{_alnum(40, 12)}!{_alnum(41, 4)}"),
    ("src/upload.js", f"const options = {{ host: 'files.example.com', auth: 'uploader:{_alnum(42, 16)}' }};\n", _alnum(42, 16)),
    ("client/settings.py", f'BASIC_CREDS = "svc-report:{_alnum(43, 14)}"\n', _alnum(43, 14)),
    ("app/Api.kt", f'    private val basicAuth = "kiosk:{_alnum(44, 14)}"\n', _alnum(44, 14)),
    # a typed property or parameter given a literal default, one a line before its `,` (a Kotlin data class's
    # constructor, a TypeScript constructor's property)
    ("app/src/main/java/ng/otp/TermiiOtp.kt", "data class OtpRequest(\n"
     f'    val api_key: String = "{_alnum(50, 60)}",\n    val to: String,\n)\n', _alnum(50, 60)),
    ("src/sms.ts", "export class Sms {\n  constructor(\n"
     f"    private readonly apiKey: string = '{_alnum(51, 32)}',\n    private readonly sender = 'Shop',\n  ) {{}}\n}}\n",
     _alnum(51, 32)),
    # a SUNAT login (RUC, user, Clave SOL) by position to Greenter's setter
    ("config/greenter.php", "<?php\n$see = new See();\n"
     f"$see->setClaveSOL('20604417729', 'FACTURA1', '{_alnum(52, 12)}');\n", _alnum(52, 12)),
    # a LoRaWAN root key as The Things Stack's device YAML writes it (`root_keys:` / `app_key:` / `key:`), quoted or bare
    ("lorawan/devices/soil-07.yaml", "end_device:\n  ids:\n    device_id: soil-07\n  root_keys:\n    app_key:\n"
     f'      key: "{_hex(60, 32).upper()}"\n    nwk_key:\n      key: {_hex(61, 32).upper()}\n', _hex(60, 32).upper()),
    ("lorawan/devices/soil-08.yaml", f"root_keys:\n  nwk_key:\n    key: {_hex(62, 32)}\n", _hex(62, 32)),
    # Etsy's keystring (its API key) under its name where the text says Etsy: Python, an env file
    ("etsy_bridge/client.py", f'ETSY_KEYSTRING = "{fakes.drawn(_SEED + 70, 24, "abcdefghijklmnopqrstuvwxyz0123456789")}"\n'
     'BASE = "https://openapi.etsy.com/v3/application"\n', fakes.drawn(_SEED + 70, 24, "abcdefghijklmnopqrstuvwxyz0123456789")),
    (".env", f"# Etsy Open API v3\nKEYSTRING={fakes.drawn(_SEED + 71, 24, 'abcdefghijklmnopqrstuvwxyz0123456789')}\n",
     fakes.drawn(_SEED + 71, 24, "abcdefghijklmnopqrstuvwxyz0123456789")),
    # OpenWeather's key as an iOS app's Secrets.plist pair, under the app's own name for it, its string on the next line
    # or on the key's line
    ("App/Secrets.plist", '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n'
     f"\t<key>OpenWeatherAppID</key>\n\t<string>{_hex(80, 32)}</string>\n</dict>\n</plist>\n", _hex(80, 32)),
    ("App/Keys.plist", f"<dict>\n  <key>OWM_API_KEY</key><string>{_hex(81, 32)}</string>\n</dict>\n", _hex(81, 32)),
]

DECOYS: List[Tuple[str, str]] = [
    # a short `sk_live_` head's placeholders, names and made-up runs; a body too short for any gateway's key
    (".env.example", "CULQI_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxx\nSTRIPE_KEY=sk_live_YOURSECRETKEYHERE\n"),
    ("config.py", 'SECRET = "sk_live_0123456789abcdef"\nOTHER = "sk_live_secretKeyValue2"\n'),
    ("README.md", "Use your live key (`sk_live_1a2b3c4d5e6f`) from the panel.\n"),
    ("settings.py", 'CULQI_KEY = "sk_live_yourculqisecretkey"\n'),
    # a Sanctum token's documented stand-ins, a reference after the bar
    ("docs/api.sh", 'curl -H "Authorization: Bearer 1|xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" https://example.com/api/user\n'),
    ("scripts/api.sh", 'curl -H "Authorization: Bearer 1|$API_TOKEN" https://example.com/api/user\n'),
    # curl's password from variables, a word before a variable, the user's variable and a `$` expanded
    ("scripts/login.sh", 'TOKEN=$(curl -s https://api.example.pe/v1/security -u "$NIUBIZ_USER:$NIUBIZ_PASSWORD")\n'
     'curl -s -u "ops@example.pe:secret$SUFFIX" https://api.example.pe\ncurl -s -u "ops@example.pe:${PW}" https://x.pe\n'),
    # a Kubernetes Secret template whose values say to change them (Spanish, French, German, Portuguese)
    ("deploy/k8s/plantillas/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\nstringData:\n"
     '  MP_ACCESS_TOKEN: "<token de Mercado Pago>"\n  DATABASE_URL: "postgresql://usuario:CAMBIAR@host:5432/ventas"\n'
     '  CACHE_URL: "redis://:changer@cache:6379/0"\n  QUEUE_URL: "amqp://app:aendern@mq:5672/"\n'
     '  MAIL_URL: "smtp://app:alterar@mail:587"\n'),
    # a joined pair built from variables, a stock or placeholder pair, a fetch's credentials mode, a URL under `auth`
    ("Sources/API/Client.swift", 'private let credentials = "\\(user):\\(password)"\n'),
    ("src/upload.js", "const auth = `${user}:${pass}`;\nconst opts = { credentials: 'same-origin' };\n"
     "const login = 'user:password';\nconst authUrl = 'https://auth.example.com/login';\n"),
    ("settings.py", 'BASIC_AUTH = "admin:admin"\nAUTH = "guest:guest"\nCREDENTIALS = "username:changeme"\n'),
    # a credential's id then the file holding it (systemd's LoadCredential, a template unit's `%i`)
    ("deploy/systemd/ingest@.service", "[Service]\nLoadCredential=mqtt-password:/etc/ingest/credentials/%i.mqtt\n"
     "LoadCredential=api-token:./secrets/%i.token\n"),
    # a typed parameter's default that is no literal secret: empty, a build constant, a placeholder
    ("app/Otp.kt", 'data class OtpRequest(\n    val api_key: String = "",\n    val token: String = BuildConfig.TERMII_KEY,\n'
     '    val secret: String = "YOUR_API_KEY",\n)\n'),
    # SUNAT's public beta login (Greenter's documentation's), the login read from the environment
    ("config/greenter.php", "<?php\n$see->setClaveSOL('20000000001', 'MODDATOS', 'moddatos');\n"
     "$see->setClaveSOL($ruc, getenv('SOL_USER'), getenv('SOL_PASS'));\n"),
    # a device YAML's template key (all zero, the AES specification's example) and an object no LoRaWAN key is named
    ("lorawan/devices/_template.yaml", "root_keys:\n  app_key:\n    key: 00000000000000000000000000000000\n"
     '  nwk_key:\n    key: "2B7E151628AED2A6ABF7158809CF4F3C"\ndev_eui:\n  key: 8977547F3C3171A2787727E9AC7C743C\n'),
    # a keystring where nothing says Etsy, a placeholder keystring
    ("cache.py", 'CACHE_KEYSTRING = "k3j5h7g9f1d2s4a6p8o0i9u7"\n'),
    (".env.example", "# Etsy\nETSY_KEYSTRING=xxxxxxxxxxxxxxxxxxxxxxxx\n"),
    # a property list's 32 hex under an app id where nothing says OpenWeather (a Facebook app, an analytics id)
    ("App/Info.plist", "<dict>\n\t<key>AppID</key>\n\t<string>5fd2d2490ca4c616e8c4bf144d333495</string>\n</dict>\n"),    # a namespace's path under a name ending in auth, not a joined pair (botocore's endpoint built-ins, Ruby's `Net::`)
    ("regions.py", 'AWS_S3_USE_GLOBAL_ENDPOINT_AUTH = "AWS::S3::UseGlobalEndpointAuth"\nHTTP_AUTH = "Net::HTTPBasicAuth"\n'),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_vendor_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret in finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
