"""One set of stand-in passwords (kinds/_helpers.is_stand_in_password) beside an API key sent as HTTP Basic's user, read
alike by curl's `-u` (kinds/_command_lines.py, the literal kind's user:password pairs) and an HTTP client's auth option
or tuple (kinds/_code_calls.py); and curl's key in documentation, a warning. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.findings import Confidence
from secretfence.engine import Engine
from secretfence.kinds._helpers import is_stand_in_password

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_KEY = drawn_mixed(16201, 40)
# (the documented fillers: Freshdesk's `X`, BambooHR's `x`, Teamwork's `xxx`, Toggl's `api_token`, GitHub's
# `x-oauth-basic`; words saying the slot is unused)
FILLERS = ["", "x", "X", "-", "xxx", "XXX", "api_token", "x-oauth-basic", "unused", "dummy", "ignored", "none", "blank"]
# (words naming what belongs in the slot: a placeholder, the user beside it no key sent alone)
PLACEHOLDERS = ["password", "pass", "token", "apikey", "api", "secret"]


@pytest.mark.parametrize("value", FILLERS)
def test_a_documented_filler_is_a_stand_in(value: str) -> None:
    assert is_stand_in_password(value)


@pytest.mark.parametrize("value", PLACEHOLDERS + ["Tq7Wm2Zk9Lr4Vb"])
def test_a_placeholder_or_a_password_is_none(value: str) -> None:
    assert not is_stand_in_password(value)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in _blocked(engine, filename, text)]


@pytest.mark.parametrize("value", FILLERS[1:] + PLACEHOLDERS)
def test_curl_and_an_auth_tuple_read_the_password_alike(engine: Engine, value: str) -> None:
    curl = _secrets(engine, "api.sh", f"curl -u {_KEY}:{value} https://api.example.org/v1/me\n")
    requests = _secrets(engine, "api.py", f"import requests\nr = requests.get(URL, auth=('{_KEY}', '{value}'))\n")
    guzzle = _secrets(engine, "Api.php", f"<?php\n$c = new Client(['auth' => ['{_KEY}', '{value}']]);\n")
    expected = [_KEY] if is_stand_in_password(value) else []
    assert curl == requests == guzzle == expected


@pytest.mark.parametrize("value", ["x-oauth-basic", "api_token", "X", "unused"])
def test_a_stand_in_is_no_password_of_curl_s_user(engine: Engine, value: str) -> None:
    for filename in ("api.sh", "README.md"):
        found = engine.scan_text(filename, f"    curl -u '{_KEY}:{value}' https://api.example.org/v1/me\n")
        assert [finding.secret for finding in found] == [_KEY]
    assert _secrets(engine, "ci.sh", f'curl -u "$API_USER:{value}" https://api.example.org/v1/me\n') == []


@pytest.mark.parametrize("filename", ["README.md", "docs/api.md", "docs/api.rst"])
@pytest.mark.parametrize("value", ["", "x", "api_token"])
def test_curl_s_key_as_user_in_documentation_is_a_warning(engine: Engine, filename: str, value: str) -> None:
    for text in (f"Call it:\n\n    curl -u {_KEY}:{value} https://api.example.org/v1/me\n",
                 f"```\ncurl https://api.example.org/v1/me \\\n  -u {_KEY}:{value}\n```\n"):
        found = [finding for finding in engine.scan_text(filename, text) if finding.secret == _KEY]
        assert found and all(finding.confidence == Confidence.LOW for finding in found)
    # (the same line in a script blocks)
    assert _secrets(engine, "api.sh", f"curl -u {_KEY}:{value} https://api.example.org/v1/me\n") == [_KEY]


# (service accounts' names beside a filler: words joined by `_`, `-`, `.`, each letters then digits)
ACCOUNT_NAMES = ["svc_jenkins_2024", "ci_bot_readonly01", "readonly_reporting_01", "deploy-user-for-ci-2024"]


@pytest.mark.parametrize("user", ACCOUNT_NAMES)
def test_a_service_accounts_name_beside_a_filler_is_no_key(engine: Engine, user: str) -> None:
    assert _blocked(engine, "fetch.sh", f"curl -u {user}:x https://nexus.example.com/repo/a.tgz\n") == []
    assert _blocked(engine, "client.ts", f"const c = new Configuration({{ username: '{user}', password: 'x' }});\n") == []
    assert _blocked(engine, "fetch.sh", f"curl -u {_KEY}:x https://api.example.com/v1/a\n") != []  # (a key's interleave)


def test_curls_short_option_joined_to_its_key(engine: Engine) -> None:
    # (`-uKEY:x`: curl takes a short option's value joined to it, as getopt does)
    assert [line for line, _, _ in _blocked(engine, "sync.sh", f"curl -s -u{_KEY}:x https://api.example.com/v1/a\n")] == [1]
    assert _blocked(engine, "sync.sh", "curl -usvc_jenkins_2024:x https://nexus.example.com/a\n") == []
