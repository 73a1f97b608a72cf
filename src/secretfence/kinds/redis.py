"""Redis credentials: URIs, redis.conf / sentinel / ACL directives, CLI flags, settings and kwargs.

Formats: IANA redis/rediss URI scheme and redis-py's `unix://` and `redis+sentinel://` forms
(`scheme://[user]:password@host`), redis.conf (`requirepass`, `masterauth`), sentinel.conf
(`sentinel auth-pass <master> <pw>`), ACL rules (`user <name> … >password`; `#<sha256>` is a hash,
not a password; in a .conf not named for Redis, a line of ACL rules only), `redis-cli -a/--pass`, `redis-server --requirepass`, StackExchange.Redis / Azure
connection strings (`host:port,password=…`, in a code string too), and `REDIS_PASSWORD`-style names anywhere.

Placeholders are not secrets: `${VAR}`, `{{ var }}`, `<password>`, `password`, `changeme`,
`xxxx`, redis.conf's stock `foobared`, and values read from the environment.
"""
from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Iterator, List, Optional, Sequence, Set, Tuple

from secretfence.findings import HIGH, LOW, MEDIUM, Confidence, Finding
from secretfence.kinds._helpers import (
    EXPRESSION_SUFFIXES, HERE_DOCUMENT_OPENING, JOIN_BETWEEN_LITERALS, closes_a_literal, joined_value, NAME_ITEM, SETTING_ASSIGNMENT, LastFileMemo, env_defaults, following_value,
    here_document_body, in_sealed_data, in_sealed_secret, is_documentation, is_placeholder, line_text, marked_to_change, spells_an_example_password,
    unquoted, value_of, yaml_ancestor_keys,
)
from secretfence.kinds._spec import Kind, Match, Sample, SecretfenceDetector, Verifier
from secretfence.prefilter.spec import Headed, fold, lazy_regex
from secretfence.verify import DEAD, LIVE, UNEXPECTED, UNKNOWN, Options, Verdict

if TYPE_CHECKING:
    from secretfence.verify._net import Deadline

# The host is read as urllib reads it: an IPv6 literal is bracketed (`[::1]:6379`), anything
# else ends at the port's colon.
URI = lazy_regex(
    r"(?i)(?<![A-Za-z0-9+])(?P<scheme>rediss?|redis\+sentinel|rediscache|valkeys?|unix)://(?P<user>[^\s:@/'\"]*):"
    r"(?P<password>[^\s@/'\"]+)@(?P<host>\[[^\s\[\]/@'\"]*\]|[^\s/:'\",;?]*)(?::(?P<port>\d{1,5}))?"
)
# A password written as a format template's conversion (`%s`, Go's `%v`, PHP's `%1$s`): filled by the call's argument.
CONVERSION_PASSWORD = lazy_regex(r"%(?:[1-9][0-9]?\$)?[sv]")
DIRECTIVE = lazy_regex(
    r"^\s*(?:(?P<name>requirepass|masterauth)\s+|sentinel\s+auth-pass\s+\S+\s+)(?P<value>\"[^\"]*\"|'[^']*'|\S+)",
    re.IGNORECASE,
)
# A redis.conf line held whole in a string of another file: Ansible's lineinfile
# `line: "requirepass …"`, a Salt/Chef template value, a JSON array of config lines. The words
# are Redis' own, so any file counts.
QUOTED_DIRECTIVE = lazy_regex(r"""(?i)["'](?P<name>requirepass|masterauth)[ \t]+(?P<value>[^\s"'\\]+)["']""")
ACL_USER = lazy_regex(r"^\s*(?:ACL\s+SETUSER|user)\s+\S+\s(?:[^>#\n]*\s)?>(?P<value>\S+)", re.IGNORECASE)
# A whole `user <name> <rule>…` line of ACL rules only (on/off, >pw, ~keys, %R~keys, &channels, +@cat, -cmd…):
# how an ACL line is told in a .conf file not named for Redis.
ACL_RULE_LINE = lazy_regex(
    r"(?i)^[ \t]*user[ \t]+[^\s>#]{1,128}(?:[ \t]+(?:on|off|nopass|reset|resetpass|resetkeys|resetchannels|allkeys"
    r"|allchannels|allcommands|nocommands|(?:skip-)?sanitize-payload|[~%&<>#!+-][^\s]{0,512})){1,64}[ \t]*$")
