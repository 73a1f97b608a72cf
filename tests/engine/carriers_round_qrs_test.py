"""Values a program reads decoded or assembled where it uses them (issue 14, blind rounds Q-S):
a base64 literal set to a name that a decoding call is handed (`Buffer.from(TOKEN_B64, "base64")`,
Android's `Base64.decode(ENCODED_SECRET, flags)`, Swift's `Data(base64Encoded: name)`) is read as
its text where the name is set; Android's and Swift's decoding calls of a literal; typed
declarations (Swift, Kotlin, TypeScript, Rust) read as `name = "value"`, split in pieces or not.
Each form blocks at the line the value is written on; the decoys beside them pass."""
from __future__ import annotations

import base64
from typing import List, Tuple

import pytest

from secretfence.engine import Engine, carriers
from secretfence.findings import Finding
from tests import fakes
from tests.accuracy.labelled import blocking, reports


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


DECODED = "base64"
ASSEMBLED = "split string literals"
TYPED = "typed or Make assignments, or XML elements"
PASSWORD = fakes.password(251) + "#k"  # (generated: the project's own scan sees no literal)
# Its base64 holds no digit: only the decoding call says it is base64 (a value after `=` is
# decoded by its shape only with a digit in it).
ENCODED_ONLY_BY_CALL = fakes.fake("", 24, 64)
SECRET = fakes.password(252) + fakes.password(253)[:6]

# (file, text, secret, the line it blocks at, what carried it)
NAMED_FORMS: List[Tuple[str, str, str, int, str]] = [
    ("ApiKeys.kt", f'object ApiKeys {{\n    private const val ENCODED_CLIENT_SECRET = "{_b64(ENCODED_ONLY_BY_CALL)}"\n\n'
     "    val clientSecret: String\n        get() = String(Base64.decode(ENCODED_CLIENT_SECRET, Base64.NO_WRAP))\n}\n",
     ENCODED_ONLY_BY_CALL, 2, DECODED),
    ("release.js", f"const TOKEN_B64 = '{_b64(ENCODED_ONLY_BY_CALL)}';\nconst token = Buffer.from(TOKEN_B64, 'base64').toString('utf8');\n",
     ENCODED_ONLY_BY_CALL, 1, DECODED),
    ("Client.java", f'class Client {{\n    private static final String API_SECRET_B64 = "{_b64(ENCODED_ONLY_BY_CALL)}";\n'
     "    String secret() { return new String(java.util.Base64.getDecoder().decode(API_SECRET_B64)); }\n}\n",
     ENCODED_ONLY_BY_CALL, 2, DECODED),
    ("client.py", f'import base64\n\n_SMTP_PASSWORD = b"{_b64(ENCODED_ONLY_BY_CALL)}"\n'
     "SMTP_PASSWORD = base64.b64decode(_SMTP_PASSWORD).decode()\n", ENCODED_ONLY_BY_CALL, 3, DECODED),
    ("Keys.swift", f'enum Keys {{\n    static let partnerSecretEncoded = "{_b64(ENCODED_ONLY_BY_CALL)}"\n'
     "    static var partnerSecret: String { String(data: Data(base64Encoded: partnerSecretEncoded)!, encoding: .utf8)! }\n}\n",
     ENCODED_ONLY_BY_CALL, 2, DECODED),
    ("config.php", f"<?php\n$ENCODED_DB_PASSWORD = '{_b64(ENCODED_ONLY_BY_CALL)}';\n$db = new PDO($dsn, 'app', base64_decode($ENCODED_DB_PASSWORD));\n",
     ENCODED_ONLY_BY_CALL, 2, DECODED),
]
CALL_AND_TYPED_FORMS: List[Tuple[str, str, str, int, str]] = [
    ("Config.kt", f'val clientSecret = String(android.util.Base64.decode("{_b64(PASSWORD)}", Base64.DEFAULT))\n',
     PASSWORD, 1, DECODED),
    ("APIEnvironment.swift", f'enum APIEnvironment {{\n    static let partnerSecret: String = "{SECRET[:8]}" +\n'
     f'        "{SECRET[8:14]}" +\n        "{SECRET[14:]}"\n}}\n', SECRET, 2, ASSEMBLED),
    ("Secrets.kt", f'object Secrets {{\n    const val CLIENT_SECRET: String = "{SECRET}"\n}}\n', SECRET, 2, TYPED),
    ("api.ts", f"export class Api {{\n  private readonly apiSecret: string = '{PASSWORD}';\n}}\n", PASSWORD, 2, TYPED),
    ("lib.rs", f'pub const API_TOKEN: &str = "{SECRET}";\n', SECRET, 1, TYPED),
]


