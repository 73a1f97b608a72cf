"""Forms and decoys read after blind rounds DO-DT (configuration values and their judgement): a Markdown page's own
password under a documentation tree, as a runbook gives one (a settings table's row, `| VNC password | `…` |` or
padded bare; a code span after its label or its word, `user `maint`, password `…``; a list item's bare value; an
accounts table's password column), blocking where it looks generated or chosen with care; a one-item list under a
credential's name in YAML (keycloak-config-cli's `bindCredential: ["…"]`); and the decoys: a resolver's reference
as the whole value (`env:NAME`, `env.NAME`, `secret:name`), a login's password given as its hash with the
statement's `HASHED` (SQL Server's `PASSWORD = 0x… HASHED` on a line of its own, a quoted hash), and an API key
beside its own secret under the same head (Shopify's `apiKey` and `apiSecretKey`: the pair's public half). An
API key alone, or beside another head's secret, still blocks. Through the engine. Every value here is generated."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

HEX = "0123456789abcdef"
_WORDS = ("Harbor", "Cedar", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Tundra", "Willow", "Copper", "Meadow",
          "Summit", "Basalt", "Juniper", "Heron", "Garnet")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol, four digits (`Tundra%Cedar8884`)."""
    generator = random.Random(seed)
    return (generator.choice(_WORDS) + generator.choice("#*!%&") + generator.choice(_WORDS)
            + str(generator.randint(1000, 9999)))


_CHOSEN = _chosen(1195000)
_CHOSEN_2 = _chosen(1195001)
_GENERATED = drawn_mixed(1195002, 16)
_DOTTED = "fennel.otter." + drawn(1195003, 3, "0123456789")  # (lower-case words and digits, 17 characters)
_BIND = _chosen(1195004)
_CLIENT_SECRET = drawn_mixed(1195005, 32)
_API_KEY = drawn(1195006, 32, HEX)
_OTHER_KEY = drawn(1195007, 32, HEX)
_TOKEN = drawn_mixed(1195008, 32)
_HASH = "0x0200" + drawn(1195009, 136, "0123456789ABCDEF")
_SID = "0x" + drawn(1195010, 32, "0123456789ABCDEF")
_LOGIN_PASSWORD = _chosen(1195011)


