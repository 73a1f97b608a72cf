"""The literal kind's readers of command lines, tool options, setter calls and console commands
that take a secret where no credential-named key stands beside it.

- Tool options, known per tool, since a letter means a password for one tool and a port or a
  keychain's name for the next: signtool's `/p`, osslsigncode's `-pass`, macOS `security`'s
  `-p` (create-keychain, unlock-keychain), `-P` (import, export), `-w` (add-*-password), `-k`
  (set-key-partition-list); sshpass's `-p`; sqlcmd's and bcp's `-P`; mosquitto_pub/sub's `-P`
  (its `-p` is the port); ipmitool's `-P`; keytool's and jarsigner's `-storepass`/`-keypass`;
  openssl's `-passin/-passout/-pass/-password pass:…` and enc's `-k`; the monitoring plugins'
  (Nagios, Icinga, NRPE): check_http's and check_curl's `-a user:password`, check_redis's `-x`,
  check_mysql's and check_pgsql's and check_mongodb's `-p` (their `-P` is the port),
  check_ldap's and check_smtp's `-P`, check_snmp's `-A`/`-X`; smbclient's `-U user%password`,
  FreeRDP's `/p:`.
- Positional logins: steamcmd's `+login <user> <password>`, rabbitmqctl's `add_user|change_password
  <user> <password>`, htpasswd's `-b [file] <user> <password>`.
- Setter calls taking a user and a password, or a password: paho-mqtt's `username_pw_set("u", "pw")`,
  `set_credentials`/`setCredentials("u", "pw")`, Java's `setPassword("…")`.
- Console command files: Tasmota's `Backlog Cmd value; Cmd value` (each command a name and a value).
- Environment-setting commands: Tcl/csh modulefiles' and Apache's `setenv NAME value`
  (`SetEnv`), Lmod's `pushenv`, Windows' `setx NAME value`.
- An environment (or project property) read with a literal fallback: Groovy's and Kotlin's
  `System.getenv("X") ?: "…"`, `providers.environmentVariable("X").getOrElse("…")`,
  `findProperty("x") ?: "…"`.

A value that is a reference (`$VAR`, `%VAR%`, `${{ secrets.X }}`, `env:X`, `file:…`) is none:
each reader leaves what is no literal to the kind's value judgement (`_is_credential`), and
drops `$`-expansions itself.
"""
from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterator, List, Sequence, Tuple

from secretfence.prefilter.spec import Headed, lazy_regex

# (what it is, the key the value is judged under, the value)
Found = Tuple[str, str, str]