def _found(engine: Engine, filename: str, text: str, secret: str) -> List[Finding]:
    return [finding for finding in blocking(engine.scan_text(filename, text)) if reports(finding, secret)]


@pytest.mark.parametrize("filename, text, secret, line, carrier", NAMED_FORMS + CALL_AND_TYPED_FORMS,
                         ids=lambda value: value if isinstance(value, str) and len(value) < 24 else "")
def test_a_decoded_or_typed_value_blocks_where_it_is_written(
        engine: Engine, filename: str, text: str, secret: str, line: int, carrier: str) -> None:
    found = _found(engine, filename, text, secret)
    assert found
    assert {finding.line_number for finding in found} == {line}
    assert {finding.details["carrier"] for finding in found} == {carrier}
    # The file's lines as they are show nothing of it: the carrier is the point.
    assert not [finding for finding in blocking(engine._scan_lines(filename, text)) if reports(finding, secret)]


@pytest.mark.parametrize("filename, text, line, expected", [
    ("a.kt", f'const val ENCODED = "{_b64(ENCODED_ONLY_BY_CALL)}"\nval s = String(Base64.decode(ENCODED, Base64.NO_WRAP or Base64.URL_SAFE))',
     0, f'const val ENCODED = "{ENCODED_ONLY_BY_CALL}"'),
    ("a.js", f"const K = '{_b64(ENCODED_ONLY_BY_CALL)}';\nconst k = Buffer.from(K, 'base64');", 0, f"const K = '{ENCODED_ONLY_BY_CALL}';"),
    ("a.kt", f'val s = String(Base64.decode("{_b64(SECRET)}", Base64.DEFAULT))', 0, f'val s = "{SECRET}"'),
    ("a.swift", f'let d = Data(base64Encoded: "{_b64(SECRET)}")', 0, f'let d = "{SECRET}"'),
    ("a.swift", f'static let apiSecret: String = "{SECRET[:9]}" +\n    "{SECRET[9:]}"', 0, f'static let apiSecret = "{SECRET}"'),
])
def test_the_view_reads_the_value_in_its_place(filename: str, text: str, line: int, expected: str) -> None:
    view, files = carriers.view(text, filename)
    assert view is not None and files == []
    assert view.lines[line] == expected


DECOYS: List[Tuple[str, str]] = [
    # A name set to base64 of a placeholder, of a binary; a call's result decoded; a name never set.
    ("release.js", f"const SECRET_B64 = '{_b64('${APP_SECRET}')}';\nconst s = Buffer.from(SECRET_B64, 'base64').toString();\n"
     "const t = Buffer.from(process.env.TOKEN_B64, 'base64').toString();\n"),
    ("Icons.kt", 'object Icons {\n    private const val ICON = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAZ0lEQVR4"\n'
     "    val icon = Base64.decode(ICON, Base64.DEFAULT)\n    val extra = Base64.decode(intent.getStringExtra(\"token\"), 0)\n"
     "    val blob = Base64.decode(encodedSecret, Base64.NO_WRAP)\n}\n"),
    ("greeting.py", f'import base64\nGREETING = "{_b64("Hello, World!")}"\nprint(base64.b64decode(GREETING).decode())\n'),
    # Typed declarations of prose, names, a header, an environment variable's name, a URL, a comparison.
    ("Strings.swift", 'enum Strings {\n    static let passwordPlaceholder: String = "Enter your password"\n'
     '    static let tokenHeader: String = "X-Auth-Token"\n    static let secretKeyName: String = "api_secret"\n}\n'),
    ("Prefs.kt", 'object Prefs {\n    const val PREF_AUTH_TOKEN: String = "auth_token"\n'
     '    private val passwordHint: String = "At least 12 characters"\n}\n'),
    ("env.rs", 'const TOKEN_ENV: &str = "GITHUB_TOKEN";\nconst API_URL: &str = "https://api.example.com/v1";\n'),
    ("form.ts", "const passwordLabel: string = 'Password';\nlet secretRef: string = '${SECRET_REF}';\n"),
    ("parts.swift", 'let title: String = "Reset your " +\n    "password in Settings"\n'),
]


@pytest.mark.parametrize("filename, text", DECOYS, ids=[name for name, _ in DECOYS])
def test_decoys_beside_each_form_pass(engine: Engine, filename: str, text: str) -> None:
    assert blocking(engine.scan_text(filename, text)) == []