TRUE_FORMS = [
    # a settings table's row naming a password, under a documentation tree: the value in a code span, bare and
    # padded, the label in bold
    ("docs/it/exam-room.md", "# Exam room\n\n| Item | Value |\n|------|-------|\n| Console | `exam1.local` |\n"
     f"| VNC password | `{_DOTTED}` |\n", 6, _DOTTED, "Literal Credential"),
    ("docs/customers/uploads.md", "| Setting  | Value           |\n|----------|-----------------|\n| Host     | ftp.example.net |\n"
     f"| Password | {_GENERATED}                |\n", 4, _GENERATED, "Literal Credential"),
    ("docs/sites/yard.md", f"| Field | Value |\n|---|---|\n| **Admin password** | `{_CHOSEN}` |\n", 3, _CHOSEN,
     "Literal Credential"),
    # a code span right after the password's word in a sentence, a user's before it
    ("docs/commissioning/pump-station.md", "## HMI logins\n\n- Operator screens: no login.\n"
     f"- Maintenance screens: user `maint`, password `{_CHOSEN}` (set by the integrator).\n", 4, _CHOSEN,
     "Literal Credential"),
    ("docs/it/printers.md", f"The scan user's password `{_CHOSEN_2}` is set on every copier.\n", 1, _CHOSEN_2,
     "Literal Credential"),
    # a list item's label and its code span (the keyword rules' assignment), and its bare value
    ("docs/range/laptop-setup.md", f"2. Log in with the local account:\n   - user: `tech`\n   - password: `{_CHOSEN}`\n",
     3, _CHOSEN, "Secret Keyword"),
    ("docs/av-booth.md", f"1. Lyrics:\n   - Login: av@example.org\n   - Password: {_CHOSEN_2}\n", 3, _CHOSEN_2,
     "Literal Credential"),
    # (a page that parses as YAML as a whole: the keyword rule reads the list item as detect-secrets' transformer gives it)
    ("docs/booth.md", f"# Booth\n\n- Login: av@example.org\n- Admin password: {_CHOSEN}\n", 4, _CHOSEN, "Secret Keyword"),
    # an accounts table's password column
    ("docs/handover/office-it.md", "| Device | Address | Login | Password |\n|---|---|---|---|\n"
     f"| Router | 192.168.10.1 | admin | {_CHOSEN}   |\n", 3, _CHOSEN, "Literal Credential"),
    # a one-item list under a credential's name, in YAML (keycloak-config-cli) and a JSON export
    ("keycloak/realm-ldap.yaml", "components:\n  org.keycloak.storage.UserStorageProvider:\n    - name: ad\n"
     "      config:\n        vendor: [\"ad\"]\n        bindDn: [\"CN=svc,DC=corp,DC=local\"]\n"
     f"        bindCredential: [\"{_BIND}\"]\n", 7, _BIND, "Literal Credential"),
    ("realms/staff.yml", f"config:\n  bindCredential: ['{_BIND}']\n", 2, _BIND, "Literal Credential"),
    ("realms/staff.yml", f"- config: {{bindCredential: [ \"{_BIND}\" ], vendor: [\"other\"]}}\n", 1, _BIND,
     "Literal Credential"),
    ("keycloak/realm.json", f'{{"config": {{"secret": ["{_CLIENT_SECRET}"]}}}}\n', 1, _CLIENT_SECRET, "Literal Credential"),
    # a literal under the reference's key still is one
    ("config/twilio.json", f'{{\n  "authToken": "{_TOKEN}"\n}}\n', 2, _TOKEN, "Literal Credential"),
    # an API key with no secret of its own beside it: alone, beside another service's secret, beside Django's key
    ("app/shopify.server.js", f'export const shopify = shopifyApi({{\n  apiKey: "{_API_KEY}",\n'
     '  scopes: ["read_orders"],\n});\n', 2, _API_KEY, "Secret Keyword"),
    (".env", f"MAILCHIMP_API_KEY={_API_KEY}\nSTRIPE_API_SECRET=${{STRIPE_SECRET}}\n", 1, _API_KEY, "Secret Keyword"),
    ("settings.py", f'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nMAILCHIMP_API_KEY = "{_API_KEY}"\n', 2, _API_KEY,
     "Secret Keyword"),
    # an API key whose secret the file writes out too (both are reported; the key is no public half then)
    ("config/exchange.json", f'{{\n  "apiKey": "{_API_KEY}",\n  "secretKey": "{_CLIENT_SECRET}"\n}}\n', 2, _API_KEY,
     "Secret Keyword"),
    ("tests/fixtures.py", f'apps = [{{"name": "a", "api_key": "{_API_KEY}"}}]\nsettings = {{"SECRET_KEY": "{_CLIENT_SECRET}"}}\n',
     1, _API_KEY, "Secret Keyword"),
    # a login's password given as itself, on the statement's line or a line of its own
    ("db/migrations/0044_login.sql", f"CREATE LOGIN [etl]\n    WITH PASSWORD = N'{_LOGIN_PASSWORD}',\n"
     "    CHECK_POLICY = ON;\n", 2, _LOGIN_PASSWORD, "Database Credentials"),
]