# `ACL SETUSER name … '>pw'` anywhere (a redis-cli line, a here-doc, a client call's string).
ACL_SETUSER = lazy_regex(r"(?i)\bACL\s+SETUSER\s+\S+\s(?:[^>#\n]*\s)?[\"']?>(?P<value>[^\s\"']+)")
# redis-py's `acl_setuser(…, passwords=["+pw"])`: `+` adds a password (`-` removes one).
ACL_SETUSER_CALL = lazy_regex(r"""(?i)acl_setuser\(.{0,300}?passwords\s*=\s*[\[(]\s*["']\+(?P<value>[^"'\n]+)["']""")
# `?password=` / `&password=` in a Redis URI's query (redis-py from_url, Celery, Sidekiq).
QUERY_PASSWORD = lazy_regex(
    r"(?i)(?<![A-Za-z0-9+])(?:rediss?|redis\+sentinel|rediscache|valkeys?|unix)://[^\s'\"?#]{0,512}\?(?:[^\s'\"#]{0,1024}&)?"
    r"password=(?P<value>[^\s&'\"#]+)"
)
# Dotted property names (Spring's spring.redis.password, spring.data.redis.password, app.redis.auth)
# and their value; `_is_redis_dotted_name` judges the name (one regex over the name would
# backtrack over every split of a long one).
DOTTED_NAME = lazy_regex(
    r"""(?<![\w.-])(?P<name>[\w-]+(?:\.[\w-]+)+)\s*(?::=|=|:)\s*"""
    r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]][^\s"'`,;)}\]]*))"""
)
_DOTTED_PASSWORD_PARTS = frozenset({"password", "pass", "passwd", "pwd", "auth", "auth-token", "authtoken", "secret"})
# XML name/value pairs: `<env name="REDIS_PASSWORD" value="…"/>` (IDE run configurations),
# `<property name="password" value="…"/>` (a Spring bean), `<add key="RedisPassword" value="…"/>`.
XML_NAME_VALUE = lazy_regex(
    r"""(?i)\b(?:name|key)\s*=\s*["'](?P<name>[^"'<>\n]{1,100})["']\s+value\s*=\s*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)')"""
)
XML_VALUE_ELEMENT = lazy_regex(r"^\s*<value>(?P<value>[^<\n]+)</value>")
XML_NAMED_PROPERTY = lazy_regex(r"""(?i)<property\s+name\s*=\s*["'](?:password|auth)["']\s*>\s*$""")
# One item of a YAML block sequence: `- --requirepass`, `- "pw"`.
SEQUENCE_ITEM = lazy_regex(r"""^\s*-\s+(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'#]+))\s*(?:#.*)?$""")
# Password flags whose value is the next argument: redis-server's, and redis-cli's after redis-cli.
SERVER_PASSWORD_FLAGS = frozenset({"--requirepass", "--masterauth"})
CLI_PASSWORD_FLAGS = frozenset({"-a", "--pass"})
# Terraform/OpenTofu: an ElastiCache `auth_token` (16-128 printable characters).
TF_AUTH_TOKEN = lazy_regex(r'''^\s*auth_token\s*=\s*"(?P<value>[^"\n$]{16,128})"''')
# aws_elasticache_user / aws_memorydb_user: `passwords = ["…", "…"]` (up to two; AWS asks for 16-128
# characters, but a shorter literal is a password all the same).
TF_PASSWORDS = lazy_regex(r"^\s*passwords\s*=\s*\[(?P<list>[^\]\n]*)\]")
TF_STRING = lazy_regex(r'"(?P<value>[^"\n$]{8,128})"')
_TF_REDIS_BLOCK = lazy_regex(r'(?i)^\s*resource\s+"aws_(?:elasticache|memorydb)_')
_TF_BLOCK = lazy_regex(r"^\s*(?:resource|data|module|variable|output|provider|locals)\b")
# redis-cli sessions and scripts: `CONFIG SET requirepass|masterauth pw` (redis-cli, redis-py's
# `config_set("requirepass", "pw")`), and `AUTH [user] pw` in a redis-cli history, after
# `redis-cli` on a line, or in a here-document fed to redis-cli.
CONFIG_SET = lazy_regex(
    r"""(?i)\bCONFIG\s+SET\s+(?P<name>requirepass|masterauth)\s+"""
    r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`;|&<>]+))"""
)
CONFIG_SET_CALL = lazy_regex(
    r"""(?i)config_?set\(\s*["'](?P<name>requirepass|masterauth)["']\s*,\s*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)')\s*\)"""
)
AUTH_COMMAND = lazy_regex(
    r"""(?i)(?:^|(?<=[\s>"']))AUTH[ \t]+(?:(?P<user>[^\s"'`;|&<>]+)[ \t]+)?"""
    r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`;|&<>\\]+))[ \t]*(?=$|\\[rn]|["';|&]|\s)"""
)
CLI_HISTORY = lazy_regex(r"(?:^|[/\\!])\.rediscli_history$")
# redis-cli's interactive prompt, as a pasted session shows it (`127.0.0.1:6379> AUTH …` in an operator's notes or a
# ticket): the server's host and port, a database's index after a SELECT (`…:6379[2]>`), the word `redis` before them in
# the prompt of redis-cli before 2.6 (`redis 127.0.0.1:6379>`); redis-cli writes one blank after its `>`. The command
# typed after it is redis-cli's, whatever the file: its AUTH is the password sent.
_CLI_PROMPT = lazy_regex(r"""^[ \t]*(?:redis[ \t]+)?(?:[\w.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\]):[0-9]{1,5}(?:\[[0-9]{1,2}\])?> """)
# (the prefilter's: a prompt's `> ` before AUTH, on the folded line)
_FOLDED_PROMPT_AUTH = rb"""> auth[ \t]"""
MAX_HEREDOC_LINES = 20
# A client's `auth("pw")` on a line of a file that names the client: a method's call (Jedis, Lettuce, redis-py, ioredis),
# Lua's (OpenResty's lua-resty-redis `red:auth("pw")`) and PHP's (phpredis' `$redis->auth('pw')`); an ACL user first
# (`auth("user", "pw")`, a variable, phpredis' `auth(['user', 'pw'])` or `auth(array('user', 'pw'))`); node-redis' callback after it.
AUTH_CALL = lazy_regex(
    r"""(?:\.|:|->)auth\([ \t]*(?:(?:\[|array[ \t]*\()[ \t]*)?(?:(?:"[^"\n]{0,256}"|'[^'\n]{0,256}'|[A-Za-z_$][\w.$]{0,63})[ \t]*,[ \t]*)?"""
    r"""(?:"(?P<dq>[^"\n]{0,256})"|'(?P<sq>[^'\n]{0,256})')[ \t]*(?:[\])][ \t]*)?"""
    r"""(?:\)|,[ \t]*(?:function(?![\w$])|\(|async(?![\w$])|[A-Za-z_]\w{0,63}[ \t]*=>))""")
# A YAML mapping key and its indentation (nested YAML: a password under a redis: parent).
_YAML_PASSWORD = lazy_regex(
    r"""^[ \t]*(?:-\s+)?:?(?:password|pass|passwd|auth|auth_?token|requirepass|secret)\s*:\s*"""
    r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'#&*!|>{\[][^\s#]*))\s*(?:#.*)?$""",
    re.IGNORECASE,
)
_YAML_SUFFIXES = (".yaml", ".yml")
_MAX_PARENT_LINES = 200
_VALUE = r"""(?P<value>\"[^\"]*\"|'[^']*'|[^\s\"'`;|&]+)"""
# `--requirepass pw` (redis-server, also in a Dockerfile's exec form), and redis-cli's password
# flags anywhere after `redis-cli` (`cli_passwords`).
SERVER_FLAG = lazy_regex(r"--(?:requirepass|masterauth)(?:[\"']?\s*,\s*[\"']|\s+|=)" + _VALUE)
_CLI = lazy_regex(r"redis-cli\b")
_CLI_PASSWORD_FLAG = lazy_regex(r"\s(?:-a|--pass|--askpass-from)\s+" + _VALUE)
# The same flags as items of an exec-form list: `["CMD", "redis-cli", "-a", "pw", "ping"]`.
CLI_LIST_FLAG = lazy_regex(
    r"""["'](?:[\w./-]*/)?redis-cli["']\s*,(?:\s*["'][^"'\n]*["']\s*,){0,16}?\s*["'](?:-a|--pass)["']\s*,\s*"""
    r"""["'](?P<value>[^"'\n]+)["']"""
)
# A name containing "redis", then a password word, then an assignment (`named_settings`).
_ASSIGNED_VALUE = SETTING_ASSIGNMENT + r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]][^\s"'`,;)}\]]*))"""
# A whole run of [\w-] characters that holds "redis": each run is read once, from its start.
_REDIS_RUN = lazy_regex(r"(?i)(?<![\w-])[\w-]*?redis[\w-]*")
_NAME_START = lazy_regex(r"(?i)(?<![A-Za-z0-9.])[\w-]")  # (?i): İ, ı, ſ, K are letters too
_PASSWORD_WORD = lazy_regex(r"pass|pwd|auth|secret")
_ASSIGNED = lazy_regex(_ASSIGNED_VALUE)
# `password=` in a connection string or call on a line that mentions Redis.
PASSWORD_KWARG = lazy_regex(r"""(?i)(?:^|[\s,;({"'])["']?password["']?\s*(?:=|:)\s*""" + r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]][^\s"'`,;)}\]]*))""")
_CACHES_WORD = lazy_regex(r"\bcaches\b")
# A StackExchange.Redis configuration string (Azure Cache for Redis' "connection string") held in a code string:
# `ConnectionMultiplexer.Connect("host:6380,password=…,ssl=True,abortConnect=False")`, `ConfigurationOptions.Parse(…)`,
# a constant's. Its endpoints first (a host or a bracketed IPv6 address, a port), then its options, `password=` among
# them; the password runs to the next `,` (the format has no quoting). In code a bare `password=` is an argument's
# expression (`Redis(password=pw)`): inside the string's own shape it is the literal. (Read from the string's opening
# quote: an endpoint holds no `=`, an option's value no quote or comma, so each quote's attempt ends at the next.)
_CONFIGURATION_ENDPOINT = r"""(?:[\w.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?"""
CONFIGURATION_PASSWORD = lazy_regex(
    r"""(?i)["'](?P<host>""" + _CONFIGURATION_ENDPOINT + r""")(?:,[ \t]*""" + _CONFIGURATION_ENDPOINT + r"""){0,15}"""
    r"""(?P<options>(?:,[ \t]*[a-z]\w{0,39}[ \t]*=[^,"'\n]{0,512}){0,31}),[ \t]*password[ \t]*=[ \t]*(?P<value>[^,"'\s]{1,512})"""
    r"""(?=[ \t]*[,"'])""")
