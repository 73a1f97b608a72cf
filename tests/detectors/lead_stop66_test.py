"""Stop 66, the lead's two notes of stop 65:

- Spanish's password word typed without its tilde, `contrasena: …`, below a notes file's bare title or in a script's
  comment block gave no finding: detect-secrets' keyword rule lists the word but reads `word: value` unquoted only when
  the whole file re-reads as INI (a bare title line breaks that), and no list of secretfence's held it.
- The English word borrowed into India's scripts as a config's key (`पासवर्ड: "…"` in YAML, `.env`, INI, JSON, a
  Python dict) gave no finding: the notes' and pages' readers knew the words, a key's hint did not; and a key read
  stopped at the zero-width non-joiner typed after a virama (Telugu's `పాస్‌వర్డ్`) or at Bengali's nukta.

Generated fakes only (seeds 7800100-7800199)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7800100
_PASSWORD = f"{fakes.drawn_mixed(_SEED + 1, 10)}#{fakes.drawn(_SEED + 2, 4, '0123456789')}"

# Hindi/Marathi/Nepali, Tamil, Telugu and Malayalam with and without the joiner, Kannada, Gujarati, Punjabi, Odia,
# Bengali with its `য়` one letter and two
_INDIC_WORDS = ["पासवर्ड", "கடவுச்சொல்", "పాస్\u200cవర్డ్", "పాస్వర్డ్", "പാസ്\u200cവേഡ്", "പാസ്വേഡ്", "ಪಾಸ್\u200cವರ್ಡ್",
                "પાસવર્ડ", "ਪਾਸਵਰਡ", "ପାସୱାର୍ଡ", "পাসও\u09dfার্ড", "পাসও\u09af\u09bcার্ড"]


def _config_files(word: str, value: str) -> List[tuple]:
    return [
        ("deploy/config.yaml", f"db:\n  host: db.internal\n  {word}: \"{value}\"\n"),
        (".env", f"DB_HOST=db.internal\n{word}={value}\n"),
        ("app.ini", f"[db]\nhost = db.internal\n{word} = {value}\n"),
        ("config/settings.json", f'{{"db": {{"host": "db.internal", "{word}": "{value}"}}}}\n'),
        ("app/settings.py", f'DATABASE = {{"host": "db.internal", "{word}": "{value}"}}\n'),
    ]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name,text", [
    ("notes/router.txt", "Router de la tienda\n\ncontrasena: {}\n"),
    ("notes/router.txt", "Router de la tienda\nusuario: admin\nContrasena: {}\n"),
    ("docs/notes/wifi.txt", "Wi-Fi oficina\n\ncontrasena: {}\n"),
    ("scripts/router.sh", "#!/bin/sh\n# Router de la tienda\n# contrasena: {}\nssh admin@192.0.2.1\n"),
])
def test_contrasena_without_its_tilde_blocks(engine: Engine, name: str, text: str) -> None:
    assert _PASSWORD in _blocked(engine, name, text.format(_PASSWORD))


@pytest.mark.parametrize("value", ["<tu contrasena>", "changeme", "${ROUTER_PASSWORD}", "ver Bitwarden", "********"])
def test_contrasena_without_its_tilde_and_no_password_passes(engine: Engine, value: str) -> None:
    assert _blocked(engine, "notes/router.txt", f"Router de la tienda\nusuario: admin\ncontrasena: {value}\n") == []


@pytest.mark.parametrize("word", _INDIC_WORDS)
@pytest.mark.parametrize("index", range(5))
def test_indic_password_word_as_a_config_key_blocks(engine: Engine, word: str, index: int) -> None:
    name, text = _config_files(word, _PASSWORD)[index]
    assert _PASSWORD in _blocked(engine, name, text)


@pytest.mark.parametrize("word", ["पासवर्ड", "పాస్\u200cవర్డ్", "পাসও\u09dfার্ড"])
@pytest.mark.parametrize("value", ["changeme", "${DB_PASSWORD}", "<पासवर्ड>", "********", ""])
def test_indic_password_word_with_no_password_passes(engine: Engine, word: str, value: str) -> None:
    for name, text in _config_files(word, value):
        assert _blocked(engine, name, text) == [], name


@pytest.mark.parametrize("word", ["пароль", "पासवर्ड", "ಪಾಸ್ವರ್ಡ್"])
def test_a_code_span_value_is_reported_once_without_its_backticks(engine: Engine, word: str) -> None:
    # (the file re-read as INI quoted the span whole: a second finding holding the backticks)
    found = engine.scan_text("notes/nas.md", f"# NAS\n\n- {word}: `{_PASSWORD}`\n")
    assert [finding.secret for finding in found] == [_PASSWORD]


_TOKEN = fakes.drawn_mixed(_SEED + 3, 24)


@pytest.mark.parametrize("name,line", [
    ("src/api.js", "const API_TOKEN = `{}`;"),
    ("src/client.ts", "export const apiToken: string = `{}`;"),
    ("src/client.ts", "  private readonly accessKey = `{}`;"),
    ("web/config.mjs", "export default {{ authToken: `{}` }};"),
    ("cmd/sync/main.go", "const apiToken = `{}`"),
])
def test_a_template_literal_or_raw_string_under_a_credential_name_blocks(engine: Engine, name: str, line: str) -> None:
    # (JavaScript's template literal with no substitution and Go's raw string are string literals: a token under a
    # credential's name passed where the same value in quotes blocked)
    assert _TOKEN in _blocked(engine, name, "// client settings\n" + line.format(_TOKEN) + "\n")


@pytest.mark.parametrize("value", ["${process.env.API_TOKEN}", "Bearer ${token}", "${API_TOKEN}", "your-api-token-here",
                                   "<API_TOKEN>", ""])
def test_a_template_literal_with_a_substitution_or_no_token_passes(engine: Engine, value: str) -> None:
    assert _blocked(engine, "src/api.js", f"// client settings\nconst API_TOKEN = `{value}`;\n") == []


def test_a_directive_value_in_a_code_span_is_reported_without_its_backticks(engine: Engine) -> None:
    # (`WLAN-Passwort `…`` was reported twice: by its code span, and read whole as a directive's value)
    found = engine.scan_text("notes/buero.md", f"# Büro\n\nWLAN-Passwort `{_PASSWORD}`\n")
    assert [finding.secret for finding in found] == [_PASSWORD]


_APP_PASSWORD = " ".join(fakes.drawn(_SEED + 10 + group, 4, "abcdefghijklmnopqrstuvwxyz") for group in range(4))


@pytest.mark.parametrize("name", [".msmtprc", "mail/msmtprc", "config/msmtp/config"])
def test_an_unquoted_app_password_directive_blocks(engine: Engine, name: str) -> None:
    # (msmtp reads a directive's whole rest: Google's app password as it shows it, four groups of four letters, passed
    # unquoted where the quoted form blocked)
    text = f"account gmail\nhost smtp.gmail.com\nport 587\nauth on\nuser ops@acme.example\npassword {_APP_PASSWORD}\n"
    assert _APP_PASSWORD in _blocked(engine, name, text)


@pytest.mark.parametrize("line", ["password abcd efgh ijkl mnop", "password xxxx xxxx xxxx xxxx",
                                  "passwordeval secret-tool lookup host gmail", "description this is some text here"])
def test_a_directive_of_no_app_password_passes(engine: Engine, line: str) -> None:
    assert _blocked(engine, ".msmtprc", f"account gmail\nhost smtp.gmail.com\nuser ops@acme.example\n{line}\n") == []