DECOYS = [
    # documentation's examples: a tutorial's password, a placeholder, a pointer, a mask, a key's or a token's row,
    # a table whose column describes the setting
    ("docs/it/exam-room.md", "| Item | Value |\n|---|---|\n| VNC password | `Welcome1` |\n| Admin password | `<password>` |\n"
     "| SFTP password | see 1Password |\n| Router password | ******** |\n"),
    ("docs/setup.md", f"| Setting | Value |\n|---|---|\n| Secret key | `{_GENERATED}` |\n| API token | `{_TOKEN}` |\n"),
    ("docs/configuration.md", f"| Name | Description |\n|---|---|\n| Password | `{_CHOSEN}` |\n"),
    ("docs/install.md", "- Log in with user `admin`, password `admin`.\n- password: `${DB_PASSWORD}`\n"
     "- Password: (ask the front desk)\n- Password: changeme\n"),
    ("docs/handover/office-it.md", "| Device | Login | Password |\n|---|---|---|\n| Router | admin | (see binder) |\n"
     "| Logger PC | ops | Harbor12345 |\n"),
    # a masked or referenced bind credential, a setting's list
    ("keycloak/realm-ldap.yaml", "config:\n  bindCredential: [\"**********\"]\n  vendor: [\"ad\"]\n"
     "  editMode: [\"READ_ONLY\"]\n"),
    ("keycloak/realm-ldap.yaml", "config:\n  bindCredential: [\"${LDAP_BIND_CREDENTIAL}\"]\n"),
    # a resolver's reference as the whole value
    ("config/twilio-routing.json", '{\n  "accountSid": "AC' + drawn(1195012, 32, HEX) + '",\n'
     '  "authToken": "env:TWILIO_AUTH_TOKEN"\n}\n'),
    ("config/app.yaml", "db:\n  password: secret:db-password\nstripe:\n  api_key: env.STRIPE_API_KEY\n"
     "smtp:\n  password: environment:SMTP_PASSWORD\n"),
    ("config/settings.toml", 'api_token = "secrets:prod/api-token"\nwebhook_secret = "ENV:WEBHOOK_SECRET"\n'),
    # a login's password given as its hash (the statement's HASHED), on a line of its own, quoted, in one line
    ("db/migrations/0043_move_login.sql", "USE [master];\nGO\nCREATE LOGIN [pbi_reporting]\n"
     f"    WITH PASSWORD = {_HASH} HASHED,\n    SID = {_SID},\n    CHECK_POLICY = ON;\nGO\n"),
    ("db/logins.sql", f"CREATE LOGIN [app] WITH PASSWORD = N'{_HASH}' HASHED, CHECK_POLICY = OFF;\n"),
    ("db/logins.sql", f"ALTER LOGIN [app] WITH PASSWORD = '{_HASH}' HASHED;\n"),
    ("tools/move_logins.py", f'cursor.execute("CREATE LOGIN [app] WITH PASSWORD = {_HASH} HASHED, SID = {_SID}")\n'),
    # an API key beside its own secret (the secret from the environment, or its name's reference)
    ("app/shopify.server.dev.js", 'import { shopifyApi } from "@shopify/shopify-api";\n\nexport const shopify = shopifyApi({\n'
     f'  apiKey: "{_API_KEY}",\n  apiSecretKey: process.env.SHOPIFY_API_SECRET,\n  scopes: ["read_orders"],\n}});\n'),
    (".env", f"SHOPIFY_API_KEY={_API_KEY}\nSHOPIFY_API_SECRET=${{SHOPIFY_API_SECRET}}\n"),
    ("config/exchange.json", f'{{"apiKey": "{_OTHER_KEY}", "secretKey": "${{EXCHANGE_SECRET_KEY}}"}}\n'),
    ("config/media.yaml", f"cloudinary:\n  api_key: {_OTHER_KEY}\n  api_secret: ${{CLOUDINARY_API_SECRET}}\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_tutorial_password_in_documentation_still_warns(engine: Engine) -> None:
    text = "| Item | Value |\n|---|---|\n| VNC password | `Harbor12345` |\n"
    found = [finding for finding in engine.scan_text("docs/it/exam-room.md", text) if finding.secret == "Harbor12345"]
    assert found and all(finding.confidence == "low" for finding in found)
