"""The lead's, stop 69 (two of review 68's leftovers):
- a web or mobile app's store given a token in its code (`localStorage.setItem('api_token', '…')`, `sessionStorage`,
  React Native's `AsyncStorage` with its `@` keys, Expo's `SecureStore.setItemAsync`) gave nothing: it ships to every
  browser that loads the page. A setting's call given a credential's name and a literal now reads it; what a page keeps
  under another name, a value read at run time, a test's fake and a stand-in still pass;
- `<DbPasswordParameter value="…">` passed: the words that name a component for what it shows about a password
  (a strength meter, a hint, its rules) were matched anywhere in the tag's name, and "meter" is inside "Parameter".
  They are now words of the name (at its start, after a separator or at a capital);
- a login's word heading its label, what it signs in to after it without a preposition (Indonesian's and Malay's
  `login admin Resik: teknisi@… / …`) gave nothing: read now where the user is an address or the password drawn or
  chosen with care; a label's choices (`Login flow: OAuth / SAML`) and a stock pair still pass.

Generated fakes only (seeds 9090000-9090099)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 9090000
_TOKEN = fakes.drawn_mixed(_SEED + 1, 28)
_PASSWORD = f"{fakes.drawn_mixed(_SEED + 2, 9)}#{fakes.drawn(_SEED + 3, 4, '0123456789')}"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name, line", [
    ("src/auth.js", "localStorage.setItem('api_token', '{v}');\n"),
    ("src/auth.ts", 'window.localStorage.setItem("authToken", "{v}");\n'),
    ("src/session.js", "sessionStorage.setItem('access_token', '{v}')\n"),
    ("app/boot.tsx", "await AsyncStorage.setItem('@api_key', '{v}');\n"),
    ("app/boot.tsx", "await SecureStore.setItemAsync('refresh_token', '{v}');\n"),
])
def test_a_token_a_page_keeps_in_its_store_blocks(engine: Engine, name: str, line: str) -> None:
    assert _TOKEN in _blocked(engine, name, line.format(v=_TOKEN))


@pytest.mark.parametrize("name, line", [
    ("src/auth.js", "localStorage.setItem('token', response.data.token);\n"),
    ("src/theme.js", "localStorage.setItem('theme', '{v}');\n"),
    ("src/auth.js", "localStorage.setItem('token_type', 'Bearer');\n"),
    ("src/auth.js", "localStorage.setItem('tokenExpiry', '3600');\n"),
    ("src/auth.js", "localStorage.setItem('apiKey', '');\n"),
    ("src/auth.test.js", "localStorage.setItem('auth_token', 'test-token');\n"),
    ("spec/auth.spec.ts", "localStorage.setItem('token', 'fake-jwt-token');\n"),
    ("src/auth.js", "localStorage.setItem('token_key', 'sf_session');\n"),
])
def test_what_a_page_keeps_that_is_no_credential_still_passes(engine: Engine, name: str, line: str) -> None:
    assert _blocked(engine, name, line.format(v=_TOKEN)) == []


@pytest.mark.parametrize("name, text", [
    ("config/Settings.xml", '<Settings>\n  <DbPasswordParameter value="{pw}"/>\n</Settings>\n'),
    ("src/Login.tsx", 'export const Filled = () => <PasswordTextBox defaultValue="{pw}" />;\n'),
    ("src/Login.tsx", 'export const Filled = () => <PasswordInputWithStrength defaultValue="{pw}" />;\n'),
])
def test_a_component_named_for_a_password_field_blocks(engine: Engine, name: str, text: str) -> None:
    assert _PASSWORD in _blocked(engine, name, text.format(pw=_PASSWORD))


@pytest.mark.parametrize("tag", ["PasswordStrengthMeter", "PasswordHint", "PASSWORD_METER", "PasswordRules",
                                 "PasswordPolicyNote", "PasswordValidator"])
def test_a_component_named_for_what_it_shows_about_a_password_still_passes(engine: Engine, tag: str) -> None:
    assert _blocked(engine, "src/Story.tsx", f'export const Strong = () => <{tag} value="{_PASSWORD}" />;\n') == []


@pytest.mark.parametrize("name, line", [
    ("notes/handover.txt", "login admin Resik: teknisi@villasari.example / {pw}\n"),
    ("notes/handover.md", "- login dashboard gudang: ops.gudang / {pw}\n"),
    ("notes/akses.md", "Login cPanel toko: admin@tokobatik.example / {pw}\n"),
])
def test_a_login_word_heading_its_label_gives_its_pair(engine: Engine, name: str, line: str) -> None:
    assert _PASSWORD in _blocked(engine, name, line.format(pw=_PASSWORD))


@pytest.mark.parametrize("line", ["Login flow: OAuth / SAML\n", "Login options: email / password\n",
                                  "Login methods: Google / GitHub\n", "Login page: admin / changeme\n",
                                  "login admin Resik: teknisi@villasari.example / <password>\n"])
def test_a_login_label_s_choices_and_stand_ins_still_pass(engine: Engine, line: str) -> None:
    assert _blocked(engine, "docs/auth.md", line) == []