_TLS_OPTION = lazy_regex(r"""(?i),[ \t]*ssl[ \t]*=[ \t]*true""")


def _names_redis(line: str) -> bool:
    """The line names Redis, Sentinel, Celery or Django's CACHES (substring tests on the lowered
    line: a case-insensitive regex with a `\\b` branch was tried at every character, and ran
    64,000 times on the tree)."""
    lowered = line.lower()
    # (StackExchange.Redis' ConnectionMultiplexer is Redis' own client in .NET, its host named anything)
    return ("redis" in lowered or "sentinel" in lowered or "celery" in lowered or "connectionmultiplexer" in lowered
            or ("caches" in lowered and _CACHES_WORD.search(lowered) is not None))


_HEAD_LINES = 60  # lines of a file's head its imports stand on


def _head_names_redis(lines: Sequence[str]) -> bool:
    """The file's head names Redis: its client's import (`using StackExchange.Redis;`, `using CSRedis;`)."""
    return any("redis" in line_text(lines, index).lower() for index in range(min(len(lines), _HEAD_LINES)))


_HEAD_NAMES_REDIS = LastFileMemo(_head_names_redis)


def _names_a_client(line: str) -> bool:
    lowered = line.lower()
    return "redis" in lowered or "jedis" in lowered or "lettuce" in lowered or "valkey" in lowered


_FROM_ENVIRONMENT = lazy_regex(r"(?i)^(?:os\.|env|getenv|environ|settings\.|config\.|self\.|\w+\()")
_TEMPLATE_CHARACTERS = lazy_regex(r"[\[\]<>{}]|\$\(")
_DEV_HOSTS = lazy_regex(r"(?i)^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|::1|redis|cache|example\.\w+|[\w.-]*\.example\.\w+)?$")

REMEDIATION = (
    "Rotate the password (CONFIG SET requirepass / ACL SETUSER, then update redis.conf and every "
    "client), and load it from the environment or a secret store instead of the file."
)


def cli_passwords(line: str) -> Iterator["re.Match[str]"]:
    """Password flags of redis-cli: the first one after each `redis-cli`, as the regex
    `redis-cli\\b[^\\n]*?\\s(?:-a|--pass|--askpass-from)\\s+VALUE` finds them with finditer.

    That regex tries `[^\\n]*?` to the end of the line from every `redis-cli` that has no flag
    after it (quadratic on a line of them); here each search for a flag resumes where the last
    one ended. A flag must start before the command's line ends (a transformed YAML value may
    hold newlines).
    """
    position = 0
    flag: "Optional[re.Match[str]]" = None
    while True:
        command = _CLI.search(line, position)
        if command is None:
            return
        if flag is None or flag.start() < command.end():
            flag = _CLI_PASSWORD_FLAG.search(line, command.end())
            if flag is None:
                return  # no flag after this redis-cli: none after a later one either
        newline = line.find("\n", command.end(), flag.start())
        if newline >= 0:
            position = command.end()  # a later redis-cli may still own this flag
            continue
        yield flag
        position = flag.end()


def named_settings(line: str, folded: str) -> Iterator["re.Match[str]"]:
    """Values assigned to names like REDIS_PASSWORD: what finditer of
    `(?i)(?<![A-Za-z0-9.])[\\w-]*redis[\\w-]*?(?:pass…|pwd|auth|secret)[\\w-]*` + assignment finds,
    one match object per value (its groups dq / sq / bare).

    Such a name is one run of [\\w-] characters, so each run that holds "redis" is judged once:
    it qualifies when, after its first position not preceded by [A-Za-z0-9.], "redis" occurs,
    and a password word after that (the regex backtracked over every split of the run: cubic on
    a long run). `folded` is `fold(line)`, where IGNORECASE's letters are at the same offsets.
    """
    position = 0
    while True:
        run = _REDIS_RUN.search(line, position)
        if run is None:
            return
        start, end = run.span()
        position = end
        first = _NAME_START.search(line, start, end)
        if first is None:
            continue
        redis_at = folded.find("redis", first.start(), end)
        if redis_at < 0 or _PASSWORD_WORD.search(folded, redis_at + len("redis"), end) is None:
            continue
        value = _ASSIGNED.match(line, end)
        if value is not None:
            yield value
            position = value.end()


MAX_AUTHS_A_LINE = 16


# What may stand between `redis-cli` and a lower-case `auth` it runs: its options.
_CLI_BEFORE_COMMAND = lazy_regex(r"redis-cli(?:[ \t]+-{1,2}[\w-]+(?:[ \t]+[^\s-]\S*)?){0,8}[ \t]+$")


def _auth_commands(line: str, anywhere: bool = True) -> Iterator["re.Match[str]"]:
    """AUTH commands on the line with a literal password (not `$VAR`, not `-`). Outside a
    redis-cli history (`anywhere` false) a lower-case `auth` counts only as redis-cli's command."""
    for count, found in enumerate(AUTH_COMMAND.finditer(line)):
        if count >= MAX_AUTHS_A_LINE:
            return
        if value_of(found)[0].startswith(("$", "-", "%")):
            continue
        if not anywhere and not line.startswith("AUTH", found.start()) and not _CLI_BEFORE_COMMAND.search(
                line, max(0, found.start() - 200), found.start()):
            continue
        yield found


def _heredoc_auth(lines: Sequence[str], index: int) -> Iterator[Tuple[int, "re.Match[str]"]]:
    """(offset, AUTH match) in the here-document that `redis-cli … <<EOF` opens on the line."""
    line = line_text(lines, index)
    opening = HERE_DOCUMENT_OPENING.search(line, line.find("redis-cli"))
    if opening is None:
        return
    body, _ = here_document_body(lines, index, opening.group("word"), MAX_HEREDOC_LINES)
    for offset, text in body:
        if "<<" in text:
            return  # another here-document's start: a body holds no here-document
        # (a body holds one command a line: AUTH opens its line; a word `auth` inside prose below a
        # line that merely names redis-cli and `<<` is none)
        if text.lstrip()[:5].lower() in ("auth ", "auth\t"):
            for found in _auth_commands(text):
                yield offset, found
                break


def uri_hostname(host: str) -> str:
    """The host to connect to, as urllib's `hostname` gives it: an IPv6 literal without its
    brackets (`[::1]` is `::1`)."""
    if len(host) >= 2 and host[0] == "[" and host[-1] == "]":
        return host[1:-1]
    return host


def _is_real(value: str) -> bool:
    from secretfence.compat.detect_secrets.credential_keys import is_stored_hash

    return (
        len(value) >= 4
        and not is_placeholder(value)
        and not _FROM_ENVIRONMENT.match(value)
        and not _TEMPLATE_CHARACTERS.search(value)  # redis://[[username]:[password]]@host in docs
        and not is_stored_hash(value)  # a password's stored verifier (`sha256:<hex>`, `$argon2id$…`): no password
    )


