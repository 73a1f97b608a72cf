"""Review 70 (stop 69's code readers), siblings closed:
- a web or mobile app's store given a token (stop 69: `localStorage.setItem('api_token', '…')`) as a template literal with
  no substitution (`` `…` ``), and React Native's `EncryptedStorage.setItem`, gave nothing where the quoted form and
  `AsyncStorage` blocked;
- an environment fallback below its read (stop 69: `const X =` / `process.env.X ??` / `"…"`) gave nothing where the read
  stands on the name's own line and only the fallback is broken onto the next (`const X = process.env.X ??` / `"…"`).
Generated fakes only (seeds 9300400-9300499)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines
from tests.fakes import drawn_mixed

_TOKEN = drawn_mixed(9300400, 24)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in blocked_lines(engine, filename, text)]


@pytest.mark.parametrize("call", ["localStorage.setItem('api_token', `{t}`);\n",
                                  "await EncryptedStorage.setItem('api_token', '{t}');\n"])
def test_a_store_s_token_in_a_template_or_an_encrypted_store_blocks(engine: Engine, call: str) -> None:
    assert _secrets(engine, "web/src/boot.js", call.format(t=_TOKEN)) == [(1, _TOKEN)]


def test_a_store_given_a_template_with_a_substitution_does_not_block(engine: Engine) -> None:
    text = "localStorage.setItem('api_token', `${resp.token}`);\nlocalStorage.setItem('token_type', `Bearer`);\n"
    assert _secrets(engine, "web/src/auth.js", text) == []


@pytest.mark.parametrize("name, text", [
    ("src/config.js", 'const API_TOKEN = process.env.API_TOKEN ??\n  "{t}";\n'),
    ("src/config.ts", "export const API_TOKEN: string = import.meta.env.VITE_API_TOKEN ||\n  '{t}';\n"),
])
def test_an_environment_fallback_broken_after_its_read_blocks(engine: Engine, name: str, text: str) -> None:
    # (membership: a TypeScript declaration broken after its type's `=` is also reported with its quotes, before stop 69)
    assert (2, _TOKEN) in _secrets(engine, name, text.format(t=_TOKEN))


def test_an_environment_read_broken_before_another_read_does_not_block(engine: Engine) -> None:
    text = "const API_TOKEN = process.env.API_TOKEN ??\n  process.env.FALLBACK_TOKEN;\nconst LABEL = 'x';\n"
    assert _secrets(engine, "src/config.js", text) == []
