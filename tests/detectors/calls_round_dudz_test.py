"""Forms read after blind rounds DU-DZ (kinds/_code_calls.py, kinds/_stream_keys.py, kinds/literal_credential.py): an
authentication header's value built with a vendor's own scheme (.NET's `AuthenticationHeaderValue("SSWS", "…")`,
`Token`, `ApiKey`), a connection's settings built with its place, then a user and a password (`NtripSettings(host, port,
user, pw, mount)`, `ServerConfig(…)`; a provider's short drawn password among them), a string type's or a text macro's
wrapper around a password's literal (Qt's `QStringLiteral("…")`, Windows' `_T("…")`, `L"…"`), a URL's credentials
assembled from joined literals wherever the join stands (an object's member, a call's argument), a media SDK's secrets
by position with its arguments one a line, and a WordPress application password in a Basic login's password slot.
Each beside the decoys of its form, through the engine. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

LITERAL = "Literal Credential"
_HEX = "0123456789abcdef"
# (chosen passwords: letters of both cases, digits and a symbol, as people make them)
_CHOSEN = drawn_mixed(1305100, 10) + "&" + drawn(1305101, 4, "0123456789")
_CHOSEN_2 = drawn_mixed(1305102, 9) + "#" + drawn(1305103, 3, "0123456789")
_CHOSEN_3 = drawn_mixed(1305104, 12) + "!"
# (a provider's short drawn password: letters and digits alternating, as an NTRIP caster or a broker issues them)
_DRAWN_SHORT = drawn_mixed(1305000, 12)  # (this seed's draw alternates: see _proxy_and_sessions.generated_password)
_DRAWN_SHORT_2 = drawn_mixed(1305002, 12)
_TOKEN = drawn_mixed(1305110, 40)
_TOKEN_HEX = drawn(1305111, 40, _HEX)
_KEY = drawn_mixed(1305112, 32)
_SECRET = drawn_mixed(1305113, 27)
_KEY_ID = drawn(1305114, 15, "0123456789")
_VIMEO_TOKEN = drawn(1305115, 32, _HEX)
_VIMEO_SECRET = drawn_mixed(1305116, 40)


def _grouped(seed: int) -> str:
    """A WordPress application password as WordPress shows it: 24 letters and digits in six groups of four."""
    value = drawn_mixed(seed, 24)
    return " ".join(value[at:at + 4] for at in range(0, 24, 4))


_APP_PASSWORD = _grouped(1305040)
_APP_PASSWORD_2 = _grouped(1305041)


TRUE_FORMS = [
    # --- an authentication header's value under a vendor's own scheme (.NET)
    ("src/Directory/Okta.cs", "static class Okta {\n    static Okta() {\n"
     f'        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("SSWS", "00{_TOKEN}");\n    }}\n}}\n',
     3, "00" + _TOKEN, LITERAL),
    ("Api/Client.cs", f'client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", "{_TOKEN_HEX}");\n',
     1, _TOKEN_HEX, LITERAL),
    ("Api/Alerts.cs", f'http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("GenieKey", "{uuid4(1305117)}");\n',
     1, uuid4(1305117), LITERAL),
    ("Api/Search.cs", f'request.Headers.Authorization = new("ApiKey", @"{_KEY}");\n', 1, _KEY, LITERAL),
    # --- a connection's settings given its place, then a user and a password
    ("app/src/main/java/a/rtk/Caster.kt", "class Caster {\n    private val settings = NtripSettings(\n"
     '        "caster.example-rtk.net",\n        2101,\n        "rover_17",\n'
     f'        "{_DRAWN_SHORT}",\n        "VRS_RTCM32"\n    )\n}}\n', 6, _DRAWN_SHORT, LITERAL),
    ("src/main/java/a/Edi.java", f'ServerConfig edi = new ServerConfig("sftp.example-partner.net", 22, "edi_out", "{_CHOSEN}");\n',
     1, _CHOSEN, LITERAL),
    ("gnss/caster.py", f'CASTER = CasterConfig(CASTER_HOST, 2101, "base-west", "{_DRAWN_SHORT_2}")\n', 1, _DRAWN_SHORT_2, LITERAL),
    ("Telemetry/Broker.cs", f'var broker = new MqttSettings("broker.example-fleet.net", 8883, "truck-04", "{_CHOSEN_2}");\n',
     1, _CHOSEN_2, LITERAL),
    # --- a string type's or a text macro's wrapper around the password's literal
    ("gcs/src/Link.cpp", f'    cfg.password = QStringLiteral("{_CHOSEN}");\n', 1, _CHOSEN, LITERAL),
    ("gcs/src/Radio.cpp", f'    m_password = QLatin1String("{_CHOSEN_2}");\n', 1, _CHOSEN_2, LITERAL),
    ("tools/Setup.cpp", f'    LPCTSTR szPassword = _T("{_CHOSEN_3}");\n', 1, _CHOSEN_3, LITERAL),
    ("tools/Service.cpp", f'    const wchar_t* servicePassword = L"{_CHOSEN}";\n', 1, _CHOSEN, LITERAL),
    ("tools/Login.cpp", f'    CString password = TEXT("{_CHOSEN_2}");\n', 1, _CHOSEN_2, LITERAL),
    ("src/db.cpp", f'    const std::string db_password = std::string("{_CHOSEN_3}");\n', 1, _CHOSEN_3, LITERAL),
    # --- a URL's credentials assembled from joined literals wherever the join stands
    ("web/next.config.js", "module.exports = {\n  serverRuntimeConfig: {\n"
     f"    mediaUrl: 'cloudinary://' + '{_KEY_ID}' + ':' + '{_SECRET}' + '@photo-archive',\n  }},\n}};\n", 3, _SECRET, LITERAL),
    ("worker/queue.py", f'params = pika.URLParameters("amqp://" + "ingest" + ":" + "{_CHOSEN}" + "@mq.example-ops.net/%2F")\n',
     1, _CHOSEN, LITERAL),
    ("lib/Store.php", f"$dsn = connect('mysql://' . 'shop' . ':' . '{_CHOSEN_2}' . '@db.example-shop.net/shop', $options);\n",
     1, _CHOSEN_2, LITERAL),
    ("src/cache.ts", "export const cache = createClient({\n"
     f"  url: 'rediss://' + 'default' + ':' +\n    '{_SECRET}' + '@cache.example-app.net:6380',\n}});\n", 3, _SECRET,
     LITERAL),
    # --- a media SDK's secrets by position, its arguments one a line
    ("scripts/archive.js", "const client = new Vimeo(\n"
     f"  '{drawn(1305118, 40, _HEX)}',\n  process.env.VIMEO_CLIENT_SECRET || '',\n  '{_VIMEO_TOKEN}'\n);\n", 4, _VIMEO_TOKEN,
     LITERAL),
    ("scripts/upload.js", "const vimeo = new Vimeo(\n  CLIENT_ID,\n"
     f"  '{_VIMEO_SECRET}',  // app secret\n  ACCESS_TOKEN,\n);\n", 3, _VIMEO_SECRET, LITERAL),
    ("src/video.ts", f"const mux = new Mux(\n  process.env.MUX_TOKEN_ID,\n  '{_KEY}'\n);\n", 3, _KEY, LITERAL),
    # --- a WordPress application password in a Basic login's password slot
    ("connectors/wp/push.py", f'AUTH = HTTPBasicAuth("translator", "{_APP_PASSWORD}")\n', 1, _APP_PASSWORD, LITERAL),
    ("connectors/wp/pull.py", f'client = httpx.Client(auth=httpx.BasicAuth("sync-bot", "{_APP_PASSWORD_2}"))\n', 1,
     _APP_PASSWORD_2, LITERAL),
    ("Publishing/Wp.cs", f'var credentials = new NetworkCredential("publisher", "{_APP_PASSWORD}");\n', 1, _APP_PASSWORD,
     LITERAL),
]

DECOYS = [
    # (a header's value from a variable, a stand-in, a template; a handshake's blob under Negotiate)
    ("src/Directory/Okta.cs", 'Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("SSWS", apiToken);\n'
     'Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("SSWS", "YOUR_OKTA_API_TOKEN");\n'
     'Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", "{token}");\n'
     f'Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Negotiate", "YII{drawn_mixed(1305119, 60)}");\n'),
    # (settings without a password: a region, a prefix, a format; settings of a test; the password from the environment)
    ("app/src/main/java/a/Settings.kt", 'val a = ServerConfig("api.example.net", 443, "production", "eu-west-1")\n'
     'val b = CacheSettings("redis.internal.example", 6379, "session", "Cache2Prefix")\n'
     'val c = LogConfig("logs.example.net", 514, "app", "json-lines")\n'
     'val d = NtripSettings(\n    "caster.example-rtk.net",\n    2101,\n    "rover_17",\n    BuildConfig.NTRIP_PASSWORD,\n)\n'),
    ("src/test/kotlin/a/SettingsTest.kt", f'val s = TestSettings("caster.example-rtk.net", 2101, "rover", "{_CHOSEN}")\n'),
    # (an application's name and version first, no place)
    ("src/app.py", 'config = AppConfig("billing", "1.4", "worker-01", "production")\n'),
    # (a wrapper around no password: empty, the word, a label, a format, a stand-in, the environment)
    ("gcs/src/Link.cpp", '    cfg.password = QStringLiteral("");\n    cfg.password = QStringLiteral("password");\n'
     '    m_passwordLabel = tr("Enter the caster password:");\n    cfg.password = QStringLiteral("%1").arg(pw);\n'
     '    LPCTSTR szPassword = _T("<password>");\n    cfg.password = QString::fromUtf8(qgetenv("CASTER_PASSWORD"));\n'),
    # (a URL joined from a variable's password, a stand-in; a URL with a port and no credentials)
    ("web/next.config.js", f"const a = 'cloudinary://' + '{_KEY_ID}' + ':' + CLOUDINARY_SECRET + '@photo-archive';\n"
     f"const b = 'cloudinary://' + '{_KEY_ID}' + ':' + '<api_secret>' + '@photo-archive';\n"
     "const c = 'https://' + 'api.example.net' + ':' + '8443' + '/v2';\n"),
    # (a media SDK's secrets from the environment or stand-ins)
    ("scripts/archive.js", "const client = new Vimeo(\n  process.env.VIMEO_CLIENT_ID,\n  process.env.VIMEO_CLIENT_SECRET || '',\n"
     "  process.env.VIMEO_TOKEN\n);\nconst other = new Vimeo(\n  'CLIENT_ID',\n  'YOUR_CLIENT_SECRET',\n  'YOUR_ACCESS_TOKEN'\n);\n"),
    # (WordPress' documentation's application passwords: a letter repeated, the alphabet, groups counting up)
    ("connectors/wp/push.py", 'a = HTTPBasicAuth("admin", "xxxx xxxx xxxx xxxx xxxx xxxx")\n'
     'b = HTTPBasicAuth("admin", "abcd efgh ijkl mnop qrst uvwx")\n'
     'c = HTTPBasicAuth("admin", "ABCD 1234 EFGH 5678 IJKL 9012")\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
