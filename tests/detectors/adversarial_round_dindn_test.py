"""Adversarial review of blind rounds DI-DN's readers: forms a small variation hid, and inputs that made a new reader's
pattern backtrack over a line (asserted by what is found, never by time). Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine
from secretfence.kinds._code_calls import _FOLDED_SEND
from secretfence.prefilter.spec import lazy_regex

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
_PASSWORD = drawn_mixed(18010, 14) + "#"
_KEY = drawn_mixed(18011, 32)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


# AutoHotkey's SendText of one literal: the blanks around its optional parenthesis are read once (`[ \t]*\(?[ \t]*`
# split a run of blanks every way before failing: 32,000 blanks after `SendText "…"` took 45 s, growing as their square).
_SEND = lazy_regex(_FOLDED_SEND)


@pytest.mark.parametrize("line", [
    f'sendtext "{_PASSWORD}"\n', f'sendtext ( "{_PASSWORD}" )   ; the portal\n', f'sendtext("{_PASSWORD}")\r\n',
    f'\tsendtext \t"{_PASSWORD}" \t\n',
])
def test_sendtext_alone_passes_the_prefilter(line: str) -> None:
    assert _SEND.search(line.encode()) is not None


@pytest.mark.parametrize("line", [
    "sendtext" + " " * 20000 + "x\n", 'sendtext "abc"' + " \t" * 20000 + "x\n", "sendtext(" + " " * 20000 + ")\n",
])
def test_sendtext_over_a_run_of_blanks_is_none(line: str) -> None:
    assert _SEND.search(line.encode()) is None


def test_sendtext_after_blanks_still_read(engine: Engine) -> None:
    text = f'; log in to the portal\nSend "ops{{Tab}}"\nSendText (  "{_PASSWORD}"  )   ; typed\nSend "{{Enter}}"\n'
    assert (3, LITERAL, _PASSWORD) in _blocked(engine, "desk/Login.ahk", text)


def test_sendtext_line_of_blanks_finds_nothing(engine: Engine) -> None:
    text = '; log in to the portal\nSend "ops{Tab}"\nSendText "abc"' + " " * 65536 + "x\nSend \"{Enter}\"\n"
    assert _blocked(engine, "desk/Login.ahk", text) == []


# A CRLF file's Swift (and other typed) declarations: the statement's end was looked for before the line's CR.
@pytest.mark.parametrize("filename, text", [
    ("Search.swift", f'enum Search {{\r\n    static let apiKey = APIKey(rawValue: "{_KEY}")\r\n}}\r\n'),
    ("Search.swift", f'enum Search {{\r\n    static let apiKey = APIKey.init(rawValue: "{_KEY}") // prod\r\n}}\r\n'),
    ("Keys.swift", f'enum Keys {{\r\n    static let apiSecret: String = "{_KEY}"\r\n}}\r\n'),
])
def test_typed_literal_in_a_crlf_file(engine: Engine, filename: str, text: str) -> None:
    assert any(secret == _KEY for _, _, secret in _blocked(engine, filename, text))


@pytest.mark.parametrize("filename, text", [
    ("Search.swift", 'enum Search {\r\n    static let apiKey = APIKey(rawValue: ProcessInfo.processInfo.environment["K"] ?? "")\r\n}\r\n'),
    ("Search.swift", f'enum Search {{\r\n    static let searchKey = APIKey(rawValue: "{_KEY}")\r\n}}\r\n'),
    ("Strings.swift", 'enum Strings {\r\n    static let passwordPlaceholder: String = "Enter your password"\r\n}\r\n'),
])
def test_typed_decoys_in_a_crlf_file(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# A chosen passphrase of words that opens with a verb and holds an article is no instruction: an instruction is written
# in one case and its numbers are a length (`hex-32`), not a passphrase's digits.
_WORDS = drawn(18012, 6, "abcdefghijklmnopqrstuvwxyz")
_DIGITS = drawn(18013, 4, "123456789")


@pytest.mark.parametrize("filename, text", [
    ("config.yml", f"password: use-a-{_WORDS.capitalize()}-Nimbus-{_DIGITS}\n"),
    ("config.yml", f"password: use-a-{_WORDS}-nimbus-{_DIGITS}\n"),
])
def test_passphrase_opening_with_a_verb_is_read(engine: Engine, filename: str, text: str) -> None:
    value = text.split(": ", 1)[1].strip()
    assert any(secret == value for _, _, secret in _blocked(engine, filename, text))


@pytest.mark.parametrize("filename, text", [
    (".env", "SECRET_KEY=generate-with-openssl-rand-hex-32\n"),
    ("config.yml", "secret_key: use-a-long-random-string\n"),
    ("config.yml", "jwt_secret: GENERATE_WITH_OPENSSL_RAND_HEX_64\n"),
])
def test_instruction_values_stay_quiet(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# A weather API's key in a URL written into HTML, its `&` as `&amp;` (a PHP template's link, an embed's src).
_WEATHER_KEY = drawn_mixed(18014, 32)


@pytest.mark.parametrize("filename, text", [
    ("widgets/forecast.php", f'<a href="https://api.weatherapi.com/v1/current.json?q=London&amp;key={_WEATHER_KEY}">now</a>\n'),
    ("widgets/Forecast.vue", f'<img src="https://api.weatherbit.io/v2.0/current?lat=1&amp;key={_WEATHER_KEY}&amp;lon=2">\n'),
])
def test_weather_key_after_an_html_ampersand(engine: Engine, filename: str, text: str) -> None:
    assert any(secret == _WEATHER_KEY for _, _, secret in _blocked(engine, filename, text))


def test_weather_template_after_an_html_ampersand_is_none(engine: Engine) -> None:
    text = '<a href="https://api.weatherapi.com/v1/current.json?q=x&amp;key=<?= WEATHER_API_KEY ?>">now</a>\n'
    assert _blocked(engine, "widgets/forecast.php", text) == []
