"""Adversarial review of blind rounds FQ-FV: a literal piped into a tool reading its password on its input blocks
through printf's two-line format (`printf "%s\n%s\n" "pw" "pw" | smbpasswd -s`) as through `printf '%s\n' 'pw' 'pw'`;
an unquoted password echoed last in a group of commands (`(echo pw; echo pw) | pdbedit -t`) is reported without the
group's `)`; phpredis' `auth(array('user', 'pw'))` blocks as its `auth(['user', 'pw'])` does. References stay as they
were. Through the engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_PASSWORD = drawn_mixed(2090000, 14)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- printf's format of two lines, each filled by an argument -----------------------------------------------------------

@pytest.mark.parametrize("command", [
    'printf "%s\\n%s\\n" "{pw}" "{pw}" | smbpasswd -a -s svc-scan\n',
    "printf '%s\\n%s' '{pw}' '{pw}' | sudo pdbedit -a -u svc-scan -t\n",
    'printf "%s\\n%s\\n" "{pw}" "{pw}" | passwd deploy\n',
])
def test_printf_of_two_lines_piped_into_a_password_reader_blocks(engine: Engine, command: str) -> None:
    # (the two literals read joined, a split string's assembly, may be reported beside it)
    secrets = _secrets(engine, "scripts/add_scan_user.sh", "#!/bin/sh\n" + command.replace("{pw}", _PASSWORD))
    assert (2, _PASSWORD) in secrets and {line for line, _ in secrets} == {2}


@pytest.mark.parametrize("command", [
    'printf "%s\\n%s\\n" "$SCAN_PW" "$SCAN_PW" | smbpasswd -a -s svc-scan\n',
    'printf "%s\\n%s\\n" "${PW}" "${PW}" | passwd deploy\n',
])
def test_printf_of_two_references_does_not_block(engine: Engine, command: str) -> None:
    assert _blocked(engine, "scripts/add_scan_user.sh", "#!/bin/sh\n" + command) == []


# --- an unquoted password echoed last in a group ------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    "(echo {pw}; echo {pw}) | pdbedit --password-from-stdin -a svc-scan\n",
    "(echo {pw}; echo {pw})| smbpasswd -s -a svc-scan\n",
    "( echo {pw} ; echo {pw} ) | smbpasswd -a -s svc-scan\n",
])
def test_a_group_of_unquoted_echoes_reports_the_password_without_the_groups_parenthesis(engine: Engine, command: str) -> None:
    assert _secrets(engine, "scripts/add_scan_user.sh", "#!/bin/sh\n" + command.replace("{pw}", _PASSWORD)) == [(2, _PASSWORD)]


def test_a_command_substitution_closing_before_a_pipe_does_not_block(engine: Engine) -> None:
    text = "#!/bin/sh\nout=$(echo done) | smbpasswd -s\nx=$(echo $PW) | smbpasswd -s -a svc\n"
    assert _blocked(engine, "scripts/add_scan_user.sh", text) == []


# --- phpredis' auth given an array() of its user and password -----------------------------------------------------------

@pytest.mark.parametrize("call", [
    "$redis->auth(array('app', '{pw}'));\n",
    '$redis->auth(array( "app", "{pw}" ));\n',
    "$redis->auth(array('{pw}'));\n",
])
def test_phpredis_auth_given_an_array_blocks(engine: Engine, call: str) -> None:
    text = "<?php\n$redis = new Redis();\n$redis->connect('10.0.4.12', 6379);\n" + call.replace("{pw}", _PASSWORD)
    assert _secrets(engine, "src/Cache/RedisStore.php", text) == [(4, _PASSWORD)]


@pytest.mark.parametrize("call", [
    "$redis->auth(array('app', getenv('REDIS_PASSWORD')));\n",
    "$redis->auth(array($user, $password));\n",
    "$redis->auth(array('app', ''));\n",
])
def test_phpredis_auth_given_an_array_of_references_does_not_block(engine: Engine, call: str) -> None:
    text = "<?php\n$redis = new Redis();\n$redis->connect('10.0.4.12', 6379);\n" + call
    assert _blocked(engine, "src/Cache/RedisStore.php", text) == []