# Tools whose options name a password: tool -> {option: how its value is read}. "value": the next
# token; "pair": `user:password`; "pass:": openssl's `pass:<password>` (env:, file:, fd: are references);
# "smb": `user%password`; "glued": the option and the value in one token (`/p:pw`).
_TOOL_OPTIONS: Dict[str, Dict[str, str]] = {
    "signtool": {"/p": "value"},
    "osslsigncode": {"-pass": "value"},
    "sshpass": {"-p": "value"},
    "sqlcmd": {"-P": "value"},
    "bcp": {"-P": "value"},
    "mosquitto_pub": {"-P": "value"},
    "mosquitto_sub": {"-P": "value"},
    "mosquitto_rr": {"-P": "value"},
    "ipmitool": {"-P": "value"},
    "keytool": {"-storepass": "value", "-keypass": "value", "-srcstorepass": "value", "-deststorepass": "value",
                "-srckeypass": "value", "-destkeypass": "value", "-new": "value"},
    "jarsigner": {"-storepass": "value", "-keypass": "value"},
    "openssl": {"-passin": "pass:", "-passout": "pass:", "-pass": "pass:", "-password": "pass:", "-k": "value"},
    "check_http": {"-a": "pair"},
    "check_curl": {"-a": "pair"},
    "check_redis": {"-x": "value"},
    "check_mysql": {"-p": "value"},
    "check_pgsql": {"-p": "value"},
    "check_mongodb": {"-p": "value"},
    "check_ldap": {"-P": "value"},
    "check_ldaps": {"-P": "value"},
    "check_smtp": {"-P": "value"},
    "check_snmp": {"-A": "value", "-X": "value"},
    "smbclient": {"-U": "smb"},
    "xfreerdp": {"/p:": "glued"},
    "wlfreerdp": {"/p:": "glued"},
    "sdl-freerdp": {"/p:": "glued"},
}
# macOS `security`: the option that is a password depends on the subcommand (`import -k` names the keychain).
_SECURITY_OPTIONS: Dict[str, FrozenSet[str]] = {
    "create-keychain": frozenset({"-p"}), "unlock-keychain": frozenset({"-p"}),
    "set-keychain-password": frozenset({"-o", "-p"}), "import": frozenset({"-P"}), "export": frozenset({"-P"}),
    "add-generic-password": frozenset({"-w"}), "add-internet-password": frozenset({"-w"}),
    "set-key-partition-list": frozenset({"-k"}),
}
_POSITIONAL_TOOLS = ("steamcmd", "rabbitmqctl", "htpasswd")
# A tool's name as a command's first word: after a blank, a path, a quote, `$` (PowerShell's
# `& $signtool …`), `=` (NRPE's `command[x]=/usr/lib/…/check_redis.pl`); a script suffix allowed.
_TOOL = lazy_regex(
    r"""(?i)(?:^|(?<=[\s=/\\"'`($&|;]))(?P<tool>signtool|osslsigncode|sshpass|sqlcmd|bcp|mosquitto_(?:pub|sub|rr)|ipmitool"""
    r"""|keytool|jarsigner|openssl|check_[a-z]{2,20}|smbclient|(?:xf|wlf|sdl-f)reerdp|security|steamcmd|rabbitmqctl|htpasswd)"""
    r"""(?:\.(?:exe|pl|py|sh))?(?=[\s"'`]|$)"""
)
# A command line's tokens: a quoted string (its quotes dropped), or a word.
_TOKEN = lazy_regex(r""""(?P<dq>[^"\n]{0,512})"|'(?P<sq>[^'\n]{0,512})'|(?P<word>[^\s"']{1,512})""")
_TOKENS_READ = 64
# Commands read a line at most (a line of thousands of tool names is read that far).
_TOOLS_A_LINE = 16
# steamcmd `+login <user> [<password>]` (quoted or not; the next `+command` ends it).
_STEAM_LOGIN = "+login"
_RABBIT_USER_COMMANDS = frozenset({"add_user", "change_password"})
# paho's `username_pw_set("user", "pw")`, `set_credentials("user", "pw")`, `setCredentials(…)`,
# and a single-literal password setter (`ds.setPassword("…")`: Java's DataSource, RabbitMQ's factory).
_SETTER_PAIR = lazy_regex(
    r"""\b(?P<call>username_pw_set|set_credentials|setCredentials)\([ \t]*(?:username[ \t]*=[ \t]*)?(?P<q1>["'])(?P<user>[^"'\n]{1,128})(?P=q1)"""
    r"""[ \t]*,[ \t]*(?:password[ \t]*=[ \t]*)?(?P<q2>["'])(?P<pw>[^"'\n]{1,256})(?P=q2)[ \t]*\)"""
    r"""|\.(?P<call2>setPassword)\([ \t]*(?P<q3>["'])(?P<pw2>[^"'\n]{1,256})(?P=q3)[ \t]*\)"""
)
# Tasmota's console: `Backlog MqttHost h; MqttUser u; MqttPassword pw`.
_BACKLOG = lazy_regex(r"""^[ \t]*Backlog0?[ \t]+""")
_CONSOLE_COMMAND = lazy_regex(r"""^[ \t]*(?P<key>[A-Za-z][A-Za-z0-9_]{1,63})[ \t]+(?P<value>[^\s;]{1,512})[ \t]*$""")
# `setenv NAME value` (Tcl/csh modulefiles, Apache's SetEnv), Lmod's pushenv, Windows' setx.
_SETENV = lazy_regex(
    r"""^[ \t]*(?:(?i:setenv)|pushenv|setx)[ \t]+(?P<key>[A-Za-z_][A-Za-z0-9_]{0,127})[ \t]+"""
    r"""(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"';]{1,512}))[ \t]*;?[ \t]*$"""
)
# An environment (or property) read and its literal fallback: `System.getenv("X") ?: "…"`,
# `System.getenv("X") || "…"`, `providers.environmentVariable("X").getOrElse("…")`.
_READ_FALLBACK = lazy_regex(
    r"""\b(?:getenv|environmentVariable|findProperty)\([ \t]*(?P<nq>["'])(?P<name>[\w.-]{1,128})(?P=nq)[ \t]*\)"""
    r"""(?:\.get\(\))?[ \t]*(?:\?:|\|\||\?\?|\.getOrElse\(|\.orElse\()[ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)"""
)

