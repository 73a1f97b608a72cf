"""Blind rounds FQ-FV, credentials passed to calls and given to commands: Braintree's gateway given its environment,
merchant id, public key and private key by position (Go's `braintree.New(…)`, `NewWithHttpClient`, Python's older
`braintree.Configuration.configure(…)`); a Redis client's `auth(…)` called as Lua's (OpenResty's `red:auth(…)`) and
PHP's (`$redis->auth(…)`) methods, an ACL user first, node-redis' callback after it; a password piped into a tool that
reads it on its standard input from a group of commands (`(echo …; echo …) | smbpasswd -s -a user`), a printf's lines
(`printf 'pw\\npw\\n' | …`, `printf '%s\\n' 'pw' 'pw' | …`), `echo -e "pw\\npw" | passwd user`, pdbedit's `-t`. Decoys: a
webhook's signature header as its sender tags it (`Stripe-Signature: t=…,v1=…`, `sha256=…`, `v0=…`: one message's MAC),
and a SQL string literal holding a shell's or PowerShell's variable, read out of a command's `-Q "…"`. Through the
engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"
_LOWER_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789"

_MERCHANT = drawn(2070000, 16, _LOWER_DIGITS)
_PUBLIC = drawn(2070010, 16, _LOWER_DIGITS)
_PRIVATE = drawn(2070020, 32, _HEX)
_PRIVATE_2 = drawn(2070030, 32, _HEX)
_REDIS_PASSWORD = drawn_mixed(2070040, 27)
_REDIS_PASSWORD_2 = "Gravel-Otter-" + drawn(2070050, 4, "0123456789")
_SHARE_PASSWORD = drawn_mixed(2070060, 14)
_SHARE_PASSWORD_2 = "Kettle.Marsh." + drawn(2070070, 4, "0123456789")
_SIGNATURE = drawn(2070080, 64, _HEX)
_SQL_PASSWORD = "Harbor.Quill." + drawn(2070090, 4, "0123456789")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- Braintree's gateway by position ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("filename", "template", "line"), [
    ("internal/payments/gateway.go", 'package payments\n\nimport "github.com/braintree-go/braintree-go"\n\n'
                                     'func Gateway() *braintree.Braintree {{\n\treturn braintree.New(\n'
                                     '\t\tbraintree.Production,\n\t\t"{merchant}",\n\t\t"{public}",\n\t\t"{value}",\n\t)\n}}\n', 10),
    ("billing/bt.go", 'var bt = braintree.New(braintree.Sandbox, "{merchant}", "{public}", "{value}")\n', 1),
    ("billing/client.go", 'bt := braintree.NewWithHttpClient(braintree.Production, "{merchant}", "{public}", "{value}", '
                          '&http.Client{{Timeout: 30 * time.Second}})\n', 1),
    ("shop/payments.py", 'import braintree\n\nbraintree.Configuration.configure(\n    braintree.Environment.Production,\n'
                         '    "{merchant}",\n    "{public}",\n    "{value}",\n)\n', 7),
])
@pytest.mark.parametrize("value", [_PRIVATE, _PRIVATE_2])
def test_braintrees_private_key_by_position_blocks(engine: Engine, filename: str, template: str, line: int,
                                                   value: str) -> None:
    text = template.format(merchant=_MERCHANT, public=_PUBLIC, value=value)
    assert (line, value) in _secrets(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), [
    # (the keys read from the environment)
    ("billing/bt.go", 'var bt = braintree.New(braintree.Sandbox, os.Getenv("BT_MERCHANT"), os.Getenv("BT_PUBLIC"), '
                      'os.Getenv("BT_PRIVATE"))\n'),
    # (a placeholder)
    ("billing/bt.go", 'var bt = braintree.New(braintree.Sandbox, "your_merchant_id", "your_public_key", "your_private_key")\n'),
    # (another package's constructor, given words)
    ("cache/lru.go", 'var c = lru.New(ctx, "sessions", "evict-oldest", "Meadow.Lantern.Copper")\n'),
    ("shop/settings.py", 'logging.config.configure(handlers, "console", "json", "Meadow.Lantern.Copper")\n'),
])
def test_braintree_decoys_do_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a Redis client's auth(…) ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("filename", "template", "line"), [
    ("openresty/lua/queue.lua", 'local redis = require "resty.redis"\n\nlocal function connect()\n'
                                '    local red = redis:new()\n    red:set_timeouts(100, 100, 100)\n'
                                '    local ok, err = red:connect("10.1.2.3", 6379)\n'
                                '    local res, aerr = red:auth("{value}")\n    return red\nend\n', 7),
    ("openresty/lua/acl.lua", 'local redis = require "resty.redis"\nlocal red = redis:new()\n'
                              'local res, err = red:auth("queue_worker", "{value}")\n', 3),
    ("src/Cache.php", "<?php\n$redis = new Redis();\n$redis->connect('10.1.2.3', 6379);\n$redis->auth('{value}');\n", 4),
    ("src/Queue.php", "<?php\n$redis = new \\Redis();\n$redis->auth(['worker', '{value}']);\n", 3),
    ("lib/cache.js", 'const redis = require("redis");\nconst client = redis.createClient(6379, "10.1.2.3");\n'
                     'client.auth("{value}", function (err) {{ if (err) throw err; }});\n', 3),
])
@pytest.mark.parametrize("value", [_REDIS_PASSWORD, _REDIS_PASSWORD_2])
def test_a_redis_clients_auth_call_blocks(engine: Engine, filename: str, template: str, line: int, value: str) -> None:
    assert (line, value) in _secrets(engine, filename, template.format(value=value))


@pytest.mark.parametrize(("filename", "text"), [
    # (the password read from the environment, or a variable)
    ("openresty/lua/queue.lua", 'local redis = require "resty.redis"\nlocal red = redis:new()\n'
                                'local res, err = red:auth(os.getenv("REDIS_PASSWORD"))\n'),
    ("openresty/lua/acl.lua", 'local redis = require "resty.redis"\nlocal red = redis:new()\nlocal res, err = red:auth(user, pw)\n'),
    # (an ACL user's name, its password a variable)
    ("lib/cache.js", 'const redis = require("redis");\nclient.auth("queue_worker", password);\n'),
    # (a placeholder)
    ("src/Cache.php", "<?php\n$redis = new Redis();\n$redis->auth('changeme');\n"),
    # (no Redis client in the file: another object's auth)
    ("lua/session.lua", 'local session = require "resty.session"\nlocal s = session:new()\n'
                        'local ok = s:auth("' + drawn_mixed(2070100, 20) + '")\n'),
])
def test_redis_auth_decoys_do_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a password piped into a tool reading it on its standard input ---------------------------------------------------

@pytest.mark.parametrize("template", [
    '(echo "{value}"; echo "{value}") | smbpasswd -s -a scanner\n',
    "{{ echo '{value}'; echo '{value}'; }} | sudo smbpasswd -a -s scanner\n",
    "printf '{value}\\n{value}\\n' | smbpasswd -s -a scanner\n",
    "printf '%s\\n' '{value}' '{value}' | smbpasswd -s -a scanner\n",
    'echo -e "{value}\\n{value}" | sudo passwd kiosk\n',
    '(echo "{value}"; echo "{value}") | passwd kiosk\n',
    "(echo '{value}'; echo '{value}') | pdbedit -a -u scanner -t\n",
])
@pytest.mark.parametrize("value", [_SHARE_PASSWORD, _SHARE_PASSWORD_2])
def test_a_password_piped_into_a_stdin_tool_blocks(engine: Engine, template: str, value: str) -> None:
    text = "#!/bin/sh\nset -e\n" + template.format(value=value)
    assert (3, value) in _secrets(engine, "provision/samba.sh", text)


def test_each_password_a_chpasswd_printf_gives_blocks(engine: Engine) -> None:
    text = f"printf 'scan:{_SHARE_PASSWORD}\\nkiosk:{_SHARE_PASSWORD_2}\\n' | chpasswd\n"
    assert {(1, _SHARE_PASSWORD), (1, _SHARE_PASSWORD_2)} <= set(_secrets(engine, "provision/users.sh", text))


@pytest.mark.parametrize("text", [
    # (variables)
    '(echo "$SMB_PW"; echo "$SMB_PW") | smbpasswd -s -a scanner\n',
    "printf '%s\\n%s\\n' \"$PW\" \"$PW\" | passwd kiosk\n",
    # (a placeholder)
    'echo -e "changeme\\nchangeme" | passwd kiosk\n',
    # (the tool's name a word of another command's)
    'echo "Kettle.Marsh.4410 rotated" | mail -s passwd admin@example.org\n',
    # (a `)` closing a command substitution, no group of commands)
    'status=$(echo "Kettle.Marsh.4410") | passwd -S kiosk\n',
])
def test_stdin_tool_decoys_do_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "provision/samba.sh", text) == []


# --- a webhook's tagged signature, a SQL string's variable ---------------------------------------------------------

@pytest.mark.parametrize(("filename", "text"), [
    ("internal/webhooks/stripe_test.go", '\treq.Header.Set("Stripe-Signature", "t=1,v1=deadbeef")\n'),
    ("internal/webhooks/stripe_test.go", f'\treq.Header.Set("Stripe-Signature", "t=1718000000,v1={_SIGNATURE}")\n'),
    ("src/test/java/HookTest.java", f'conn.setRequestProperty("X-Hub-Signature-256", "sha256={_SIGNATURE}");\n'),
    ("test/slack.test.js", f'request.setHeader("X-Slack-Signature", "v0={_SIGNATURE}");\n'),
])
def test_a_webhooks_tagged_signature_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_credential_header_set_to_a_literal_still_blocks(engine: Engine) -> None:
    value = drawn_mixed(2070110, 32)
    assert (1, value) in _secrets(engine, "client.go", f'req.Header.Set("X-Auth-Token", "{value}")\n')


@pytest.mark.parametrize(("filename", "text"), [
    ("ansible/playbooks/db.yml", "- hosts: pos\n  tasks:\n    - name: Set the login's password\n"
                                 "      ansible.windows.win_shell: |\n"
                                 "        sqlcmd -S localhost\\SQLEXPRESS -E -Q \"ALTER LOGIN app WITH PASSWORD = N'$env:NEWPW'\"\n"
                                 "      environment:\n        NEWPW: \"{{ db_password }}\"\n      no_log: true\n"),
    ("scripts/Set-Login.ps1", "sqlcmd -S localhost\\SQLEXPRESS -E -Q \"ALTER LOGIN app WITH PASSWORD = N'$env:NEWPW'\"\n"),
    ("scripts/Set-Login.ps1", "sqlcmd -S db01 -E -Q \"ALTER LOGIN app WITH PASSWORD = '$env:APP_PW'\"\n"),
    ("scripts/Set-Login.ps1", "sqlcmd -S db01 -E -Q \"ALTER LOGIN app WITH PASSWORD = '$NewPw'\"\n"),
])
def test_a_sql_strings_variable_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_sql_strings_literal_still_blocks(engine: Engine) -> None:
    text = f"sqlcmd -S localhost\\SQLEXPRESS -E -Q \"ALTER LOGIN app WITH PASSWORD = N'{_SQL_PASSWORD}'\"\n"
    assert (1, _SQL_PASSWORD) in _secrets(engine, "scripts/Set-Login.ps1", text)
