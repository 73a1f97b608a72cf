"""Forms read after blind rounds BM-BR (kinds/_code_calls.py): paho-mqtt's `username_pw_set`, a settings
list's (name, value) tuple, an SDK's set-up or session given its secret first (ltijs, Kaltura), CiviCRM's
site and credential keys, a password written as its base64 (Amadeus' `passwordData`), and, for the keyword
rule, a Dropbox app's secret and a Travelport uAPI password beside its generated user. Each beside the decoys
of its format, through the engine. Every value here is generated."""
from __future__ import annotations

import base64

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
KEYWORD = "Secret Keyword"
_ENCRYPTION_KEY = drawn_mixed(9101, 32)
_ADMIN_SECRET = drawn(9102, 32, "0123456789abcdef")
_SITE_KEY = drawn_mixed(9103, 40)
_WS_PASSWORD = drawn_mixed(9104, 14)
_DROPBOX_KEY = "f3k9q2x7m1w8z4r"
_DROPBOX_SECRET = "wvxkzrpyt07hqmb"  # (a value the keyword rules alone judge a name)
_UAPI_PASSWORD = "QtRwbMzKhN"

TRUE_FORMS = [
    ("edge/publisher.py", 'import paho.mqtt.client as mqtt\nc = mqtt.Client(client_id=UNIT)\nc.username_pw_set(UNIT, "Gusty#Orchid7304")\n',
     3, "Gusty#Orchid7304", LITERAL),
    ("plugins/mail.py", 'hooks.Filters.CONFIG_OVERRIDES.add_items([\n    ("SMTP_HOST", "smtp.acme.io"),\n'
     '    ("SMTP_PASSWORD", "Kv7Rq2Zt9Lm4"),\n])\n', 3, "Kv7Rq2Zt9Lm4", LITERAL),
    ("settings_extra.py", 'OVERRIDES = dict([("API_TOKEN", "Hq4Zm8Xw2Lt6Rv9Nb3Kc"), ("DEBUG", "0")])\n', 1,
     "Hq4Zm8Xw2Lt6Rv9Nb3Kc", LITERAL),
    ("src/index.js", f"const lti = require('ltijs').Provider\n\nlti.setup('{_ENCRYPTION_KEY}',\n"
     "  { url: 'mongodb://mongo:27017/lti' },\n  { devMode: false })\n", 3, _ENCRYPTION_KEY, LITERAL),
    ("lib/kaltura.php", "use Kaltura\\Client\\Client as KalturaClient;\n\n$ks = $client->getSessionService()->start(\n"
     f"    '{_ADMIN_SECRET}',\n    'bridge',\n    SessionType::ADMIN,\n    102938\n);\n", 4, _ADMIN_SECRET, LITERAL),
    ("kaltura_admin.py", "from KalturaClient import KalturaClient\n"
     f'ks = client.session.start("{_ADMIN_SECRET}", "ops", KalturaSessionType.ADMIN, 102938)\n', 2, _ADMIN_SECRET, LITERAL),
    ("sites/default/civicrm.settings.php", "if (!defined('CIVICRM_SITE_KEY')) {\n"
     f"  define('CIVICRM_SITE_KEY', '{_SITE_KEY}');\n}}\n", 2, _SITE_KEY, LITERAL),
    (".env.civicrm", f"CIVICRM_SITE_KEY={_SITE_KEY}\n", 1, _SITE_KEY, LITERAL),
    ("config/amadeus_ws.php", "    'authParams' => [\n        'officeId' => 'BRU1A0980',\n        'userId' => 'WSXXWEB',\n"
     f"        'passwordData' => '{base64.b64encode(_WS_PASSWORD.encode()).decode()}',\n        'passwordLength' => 14,\n",
     4, _WS_PASSWORD, LITERAL),
    ("sync/backup.py", f'import dropbox\n\nAPP_KEY = "{_DROPBOX_KEY}"\nAPP_SECRET = "{_DROPBOX_SECRET}"\n', 4,
     _DROPBOX_SECRET, KEYWORD),
    ("server/gds/uapi.js", "const settings = {\n  auth: {\n    username: 'Universal API/uAPI4410392817-0c7e9a21',\n"
     f"    password: '{_UAPI_PASSWORD}',\n    targetBranch: 'P7210044',\n  }},\n}};\n", 4, _UAPI_PASSWORD, KEYWORD),
]

DECOYS = [
    ("edge/publisher.py", 'c.username_pw_set(UNIT, os.environ["MQTT_PASSWORD"])\nc.username_pw_set("user", "password")\n'),
    ("migrations/0003_admin.py", 'dependencies = [("auth", "0012_alter_user_first_name_max_length")]\n'
     'CASES = [("a_new_key", "192.168.0.0/24,127.0.0.1,localhost.localdomain")]\n'
     'CHOICES = [("password", "Password"), ("api_token", "API token")]\n'
     'hooks.Filters.CONFIG_OVERRIDES.add_items([("SMTP_PASSWORD", os.environ["SMTP_PW"])])\n'),
    ("src/index.js", "const lti = require('ltijs').Provider\nlti.setup(process.env.LTI_KEY, { url: process.env.MONGO_URL })\n"),
    ("src/app.js", f"app.setup('{_ENCRYPTION_KEY}')\nworker.start('{_ADMIN_SECRET}')\n"),
    ("lib/session.php", "use Kaltura\\Client\\Client;\n$ks = $client->getSessionService()->start($secret, 'bridge', 2, 102938);\n"),
    ("civicrm.settings.php", "  define('CIVICRM_SITE_KEY', getenv('CIVICRM_SITE_KEY'));\n  define('CIVICRM_SITE_KEY', '%%siteKey%%');\n"
     "define('CIVICRM_CRED_KEYS', '{{ .Data.data.cred_keys }}');\ndefine('CIVICRM_SIGN_KEYS', NULL);\n"),
    ("config/amadeus_ws.php", "    'passwordData' => base64_encode($password),\n    'passwordData' => 'cGFzc3dvcmQ=',\n"
     "    'passwordData' => 'q83vEjRWeJq83vEjRWeJqw==',\n"),
    ("sync/backup.py", f'APP_SECRET = "{_DROPBOX_SECRET}"\n'),  # (no Dropbox named: a name-like value)
    ("sync/dbx.py", 'import dropbox\nAPP_SECRET = "abcdefghijklmno"\nAPP_SECRET = os.environ["DBX_SECRET"]\n'),
    ("server/gds/uapi.js", "  auth: {\n    username: 'Universal API/uAPI4410392817-0c7e9a21',\n"
     "    password: process.env.UAPI_PASSWORD,\n  },\n  other: { password: 'YourPassword' },\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_documented_setup_stays_documentation(engine: Engine) -> None:
    # (a README's example of a login call is no block, by product policy)
    text = f"Set up the provider:\n\n    lti.setup('{_ENCRYPTION_KEY}', {{ url: 'mongodb://localhost/lti' }})\n\nUses ltijs.\n"
    assert _blocked(engine, "README.md", text) == []
