"""Stop 55's share 5: the Firebase Android SDK's builder given its Google API key by `setApiKey(…)` (a client
configuration's key, public by design: a warning, as google-services.json's is), and a `<…>` stand-in in words after
a token format's head, cut at its first blank by a .env's bare reading (`samsara_api_<paste token from …>`: none),
and a README's shell command exporting a credential-named variable whose value looks issued (its quick start's
`export AGERO_CLIENT_SECRET=…`: blocks), beside the placeholders and the docs tree's pages that still pass.
Their nearest siblings on the other side are kept."""

from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import LOW, Finding
from tests.accuracy.labelled import blocking

SERVICE = "Service API Token"
_KEY_ALPHABET = string.ascii_letters + string.digits + "_-"


def _google_key(seed: int) -> str:
    """A made-up Google API key (`AIza` and 35), drawn from this round's seed range."""
    draw = random.Random(seed)
    return "AIzaSy" + "".join(draw.choice(_KEY_ALPHABET) for _ in range(33))


def _drawn(seed: int, size: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    draw = random.Random(seed)
    return "".join(draw.choice(alphabet) for _ in range(size))


def _blocking_on(engine: Engine, filename: str, text: str) -> List[Tuple[str, int]]:
    return [(f.secret, f.line_number) for f in blocking(engine.scan_text(filename, text))]


# The builder's setter, in Kotlin and in Java, and iOS's options object given the key by its property.
FIREBASE_BUILDERS = [
    ("app/src/main/java/com/example/shop/FirebaseSetup.kt",
     "fun shopOptions(): FirebaseOptions = FirebaseOptions.Builder()\n    .setApiKey(\"{}\")\n"
     "    .setProjectId(\"shop-test\")\n    .build()\n", 2),
    ("app/src/main/java/com/example/shop/FirebaseSetup.java",
     "FirebaseOptions options = new FirebaseOptions.Builder()\n        .setApplicationId(\"1:{}:android:{}\")\n"
     "        .setApiKey( \"{}\" )\n        .build();\n", 3),
    ("ios/Shop/AppDelegate.swift",
     "let options = FirebaseOptions(googleAppID: appID, gcmSenderID: senderID)\noptions.apiKey = \"{}\"\n"
     "FirebaseApp.configure(options: options)\n", 2),
]


@pytest.mark.parametrize(("filename", "template", "line"), FIREBASE_BUILDERS, ids=[b[0] for b in FIREBASE_BUILDERS])
def test_a_firebase_sdk_builder_key_warns(engine: Engine, filename: str, template: str, line: int) -> None:
    key = _google_key(3540000 + line + len(filename))
    if template.count("{}") == 3:
        text = template.format(_drawn(3540010, 12, string.digits), _drawn(3540011, 16, "0123456789abcdef"), key)
    else:
        text = template.format(key)
    findings: List[Finding] = engine.scan_text(filename, text)
    assert blocking(findings) == []
    ours = [f for f in findings if f.secret == key and f.type == SERVICE]
    assert [(f.line_number, f.confidence) for f in ours] == [(line, LOW)]
    assert "Firebase client configuration" in ours[0].description


def test_a_set_api_key_call_elsewhere_still_blocks(engine: Engine) -> None:
    key = _google_key(3540020)
    # (another client's setter, no Firebase options beside it: a Google API key a server may be calling with)
    text = f'val client = TranslateClient.Builder()\n    .setApiKey("{key}")\n    .build()\n'
    assert _blocking_on(engine, "server/src/main/kotlin/Translate.kt", text) == [(key, 2)]
    # (a key under another name beside the Firebase options still blocks)
    text = f'val options = FirebaseOptions.Builder().build()\nval geminiKey = "{key}"\n'
    assert _blocking_on(engine, "app/src/main/java/com/example/Ai.kt", text) == [(key, 2)]


@pytest.mark.parametrize("template", [
    # (an app class that initialises Firebase, then gives a Google API key to another client's builder)
    'FirebaseApp.initializeApp(this);\nTranslate translate = TranslateOptions.newBuilder().setApiKey("{}").build().getService();\n',
    'val options = FirebaseOptions.Builder().setProjectId("shop").build()\nval gemini = GeminiConfig.Builder().setApiKey("{}").build()\n',
    'FirebaseOptions options = new FirebaseOptions.Builder().setProjectId("shop").build();\n'
    'Translate translate = TranslateOptions.newBuilder()\n    .setApiKey("{}")\n    .build().getService();\n',
    'val builder = FirebaseOptions.Builder()\nval places = PlacesClient.Builder()\nplaces.setApiKey("{}")\n',
])
def test_another_builders_key_beside_firebase_still_blocks(engine: Engine, template: str) -> None:
    key = _google_key(3600040)
    text = template.format(key)
    assert [secret for secret, _ in _blocking_on(engine, "app/src/main/java/com/example/shop/ShopApp.kt", text)] == [key]


@pytest.mark.parametrize("template", [
    'FirebaseOptions opts = new FirebaseOptions.Builder().setApiKey("{}").build();\n',
    'FirebaseOptions options = new FirebaseOptions.Builder()\n        .setApplicationId("1:1234567890:android:0a1b2c3d")\n'
    '        // the web key\n        .setApiKey("{}")\n        .build();\n',
    'val builder = FirebaseOptions.Builder()\nbuilder.setApiKey("{}")\nbuilder.setProjectId("shop")\n',
    'FirebaseApp.initializeApp(this, FirebaseOptions.Builder()\n    .setApiKey("{}")\n    .build())\n',
])
def test_firebase_builders_key_in_its_chain_warns(engine: Engine, template: str) -> None:
    key = _google_key(3600041)
    findings = engine.scan_text("app/src/main/java/com/example/shop/ShopApp.kt", template.format(key))
    assert blocking(findings) == []
    assert [f.confidence for f in findings if f.secret == key and f.type == SERVICE] == [LOW]


def test_a_headed_angle_stand_in_cut_at_a_blank_passes(engine: Engine) -> None:
    text = ("# Fleet sync settings. Copy to .env and fill in.\n"
            "SAMSARA_TOKEN=samsara_api_<paste token from Settings > API Tokens>\n"
            "PAYMENTS_TOKEN=live_key_<copy from the dashboard>\n")
    assert _blocking_on(engine, "fleet/.env.sample", text) == []


def test_a_headed_token_or_a_password_with_an_angle_still_blocks(engine: Engine) -> None:
    token = "samsara_api_" + _drawn(3540030, 30)
    password = _drawn(3540031, 6) + "_<" + _drawn(3540032, 8, string.ascii_letters + string.digits + "!#%")
    text = f"SAMSARA_TOKEN={token}\nDB_PASSWORD={password}\n"
    assert sorted(line for _, line in _blocking_on(engine, "fleet/.env", text)) == [1, 2]


def _readme(value: str, name: str = "AGERO_CLIENT_SECRET", prompt: str = "") -> str:
    return ("# dispatch-bridge\n\n## Run locally\n\n```bash\nexport AGERO_CLIENT_ID=fixitvans-austin\n"
            f"{prompt}export {name}={value}\nuvicorn bridge.app:app --reload\n```\n")


def test_a_readme_export_of_an_issued_looking_secret_blocks(engine: Engine) -> None:
    secret = _drawn(3540040, 48)
    assert _blocking_on(engine, "README.md", _readme(secret)) == [(secret, 7)]
    # (its siblings: quoted, after a prompt, under a token's or a password's name, in a README of another language)
    token = _drawn(3540041, 32)
    assert _blocking_on(engine, "services/dispatch/README.rst", _readme(f'"{token}"', "DISPATCH_API_TOKEN", "$ ")) == [(token, 7)]
    password = _drawn(3540042, 20, string.ascii_letters + string.digits + "#%+")
    assert _blocking_on(engine, "README.de.md", _readme(f"'{password}'", "DB_PASSWORD")) == [(password, 7)]


@pytest.mark.parametrize("quote", ['"', "'"])
@pytest.mark.parametrize("prompt", ["", "$ "])
def test_a_quoted_readme_export_in_markdown_blocks(engine: Engine, quote: str, prompt: str) -> None:
    """(detect-secrets' keyword plugin reads a quoted export in a Markdown page too, as a documentation's warning: the
    literal kind's finding gives way to it, so the keyword's hit must block as that finding would)"""
    secret = _drawn(3600070, 40)
    found = _blocking_on(engine, "README.md", _readme(f"{quote}{secret}{quote}", prompt=prompt))
    assert found == [(secret, 7)]
    # (a docs tree's page, or a stand-in, quoted, stays a warning)
    assert _blocking_on(engine, "docs/quickstart.md", _readme(f"{quote}{secret}{quote}", prompt=prompt)) == []
    assert _blocking_on(engine, "README.md", _readme(f"{quote}your-client-secret{quote}", prompt=prompt)) == []


@pytest.mark.parametrize("value", ["your-client-secret", "<your-client-secret>", "$AGERO_SECRET", "$(pass show agero)",
                                   "changeme", "sk-...", "secret", "xxxxxxxxxxxxxxxxxxxxxxxx"])
def test_a_readme_export_of_a_placeholder_passes(engine: Engine, value: str) -> None:
    assert _blocking_on(engine, "README.md", _readme(value)) == []


def test_an_export_elsewhere_is_left_to_its_reader(engine: Engine) -> None:
    secret = _drawn(3540043, 48)
    # (a docs tree's page teaching its users, and a README's non-credential variable)
    assert _blocking_on(engine, "docs/concepts/secret-management.md", _readme(secret)) == []
    assert _blocking_on(engine, "README.md", _readme(secret, "AGERO_PROJECT_ID")) == []


def _audit(header: str, first: str) -> str:
    return (header + "\n" + first + "\nFleet,ops,dispatch-board,1Password,2025-06-11,2026-06-11\n"
            "SMS,office,reminders,AWS SM prod/sms,2024-11-20,2025-11-20\n")


def test_an_integration_key_audit_s_value_column_blocks(engine: Engine) -> None:
    key = _drawn(3540050, 40, "0123456789abcdef")
    text = _audit("system,owner,key_name,value,created,rotate_by", f"RoutePlanner,planning,planner-macro,{key},2025-03-02,2026-03-02")
    assert _blocking_on(engine, "exports/integration_keys_audit.csv", text) == [(key, 2)]
    # (its siblings: a service column, the key's label or alias)
    token = _drawn(3540051, 32)
    text = f"service;secret_label;value\nRoutePlanner;prod;{token}\nFleet;staging;see vault\n"
    assert _blocking_on(engine, "exports/secrets.csv", text) == [(token, 2)]


@pytest.mark.parametrize("header, row", [
    ("system,account,key_name,key,created", "RoutePlanner,ops@fleet.example,planner,{},2025-03-02"),
    ("service,user,token_name,key,value", "RoutePlanner,ops,prod,{},enabled"),
    ("partner,key_name,key,valid_until", "Acme,prod,{},2026-01-01"),
])
def test_a_key_s_name_column_leaves_the_bare_key_column_read(engine: Engine, header: str, row: str) -> None:
    """(a column naming each row's key beside a sheet's bare key column: the key column is still the integrations' one)"""
    key = _drawn(3600060, 40, "0123456789abcdef")
    assert _blocking_on(engine, "exports/integrations.csv", f"{header}\n{row.format(key)}\n") == [(key, 2)]


def test_a_value_column_without_a_key_s_name_passes(engine: Engine) -> None:
    value = _drawn(3540052, 40, "0123456789abcdef")
    # (a settings export: a system column and a setting's name, no key's; a key's name with no system column)
    assert _blocking_on(engine, "exports/settings.csv", f"system,setting_name,value\nRoutePlanner,build_id,{value}\n") == []
    assert _blocking_on(engine, "exports/keys.csv", f"key_name,value\nbuild,{value}\n") == []