def _looks_random(value: str) -> bool:
    """Strong, generated-looking passwords are high confidence; `mypass`, `p,ass` are not."""
    classes = sum(bool(re.search(pattern, value)) for pattern in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"))
    return len(value) >= 16 or (len(value) >= 8 and classes >= 3)


# A drawn run of both cases and digits, twelve characters or its digits in two runs at least (`Tr7vNq4Zs9Lw`, `Xk9mPq2Lw`;
# not a chosen word's `RedisPass1`),
# what a generator's password is: beside a stock word
# (`adminTr7vNq4Zs9Lw`, `mysecretXk9mPq2Lw`) it is a team's password on its own page, no tutorial's.
_DRAWN_RUN = lazy_regex(r"(?=[A-Za-z0-9]{0,63}[a-z])(?=[A-Za-z0-9]{0,63}[A-Z])(?=[A-Za-z0-9]{0,63}[0-9])[A-Za-z0-9]{8,64}")

_DRAWN_READ = 256  # characters: a password on a page is short


def _drawn_beside_its_word(value: str) -> bool:
    """The value holds a drawn run (see _DRAWN_RUN) once its stock password words are taken out (`adminTr7vNq4Zs9Lw`; not
    `mysecret12345678`, `S3cretPassw0rd!`, `Welcome2024!`, `secureRedisPass1`)."""
    from secretfence.kinds._helpers import _EXAMPLE_PASSWORD_WORDS, LEETSPEAK

    spelled = value.lower().translate(LEETSPEAK)
    if len(spelled) != len(value) or len(value) > _DRAWN_READ:
        return False
    kept = list(value)
    for word in _EXAMPLE_PASSWORD_WORDS:
        at = spelled.find(word)
        while at >= 0:
            kept[at:at + len(word)] = " " * len(word)
            at = spelled.find(word, at + len(word))
    value = "".join(kept)
    return any(len(run) >= 12 or len(re.findall(r"[0-9]+", run)) >= 2 for run in _DRAWN_RUN.findall(value))


def _is_redis_password_name(folded_name: str) -> bool:
    """REDIS_PASSWORD, SPRING_REDIS_PASSWORD, REDISCLI_AUTH: "redis", then a password word."""
    redis_at = folded_name.find("redis")
    return redis_at >= 0 and _PASSWORD_WORD.search(folded_name, redis_at + len("redis")) is not None


def _is_redis_dotted_name(folded_name: str) -> bool:
    """spring.data.redis.password: a part before the last names Redis, the last is a password word."""
    parts = folded_name.split(".")
    return parts[-1] in _DOTTED_PASSWORD_PARTS and any("redis" in part for part in parts[:-1])


def _item_value(line: str) -> Optional[str]:
    found = SEQUENCE_ITEM.match(line)
    return value_of(found)[0] if found else None


def _sequence_passwords(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str]]:
    """(offset, value) of passwords in a YAML block sequence of command arguments:
    `- --requirepass` then `- pw` (this line is the flag), or `- redis-cli` then, among the
    next items, `- -a` / `- --pass` then `- pw` (this line is redis-cli)."""
    item = _item_value(line_text(lines, index))
    if item is None:
        return
    if item in SERVER_PASSWORD_FLAGS:
        value = _item_value(line_text(lines, index + 1))
        if value is not None and not value.startswith("-"):  # `- --requirepass` then another flag
            yield 1, value
        return
    if item != "redis-cli" and not item.endswith("/redis-cli"):
        return
    for offset in range(1, 12):
        following = _item_value(line_text(lines, index + offset))
        if following is None:
            return
        if following in CLI_PASSWORD_FLAGS:
            value = _item_value(line_text(lines, index + offset + 1))
            if value is not None and not value.startswith("-"):
                yield offset + 1, value
            return


def _in_terraform_redis_block(lines: Sequence[str], index: int) -> bool:
    """The nearest block opening above the line is an ElastiCache/MemoryDB resource."""
    for other in range(index - 1, max(-1, index - _MAX_PARENT_LINES), -1):
        text = line_text(lines, other)
        if _TF_BLOCK.match(text):
            return _TF_REDIS_BLOCK.match(text) is not None
    return False


def _under_redis_parent(lines: Sequence[str], index: int) -> bool:
    """A YAML key above the line, less indented (an ancestor of its key), names Redis."""
    return any("redis" in fold(key) or "valkey" in fold(key) for key in yaml_ancestor_keys(lines, index))


# An assigned name that says the value is where the secret is, not the secret.
_REFERENCE_NAME = lazy_regex(r"(?i)(?:file|path|dir|ref|key_?name|secret_?name)[\"'\]]*\s*$")
# The name sits inside a shell/compose expansion: `${REDIS_PASSWORD:?set it}`.
_INSIDE_EXPANSION = lazy_regex(r"\$\{[\w-]*$")


def _names_a_reference(line: str, value_match: "re.Match[str]") -> bool:
    before = line[max(0, value_match.start() - 100):value_match.start()]
    return _REFERENCE_NAME.search(before) is not None or _INSIDE_EXPANSION.search(before) is not None


# (blank-separated rules before the password, eight at most: `user portal on ~session:* +@read >pw`)
_FOLDED_ACL_USER = rb"""user[ \t]+[^\s>#]{1,128}[ \t]+(?:[^\s>#]{1,128}[ \t]+){0,8}>[^\s]"""


_MARKER_CHECKS_A_LINE = 64  # values a line whose comment is read for a CHANGEME mark (see find)