# The prefilter: what puts a line before `find` for these forms (lower-case literals, and
# patterns on the folded text for heads too common alone).
KEYWORDS = ("signtool", "osslsigncode", "sshpass", "sqlcmd", "mosquitto_", "ipmitool", "keytool", "jarsigner",
            "steamcmd", "rabbitmqctl", "htpasswd", "smbclient", "freerdp", "username_pw_set", "set_credentials",
            "setcredentials", "setpassword(", "backlog", "setenv", "pushenv", "setx ")
_FOLDED_SECURITY = rb"""security[ \t]+(?:create-keychain|unlock-keychain|set-keychain-password|import|export|add-generic-password|add-internet-password|set-key-partition-list)\b"""
_FOLDED_OPENSSL = rb"""openssl\b[^\n]{0,300}?[ \t]-(?:pass|k[ \t])"""
_FOLDED_CHECK = rb"""check_[a-z]{2,20}(?:\.(?:pl|py|sh))?[ \t][^\n]{0,300}?[ \t]-[apx][ \t]"""
_FOLDED_BCP = rb"""bcp[ \t][^\n]{0,300}?[ \t]-p[ \t]"""
_FOLDED_FALLBACK = rb"""(?:getenv|environmentvariable|findproperty)\([^\n]{0,200}?(?:\?:|\|\||\?\?|orelse\()"""
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_SECURITY, ("security",)),
        (_FOLDED_OPENSSL, ("openssl",)),
        (_FOLDED_CHECK, ("check_",)),
        (_FOLDED_BCP, ("bcp",)),
        (_FOLDED_FALLBACK, ("getenv", "environmentvariable", "findproperty")),
    )
)
# (On the lowered line: a case-insensitive alternation is tried at every character.)
_HINT = lazy_regex(
    r"signtool|osslsigncode|sshpass|sqlcmd|bcp|mosquitto_|ipmitool|keytool|jarsigner|openssl|check_|smbclient|freerdp"
    r"|security|steamcmd|rabbitmqctl|htpasswd"
)


def command_line_secrets(lines: Sequence[str], index: int, in_code: bool) -> Iterator[Found]:
    """(what it is, the key to judge it under, the value) of each secret the line's command lines,
    setter calls, console commands and environment settings hold as a literal."""
    line = lines[index] if index < len(lines) else ""
    lowered = line.lower()
    if _HINT.search(lowered):
        yield from _tool_secrets(line)
    if "(" in line:
        if "username_pw_set" in line or "redentials(" in line or "setPassword(" in line:
            for found in _SETTER_PAIR.finditer(line):
                if found.group("call") is not None:
                    yield f"{found.group('call')}(…) for user {found.group('user')}", "password", found.group("pw")
                else:
                    yield f"{found.group('call2')}(…)", "password", found.group("pw2")
        if "etenv" in line or "nvironmentVariable" in line or "indProperty" in line:
            for found in _READ_FALLBACK.finditer(line):
                yield f"the literal fallback of a read of {found.group('name')}", found.group("name"), found.group("value")
    if not in_code:
        yield from console_commands(line)
        if "setenv" in lowered or "pushenv" in lowered or "setx" in lowered:
            found = _SETENV.match(line)
            if found is not None:
                value = found.group("dq") or found.group("sq") or found.group("bare") or ""
                yield f"setenv {found.group('key')}", found.group("key"), value


def console_commands(line: str) -> Iterator[Found]:
    """Tasmota's `Backlog Cmd value; Cmd value`: each command's name and value (its key)."""
    if "acklog" not in line:
        return
    found = _BACKLOG.match(line)
    if found is None:
        return
    for command in line[found.end():].split(";", _TOKENS_READ)[:_TOKENS_READ]:
        item = _CONSOLE_COMMAND.match(command)
        if item is not None:
            yield f"the console command {item.group('key')}", item.group("key"), item.group("value")