class SecretfenceRedisDetector(SecretfenceDetector):
    """Redis passwords in URIs, server configs, CLI lines, settings and client calls."""

    secret_type = "Redis Credentials"
    kind = "redis"
    # "pass" covers requirepass, auth-pass and password (and is shared with KeywordDetector).
    # "auth_token" (Terraform ElastiCache) and a client's auth call (".auth(", Lua's ":auth(", PHP's "->auth(") carry no
    # other keyword.
    keywords = ("redis", "unix://", "masterauth", "setuser", "pass", "auth_token", ".auth(", ":auth(", "->auth(")
    # An ACL rule's `user <name> … >password` in a server config not named for Redis; an AUTH typed at redis-cli's prompt.
    folded_keyword_patterns = (Headed(lazy_regex(_FOLDED_ACL_USER), ("user",), lazy_regex(_FOLDED_ACL_USER, re.IGNORECASE)),
                               Headed(lazy_regex(_FOLDED_PROMPT_AUTH), ("> auth",),
                                      lazy_regex(_FOLDED_PROMPT_AUTH, re.IGNORECASE)))
    # Every line of a Redis server/ACL file is a candidate: ACL rules carry no keyword.
    # A redis-cli history (`~/.rediscli_history`): its AUTH lines name no keyword either.
    scan_whole_files = lazy_regex(r"(?i)(?:redis|sentinel|users?)[^/]*\.(?:conf|acl)$|\.acl$|(?:^|[/\\!])\.rediscli_history$")
    remediation = REMEDIATION

    true_samples = (
        Sample('- name: Set requirepass\n  ansible.builtin.lineinfile:\n    path: /etc/redis/redis.conf\n'
               '    line: "requirepass 6HpSsfSyQEDNCiiso"\n', "roles/redis/tasks/main.yml",
               "a redis.conf line in Ansible's lineinfile"),
        Sample('    redis_password: str = "DkQ8vW2mLx5Rt9Yp3Zn7"\n', "config.py", "pydantic annotated setting"),
        Sample("REDIS_PASSWORD ?= Tq4Wn8Xr2Lm6Vz9Kp3Bc\n", "Makefile", "Make's conditional assignment"),
        Sample('CELERY_BROKER_URL = "redis://:Hq7pLr2Vx9@cache.internal:6379/0"', "settings.py", "no user"),
        Sample("REDIS_URL=rediss://app:Zt5KwQ8mPn3R@redis.example.net:6380", ".env", "user and tls"),
        Sample("REDIS_URL=redis://:Vb7Lq2Xp9Tz@[2001:db8::7]:6379/0", ".env", "IPv6 host"),
        Sample('r = Redis.from_url("redis+sentinel://:S3ntPw0rdq@sent1:26379/mymaster")', "app.py", "sentinel"),
        Sample("requirepass 9f2Kq7LmX4vB\n", "redis.conf", "redis.conf"),
        Sample("sentinel auth-pass mymaster T7yUe2Wq9ZpL\n", "sentinel.conf", "sentinel"),
        Sample("user worker on ~jobs:* +@all >Wk3rPassQ8z\n", "users.acl", "ACL"),
        Sample("maxmemory 4gb\nuser portal on >Zh7eZaGwrAEDXao5tj9 ~session:* +@read\n", "portal-sessions.conf",
               "an ACL line in a .conf not named for Redis"),
        Sample("redis-cli -h cache -a Rd5Pw8Xz2Lq ping", "check.sh", "redis-cli"),
        Sample("    command: redis-server --requirepass Fz8Qm2Lp5Tw", "docker-compose.yml", "server flag"),
        Sample('CMD ["redis-server", "--requirepass", "Pq8Lm3Zx7Vt"]', "Dockerfile", "exec form"),
        Sample('client = redis.Redis(host="cache", password="Ab3Xy9Zq7Lm")', "cache.py", "kwarg"),
        Sample("redis_password: N8vLq2Xp5Tz", "values.yaml", "yaml name"),
        Sample("mycache.redis.cache.windows.net:6380,password=Xcc3S9d7And6aMdfOcUc0acHJh3CiDh3l9DsapNwGwyS,ssl=True",
               "appsettings.json", "Azure"),
        Sample('using StackExchange.Redis;\n\nvar options = ConfigurationOptions.Parse(\n'
               '    "cache01.corp.example:6379,ssl=false,password=Wq7Lm2Xv9Pz4Tn,abortConnect=false");\n', "Cache.cs",
               "a StackExchange.Redis configuration string in code"),
        Sample('CACHES = {\n  "default": {\n    "BACKEND": "django_redis.cache.RedisCache",\n'
               '    "OPTIONS": {"PASSWORD": "Qz7Lm3Xv9Pw"},\n  }\n}', "settings.py", "django-redis"),
        Sample("    command:\n      - redis-server\n      - --requirepass\n      - Kq8Vm2Lx7Pz4Nw\n", "compose.yaml",
               "compose command as a YAML list"),
        Sample('      test: ["CMD", "redis-cli", "-a", "Hb5Tq9Wm2Xz7", "ping"]', "docker-compose.yml",
               "healthcheck exec list"),
        Sample("        command:\n        - redis-cli\n        - -a\n        - Zp4Lq8Vn3Wx6\n        - ping\n", "pod.yaml",
               "probe command list"),
        Sample("        - name: REDIS_PASSWORD\n          value: \"Mv6Rt2Yq8Kx3\"\n", "deployment.yaml", "k8s env entry"),
        Sample('resource "aws_elasticache_replication_group" "rg" {\n  auth_token = "Qw7Er2Ty5Ui8Op3As"\n}\n', "main.tf",
               "ElastiCache auth_token"),
        Sample("redis-cli ACL SETUSER app on '>Gh5Jk8Lz2Xc7' '~*' '+@all'", "setup.sh", "ACL SETUSER in a script"),
        Sample('r.acl_setuser("app", enabled=True, passwords=["+Vb3Nm6Qw9Er2"])', "acl.py", "redis-py acl_setuser"),
        Sample("spring.data.redis.password=Tz4Xc8Vb2Nm6", "application.properties", "Spring property"),
        Sample('<bean class="org.springframework.data.redis.connection.jedis.JedisConnectionFactory">\n'
               '  <property name="password" value="Lk9Jh3Gf6Ds1"/>\n</bean>', "context.xml", "Spring XML bean"),
        Sample('<env name="REDIS_PASSWORD" value="Wq2Ze5Rx8Tc1" />', ".idea/runConfigurations/app.xml", "IDE run config"),
        Sample("CACHE_URL=rediscache://:Py7Ou4It1Re9@cache:6379/1", ".env", "django-environ scheme"),
        Sample("REDIS_URL=redis://cache.internal:6379/0?password=Aq1Sw3De5Fr7Gt", ".env", "query string"),
        Sample("app:\n  redis:\n    host: cache\n    port: 6379\n    db: 1\n    pool: 10\n    timeout: 5\n"
               "    retries: 3\n    password: Jn4Hb7Gv1Fc8Dx\n", "config.yaml", "nested YAML, parent far above"),
        Sample('jedis.auth("Ui8Yt5Re2Wq9");', "Cache.java", "Jedis auth"),
        Sample(":concurrency: 5\n:redis:\n  :url: redis://cache:6379/3\n  :password: Rt5Yu8Io1Pa4Sd\n", "sidekiq.yml",
               "Ruby symbol keys (Sidekiq)"),
        Sample('resource "aws_elasticache_user" "app" {\n  user_id   = "app"\n  engine    = "REDIS"\n'
               '  passwords = ["Vt7Rz4Kw8Pn1Yb6Hc"]\n}', "cache.tf", "ElastiCache user passwords"),
        Sample('REDIS_PASSWORD = os.getenv("REDIS_PASSWORD", "Jd5Fg2As9Ee3Uu7I")', "config.py",
               "literal default of an environment read"),
        Sample("PING\nCONFIG SET requirepass Tw8Kq3Lz6Vn1Rm4X\nAUTH Tw8Kq3Lz6Vn1Rm4X\n", ".rediscli_history",
               "redis-cli history: CONFIG SET and AUTH"),
        Sample("auth app-worker Qh5Wz8Lk2Vt7Nr3M\n", ".rediscli_history", "AUTH user password"),
        Sample("$ redis-cli -h 127.0.0.1 -p 6379\n127.0.0.1:6379> AUTH fRU9hpak3dihKNtg7BsU9H\nOK\n127.0.0.1:6379> LLEN rq:jobs\n",
               "ops/notes/queue-debug.txt", "AUTH typed at redis-cli's prompt, a pasted session"),
        Sample("cache-01.prod.lan:6380[2]> auth worker KM3Gvs6d0xNC4AQTLsTjte\n", "ticket-4411.md",
               "an ACL user's AUTH at the prompt of a selected database"),
        Sample("redis 10.0.4.12:6379> AUTH Zwr1BURzLm6KZQWiGopV3E\n", "notes.txt", "the prompt of redis-cli before 2.6"),
        Sample("    environment:\n      REDIS_PASSWORD: Tz4Kw9Lq2Xv7Nm3Rp8Hb # CHANGEME\n", "docker-compose.yml",
               "a generated password pasted over the marked stand-in"),
        Sample('ssh cache01 "redis-cli CONFIG SET masterauth Jv6Tq9Lx3Wk8Pz2N"', "failover.sh",
               "CONFIG SET masterauth in a script"),
        Sample("redis-cli -h cache.prod.corp <<'EOF'\nAUTH Pm4Rk7Wz2Lq9Vt5X\nINFO replication\nEOF\n", "check.sh",
               "AUTH in a here-document fed to redis-cli"),
    )
    false_samples = (
        Sample("Run `redis-cli <<EOF` with the commands below;\nthe auth (Maximo's) and the config\n"
               "steps are in the runbook, not here.\n", "notes/redis.sh",
               "the word auth inside a line below redis-cli's here-document opening: no AUTH command"),
        Sample('    line: "requirepass {{ redis_password }}"\n', "roles/redis/tasks/main.yml",
               "a template in the quoted line"),
        Sample('      <env name="REDIS_PASSWORD" value="$REDIS_PASSWORD$" />\n', ".idea/runConfigurations/a.xml",
               "IntelliJ macro"),
        Sample("set REDIS_PASSWORD=%REDIS_PASSWORD%\n", "run.cmd", "Windows variable"),
        Sample("REDIS_PASSWORD=@Microsoft.KeyVault(VaultName=acme-kv;SecretName=redis-password)\n", ".env",
               "an Azure App Service Key Vault reference"),
        Sample("kind: Secret\ndata:\n  REDIS_PASSWORD: Y2hhbmdlbWU=\n", "secret.yaml", "base64 of changeme"),
        Sample("requirepass foobared\n", "redis.conf", "stock example"),
        Sample("# requirepass foobared\n", "redis.conf", "commented out"),
        Sample('REDIS_URL = "redis://:${REDIS_PASSWORD}@redis:6379/0"', "settings.py", "variable"),
        Sample("REDIS_PASSWORD={{ redis_password }}", ".env.j2", "template"),
        Sample("redis://user:<password>@localhost:6379", "README.md", "doc placeholder"),
        Sample("REDIS_PASSWORD=changeme", ".env", "changeme"),
        Sample("    environment:\n      REDIS_PASSWORD: cachepass24 # CHANGEME\n", "vendor/app/docker-compose.yml",
               "upstream's stand-in, marked to replace"),
        Sample('redis_password = os.environ["REDIS_PASSWORD"]', "settings.py", "from environment"),
        Sample("redis://localhost:6379/0", "settings.py", "no password"),
        Sample('var redis = ConnectionMultiplexer.Connect("pricing.redis.cache.windows.net:6380,password=" + key + ",ssl=True");\n',
               "Cache.cs", "a configuration string joined around the key's variable"),
        Sample("user default on nopass ~* +@all", "users.acl", "nopass"),
        Sample("user deploy runs > /var/log/deploy.log\n", "hooks.conf", "no ACL rule in a .conf not named for Redis"),
        Sample("user app on #e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 ~*", "users.acl", "hash"),
        Sample('password = "Ab3Xy9Zq7Lm"', "db.py", "password unrelated to Redis"),
        Sample("REDIS_PASSWORD=xxxxxxxx", ".env", "xxxx"),
        Sample("redis://[[username]:[password]]@localhost:6379/0", "client.py", "URL syntax in a docstring"),
        Sample("from redis.auth.token import TokenInterface", "idp.py", "module path"),
        Sample("client = Redis(host=host, password=conn_kwargs['password'])", "app.py", "expression, not a literal"),
        Sample("    command:\n      - redis-server\n      - --requirepass\n      - $(REDIS_PASSWORD)\n", "pod.yaml",
               "Kubernetes variable expansion"),
        Sample("        - name: REDIS_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: redis\n",
               "deployment.yaml", "value from a Secret"),
        Sample('resource "aws_elasticache_replication_group" "rg" {\n  auth_token = var.redis_auth_token\n}\n',
               "main.tf", "Terraform variable"),
        Sample('resource "aws_db_instance" "db" {\n  auth_token = "Qw7Er2Ty5Ui8Op3As"\n}\n', "main.tf",
               "auth_token outside an ElastiCache block"),
        Sample("database:\n  host: db\n  password: Jn4Hb7Gv1Fc8Dx\nredis:\n  host: cache\n", "config.yaml",
               "password under another parent"),
        Sample('<property name="password" value="Lk9Jh3Gf6Ds1"/>', "datasource.xml", "a bean that is not Redis"),
        Sample("      - REDIS_PASSWORD_FILE=/run/secrets/redis_password", "docker-compose.yml", "path to a secret file"),
        Sample("redis:\n  password: /run/secrets/redis\n", "config.yaml", "a path as the value"),
        Sample('    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set it}"]', "compose.yml",
               "compose expansion with an error message"),
        Sample("redis_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          3431623961\n", "vars.yml",
               "Ansible Vault"),
        Sample("redis:\n  password: ENC[AES256_GCM,data:Zm9vYmFy,iv:abc=,tag:def==,type:str]\n", "secrets.yaml", "SOPS"),
        Sample("spec:\n  encryptedData:\n    redis-password: AgB" + "Qx7Lm2Vp9Rt4Wz8Kc3Nf6Hj1Yb5Gd0Ss" * 20 + "\n",
               "sealed.yaml", "SealedSecret ciphertext"),
        Sample("REDIS_PASSWORD=dummy-password-for-ci", "ci.env", "declares itself a dummy"),
        Sample("    command:\n      - redis-server\n      - --requirepass\n      - --appendonly\n      - \"yes\"\n",
               "compose.yaml", "a flag after --requirepass is not its value"),
        Sample('      test: ["CMD", "redis-cli", "-a", "$$REDIS_PASSWORD", "ping"]', "compose.yml",
               "compose's escaped $$VAR"),
        Sample("cable:\n  password: <%= ENV['REDIS_PASSWORD'] %>\n  adapter: redis\n", "cable.yml", "ERB"),
        Sample('resource "aws_elasticache_user" "app" {\n  user_id   = "app"\n  passwords = [var.app_password]\n}',
               "cache.tf", "ElastiCache user password from a variable"),
        Sample("secretGenerator:\n  - name: redis-auth\n    files:\n      - redis-password=secrets/redis-password.txt",
               "kustomization.yaml", "kustomize secretGenerator: a file's path"),
        Sample("AUTH\nCONFIG GET requirepass\n", ".rediscli_history", "AUTH without a password, CONFIG GET"),
        Sample("127.0.0.1:6379> AUTH $REDIS_PASSWORD\n127.0.0.1:6379> AUTH <password>\n", "docs/debug.md",
               "AUTH at the prompt with a variable or a stand-in"),
        Sample("127.0.0.1:6379> GET auth_token\nlocalhost:8080> authorize client\n", "notes.txt",
               "another command at the prompt; a prompt of another tool"),
        Sample('redis-cli -h "$HOST" AUTH "$REDIS_PASSWORD" PING', "ping.sh", "AUTH from a variable"),
        Sample("redis-cli CONFIG SET requirepass \"$(cat /run/secrets/redis)\"", "rotate.sh",
               "CONFIG SET from a command substitution"),
    )

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        line = line_text(lines, index)
        stripped = line.lstrip()
        if stripped.startswith(("#", "//", ";")) and not URI.search(line):
            return
        seen: Set[str] = set()
        lowered_name = filename.rsplit("/", 1)[-1].lower()
        if lowered_name.endswith(_YAML_SUFFIXES) and in_sealed_data(lines, index):
            return  # a SealedSecret's ciphertext

        sealable = lowered_name.endswith(_YAML_SUFFIXES) or lowered_name.endswith(".json")
        documented = is_documentation(filename.lower())

        # Whether the line is in a SealedSecret, asked once; whether a value's comment marks it to
        # change, asked of the first values only: each reads the whole line (a line of thousands of
        # values asked it of each, quadratic); past them a value is judged unmarked (reported).
        sealed: List[bool] = []
        marker_checks = [0]

        def in_sealed() -> bool:
            if not sealed:
                sealed.append(sealable and in_sealed_secret(lines, index))
            return sealed[0]

        def marked(value: str, offset: int) -> bool:
            if marker_checks[0] >= _MARKER_CHECKS_A_LINE:
                return False
            marker_checks[0] += 1
            return marked_to_change(line_text(lines, index + offset), value)  # `x # CHANGEME`

        def report(value: str, description: str, confidence: Confidence = HIGH, *, offset: int = 0,
                   **where: str) -> Iterator[Match]:
            value = unquoted(value)
            if value not in seen and _is_real(value) and not in_sealed() and not marked(value, offset):
                seen.add(value)
                if not _looks_random(value):
                    confidence = MEDIUM
                if documented and spells_an_example_password(value) and not _drawn_beside_its_word(value):
                    confidence = LOW  # a tutorial's `mysecret12345678`, as other example passwords in documentation warn
                yield Match(secret=value, description=description, confidence=confidence, line_offset=offset,
                            details={key: item for key, item in where.items() if item})

        in_code = filename.lower().endswith(EXPRESSION_SUFFIXES)

        def assigned(found: "re.Match[str]") -> str:
            value, start = value_of(found)
            if _names_a_reference(line, found):
                return ""  # REDIS_PASSWORD_FILE=…, ${REDIS_PASSWORD:?…}
            if found.group("bare") is None and closes_a_literal(found, value, start):
                return ""  # a prompt's last words (`getpass('Redis password: ')`) and the code after its literal
            if found.group("bare") is None and JOIN_BETWEEN_LITERALS.search(value):
                return joined_value(found, value, start)  # (the code between two literals: `"…,password=" + key + ",ssl=True"`)
            return "" if in_code and found.group("bare") is not None else value

        lowered = fold(line)  # lower case, as IGNORECASE sees letters (same offsets)
        for found in (URI.finditer(line) if "://" in line else ()):
            scheme = found.group("scheme").lower()
            user = found.group("user")
            shown_host = found.group("host")
            host = uri_hostname(shown_host)
            who = f"user {user!r}" if user else "the default user"
            port = found.group("port") or ("26379" if "sentinel" in scheme else "6379")
            password, offset, filling = found.group("password"), 0, ""
            if password.startswith("%"):
                # (a template's conversion, `fmt.Sprintf("redis://default:%s@%s:6379/0", "<pw>", host)`: the call's argument)
                from secretfence.kinds._service_reading import format_filled

                filled = format_filled(lines, index, line, found.start("password")) if CONVERSION_PASSWORD.fullmatch(
                    password) else None
                if filled is not None:
                    (password, offset), filling = filled, " (its password a format call's argument)"
            yield from report(
                password,
                f"Redis password for {who} in a {scheme}:// URI{filling} to {shown_host or 'a unix socket'}",
                MEDIUM if _DEV_HOSTS.match(host or "") and host else HIGH, offset=offset,
                scheme=scheme, host=host if scheme != "unix" else "", port=port, user=user,
            )

        found = DIRECTIVE.match(line) if ("pass" in lowered or "masterauth" in lowered) else None
        if found and ("redis" in lowered_name or "sentinel" in lowered_name or lowered_name.endswith(".conf")):
            directive = (found.group("name") or "sentinel auth-pass").lower()
            yield from report(found.group("value"), f"Redis `{directive}` password in server config")
        elif ("requirepass" in lowered or "masterauth" in lowered) and "echo" not in lowered and "printf" not in lowered:
            # (an echo or printf line writes a file: the carriers read it as that file)
            for found in QUOTED_DIRECTIVE.finditer(line):
                yield from report(found.group("value"), f"Redis `{found.group('name').lower()}` password in a "
                                  "redis.conf line held in a string")
        for count, found in enumerate(CONFIG_SET.finditer(line) if "config" in lowered else ()):
            if count >= MAX_AUTHS_A_LINE:
                break
            yield from report(value_of(found)[0], f"Redis `{found.group('name').lower()}` password set by CONFIG SET")
        for found in (CONFIG_SET_CALL.finditer(line) if "config_set" in lowered or "configset" in lowered else ()):
            yield from report(value_of(found)[0], f"Redis `{found.group('name').lower()}` password set by config_set()")
        history = "rediscli_history" in filename and CLI_HISTORY.search(filename) is not None
        if "auth" in lowered and (history or "redis-cli" in lowered):
            for found in _auth_commands(line, history):
                yield from report(value_of(found)[0], "Redis password sent by an AUTH command",
                                  user=found.group("user") or "")
        prompt = _CLI_PROMPT.match(line) if "> " in line and "auth" in lowered else None
        found = AUTH_COMMAND.match(line, prompt.end()) if prompt is not None else None
        if found is not None and not value_of(found)[0].startswith(("$", "-", "%")):
            # (a session pasted from redis-cli's prompt: `127.0.0.1:6379> AUTH …`)
            yield from report(value_of(found)[0], "Redis password sent by an AUTH command at redis-cli's prompt",
                              user=found.group("user") or "")
        if "redis-cli" in lowered and "<<" in line:
            for offset, found in _heredoc_auth(lines, index):
                yield from report(value_of(found)[0], "Redis password sent by an AUTH command in a here-document "
                                  "fed to redis-cli", offset=offset, user=found.group("user") or "")
        found = ACL_USER.match(line) if ">" in line else None
        if found and ("acl" in lowered_name or "redis" in lowered_name or (
                # a .conf of another name (`portal-sessions.conf`): the line is an ACL rule, word for word
                lowered_name.endswith(".conf") and ACL_RULE_LINE.match(line) is not None)):
            yield from report(found.group("value"), "Redis ACL user password (>password rule)")
        for found in (SERVER_FLAG.finditer(line) if "--" in line else ()):
            yield from report(found.group("value"), "Redis password on a redis-cli / redis-server command line")
        for found in (cli_passwords(line) if "redis-cli" in lowered else ()):
            yield from report(found.group("value"), "Redis password on a redis-cli / redis-server command line")
        for found in (CLI_LIST_FLAG.finditer(line) if "redis-cli" in lowered and "," in line else ()):
            yield from report(found.group("value"), "Redis password on a redis-cli / redis-server command line")
        for found in (named_settings(line, lowered) if "redis" in lowered else ()):
            yield from report(assigned(found), "Redis password assigned to a Redis-named setting", MEDIUM)

        for found in (ACL_SETUSER.finditer(line) if "setuser" in lowered and ">" in line else ()):
            yield from report(found.group("value"), "Redis ACL user password (ACL SETUSER >password)")
        for found in (ACL_SETUSER_CALL.finditer(line) if "acl_setuser" in lowered else ()):
            yield from report(found.group("value"), "Redis ACL user password (acl_setuser passwords)")
        for found in (QUERY_PASSWORD.finditer(line) if "password=" in lowered and "://" in line else ()):
            yield from report(found.group("value"), "Redis password in a URI's query string")
        for found in (DOTTED_NAME.finditer(line) if "redis" in lowered and "." in line else ()):
            if _is_redis_dotted_name(fold(found.group("name"))):
                yield from report(assigned(found), "Redis password in a Redis-named property", MEDIUM)
        if "value" in lowered and ("name" in lowered or "key" in lowered):
            for found in XML_NAME_VALUE.finditer(line):
                name = fold(found.group("name"))
                if _is_redis_password_name(name) or (
                        name in ("password", "auth") and self._mentions_client(lines, index, 10)):
                    yield from report(value_of(found)[0], "Redis password in an XML name/value pair", MEDIUM)
        if "<property" in lowered and XML_NAMED_PROPERTY.search(line) and self._mentions_client(lines, index, 10):
            element = XML_VALUE_ELEMENT.match(line_text(lines, index + 1))
            if element:
                yield from report(element.group("value"), "Redis password in a Spring bean property", MEDIUM, offset=1)
        if line.lstrip().startswith("-"):
            for offset, value in _sequence_passwords(lines, index):
                yield from report(value, "Redis password as a command-list argument", offset=offset)
        if "name" in lowered:
            named = NAME_ITEM.match(line)
            if named and _is_redis_password_name(fold(named.group("name"))):
                for offset, value in following_value(lines, index):
                    yield from report(value, "Redis password in a name/value environment entry", MEDIUM, offset=offset)
        if "auth_token" in lowered and filename.lower().endswith((".tf", ".hcl", ".tofu")):
            found = TF_AUTH_TOKEN.match(line)
            if found and _in_terraform_redis_block(lines, index):
                yield from report(found.group("value"), "ElastiCache Redis AUTH token in Terraform")
        if "passwords" in lowered and filename.lower().endswith((".tf", ".hcl", ".tofu")):
            found = TF_PASSWORDS.match(line)
            if found and _in_terraform_redis_block(lines, index):
                for password in TF_STRING.finditer(found.group("list")):
                    yield from report(password.group("value"), "ElastiCache user password in Terraform")
        for name, value, _ in (env_defaults(line) if "redis" in lowered else ()):
            if _is_redis_password_name(fold(name)):
                yield from report(value, f"Redis password as the literal default of the {name} environment variable",
                                  MEDIUM)
        if "auth(" in lowered and self._mentions_client(lines, index, 10):
            for found in AUTH_CALL.finditer(line):
                yield from report(value_of(found)[0], "Redis password passed to a client's auth()", MEDIUM)
        if lowered_name.endswith(_YAML_SUFFIXES) and ("pass" in lowered or "auth" in lowered):
            found = _YAML_PASSWORD.match(line)
            if found and _under_redis_parent(lines, index):
                yield from report(value_of(found)[0], "Redis password under a redis: key in YAML", MEDIUM)

        if in_code and "password" in lowered and "," in line and (self._mentions_redis(lines, index) or _HEAD_NAMES_REDIS.of(lines)):
            # (the string's own shape says Redis' configuration where the file's head imports its client: `using
            # StackExchange.Redis;` above a `ConfigurationOptions.Parse("…")` far below it)
            for found in itertools.islice(CONFIGURATION_PASSWORD.finditer(line), MAX_AUTHS_A_LINE):
                endpoint = found.group("host")
                host, _, port = endpoint.rpartition(":") if not endpoint.endswith("]") and ":" in endpoint else (
                    endpoint, "", "")
                host = uri_hostname(host)
                closing = min((at for at in (line.find('"', found.end()), line.find("'", found.end())) if at >= 0), default=len(line))
                tls = _TLS_OPTION.search(found.group("options")) or _TLS_OPTION.search(line, found.end(), closing)
                yield from report(found.group("value"), f"Redis password in a StackExchange.Redis configuration string to {host}",
                                  MEDIUM if _DEV_HOSTS.match(host) else HIGH, scheme="rediss" if tls else "redis", host=host,
                                  port=port or "6379")
        if "password" in lowered and self._mentions_redis(lines, index):
            for found in PASSWORD_KWARG.finditer(line):
                yield from report(assigned(found), "Redis password in a client call or connection settings", MEDIUM)

    @staticmethod
    def _mentions_client(lines: Sequence[str], index: int, above: int) -> bool:
        """The line or one up to `above` lines above names a Redis client (a bean's class)."""
        return any(_names_a_client(line_text(lines, other)) for other in range(max(0, index - above), index + 1))

    @staticmethod
    def _mentions_redis(lines: Sequence[str], index: int) -> bool:
        """The line, or a line up to five above it (a multi-line call or dict), names Redis."""
        return any(_names_redis(line_text(lines, other)) for other in range(max(0, index - 5), index + 1))


# --- live check (--verify) ------------------------------------------------------------------
# Redis: connect to the host named in the finding and send AUTH (RESP). +OK → live.
#
# Only the host from the URI (or --redis-host, for a bare `requirepass` with no host) is contacted.
# A host from the URI is scanned content: it must resolve to public addresses only, unless the
# person running secretfence passed --verify-allow-internal (--redis-host is their own choice).
# `rediss://` uses TLS with certificate checks. Unix sockets are not contacted. The server's
# reply is matched against known answers; its text is never copied out (a server can echo the
# password back).

MAX_REPLY = 512
# RESP error names (the first word of a `-` reply) that may be reported by name.
KNOWN_ERRORS = frozenset({
    "ERR", "WRONGPASS", "NOAUTH", "NOPERM", "LOADING", "BUSY", "MASTERDOWN", "READONLY", "MISCONF",
    "CLUSTERDOWN", "TRYAGAIN", "WRONGTYPE", "EXECABORT", "NOSCRIPT", "NOREPLICAS",
})
_ERROR_NAME = lazy_regex(rb"-([A-Z]{2,20})(?:[ \r]|$)")


def _command(*parts: str) -> bytes:
    encoded = [part.encode("utf-8", "surrogateescape") for part in parts]
    return b"*%d\r\n" % len(encoded) + b"".join(b"$%d\r\n%s\r\n" % (len(part), part) for part in encoded)