def _tokens(line: str, start: int) -> List[str]:
    tokens: List[str] = []
    for found in _TOKEN.finditer(line, start):
        text = found.group("dq")
        if text is None:
            text = found.group("sq")
        if text is None:
            text = found.group("word")
        tokens.append(text)
        if len(tokens) >= _TOKENS_READ:
            break
    return tokens


def _literal(token: str) -> bool:
    """A token that is no option and no expansion (`$VAR`, `${{ secrets.X }}`, `%VAR%`, `$(cmd)`)."""
    return bool(token) and "$" not in token and not (token.startswith("%") and token.endswith("%")) and not (
        token.startswith("-") and len(token) > 1) and not token.startswith(("`", "<"))


def _tool_secrets(line: str) -> Iterator[Found]:
    for count, tool_match in enumerate(_TOOL.finditer(line)):
        if count >= _TOOLS_A_LINE:
            return
        tool = tool_match.group("tool").lower()
        end = tool_match.end()
        if line.startswith(("\"", "'", "`"), end):
            end += 1  # the quote closing a quoted command (`"$STEAMCMD" +login …`)
        tokens = _tokens(line, end)
        if tool == "security":
            options = _SECURITY_OPTIONS.get(tokens[0] if tokens else "", frozenset())
            yield from _option_values(f"security {tokens[0] if tokens else ''}", {option: "value" for option in options}, tokens)
        elif tool in _POSITIONAL_TOOLS:
            yield from _positional(tool, tokens)
        else:
            options_of = _TOOL_OPTIONS.get(tool.rsplit(".", 1)[0])
            if options_of is not None:
                yield from _option_values(tool, options_of, tokens)


def _option_values(tool: str, options: Dict[str, str], tokens: Sequence[str]) -> Iterator[Found]:
    for position, token in enumerate(tokens):
        if token in ("|", "&&", "||", ";", "`"):
            return  # the next command's options are not this tool's
        form = options.get(token)
        if form is None:
            glued = next((option for option, how in options.items() if how == "glued" and token.startswith(option)), None)
            if glued is not None and _literal(token[len(glued):]):
                yield f"{tool}'s password option {glued}", "password", token[len(glued):]
            continue
        value = tokens[position + 1] if position + 1 < len(tokens) else None
        if value is None or not _literal(value):
            continue
        if form == "pair":
            user, sign, value = value.partition(":")
            if not sign or not user:
                continue
        elif form == "smb":
            user, sign, value = value.partition("%")
            if not sign:
                continue
        elif form == "pass:":
            if not value.startswith("pass:"):
                continue  # env:, file:, fd:, stdin: where the password is read from
            value = value[len("pass:"):]
        yield f"{tool}'s password option {token}", "password", value


def _positional(tool: str, tokens: Sequence[str]) -> Iterator[Found]:
    if tool == "steamcmd":
        for position, token in enumerate(tokens):
            if token == _STEAM_LOGIN and position + 2 < len(tokens):
                user, password = tokens[position + 1], tokens[position + 2]
                if not password.startswith("+") and _literal(user) and _literal(password):
                    yield f"steamcmd's +login of {user}", "password", password
    elif tool == "rabbitmqctl":
        for position, token in enumerate(tokens):
            if token in _RABBIT_USER_COMMANDS and position + 2 < len(tokens) and _literal(tokens[position + 2]):
                yield f"rabbitmqctl {token} of {tokens[position + 1]}", "password", tokens[position + 2]
    elif tool == "htpasswd" and tokens and tokens[0].startswith("-") and "b" in tokens[0]:
        # `htpasswd -b[c] file user password`, `htpasswd -nb user password`
        flags = tokens[0]
        operands = [token for token in tokens[1:] if not token.startswith("-")]
        wanted = 2 if "n" in flags else 3
        if len(operands) >= wanted and _literal(operands[wanted - 1]):
            yield f"htpasswd's password of {operands[wanted - 2]}", "password", operands[wanted - 1]