def _target(finding: Finding, options: Options) -> Optional[Tuple[str, str, bool]]:
    """(host, port, from scanned content?) or None when there is nowhere to send it."""
    host = str(finding.details.get("host", ""))
    if host:
        return host, str(finding.details.get("port", "6379")), True
    if options.redis_host:
        given_host, _, given_port = options.redis_host.rpartition(":") if _has_port(options.redis_host) else (
            options.redis_host, "", "")
        return given_host.strip("[]"), given_port or "6379", False
    return None


def _has_port(host_port: str) -> bool:
    # `::1` is a bare IPv6 address; `[::1]:6380` and `cache:6380` carry a port.
    return host_port.startswith("[") and "]:" in host_port or host_port.count(":") == 1


def check(finding: Finding, options: Options, deadline: "Deadline") -> Verdict:
    from secretfence.verify._net import InternalAddressRefused, NetworkError, open_connection, reader, send_all, start_tls

    if finding.details.get("scheme") == "unix":
        return Verdict(UNKNOWN, "unix socket: not contacted")
    target = _target(finding, options)
    if target is None:
        return Verdict(UNKNOWN, "no host named with this password (give one with --redis-host)")
    host, port_text, scanned = target
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        return Verdict(UNKNOWN, "no valid port named with this password: not contacted")
    user = str(finding.details.get("user", ""))
    auth = _command("AUTH", user, finding.secret) if user else _command("AUTH", finding.secret)
    try:
        sock = open_connection(host, int(port_text), deadline, refuse_internal=scanned and not options.allow_internal)
        connection = sock
        try:
            if finding.details.get("scheme") == "rediss":
                connection = start_tls(sock, host, deadline)
            send_all(connection, auth, deadline)
            reply = reader(connection, deadline).readline(MAX_REPLY)
        finally:
            connection.close()
    except InternalAddressRefused as refused:
        return Verdict(UNKNOWN, str(refused))
    except NetworkError as error:
        return Verdict(UNKNOWN, f"Redis server unreachable ({error})")
    return judge(reply)


def judge(reply: bytes) -> Verdict:
    """The verdict for an AUTH reply, in words of secretfence's own."""
    lowered = reply.lower()
    if reply.startswith(b"+OK\r\n"):
        return Verdict(LIVE, "the Redis server accepted the password")
    found = _ERROR_NAME.match(reply)
    name = found.group(1).decode() if found else ""
    if name == "WRONGPASS" or name == "ERR" and b"invalid password" in lowered:
        return Verdict(DEAD, f"the Redis server rejected the password ({name})")
    if name == "ERR" and (b"without any password configured" in lowered or b"no password is set" in lowered):
        return Verdict(UNKNOWN, "the Redis server has no password set: nothing to check")
    if name in KNOWN_ERRORS:
        return Verdict(UNKNOWN, f"the Redis server answered {name}")
    return Verdict(UNKNOWN, f"the Redis server sent an {UNEXPECTED}")


KIND = Kind.of(SecretfenceRedisDetector, verifier=Verifier(check))
