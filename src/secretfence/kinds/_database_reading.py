"""The database kind's reading and its live check (its detector class and prefilter stand in
kinds/database.py, which imports this module when a line is first a candidate for the kind or a
finding is checked: a commit whose lines ask it nothing never loads these 2,000 lines). What it
reads, and what a placeholder is, is told there."""
from __future__ import annotations

import bisect
import os
import re
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Sequence, Set, Tuple

from secretfence._lazy import lazy_modules
from secretfence.findings import HIGH, LOW, MEDIUM, Confidence, Finding
from secretfence.kinds._helpers import (
    DOCUMENT_SUFFIXES, EXPRESSION_SUFFIXES, HCL_SUFFIXES, JOIN_BETWEEN_LITERALS, closes_a_literal, joined_value, SETTING_ASSIGNMENT, STATEMENT_ENDS, TYPED_DECLARATION, env_defaults, in_sealed_secret, is_placeholder, line_text, short_base64_text,
    name_start, spells_an_example_password, terraform_variable_default, unquoted, value_of, yaml_ancestor_keys,
)
from secretfence.kinds._reference_lookalikes import names_a_kubernetes_secret, names_a_secret_version
from secretfence.kinds._spec import Match, Sample
from secretfence.kinds.database import DEFAULT_PASSWORDS
from secretfence.prefilter.declared import Declaration
from secretfence.prefilter.spec import Headed, fold, lazy_regex
from secretfence.verify import DEAD, LIVE, UNEXPECTED, UNKNOWN, Options, Verdict

if TYPE_CHECKING:
    import base64
    import hashlib
    import hmac
    import socket
    import stringprep
    import struct
    import unicodedata

    from secretfence.verify._net import Deadline
else:
    # Only `--verify` logs in (SCRAM with SASLprep, MD5, MySQL scrambles, the wire protocols):
    # kept out of every scan's start-up.
    lazy_modules(globals(), "base64", "hashlib", "hmac", "stringprep", "struct", "unicodedata")


def unquote(text: str, errors: str = "replace") -> str:
    """urllib.parse.unquote, imported when a URI's user or password is read: urllib.parse
    imports ipaddress, 3 ms of every commit hook's start-up."""
    from urllib.parse import unquote as unquote_url

    return unquote_url(text, errors=errors)

# --- what each engine is called, and where it listens by default ----------------------------

ENGINE_NAMES = {
    "postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB", "mongodb": "MongoDB",
    "amqp": "AMQP (RabbitMQ)", "sqlserver": "SQL Server", "oracle": "Oracle", "": "database",
}
DEFAULT_PORTS = {"postgresql": "5432", "mysql": "3306", "mariadb": "3306", "mongodb": "27017", "amqp": "5672",
                 "sqlserver": "1433", "oracle": "1521"}

# --- URIs --------------------------------------------------------------------------------------

# A scheme (JDBC's `jdbc:` prefix allowed), not inside a longer word. `sqlserver` only after
# `jdbc:` (checked in `uris`).
SCHEME = lazy_regex(
    r"(?i)(?<![A-Za-z0-9+.-])(?P<jdbc>jdbc:)?(?P<scheme>postgres(?:ql)?(?:\+[a-z0-9_]{1,20})?|postgis|"
    r"mysql(?:\+[a-z0-9_]{1,20})?|mariadb(?:\+[a-z0-9_]{1,20})?|mongodb(?:\+srv)?|amqps?|sqlserver|"
    # SQLAlchemy's Oracle and SQL Server dialects (`oracle+oracledb://`, `mssql+pyodbc://`)
    r"oracle(?:\+[a-z0-9_]{1,20})?|mssql(?:\+[a-z0-9_]{1,20})?)://"
)
# Where a URI ends in text: whitespace, quotes, angle brackets.
_SCHEME_WORDS = ("postgres", "postgis", "mysql", "mariadb", "mongodb", "amqp", "sqlserver", "oracle", "mssql")
_URI_END = lazy_regex(r"[\s'\"`<>]")
_AUTHORITY_END = lazy_regex(r"[/?#]")
_AUTHORITY_END_SEMICOLON = lazy_regex(r"[/?#;]")  # jdbc:sqlserver://host:1433;user=…;password=…
_PATH_END = lazy_regex(r"[?#]")
_PARAMETER = lazy_regex(r"[?&;](?P<key>[A-Za-z_.-]{1,40})=(?P<value>[^&;#]*)")
# A JDBC URL's properties: its driver reads them to the next `&` or `;`, a `#` being a character like any other (no
# fragment: `jdbc:sqlserver://h:1433;user=app;password=Ab#cd12;encrypt=true`, `jdbc:mysql://h/db?password=Ab#cd12`).
# Microsoft's driver also takes a value in braces, `;password={Ab;cd}`, to hold a `;` (its connection URL's syntax).
_JDBC_PARAMETER = lazy_regex(r"[?&;](?P<key>[A-Za-z_.-]{1,40})=(?P<value>[^&;]*)")
_SQLSERVER_PARAMETER = lazy_regex(r"[?&;](?P<key>[A-Za-z_.-]{1,40})=(?:\{(?P<braced>[^{}]*)\}|(?P<value>[^&;]*))")
_HOST = lazy_regex(r"(?:(?:tcp|unix)\()?(?:\[(?P<v6>[0-9A-Za-z:.%]*)\]|(?P<name>[\w.%-]*))(?::(?P<port>\d{1,5}))?")


class Uri:
    """The parts of one database URI that matter here (raw text, as in the file)."""

    __slots__ = ("scheme", "jdbc", "user", "password", "host", "port", "path", "parameters", "span")

    def __init__(self, scheme: str, jdbc: bool, user: str, password: str, host: str, port: str, path: str,
                 parameters: Dict[str, str], span: Tuple[int, int]) -> None:
        self.scheme = scheme
        self.jdbc = jdbc
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.path = path
        self.parameters = parameters  # lower-case keys; the first value of each
        self.span = span  # where it stands on the line


def uris(line: str) -> Iterator[Uri]:
    """Every database URI on the line, in one pass.

    Each URI's text runs from its scheme to the first delimiter or the next scheme, whichever
    comes first: the spans never overlap, so the work is linear in the line's length however
    many (or however broken) URIs it holds.
    """
    found = list(SCHEME.finditer(line))
    for number, scheme_match in enumerate(found):
        scheme = scheme_match.group("scheme").lower()
        jdbc = scheme_match.group("jdbc") is not None
        start = scheme_match.end()
        limit = found[number + 1].start() if number + 1 < len(found) else len(line)
        delimiter = _URI_END.search(line, start, limit)
        end = delimiter.start() if delimiter else limit
        if scheme == "sqlserver" and not jdbc:
            continue
        authority_end_pattern = _AUTHORITY_END_SEMICOLON if scheme == "sqlserver" else _AUTHORITY_END
        authority_end_match = authority_end_pattern.search(line, start, end)
        authority_end = authority_end_match.start() if authority_end_match else end
        at = line.rfind("@", start, authority_end)
        if at < 0 and authority_end < end:
            at, authority_end = _unescaped_userinfo(line, start, authority_end, end, authority_end_pattern)
        user = password = ""
        host_start = start
        if at >= 0:
            user, _, password = line[start:at].partition(":")
            host_start = at + 1
        host_match = _HOST.match(line, host_start, authority_end)
        host = port = ""
        if host_match is not None:
            host = host_match.group("v6") if host_match.group("v6") is not None else host_match.group("name") or ""
            port = host_match.group("port") or ""
        path = ""
        if authority_end < end and line[authority_end] == "/":
            path_end = _PATH_END.search(line, authority_end + 1, end)
            path = line[authority_end + 1:path_end.start() if path_end else end]
        parameters: Dict[str, str] = {}
        parameter_pattern = (_SQLSERVER_PARAMETER if scheme == "sqlserver" else _JDBC_PARAMETER) if jdbc else _PARAMETER
        for parameter in parameter_pattern.finditer(line, authority_end, end):
            value = parameter.group("value")
            parameters.setdefault(parameter.group("key").lower(), parameter.group("braced") if value is None else value)
        yield Uri(scheme, jdbc, user, password, host, port, path, parameters, (scheme_match.start(), end))


def _unescaped_userinfo(line: str, start: int, authority_end: int, end: int,
                        authority_end_pattern: Any) -> Tuple[int, int]:
    """(the `@`, the authority's end) when a password holds a `?`, `#` or `/` unescaped, as people
    write them (`postgresql://app:Harbor7357?@db:5432/app`): the userinfo then runs to the first
    `@` past the apparent end, if a `user:` comes before and a host name follows; a port before
    the `/`, `?` or `#` (`db:5432/app?x=a@b`) says it was the authority after all. (-1, end) else."""
    colon = line.find(":", start, authority_end)
    at = line.find("@", authority_end, end)
    if colon < 0 or at < 0 or line[colon + 1:authority_end].isdigit():
        return -1, authority_end
    host = _HOST.match(line, at + 1, end)
    if host is None or not (host.group("name") or host.group("v6")):
        return -1, authority_end
    after = authority_end_pattern.search(line, at + 1, end)
    return at, after.start() if after else end


def engine_of(scheme: str) -> str:
    base = scheme.split("+", 1)[0]
    if base in ("postgres", "postgresql", "postgis"):
        return "postgresql"
    if base in ("amqp", "amqps"):
        return "amqp"
    if base == "mssql":
        return "sqlserver"
    return base  # mysql, mariadb, mongodb, sqlserver


_TLS_VALUES = frozenset({"require", "required", "verify-ca", "verify-full", "verify_ca", "verify_identity",
                         "true", "1", "yes", "skip-verify"})


def tls_required(engine: str, scheme: str, parameters: Dict[str, str]) -> bool:
    """Whether the client named would only talk TLS (sslmode=require, ssl=true, amqps, +srv…)."""
    if scheme in ("amqps", "mongodb+srv"):
        return True
    for key in ("sslmode", "ssl-mode", "ssl_mode", "ssl", "usessl", "tls", "requiressl"):
        if parameters.get(key, "").lower() in _TLS_VALUES:
            return True
    return False


# --- go-sql-driver/mysql DSNs: user:password@tcp(host:port)/db ----------------------------------

_GO_DSN_ADDRESS = lazy_regex(r"@(?:tcp6?|unix)\((?P<address>[^()\s'\"`]*)\)(?:/(?P<database>[\w$-]*))?")
_TOKEN_END = lazy_regex(r"[\s'\"`<>]")


def go_dsns(line: str) -> Iterator[Tuple[str, str, str, str, str, Tuple[int, int]]]:
    """(user, password, host, port, database, span) of each `user:password@tcp(host:port)/db`.

    The text before `@tcp(` is read back to the previous delimiter, another DSN's end, or an
    `=`/`(`/`,` (as in `DSN=root:pw@tcp(…)`): each character is read once.
    """
    previous_end = 0
    for address in _GO_DSN_ADDRESS.finditer(line):
        start = previous_end
        for delimiter in _TOKEN_END.finditer(line, previous_end, address.start()):
            start = delimiter.end()
        previous_end = address.end()
        userinfo = line[start:address.start()]
        if "://" in userinfo:
            continue  # a URI: `uris` reads it
        for separator in "=(,":
            userinfo = userinfo.rsplit(separator, 1)[-1]
        user, colon, password = userinfo.partition(":")
        if not colon:
            continue
        host, _, port = address.group("address").rpartition(":") if ":" in address.group("address") else (
            address.group("address"), "", "")
        if address.group(0).startswith("@unix"):
            host, port = "", ""
        yield user, password, host.strip("[]"), port, address.group("database") or "", (start, address.end())


# --- libpq key=value strings: host=db dbname=app user=app password=… ----------------------------

LIBPQ_KEYWORDS = frozenset({
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "connect_timeout", "client_encoding",
    "options", "application_name", "fallback_application_name", "keepalives", "sslmode", "sslcert", "sslkey",
    "sslrootcert", "sslcrl", "requiressl", "gssencmode", "krbsrvname", "service", "target_session_attrs",
    "load_balance_hosts", "channel_binding", "require_auth", "sslnegotiation",
})
_LIBPQ_PAIR = lazy_regex(r"(?<![\w.$-])(?P<key>[a-z_]{2,30})\s*=\s*(?:'(?P<sq>(?:[^'\\\n]|\\.)*)'|(?P<bare>[^\s'\"\\]+))")


def libpq_strings(line: str) -> Iterator[Tuple[Dict[str, str], Tuple[int, int]]]:
    """Runs of libpq `keyword=value` pairs separated by white space only, as ({keyword: value},
    span) (a quoted value without its quotes), each holding a password and a host or database."""
    group: Dict[str, str] = {}
    group_start = last_end = -1
    for pair in _LIBPQ_PAIR.finditer(line):
        key = pair.group("key")
        adjacent = last_end >= 0 and not line[last_end:pair.start()].strip()  # gaps never overlap: linear
        if not adjacent or key not in LIBPQ_KEYWORDS:
            if _is_libpq_dsn(group):
                yield group, (group_start, last_end)
            group = {}
            group_start = pair.start()
        if pair.group("bare") is not None and pair.group("bare").endswith(","):
            # `password=password, host='db'`: a call's keyword arguments (SQLAlchemy's `URL.create(…)`), not
            # a conninfo, whose pairs blanks alone separate (a host list's commas stand inside a value)
            if _is_libpq_dsn(group):
                yield group, (group_start, last_end)
            group, last_end = {}, -1
            continue
        if key in LIBPQ_KEYWORDS:
            quoted = pair.group("sq")
            group.setdefault(key, quoted if quoted is not None else pair.group("bare"))
            last_end = pair.end()
        else:
            last_end = -1
    if _is_libpq_dsn(group):
        yield group, (group_start, last_end)


def _is_libpq_dsn(group: Dict[str, str]) -> bool:
    return "password" in group and ("host" in group or "hostaddr" in group or "dbname" in group)


def libpq_unescape(value: str) -> str:
    """A quoted libpq value's text: `\\'` and `\\\\` stand for `'` and `\\`."""
    return re.sub(r"\\(.)", r"\1", value)


# --- ADO.NET / ODBC connection strings: Server=…;Database=…;User Id=…;Password=… --------------------

_ADO_PAIR = lazy_regex(
    r"(?i)(?:^|(?<=[;\"'\s{(]))(?P<key>[a-z][a-z ]{0,24}?)\s*=\s*(?P<value>\{[^}\n]*\}|[^;\"'\n]*)"
)
_ADO_SERVER_KEYS = frozenset({"server", "data source", "host", "address", "addr", "network address", "hostname"})
_ADO_DATABASE_KEYS = frozenset({"database", "initial catalog", "uid", "user id", "userid", "user", "username",
                                "driver", "provider"})
_ADO_PASSWORD_KEYS = frozenset({"password", "pwd"})
_ADO_KEYS = _ADO_SERVER_KEYS | _ADO_DATABASE_KEYS | _ADO_PASSWORD_KEYS | {"port"}


def ado_strings(line: str) -> Iterator[Dict[str, str]]:
    """The line's ADO/ODBC connection string as {key: value} (lower-case keys), when it names a
    password, a server and a database, user or driver, with `;` between its pairs."""
    pairs: Dict[str, str] = {}
    passwords: List[str] = []
    for pair in _ADO_PAIR.finditer(line):
        key = " ".join(pair.group("key").lower().split())
        value = pair.group("value").strip()
        inner_key, equals, inner_value = value.partition("=")
        inner_key = " ".join(inner_key.lower().split())
        if equals and inner_key in _ADO_KEYS:  # `DB=Host=h;…`: the string is the setting's value
            key, value = inner_key, inner_value.strip()
        if len(value) >= 2 and value[0] + value[-1] == "{}":
            value = value[1:-1]
        if key in _ADO_PASSWORD_KEYS:
            passwords.append(value)
        else:
            pairs.setdefault(key, value)
    if passwords and pairs.keys() & _ADO_SERVER_KEYS and pairs.keys() & _ADO_DATABASE_KEYS:
        for password in passwords:
            yield {**pairs, "password": password}


def ado_engine(pairs: Dict[str, str]) -> str:
    """The engine an ADO-style string is for: its driver or provider, its port, else its keys
    (Npgsql's are Host and Username; SQL Server's Server or Data Source and User ID)."""
    named = fold(" ".join((pairs.get("driver", ""), pairs.get("provider", "")))).strip()
    port = pairs.get("port", "")
    if "maria" in named:
        return "mariadb"
    if "mysql" in named or port == "3306":
        return "mysql"
    if "postgres" in named or "npgsql" in named or "pgsql" in named or port == "5432":
        return "postgresql"
    if not named and "host" in pairs and "server" not in pairs and "data source" not in pairs:
        return "postgresql"
    return "sqlserver"


# An ODBC/ADO string split over adjacent literals, one item a line (Python's implicit
# concatenation in parentheses, `+` / `&` in C#, Java, VB): lines made of literals alone.
_ONE_LITERAL = lazy_regex(r"""@?"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'""")
_LITERAL = r"""(?:@?"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
_LITERAL_LINE = lazy_regex(
    r"^[ \t+&(]*" + _LITERAL + r"(?:[ \t+&]*" + _LITERAL + r")*[ \t]*(?:(?:[+&_\\,]|\)[ \t]*;?|;)[ \t]*)?$"
)
# A URL-encoding call around one literal, as a URI's password is written between its literals (`'mongodb+srv://app:' +
# encodeURIComponent('<pw>') + '@cluster0…'`, Python's `quote_plus("<pw>")`, Go's `url.QueryEscape("<pw>")`, PHP's
# `rawurlencode('<pw>')`, Java's `URLEncoder.encode("<pw>", "UTF-8")`, C#'s `Uri.EscapeDataString("<pw>")`): the
# literal is the password, read as the literal it encodes.
_ENCODING_CALL = lazy_regex(
    r"""(?<![\w$])(?:encodeURIComponent|encodeURI|(?:urllib\.parse\.|urllib\.|parse\.)?quote(?:_plus)?|"""
    r"""url\.(?:QueryEscape|PathEscape)|rawurlencode|urlencode|URLEncoder\.encode|Uri\.EscapeDataString|"""
    r"""(?:CGI|URI)\.(?:escape|encode_www_form_component))\([ \t]*(?P<literal>""" + _LITERAL +
    r""")[ \t]*(?:,[ \t]*(?:""" + _LITERAL + r"""|[\w.]{1,64})[ \t]*)?\)""")


def unwrapped_encodings(text: str) -> str:
    """The text with each URL-encoding call of one literal replaced by the literal (see _ENCODING_CALL)."""
    if "(" not in text or _ENCODING_CALL.search(text) is None:
        return text
    return _ENCODING_CALL.sub(lambda call: call.group("literal"), text)


_ADO_PASSWORD_ITEM = lazy_regex(r"(?i)(?:^|;)[ \t]*(?:pwd|password)[ \t]*=")
# JSON has no concatenation: its lines of strings are items (a notebook's cells are read as code).
_NO_CONCATENATION = (".json", ".ipynb", ".geojson", ".jsonl")
_EXPRESSION_OPENS = ("(", "+", "&", "_", "\\", "=", '"', "'")
MAX_SPLIT_LINES = 8
MAX_SPLIT_LINE = 1024  # one item of a split string is short: a longer line is not read as one


def _is_literal_line(text: str) -> bool:
    return len(text) <= MAX_SPLIT_LINE and _LITERAL_LINE.match(unwrapped_encodings(text)) is not None


def split_ado_strings(lines: Sequence[str], index: int) -> Iterator[Dict[str, str]]:
    """The ADO/ODBC string the literal-only line belongs to, assembled from its neighbours (up
    to MAX_SPLIT_LINES each way, and the line that opens the expression), as `ado_strings` reads it."""
    assembled, own = _split_literals(lines, index)
    if not any(_ADO_PASSWORD_ITEM.search(literal) for literal in own):
        return
    for pairs in ado_strings(assembled):
        if pairs["password"] and any(pairs["password"] in literal for literal in own):
            yield pairs


def split_uris(lines: Sequence[str], index: int) -> Iterator[Uri]:
    """The database URI the literal-only line goes on with, assembled as split_ado_strings assembles: a JDBC URL's
    properties in the literals after its scheme's, as Java and C# break a long one (`"jdbc:sqlserver://h:1433;"` then
    `+ "user=app;password=…;encrypt=true"`). Only a password standing in the line's own literal, of a URI whose
    scheme stands in another line's (one on the line itself is the line's own reading)."""
    assembled, own = _split_literals(lines, index)
    if "://" not in assembled:
        return
    for uri in uris(assembled):
        # (a password in the literal holding the scheme is the line's own reading: one in a literal of its own, after
        # the scheme's on the line, `'mongodb+srv://app:' + '<pw>' +`, is this one)
        if any(password and any(password in literal and "://" not in literal for literal in own)
               for password in (uri.password, uri.parameters.get("password", ""))):
            yield uri


def split_libpq_strings(lines: Sequence[str], index: int) -> Iterator[Dict[str, str]]:
    """The libpq conninfo the literal-only line belongs to, assembled as split_ado_strings assembles
    (C's and C++'s adjacent literals, `"host=db dbname=app "` then `"user=app password=… sslmode=…"`;
    Python's in parentheses; `+` joins), as `libpq_strings` reads it: a password in the line's own
    literal, its host or database in another's."""
    assembled, own = _split_literals(lines, index)
    if not any("password" in literal for literal in own):
        return
    for pairs, _ in libpq_strings(assembled):
        if pairs["password"] and any(pairs["password"] in literal for literal in own):
            yield pairs


def _split_literals(lines: Sequence[str], index: int) -> Tuple[str, List[str]]:
    """(the text of the literals of the expression the literal-only line belongs to, joined; the
    line's own literals' texts)."""
    first = index
    while first > max(0, index - MAX_SPLIT_LINES) and _is_literal_line(line_text(lines, first - 1)):
        first -= 1
    last = index
    while last < min(len(lines) - 1, index + MAX_SPLIT_LINES) and _is_literal_line(line_text(lines, last + 1)):
        last += 1
    texts = [unwrapped_encodings(line_text(lines, number)) for number in range(first, last + 1)]
    opening = line_text(lines, first - 1)[-MAX_SPLIT_LINE:] if first > 0 else ""
    if opening.rstrip().endswith(_EXPRESSION_OPENS):
        texts.insert(0, opening)
    assembled = "".join(found.group(1) if found.group(1) is not None else found.group(2)
                        for text in texts for found in _ONE_LITERAL.finditer(text))
    own = [found.group(1) if found.group(1) is not None else found.group(2)
           for found in _ONE_LITERAL.finditer(unwrapped_encodings(line_text(lines, index)))]
    return assembled, own


# --- settings named for a database, and password= near a database client ----------------------

# Names are runs of [\w.-]; one holding a password word is found from the word (on the folded
# line), then read back to its start and on to its end, once.
_PASSWORD_WORD = lazy_regex(r"pass|pwd")
_RUN_REST = lazy_regex(r"[\w.-]*")
_DATABASE_NAME = lazy_regex(
    r"postgres|mysql|mariadb|mongo|rabbitmq|amqp|datasource|database|(?<![a-z0-9])(?:pg|db|sql|psql)(?:[._-]|pass|pwd)"
)
_NOT_A_PASSWORD_NAME = lazy_regex(r"file|path|dir")
# A PowerShell expression, bare: a variable's member or method (`$cred.GetNetworkCredential().Password`, read up to its
# call's `(`; `$secrets.Db.Password`, `$cred.Password`) or a subexpression's command (`(Get-Secret -Name Db -AsPlainText)`,
# `($vault.Read())`): what the script reads from a credential object or a vault at run time, no literal. Read so in a
# PowerShell file or a pipeline's inline PowerShell step (Azure Pipelines' `- powershell: |`, `- pwsh: |`), or on a
# line setting PowerShell's environment drive (`$env:PGPASSWORD = …`); a bare `$name` alone is a reference anywhere
# (is_real).
_POWERSHELL_EXPRESSION = lazy_regex(r"^(?:\$[A-Za-z_]\w{0,63}(?:\.[A-Za-z_]\w{0,63}){1,8}(?:\(|$)|\((?:\$|[A-Za-z]{2,20}-[A-Za-z]))")
# A literal inside such a subexpression: its command's argument. A name it reads by (Get-Secret's `-Name 'BillingDb'`,
# `-Vault`, a path, a prompt; a vault command's first argument, `(Get-Secret 'BillingDb')`) leaves it an expression;
# any other literal there (`(Write-Output '…')`, `(Invoke-Decrypt -Text '…')`) is the password the command hands on.
_POWERSHELL_LITERAL = lazy_regex(
    r"""(?P<head>(?i:-(?:name|vault|vaultname|secretname|path|literalpath|target|prompt|id|keyvaultname)[ \t]+)"""
    r"""|(?i:\((?:get-secret|get-azkeyvaultsecret|get-storedcredential|get-content|read-host|get-ssmparametervalue)[ \t]+))?"""
    r"""(?:'(?P<sq>[^'\n]{1,256})'|"(?P<dq>[^"\n]{1,256})")""")
_POWERSHELL_EXPRESSION_READ = 512  # characters of a subexpression read for its literals
_POWERSHELL_SUFFIXES = (".ps1", ".psm1", ".psd1")
_POWERSHELL_BLOCKS = frozenset({"powershell", "pwsh"})  # (a pipeline's inline script, read under its step's key)


def _powershell_literal(text: str) -> str:
    """The literal a PowerShell subexpression (`text` from its `(`) hands its command, not as a name it reads by; none
    ("") where it holds only names (see _POWERSHELL_LITERAL)."""
    for found in _POWERSHELL_LITERAL.finditer(text):
        if found.group("head") is None:
            return found.group("sq") or found.group("dq") or ""
    return ""


# A bare value opening a call: a dotted name or a function's lower-case name, then `(` (InfluxDB Flux's
# `secrets.get(key: "PG_PASS")`, a template's `env("DB_PASSWORD")`, HCL's `file(…)`): an expression.
# (`Hunter2(prod)` is a password holding a parenthesis.)
_OPENS_A_CALL = lazy_regex(r"^(?:[A-Za-z_]\w{0,63}(?:\.[A-Za-z_]\w{0,63}){1,6}|[a-z_][a-z0-9_]{0,63})\(")
# A last word that names text about the setting, not the setting: a settings page's description, help,
# label or hint for it (Moodle's language strings, `$string['dbpass_desc'] = 'Password of the … account.'`;
# `DB_PASSWORD_HELP`, `dbPasswordLabel`): prose for the admin who fills the password in.
_DESCRIBING_WORDS = ("desc", "descr", "description", "help", "helptext", "hint", "label", "lbl", "tooltip", "caption",
                     "title", "placeholder", "prompt", "heading", "legend", "explanation", "link", "msg", "message",
                     "error", "err")
_DESCRIBING_SUFFIX = lazy_regex(
    r"(?:[._-](?i:" + "|".join(_DESCRIBING_WORDS) + r")|(?<=[a-z0-9])(?:"
    + "|".join(word.capitalize() for word in _DESCRIBING_WORDS) + r"))$"
)
_ASSIGNED = lazy_regex(
    SETTING_ASSIGNMENT + r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]][^\s"'`,;)}\]]*))"""
)
# A declaration typing its name after a colon, then its literal: Ada's `Db_Password : constant String := "…";`
# (`aliased`, a constrained `String (1 .. 16)`), Pascal's typed constant `DbPassword: string = '…';`.
_DECLARATION_HEAD = lazy_regex(TYPED_DECLARATION)
_DECLARATION_WORDS = frozenset({"constant", "aliased"})
_DECLARED = lazy_regex(TYPED_DECLARATION + r"""[ \t]*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)')(?P<bare>(?!))?""" + STATEMENT_ENDS)
# `password=` / `"passwd": …`, found on the folded line (a literal prefix: a fast search), its
# value then read from the line itself; it must follow the line's start or one of \s,;({"'.
_KWARG_NAME = lazy_regex(r"passw(?:or)?d")
_KWARG_VALUE = lazy_regex(
    r"""(?i)passw(?:or)?d["']?\s*(?:=|:)\s*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]][^\s"'`,;)}\]]*))"""
)
_KWARG_BEFORE = frozenset(" \t\r\n\v\f,;({\"'")


def password_kwargs(line: str, folded: str) -> Iterator["re.Match[str]"]:
    """What `(?i)(?:^|[\\s,;({"'])["']?(?:password|passwd)["']?\\s*[=:]\\s*VALUE` finds with
    finditer (one match per value, groups dq / sq / bare), without trying that alternation at
    every offset of the line. `folded` is `fold(line)` (same offsets)."""
    position = 0
    while True:
        name = _KWARG_NAME.search(folded, position)
        if name is None:
            return
        start = name.start()
        if start == 0 or line[start - 1] in _KWARG_BEFORE or line[start - 1].isspace():
            found = _KWARG_VALUE.match(line, start)
            if found is not None:
                yield found
                position = found.end()
                continue
        position = start + 1
# A database client (looked for as lower-case literals: many `in` tests are far cheaper than one
# regex alternation on every line near a password), Django's DATABASES, Spring's datasource, or
# a YAML `database:` section.
_CLIENT_WORDS = ("psycopg", "pymysql", "mysqldb", "mysql.connector", "mariadb.connect", "asyncpg", "pg8000",
                 "aiomysql", "aiopg", "pymongo", "mongoclient", "mongoengine", "motor_asyncio", "import pika",
                 "pika.", "aio_pika", "create_engine", "django.db.backends")
_SETTINGS_BLOCK = lazy_regex(
    r"\b(?:databases|datasource)\b[\"']?\s*[:=({]|^[ \t]*[\"']?database[\"']?[ \t]*:[ \t]*(?:#.*)?$", re.MULTILINE
)

_ENGINE_WORDS = ("postgres", "mysql", "mariadb", "redshift", "sqlserver", "mssql", "oracle", "cockroach")
_ENGINE_SETTING = lazy_regex(
    r"""^[ \t]*(?:-[ \t]+)?["']?(?:type|engine|adapter|driver|dialect|db_?type)["']?[ \t]*[:=][ \t]*["']?"""
    r"(?:postgres(?:ql)?|postgis|mysql2?|mariadb|redshift|sqlserver|mssql|oracle|cockroachdb)\b",
    re.MULTILINE,
)
# A YAML `password:` under a key naming a database (Helm values `postgresql: auth: password:`,
# `mysql:`, `database:`, `db:`), and a Terraform database resource's `password` / `master_password`.
# A plain scalar holds a `#` that follows a non-blank (`Raven#cobalt`): only ` #` starts a comment.
_YAML_PASSWORD = lazy_regex(
    r"""^[ \t]*(?:-[ \t]+)?["']?(?:password|passwd|pass|pwd|\w*_password|\w+Password)["']?[ \t]*:[ \t]*"""
    r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'#&*!|>{\[]\S*))[ \t]*(?:#.*)?$"""
)
_DATABASE_PARENT = lazy_regex(
    r"(?i)^(?:postgres(?:ql)?|postgis|mysql|mariadb|mongo(?:db)?|database|databases|db|rds|datasource|pg|sql)(?:[_-]?\w*)?$"
)
_TF_PASSWORD = lazy_regex(r'^[ \t]*(?:master_)?password[ \t]*=[ \t]*"(?P<dq>[^"\n$]*)"')
_TF_DATABASE_BLOCK = lazy_regex(
    r'^\s*resource\s+"(?:aws_db_instance|aws_rds_cluster|aws_redshift_cluster|aws_docdb_cluster|google_sql_user|'
    r'azurerm_(?:postgresql|mysql|mssql|mariadb)\w*|digitalocean_database_user|postgresql_role|mysql_user)"'
)
_TF_BLOCK = lazy_regex(r"^\s*(?:resource|data|module|variable|output|provider|locals)\b")
_MAX_PARENT_LINES = 200


def _in_terraform_database_block(lines: Sequence[str], index: int) -> bool:
    """The nearest block opening above the line is a database resource (or its user)."""
    for other in range(index - 1, max(-1, index - _MAX_PARENT_LINES), -1):
        text = line_text(lines, other)
        if _TF_BLOCK.match(text):
            return _TF_DATABASE_BLOCK.match(text) is not None
    return False


# RDS, Aurora, DocumentDB and Redshift name the database's own user the master user.
_MASTER_PASSWORD = lazy_regex(r"(?<![a-z0-9])master_?(?:user_?)?(?:password|pass|pwd)")
_DATABASE_DESCRIPTION = lazy_regex(r"(?i)\b(?:rds|aurora|redshift|docdb|documentdb|database|db|postgres(?:ql)?|mysql|"
                                   r"mariadb|mongo(?:db)?|sql)\b")


def _names_a_database_password(name: str, value: str, description: str) -> bool:
    """A Terraform variable holds a database password: its name says password and a database
    (or RDS's `master_password`), or says password and its description a database."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential  # it imports this module

    folded = fold(name)
    if not _PASSWORD_WORD.search(folded) or not names_a_credential(name):
        return False  # db_password_secret_name, master_password_file: a name, a path
    return bool(_DATABASE_NAME.search(folded) or _MASTER_PASSWORD.search(folded)
                or _DATABASE_DESCRIPTION.search(description))


# MySQL option files (my.cnf, ~/.my.cnf, conf.d/*.cnf, my.ini): `password = …` in a client section.
MYSQL_OPTION_FILE = lazy_regex(r"(?i)(?:^|[/\\!])(?:[^/\\!]*\.cnf|my(?:-[\w.-]+)?\.ini)$")
_OPTION_PASSWORD = lazy_regex(r"""^[ \t]*password[ \t]*=[ \t]*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s#;]+))""")


def named_settings(line: str, folded: str, reported: Optional[List[int]] = None) -> Iterator["re.Match[str]"]:
    """Values assigned to names like POSTGRES_PASSWORD or spring.datasource.password (groups
    dq / sq / bare). `folded` is `fold(line)` (same offsets).

    Each run is read once: a password word inside a run already read is skipped, and reading
    back never passes the end of the previous run. `reported[0]`, where the caller gives it, is the
    end of the last value it reported: a setting inside that value is part of it, not read again
    (`spring.datasource.password=` repeated over a megabyte: each setting's bare value ran to the
    line's end, and each was judged, 4,000 settings took 29 s before stop 61); the line is reported already.
    """
    read_to = 0
    for word in _PASSWORD_WORD.finditer(folded):
        if word.start() < read_to or (reported is not None and word.start() < reported[0]):
            continue
        start = word.start()
        start = name_start(line, start, read_to)
        end = _RUN_REST.match(line, word.end()).end()
        read_to = end
        if line.endswith("$", 0, start) or line.endswith("${", 0, start):
            continue  # `${POSTGRES_PASSWORD:?set it}`: a reference to the variable, no assignment
        if _DATABASE_NAME.search(folded, start, end) is None:
            continue
        if _NOT_A_PASSWORD_NAME.search(folded, start, end):
            continue  # POSTGRES_PASSWORD_FILE, PGPASSFILE: a path, not a password
        if _DESCRIBING_SUFFIX.search(line, start, end):
            continue  # dbpass_desc, DB_PASSWORD_HELP: the text a settings page shows about it
        value = _DECLARED.match(line, end) if ":" in line else None  # (Ada's `Db_Password : constant String := "…"`)
        if value is None:
            value = _ASSIGNED.match(line, end)
            if value is not None and value.group("bare") in _DECLARATION_WORDS and _DECLARATION_HEAD.match(line, end):
                continue  # (a declaration's `constant`, its value no literal: `To_Unbounded_String (…)`)
        if value is not None:
            yield value


# --- command lines and .pgpass -----------------------------------------------------------------

# A database client on a command line (shell history, scripts, CI steps, Dockerfiles): the MySQL
# family takes its password attached (`-pSECRET`, `--password=SECRET`; a detached `-p x` prompts
# and names database x), sqlcmd and bcp a separate `-P SECRET`.
CLIENT_COMMAND = lazy_regex(
    r"(?<![\w.-])(?P<tool>mysql(?:dump|admin|import|check|show|pump|sh|binlog)?|mariadb(?:-?dump|-?admin|-?import|-?check)?|"
    r"sqlcmd|bcp)(?:\.exe)?(?=[ \t])"
)
_VALUE = r"""(?:'(?P<sq>[^'\n]*)'|"(?P<dq>[^"\n]*)"|(?P<bare>[^\s'";|&<>`]+))"""
_MYSQL_PASSWORD = lazy_regex(r"(?<=[ \t])(?:-p|--password=)" + _VALUE)
_SQLCMD_PASSWORD = lazy_regex(r"(?<=[ \t])-P[ \t]+" + _VALUE)
_MYSQL_USER = lazy_regex(r"(?<=[ \t])(?:-u[ \t]*|--user=)(?P<user>[^\s'\";|&<>`]+)")
_SQLCMD_USER = lazy_regex(r"(?<=[ \t])-U[ \t]+(?P<user>[^\s'\";|&<>`]+)")
_MYSQL_HOST = lazy_regex(r"(?<=[ \t])(?:-h[ \t]*|--host=)(?P<host>[^\s'\";|&<>`]+)")
_SQLCMD_HOST = lazy_regex(r"(?<=[ \t])-S[ \t]+(?P<host>[^\s'\";|&<>`]+)")
# A command ends at `;`, `|`, `&` or a closing `)`, outside quotes (`-p'Ember&8613'` holds one).
_COMMAND_END = lazy_regex(r"""(?:'[^'\n]*'|"[^"\n]*"|[^;|&'"\n])*?(?P<end>[;|&]|\)\s*$)""")

# ~/.pgpass (and %APPDATA%\postgresql\pgpass.conf): hostname:port:database:username:password,
# `\:` and `\\` escaped; `*` matches anything in the first four fields.
# A libpq password file under its own name or a deployed copy's (`files/pgpass.prod`, `pgpass-staging`,
# `billing.pgpass`); not a program or document about one (`pgpass.py`, `pgpass.md`).
# (stop 62) A copy kept as text or as a backup (`pgpass_backup.txt`, `pgpass-old.txt`, `.pgpass.bak`): the same lines.
_PGPASS_COPY = r"(?:\.(?:txt|bak|backup|old|orig|save|copy))?"
_PGPASS_NAME = (r"\.?pgpass(?:\.conf)?" + _PGPASS_COPY + r"|\.?pgpass[._-](?!(?:py|pyi|go|rb|js|ts|sh|md|rst|java|rs|c|h|pl|php|"
                r"ps1|bat|html|xml|json|ya?ml|toml)$)[\w-]{1,40}" + _PGPASS_COPY + r"|[\w.-]{1,80}\.pgpass" + _PGPASS_COPY)
PGPASS_FILE = lazy_regex(r"(?i)(?:^|[/\\!])(?:" + _PGPASS_NAME + r")$")
# PgBouncer's auth_file (userlist.txt): `"user" "password"` a line; the password may be stored
# plain, as an md5 hash (`md5…`) or a SCRAM verifier (`SCRAM-SHA-256$…`): only plain ones count.
USERLIST_FILE = lazy_regex(r"(?i)(?:^|[/\\!])(?:pgbouncer[^/\\!]*[/\\!])?userlist\.txt$")
_USERLIST_LINE = lazy_regex(r'^[ \t]*"(?P<user>(?:[^"\n]|"")+)"[ \t]+"(?P<password>(?:[^"\n]|"")+)"')
# A PGPASS_FILE or USERLIST_FILE: every line a candidate.
WHOLE_FILES = lazy_regex(r"(?i)(?:^|[/\\!])(?:" + _PGPASS_NAME + r"|userlist\.txt)$")
_PGPASS_FIELD = lazy_regex(r"(?:[^:\\\n]|\\.)*")


def pgpass_fields(line: str) -> Optional[List[str]]:
    """The five fields of a .pgpass line (unescaped), or None when it is not one."""
    fields: List[str] = []
    position = 0
    while len(fields) < 5:
        found = _PGPASS_FIELD.match(line, position)
        assert found is not None  # the pattern matches the empty string
        fields.append(re.sub(r"\\(.)", r"\1", found.group(0)))
        position = found.end()
        if position >= len(line) or line[position] != ":":
            break
        position += 1
    return fields if len(fields) == 5 and position >= len(line) else None


# A command's options are read this far; this many commands a line (a line of thousands of
# `mysql` words is no command line a person wrote: each would cost a pass over the rest).
MAX_COMMAND = 4096
MAX_COMMANDS_A_LINE = 16


_FOLDED_ATTACHED_P = rb"[ \t]-p[^\s\\]"
# An Oracle login's contexts (oracle_logins) on folded text, with the `user/` each opens: a client's command,
# `userid=`, SQL*Plus's `connect`; and a setting named for a connection, with a `user/password@` value.
# The words a setting named for an Oracle connection holds (`ORACLE_DSN`, `tns_alias`, `db_connect_string`).
_ORACLE_SETTING_WORDS = ("oracle", "ora_", "tns", "conn", "dsn")
_FOLDED_ORACLE_USER = rb"""["']?(?:[a-z][\w$#]{0,127}|"[^"\n]{1,128}")/"""
_FOLDED_ORACLE_CONTEXT = (rb"""(?:(?:exp|imp|tkprof)(?:\.exe)?(?:[ \t]+-{1,2}[a-z]{1,20})*[ \t]+|userid[ \t]*=[ \t]*"""
                          rb"""|conn(?:ect)?[ \t]+(?:(?:target|catalog|auxiliary)[ \t]+)?)""" + _FOLDED_ORACLE_USER)
_FOLDED_ORACLE_SETTING = (rb"""(?:""" + "|".join(_ORACLE_SETTING_WORDS).encode() + rb""")[\w.-]{0,64}["']?[ \t]*[:=][ \t]*"""
                          + _FOLDED_ORACLE_USER + rb"""(?:"[^"\n]{1,128}"|[^\s/@]{1,130})@""")
# A command continued over lines with a trailing `\` (scripts, Dockerfile RUN, CI steps): the
# options on a continuation line belong to the command named on a line above it.
MAX_CONTINUED_LINES = 12


def continued_command(lines: Sequence[str], index: int) -> Optional[Tuple[str, int]]:
    r"""(the command's text with its continuations joined, where the line `index` starts in it)
    when `lines[index]` continues a database client command begun on a line above; else None.

    Only the lines from the nearest one naming a client down to `index` are joined, each read
    once and each at most MAX_COMMAND long: a file of `\`-ended lines costs a bounded look up."""
    pieces: List[str] = [line_text(lines, index)]
    for other in range(index - 1, max(-1, index - MAX_CONTINUED_LINES), -1):
        text = line_text(lines, other).rstrip()
        if not text.endswith("\\") or len(text) > MAX_COMMAND:
            return None
        pieces.append(" " + text[:-1])
        if CLIENT_COMMAND.search(text) is not None:
            joined = "".join(reversed(pieces))
            return joined, len(joined) - len(pieces[0])
    return None


def command_passwords(line: str, own_from: int = 0) -> Iterator[Tuple[str, str, str, str]]:
    """(tool, password, user, host) of each database client command with a password on the line.

    `own_from`: the line is a command joined over continuation lines, and only a password at or
    after this offset (on the line being read) is reported: the others are their own lines'."""
    for count, command in enumerate(CLIENT_COMMAND.finditer(line)):
        if count >= MAX_COMMANDS_A_LINE:
            return
        limit = min(len(line), max(command.end(), own_from) + MAX_COMMAND)
        end = _COMMAND_END.match(line, command.end(), limit)
        stop = end.start("end") if end else limit
        if stop < own_from:
            continue  # the command ended (`;`, `|`, `&`) before the line being read
        rest = line[command.end() - 1:stop]
        sqlcmd = command.group("tool") in ("sqlcmd", "bcp")
        found = (_SQLCMD_PASSWORD if sqlcmd else _MYSQL_PASSWORD).search(rest, max(0, own_from - command.end() + 1))
        if found is None:
            continue
        user = (_SQLCMD_USER if sqlcmd else _MYSQL_USER).search(rest)
        host = (_SQLCMD_HOST if sqlcmd else _MYSQL_HOST).search(rest)
        yield (command.group("tool"), value_of(found)[0], user.group("user") if user else "",
               host.group("host") if host else "")


# --- SQL statements that set a password, and credential rows of a SQL dump -----------------------

# The password of a statement (PostgreSQL `CREATE|ALTER ROLE|USER … [ENCRYPTED] PASSWORD '…'`,
# SQL Server `CREATE LOGIN … WITH PASSWORD = N'…'`, MySQL `= PASSWORD('…')`, postgres_fdw
# `OPTIONS (user '…', password '…')`): quoted only (`PASSWORD NULL`, `:'var'`, `$1`, `%s`, `?` are not values).
_SQL_QUOTED = r"""(?:N?'(?P<sq>(?:[^'\n]|'')*)'|"(?P<dq>[^"\n]*)")"""
SQL_PASSWORD = lazy_regex(
    r"(?i)(?<![\w$.])(?:OLD_)?PASSWORD(?:\s*=\s*(?:(?:OLD_)?PASSWORD\s*\(\s*)?|\s*\(\s*|\s+)" + _SQL_QUOTED
)
# MySQL/MariaDB `IDENTIFIED [WITH plugin] BY '…'` and Oracle `IDENTIFIED BY pw` (bare or "quoted");
# `IDENTIFIED BY PASSWORD '*…'` gives a hash, `IDENTIFIED WITH auth_socket` none, and Oracle's
# `IDENTIFIED BY VALUES 'S:…;T:…'` (DBMS_METADATA.GET_DDL's, exp's output) the stored verifiers.
SQL_IDENTIFIED = lazy_regex(
    r"(?i)\bIDENTIFIED(?:\s+WITH\s+['\"`]?[\w-]{1,64}['\"`]?)?\s+BY\s+(?!PASSWORD\b|VALUES\b)"
    r"""(?:N?'(?P<sq>(?:[^'\n]|'')*)'|"(?P<dq>[^"\n]*)"|(?P<bare>[^\s'";,()]+))"""
)
# `SET PASSWORD [FOR user] = '…'` (MySQL 5.7+, MariaDB) besides `= PASSWORD('…')`.
SQL_SET_PASSWORD = lazy_regex(r"(?i)\bSET\s+PASSWORD\b[^;=\n]{0,200}=\s*" + _SQL_QUOTED)
# A statement that sets a credential: what must lead the password in its statement.
SQL_HEAD = lazy_regex(
    r"(?i)\b(?:(?P<verb>CREATE|ALTER)\s+(?:OR\s+REPLACE\s+)?(?P<object>ROLE|USER|LOGIN|GROUP|SERVER|DATABASE\s+LINK)"
    r"(?:\s+IF\s+NOT\s+EXISTS)?\s+(?P<user>[`'\"\[]?[\w.$@%-]{1,64})|SET\s+PASSWORD\b|GRANT\b|"
    r"(?:EN|DE)CRYPTION\s+BY\b|UPDATE\s+[`\"]?mysql[`\"]?\.[`\"]?user\b)"
)
# Hashes a statement may set instead of a password: PostgreSQL's md5 and SCRAM verifiers, MySQL's
# `*` + 40 hex (a stolen verifier is sensitive, but it is no password: the keyword plugin warns).
# (SQL Server's `PASSWORD = 0x… HASHED`, as a transformer quoting `key = value` hands it over)
# (a SCRAM verifier by its head, `SCRAM-SHA-256$<iterations>`: detect-secrets' YAML transformer re-reads a
# userlist line's `$4096:…` as a key and gives `SCRAM-SHA-256$4096 = ` as its password)
# A statement's `HASHED` right after the password's literal (SQL Server's `PASSWORD = 0x… HASHED`, the same
# option given a quoted hash): the literal is the stored hash, no password.
_HASHED_AFTER = lazy_regex(r"""(?i)[ \t]*HASHED\b(?![ \t]*[=:"'])""")
_HASH_LITERAL = lazy_regex(r"^0[xX][0-9A-Fa-f]{16,512}$")  # (SQL Server's binary literal of the hash)
_SQL_HASH = lazy_regex(r"(?i)^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$(?:[0-9]{1,7}\b.*|\S*)|\*[0-9a-f]{40}|0x[0-9a-f]{16,512}[ \t]+HASHED\b.*)$")
# The documentation's own example passwords (PostgreSQL's CREATE ROLE page, MySQL's, SQL Server's).
SQL_DOC_EXAMPLES = frozenset({"jw8s0f4", "auth_string", "new_password", "new-password", "newpassword",
                              "old_password", "mypass", "newpass", "new_pass", "340$uuxwp7mcxo7khy"})
# How far a statement is read back for its head: characters on the line, lines above it.
# Documentation (DOCUMENT_SUFFIXES) shows statements to copy: a value there must look chosen, not
# made up for the page.
MAX_SQL_HEAD = 400
MAX_SQL_LINES = 6
MAX_SQL_VALUES_A_LINE = 32


def sql_statement_head(lines: Sequence[str], index: int, start: int) -> "Optional[re.Match[str]]":
    """The last statement head before `start` on the line, in the same statement (back to the
    previous `;`, over up to MAX_SQL_LINES lines above when the statement began there)."""
    text = line_text(lines, index)[max(0, start - MAX_SQL_HEAD):start]
    parts = [text[text.rfind(";") + 1:]]
    if ";" not in text:
        for other in range(index - 1, max(-1, index - 1 - MAX_SQL_LINES), -1):
            above = line_text(lines, other)[-MAX_SQL_HEAD:]
            parts.append(above[above.rfind(";") + 1:])
            if ";" in above:
                break
    head = None
    statement = "\n".join(reversed(parts))
    for head in SQL_HEAD.finditer(statement):
        pass
    if head is not None:
        before = statement[:head.start()]
        if not _leads_a_statement(before[before.rfind("\n") + 1:]):
            return None  # prose: "you must use policies to grant access …" in a service's docs
    return head


# What may stand before a statement's first word: nothing, a quote or parenthesis opening a
# string or call (`execute("GRANT …`, `psql -c "CREATE ROLE …`), a prompt (`app=> `, `mysql> `).
_STATEMENT_LEAD = frozenset("\"'(`>#:")


def _leads_a_statement(before: str) -> bool:
    before = before.rstrip()
    return not before or before[-1] in _STATEMENT_LEAD


def sql_passwords(lines: Sequence[str], index: int, lowered: str) -> Iterator[Tuple[str, str, str]]:
    """(password, statement, user) of each credential a SQL statement on the line sets."""
    line = line_text(lines, index)
    patterns = []
    if "identified" in lowered:
        patterns.append(SQL_IDENTIFIED)
    if "password" in lowered:
        patterns.append(SQL_PASSWORD)
        if "set" in lowered:
            patterns.append(SQL_SET_PASSWORD)
    count = 0
    for pattern in patterns:
        for found in pattern.finditer(line):
            count += 1
            if count > MAX_SQL_VALUES_A_LINE:
                return
            value = value_of(found)[0]
            quote = "'" if found.group("sq") is not None else '"'
            if found.group("sq") is not None:
                value = value.replace("''", "'")
            if "\"'"[quote == '"'] in value or value[:1] in ":?%$&@" or _SQL_HASH.match(value):
                continue  # a quote of the other kind: SQL built by concatenation; a bind variable; a hash
            if _HASH_LITERAL.match(value) and _HASHED_AFTER.match(line, found.end()):
                continue  # `PASSWORD = '…' HASHED`: the statement says the literal is the password's hash
            head = sql_statement_head(lines, index, value_of(found)[1])
            if head is None:
                continue
            statement = " ".join(head.group(0).split()[:2]).upper()
            user = (head.group("user") or "") if head.group("object") not in (None, "SERVER") else ""
            yield value, statement, user.strip("`'\"[]")


# A dump's key/value row: a quoted name holding pass/pwd, then the next value of the same tuple
# (`INSERT INTO settings VALUES ('smtp_password','…')`, WordPress-style `(7,'mail_pass','…','yes')`).
SQL_ROW_PAIR = lazy_regex(
    r"(?i)(?<=[(,])\s*'(?P<key>[\w.:-]{0,40}?(?:pass|pwd)[\w.:-]{0,40})'\s*,\s*(?:_\w{1,16})?"
    r"'(?P<value>(?:[^'\\\n]|\\.|''){1,256})'"
)


def sql_row_credentials(line: str) -> Iterator[Tuple[str, str]]:
    """(key, value) of each credential-named key and literal credential beside it in a row."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential, names_a_credential

    for count, found in enumerate(SQL_ROW_PAIR.finditer(line)):
        if count >= MAX_SQL_VALUES_A_LINE:
            return
        key, value = found.group("key"), found.group("value").replace("''", "'")
        if names_a_credential(key) and is_literal_credential(value, True, False):
            yield key, value


# --- what counts as a real password -----------------------------------------------------------

# --- Oracle connect strings: user/password@connect_identifier ------------------------------------
# Oracle's tools and drivers take the login as one word: SQL*Plus and SQLcl (`sqlplus -s app/pw@db`,
# `CONNECT app/pw@db` in a script), RMAN and DGMGRL, the Data Pump, export/import and SQL*Loader
# clients (`expdp app/pw@db`, `userid=app/pw@db` on their command line or in a parfile), the thin
# and OCI JDBC URLs (`jdbc:oracle:thin:app/pw@//host:1521/svc`) and the drivers' one-string DSN
# (cx_Oracle, python-oracledb, node-oracledb, godror: `"app/pw@host:1521/svc"`). The identifier is
# a TNS alias or EZConnect `[//]host[:port][/service]`; a password holding `/`, `@` or blanks is
# double-quoted (Oracle's own quoting). Read only where one of those contexts says Oracle: the bare
# `a/b@c` shape is everywhere (npm's `@scope/pkg@1.2`, `actions/checkout@v4`).
_ORACLE_LOGIN = (r"""(?P<user>[A-Za-z][\w$#]{0,127}|"[^"\n]{1,128}")/(?:"(?P<qpw>[^"\n]{1,128})"|"""
                 r"""(?P<pw>[^\s/@"'`;|&<>()]{1,128}))""")
_ORACLE_TARGET = r"""@(?P<target>(?://)?[A-Za-z0-9][\w.-]{0,252}(?::\d{1,5})?(?:[/:][\w.$-]{1,128})?)"""
# Where a login starts: the legacy export/import clients' command (`exp app/pw@db file=…`), a `userid=`
# option or parfile line, SQL*Plus's / RMAN's `CONNECT` command, a JDBC Oracle URL. (sqlplus, sqlldr,
# the Data Pump clients, RMAN and DGMGRL on a command line are the literal kind's: _command_lines.)
_ORACLE_CONTEXT = lazy_regex(
    r"""(?i)(?:(?:^|(?<=[\s;|&(`'"/]))(?:exp|imp|tkprof)(?:\.exe)?(?:[ \t]+-{1,2}[A-Za-z]{1,20})*[ \t]+"""
    r"""|(?<![\w.-])(?P<userid>userid)[ \t]*=[ \t]*"""
    r"""|^[ \t]*(?:SQL>[ \t]*|RMAN>[ \t]*|DGMGRL>[ \t]*)?conn(?:ect)?[ \t]+(?:(?:target|catalog|auxiliary)[ \t]+)?"""
    r"""|jdbc:oracle:(?:thin|oci8?|kprb):)(?P<quote>["']?)"""
)
# What each of those contexts must hold, asked of the lowered line first: a case-blind regex reads
# some 25 MB/s, and most lines holding `/` and `@` (URLs, decorators, e-mail addresses) hold none.
_ORACLE_CLIENT_WORD = lazy_regex(r"""(?:^|[\s;|&(`'"/])(?:exp|imp|tkprof)(?:\.exe)?[ \t]""")
_ORACLE_COMMANDS = lazy_regex(r"(?i)\b(?:sqlplus|sqlldr|expdp|impdp|rman|dgmgrl)\b")
_ORACLE_LOGIN_AT = lazy_regex(_ORACLE_LOGIN + r"(?:" + _ORACLE_TARGET + r")?(?![\w/@$])")
# A driver's DSN as a whole string literal (the file names an Oracle driver), or a setting named for
# an Oracle connection: the identifier is required.
_ORACLE_LITERAL = lazy_regex(r"""(?P<q>["'])""" + _ORACLE_LOGIN + _ORACLE_TARGET + r"""(?P=q)""")
_ORACLE_SETTING = lazy_regex(
    r"""(?i)(?<![\w.])[\w.-]{0,64}?(?:""" + "|".join(_ORACLE_SETTING_WORDS) + r""")[\w.-]{0,64}["']?[ \t]*[:=][ \t]*["']?"""
    + _ORACLE_LOGIN + _ORACLE_TARGET + r"""(?=["'\s,;]|$)"""
)
_ORACLE_DRIVERS = ("cx_oracle", "oracledb", "godror", "go-ora", "dbi:oracle", "sqlplus", "jdbc:oracle", "oracle")
_ORACLE_DRIVER_LINES = 200  # how far from the literal its driver may be named (an import at the top)
MAX_ORACLE_LOGINS = 8  # a line's logins read at most
_ORACLE_NOT_PASSWORDS = ("&", "$", "%", ":", "<", "{")  # SQL*Plus's `&pw`, shell / batch variables, bind names, templates


def oracle_logins(lines: Sequence[str], index: int, line: str, lowered: str) -> Iterator[Tuple[str, str, str, str]]:
    """(form, user, password, identifier) of each Oracle login on the line (see above); the
    identifier is empty for a local login (`sqlplus app/pw`)."""
    count = 0
    if "/" not in line:
        return
    contexts = ("userid" in lowered or "conn" in lowered or "jdbc:oracle:" in lowered
                or (("exp" in lowered or "imp" in lowered or "tkprof" in lowered) and _ORACLE_CLIENT_WORD.search(lowered) is not None))
    for context in _ORACLE_CONTEXT.finditer(line) if contexts else ():
        if context.group("userid") is not None and _ORACLE_COMMANDS.search(line) is not None:
            continue  # `sqlldr userid=…` on a command line: the literal kind's
        found = _ORACLE_LOGIN_AT.match(line, context.end())
        if found is None:
            continue
        form = "jdbc" if context.group(0).lower().startswith("jdbc:") else "command"
        yield form, found.group("user"), found.group("qpw") or found.group("pw") or "", found.group("target") or ""
        count += 1
        if count >= MAX_ORACLE_LOGINS:
            return
    if "@" not in line:
        return
    if ("=" in line or ":" in line) and any(word in lowered for word in _ORACLE_SETTING_WORDS):
        for found in _ORACLE_SETTING.finditer(line):
            yield "setting", found.group("user"), found.group("qpw") or found.group("pw") or "", found.group("target")
            count += 1
            if count >= MAX_ORACLE_LOGINS:
                return
    if ('"' in line or "'" in line) and _ORACLE_LITERAL.search(line) is not None and _names_an_oracle_driver(lines, index):
        for found in _ORACLE_LITERAL.finditer(line):
            yield "literal", found.group("user"), found.group("qpw") or found.group("pw") or "", found.group("target")
            count += 1
            if count >= MAX_ORACLE_LOGINS:
                return


_VERSION = lazy_regex(r"^v?\d+(?:\.\d+){0,3}$")
# A package's version as a manifest or a lockfile pins it (`1.0.5`, `^2.3.0`, `~1.2.3-beta.1`): three numbers at least.
_PACKAGE_VERSION = lazy_regex(r"^(?:[~^]|[<>]?=?)?v?\d{1,6}\.\d{1,6}\.\d{1,6}(?:[-+][\w.]{1,64})?$")


def is_version(target: str) -> bool:
    """`pkg/name@1.2.3`, `org/action@v4`: a version after the `@`, no connect identifier."""
    return _VERSION.match(target) is not None


# The literal kind's reader (_code_calls) takes a connect string given to the driver's `connect(…)` as its
# only argument, as a literal or through a name assigned it up to _CALL_LINES above: those are left to it.
_LITERAL_CONNECT_CALL = lazy_regex(r"""(?:cx_Oracle|oracledb)\.connect\([ \t]*["'][^"'\n]*["'][ \t]*\)""")
_ASSIGNED_NAME = lazy_regex(r"""^[ \t]*(?P<name>[A-Za-z_]\w{0,63})[ \t]*(?::[^=\n]{1,64})?=[ \t]*["']""")
_CALL_LINES = 1000


def _given_to_a_connect_call(lines: Sequence[str], index: int, line: str) -> bool:
    """Whether the line's connect string goes to `cx_Oracle.connect(…)` / `oracledb.connect(…)` alone."""
    if "connect(" in line and _LITERAL_CONNECT_CALL.search(line) is not None:
        return True
    assigned = _ASSIGNED_NAME.match(line)
    if assigned is None:
        return False
    call = re.compile(r"(?:cx_Oracle|oracledb)\.connect\([ \t]*" + re.escape(assigned.group("name")) + r"[ \t]*\)")
    return any(call.search(line_text(lines, other)) is not None
               for other in range(index + 1, min(len(lines), index + 1 + _CALL_LINES)) if "connect(" in line_text(lines, other))


def _names_an_oracle_driver(lines: Sequence[str], index: int) -> bool:
    """Whether a line near `index` (an import at the file's top, the call below) names an Oracle driver."""
    for other in range(max(0, index - _ORACLE_DRIVER_LINES), min(len(lines), index + _ORACLE_DRIVER_LINES)):
        text = line_text(lines, other)
        if len(text) > MAX_SPLIT_LINE:
            continue
        lowered = text.lower()
        if "ora" in lowered and any(word in lowered for word in _ORACLE_DRIVERS):
            return True
    return False


# --- Exim's database lookup servers: host/database/user/password ------------------------------
# `hide mysql_servers = db1/exim/exim_ro/<password> : db2/…` (also `pgsql_servers`, `oracle_servers`,
# `ibase_servers`), and a lookup's own `servers=` option (`${lookup mysql{servers=h/db/u/pw; SELECT…}}`):
# each item a server's host (with a port or socket), database, user and password, the list's
# separator `:` (doubled inside an item). Exim's main configuration, spec chapter "More about
# database lookups".
_EXIM_SERVERS = lazy_regex(r"(?i)(?:^[ \t]*(?:hide[ \t]+)?(?P<engine>mysql|pgsql|oracle|ibase)_servers[ \t]*=|"
                           r"\blookup[ \t]+(?P<lookup>mysql|pgsql|oracle|ibase)[ \t]*\{[ \t]*servers[ \t]*=)[ \t]*")
_EXIM_SERVER = lazy_regex(r"[ \t]*(?P<host>[^/\s:(]*(?:::?\d{1,5})?(?:\([^)\s]{0,256}\))?)/(?P<database>[^/\s]*)/"
                          r"(?P<user>[^/\s]*)/(?P<password>(?:[^\s:;}]|::){1,256})[ \t]*(?::(?!:)|;|$)")
MAX_EXIM_SERVERS = 16
_EXIM_ENGINES = {"mysql": "mysql", "pgsql": "postgresql", "oracle": "oracle", "ibase": ""}


def exim_servers(line: str) -> Iterator[Tuple[str, str, str, str, str]]:
    """(engine, host, database, user, password) of each server an Exim lookup's server list names."""
    for context in _EXIM_SERVERS.finditer(line):
        engine = _EXIM_ENGINES[(context.group("engine") or context.group("lookup")).lower()]
        position = context.end()
        for _ in range(MAX_EXIM_SERVERS):
            found = _EXIM_SERVER.match(line, position)
            if found is None:
                break
            yield (engine, found.group("host"), found.group("database"), found.group("user"),
                   found.group("password").replace("::", ":"))
            if found.end() == position or line[found.end() - 1:found.end()] != ":":
                break
            position = found.end()


_FROM_ENVIRONMENT = lazy_regex(r"(?i)^(?:os\.|env|getenv|environ|settings\.|config\.|self\.|\w+\()")
_TEMPLATE_CHARACTERS = lazy_regex(r"[\[\]<>{}]|\$\(")
# Hosts of a developer's machine or a docker-compose network: a password for them is medium.
_DEV_HOSTS = lazy_regex(
    r"(?i)^(?:localhost|localhost\.localdomain|127(?:\.\d{1,3}){3}|0\.0\.0\.0|::1?|host\.docker\.internal|"
    r"(?:db|database|postgres|postgresql|postgis|pg|pgsql|mysql|mariadb|mongo|mongodb|rabbitmq|rabbit|amqp|broker|"
    r"sql|example)(?:[-_]?\d+)?|example\.\w+|[\w.-]*\.(?:example\.\w+|localhost|local|test|invalid))?$"
)


# A development stack's default: the password is the user's or the database's name set beside it
# (compose's `POSTGRES_USER: acme` / `POSTGRES_PASSWORD: acme` / `POSTGRES_DB: acme`, Spring's
# `username=app` / `password=app`), or a weak one its own comment says is for local use only.
_SIBLING_NAME = lazy_regex(
    r"""^[ \t]*(?:-[ \t]+)?(?:export[ \t]+)?["']?[\w.-]*?(?:user|username|user_name|login|db|dbname|db_name|database|"""
    r"""database_name|schema)["']?[ \t]*[:=][ \t]*["']?(?P<value>[^\s"'#,;]{1,128})""", re.IGNORECASE
)
_DEV_ONLY_COMMENT = lazy_regex(
    r"(?i)(?:#|//)[^\n]{0,40}\b(?:local|dev|development|testing|test)\b[^\n]{0,20}\bonly\b"
)
_SIBLING_LINES = 8
_MAX_SIBLING_LINE = 512


def is_dev_default(lines: Sequence[str], index: int, value: str) -> bool:
    """The password on `lines[index]` is a development default (see _SIBLING_NAME above)."""
    if not looks_random(value) and _DEV_ONLY_COMMENT.search(line_text(lines, index)):
        return True
    lowered = value.lower()
    for other in range(max(0, index - _SIBLING_LINES), min(len(lines), index + _SIBLING_LINES + 1)):
        text = line_text(lines, other)
        if other == index or len(text) > _MAX_SIBLING_LINE or lowered not in text.lower():
            continue
        found = _SIBLING_NAME.match(text)
        if found is not None and found.group("value").lower() == lowered:
            return True
        # (the siblings as environment reads with defaults: Strapi's `user: env('DATABASE_USERNAME', 'strapi')`)
        if any(default.lower() == lowered and _SIBLING_VARIABLE.search(name)
               for name, default, _ in env_defaults(text)):
            return True
    return False


# An environment variable naming a database's user or name (`DATABASE_USERNAME`, `DB_USER`, `PGDATABASE`).
_SIBLING_VARIABLE = lazy_regex(r"(?i)(?:user|username|login|(?<!host)name|db|database|schema)$")


# Not the password but where it is kept, or it encrypted: an ARN (a Secrets Manager secret's, an SSM
# parameter's, handed to a CloudFormation stack), Bamboo's encrypted specs value (`BAMSCRT@0@0@…`).
_STORED_ELSEWHERE = lazy_regex(r"^(?:arn:aws[\w-]*:[a-z0-9-]{2,32}:|BAMSCRT@[0-9]{1,3}@[0-9]{1,3}@)")
# A password manager's secret reference: 1Password's `op://<vault>/<item>[/<section>]/<field>` (names of
# letters, digits, `-`, `_`, `.` and blanks: `op://Ops Team/RDS booking/password`, what `op inject` and
# `op run` resolve), Proton Pass's `pass://<vault>/<item>/<field>`. No password opens with the scheme,
# and a reading cut at a name's blank (`op://Ops`) is the same reference's head. (Without blanks,
# is_placeholder knows 1Password's already.)
_MANAGER_SCHEMES = ("op://", "pass://")
# A release pipeline's token, replaced with a variable's value at deployment: `__name__`, the Release Management
# Tokenizer's form and the Replace Tokens task's `doubleunderscores` pattern (`Password=__DmsSqlPassword__;` in a
# Web.Release.config, an appsettings.json). The variable's name keeps its case (is_placeholder reads the capitals'
# `__DB_PASSWORD__` already); letters, digits, `.`, `-` and single `_` between, as pipeline variables are named.
_REPLACED_TOKEN = lazy_regex(r"^__[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+){0,15}__$")


def is_real(value: str, user: str = "") -> bool:
    """Not empty, a placeholder, a stock default, the user's own name, or an environment read."""
    decoded = unquote(value) if "%" in value else value
    lowered = decoded.lower()
    return (
        len(decoded) >= 4
        and not is_placeholder(value)
        and not is_placeholder(decoded)
        and lowered not in DEFAULT_PASSWORDS
        and (short_base64_text(value) or "").lower() not in DEFAULT_PASSWORDS  # a Secret's data: cG9zdGdyZXM=
        and lowered != unquote(user).lower()
        and not _FROM_ENVIRONMENT.match(value)
        and not _TEMPLATE_CHARACTERS.search(decoded)
        and not _STORED_ELSEWHERE.match(value)
        and not value.startswith(_MANAGER_SCHEMES)
        and not (value.startswith("__") and _REPLACED_TOKEN.match(value))
        and not (value[:1] in "eEsS" and _resolver_reference(value))
        and not _hashed(value)
        and not _famous_example(decoded)
    )


_NOTE_READ = 256  # characters of a bracketed note read after a bare value's start


def _bracketed_note(line: str, start: int) -> bool:
    """The bare value at `start` opens a note in brackets closed on the line that says where the password is kept
    (is_placeholder's reading of the whole note: `DB_PASSWORD=(هغه چې په Bitwarden کې دی)`)."""
    closer = ")" if line[start] == "(" else "]"
    end = line.find(closer, start, start + _NOTE_READ)
    return end > start and is_placeholder(line[start:end + 1])


def _hashed(value: str) -> bool:
    """A password's stored verifier by its scheme (`sha256:<hex>`, `$2b$…`: credential_keys.is_hashed_value), not the
    password a client sends."""
    from secretfence.compat.detect_secrets.credential_keys import is_stored_hash  # it imports this module

    return is_stored_hash(value)  # (review: its digest written out, no scheme's head before a typed password)


def _famous_example(value: str) -> bool:
    """(stop 67) A password every reader knows from an example (xkcd 936's `correct-horse-battery-staple`, `hunter2`:
    credential_keys.FAMOUS_EXAMPLE_PASSWORDS), a docs' or tests' stand-in as the value judgement reads it elsewhere."""
    from secretfence.compat.detect_secrets.credential_keys import is_famous_example  # it imports this module

    return is_famous_example(value)


def _resolver_reference(value: str) -> bool:
    """`secret:db-password`, `env:DB_PASSWORD`: the name a resolver looks up (credential_keys.is_resolver_reference)."""
    from secretfence.compat.detect_secrets.credential_keys import is_resolver_reference  # it imports this module

    return is_resolver_reference(value)


def looks_random(value: str) -> bool:
    """Strong, generated-looking passwords are high confidence; `mypass`, `p,ass` are not."""
    classes = sum(bool(re.search(pattern, value)) for pattern in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"))
    return len(value) >= 16 or (len(value) >= 8 and classes >= 3)


# A file named as a configuration's sample (`.env.example`, `.env.sample`, `azuracast.sample.env`,
# `sample.env`, `database.yml.dist`, `.env.tpl`, `rd.conf-sample`, `wp-config-sample.php`): the tool's
# shipped defaults, copied and changed on each install. A weak password in it, one this kind reads only
# because a database's name vouches for it (`azur4c457`: neither a generated one's length and mix nor
# what the value judgement calls a credential on its own), is the documented default every install
# starts from: a warning, not a block. One the value judgement takes (`kettle4harbor`, a generated one)
# is reported as anywhere: someone's own, pasted into the sample.
# (`template`, `dist` and `tpl` as the last suffix only: a SAM or CloudFormation `template.yaml` or
# `db.template.yaml` is the stack itself; `sample`/`example` before one extension at most: a file
# named for a domain, `example.com.yaml`, is no sample)
_SAMPLE_FILE = lazy_regex(r"(?i)(?:^|[/\\!.])(?:sample|example)(?:\.[^/\\!.]*)?$|\.(?:template|dist|tpl)$"
                          r"|-(?:sample|example|dist)(?:\.[^/\\!.]*)?$")


def sample_file(lowered_name: str) -> bool:
    return _SAMPLE_FILE.search(lowered_name) is not None


def weak_default(value: str) -> bool:
    """Too weak for the value judgement (credential_keys.is_literal_credential) under a password's name."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential

    return not is_literal_credential(value, True, False, key="password")


def is_dev_host(host: str) -> bool:
    """localhost, loopback, a compose service name, an example domain, or no host (a socket)."""
    return bool(_DEV_HOSTS.match(host)) or "%2f" in host.lower() or host.startswith("/")




class _Outside:
    """outside(offset): whether the offset lies outside every span (merged once, then bisected)."""

    def __init__(self, spans: List[Tuple[int, int]]) -> None:
        merged: List[List[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __call__(self, offset: int) -> bool:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index < 0 or offset >= self._ends[index]


# Forms whose password stands alone on its line (not in a URI or connection string with its user).
_NAMED_FORMS = frozenset({"setting", "yaml", "env-default", "kwarg"})


def declared_prefilter() -> Declaration:
    """The prefilter: the engines' words and schemes, the folded hints of a continued MySQL command's
    `-p` and an Oracle login's context, and the files whose every line is a candidate.
    `prefilter/_declared.py` holds it worked out ahead (prefilter/declared.py): the hook imports no reading."""
    # "pass" covers password, passwd, PGPASSWORD… (shared with the keyword and Redis detectors);
    # "pwd" covers ADO's Pwd=; the schemes cover URIs whose password has no such word nearby.
    keywords = ("postgres", "postgis", "mysql", "mariadb", "mongodb", "amqp", "pass", "pwd", "@tcp", "@unix(",
                "sqlcmd", "bcp ", "identified", "mssql",
                # Oracle's JDBC and SQLAlchemy URLs (oracle_logins; its other contexts are the patterns below:
                # "oracle" alone is on every line of an Oracle backend's code)
                "jdbc:oracle", "oracle+", "oracle://",
                # Exim's lookup servers (exim_servers)
                "pgsql", "ibase")
    # A MySQL client's attached `-pSECRET` on a line continuing the command (`mysqldump … \`
    # above it) names neither the tool nor a password word. An Oracle login's context (oracle_logins)
    # followed by the `user/` it opens: `connect `, `exp ` or `dsn` alone are on many lines of prose and code.
    folded_keyword_patterns = (
        Headed(lazy_regex(_FOLDED_ATTACHED_P), (" -p", "\t-p"), lazy_regex(_FOLDED_ATTACHED_P, re.IGNORECASE)),
        Headed(lazy_regex(_FOLDED_ORACLE_CONTEXT), ("userid", "tkprof", "exp ", "imp ", "exp\t", "imp\t", "exp.exe", "imp.exe",
                                                           "connect ", "conn ", "connect\t", "conn\t"),
               lazy_regex(_FOLDED_ORACLE_CONTEXT, re.IGNORECASE)),
        Headed(lazy_regex(_FOLDED_ORACLE_SETTING), _ORACLE_SETTING_WORDS, lazy_regex(_FOLDED_ORACLE_SETTING, re.IGNORECASE)),
    )
    # A .pgpass or PgBouncer userlist line names no keyword: every line of one is a candidate.
    # A .pgpass or PgBouncer userlist line names no keyword: every line of one is a candidate.
    return Declaration(keywords, (), WHOLE_FILES, folded_keyword_patterns)


def true_samples() -> Tuple[Sample, ...]:
    """The kind's true samples (the class's, built when a test reads them)."""
    return (
        Sample('variable "rds_master_password" {\n  type      = string\n  sensitive = true\n'
               '  default   = "Lantern.Birch62"\n}\n', "variables.tf", "Terraform variable's literal default"),
        Sample('class Settings(BaseSettings):\n    postgres_password: SecretStr = SecretStr("Vq8LmN2xTz5RkW3p")\n',
               "settings.py", "pydantic annotated setting"),
        Sample("DB_PASSWORD ?= Kestrel-Amber-4471\n", "Makefile", "Make's conditional assignment"),
        Sample("mysqldump --single-transaction \\\n  -h billing-db.internal -u dumper -p'Sorrel-Anvil4417*' billing \\\n"
               "  | gzip > billing.sql.gz\n", "backup.sh", "mysqldump's -p'…' on a continuation line"),
        Sample("RUN mysql \\\n      --host=db.shop-prod.net \\\n      --user=migrator \\\n"
               "      --password=Qv7Lm2Xp9Tz4Wk < /schema.sql\n", "Dockerfile", "mysql's --password= three lines down"),
        Sample("services:\n  db:\n    environment:\n      POSTGRES_USER: ledger\n"
               "      POSTGRES_PASSWORD: Umber-Kettle5521\n      POSTGRES_DB: ledger\n", "docker-compose.yml",
               "compose password unlike the user and database beside it"),
        Sample('DATABASE_URL = "postgres://app:Hq7pLr2Vx9Kw@db.prod.example-corp.net:5432/app"', "settings.py",
               "postgres URI"),
        Sample("SQLALCHEMY_DATABASE_URI=postgresql+psycopg2://reporter:Zt5KwQ8mPn3R@10.20.0.7/reports", ".env",
               "SQLAlchemy driver"),
        Sample('engine = create_engine("mysql+pymysql://shop:Wq9Lm2Xv7Tz4@mysql.shop-prod.net:3306/shop")',
               "db.py", "SQLAlchemy mysql"),
        Sample("url: mariadb://billing:Rk3Vn8Qp5Lx2@maria.billing.net/ledger", "config.yaml", "mariadb"),
        Sample('MONGODB_URI="mongodb+srv://app-user:q9V7nB2K4xL8@cluster0.mongodb.net/sample_mflix?retryWrites=true"',
               ".env", "mongodb+srv (betterleaks)"),
        Sample("spring.data.mongodb.uri=mongodb://svc-reader:Az9xV2pLm6Q@mongo1.internal.example:27017,"
               "mongo2.internal.example:27017/app?replicaSet=rs0&authSource=admin", "application.properties",
               "mongodb replica set (betterleaks)"),
        Sample("CELERY_BROKER_URL=amqps://worker:Jx4Tq8Wm2Rv6@rabbit.prod-cluster.net:5671/jobs", ".env", "amqps"),
        Sample("<jdbc-url>jdbc:postgresql://pg.corp-db.net:5432/sales?user=sales&amp;password=Vb7Nq2Lx9Pz4</jdbc-url>",
               "dataSources.xml", "JDBC query password"),
        Sample("db.url=jdbc:mysql://etl:Pz8Kq3Wv6Ln2@mysql.etl-prod.net:3306/warehouse", "app.properties",
               "JDBC userinfo"),
        Sample('url = "jdbc:sqlserver://sql.corp.net:1433;databaseName=hr;user=hr_app;password=Tm5Qx8Lv2Rz7;"',
               "Config.java", "JDBC SQL Server"),
        Sample('conn = psycopg2.connect("host=pg.prod.net dbname=orders user=orders password=Lq8Xv3Tz6Wm2")',
               "orders.py", "libpq key=value"),
        Sample("    \"Default\": \"Server=tcp:corp.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;"
               "Password=Nv6Kp2Qz8Tx4;Encrypt=True;\"", "appsettings.json", "ADO.NET SQL Server"),
        Sample('dsn := "shop:Xr5Lq9Vm2Kt7@tcp(mysql.shop.net:3306)/shop?parseTime=true"', "main.go", "go-sql-driver DSN"),
        Sample("      POSTGRES_PASSWORD: Kd8Wq3Zx6Lp1", "docker-compose.yml", "compose environment"),
        Sample("export PGPASSWORD='Rt6Lm9Qx2Vz8'", "backup.sh", "PGPASSWORD"),
        Sample("$env:PGPASSWORD = 'vVKi9NbFQtzKsrF9S6'\n", "scripts/Backup-Billing.ps1", "PowerShell's PGPASSWORD literal"),
        Sample("spring.datasource.password=Fh3Nq8Wx5Lz2", "application.properties", "Spring datasource"),
        Sample("DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n"
               "        'NAME': 'shop',\n        'PASSWORD': 'Gm4Xq7Lz2Vt9',\n    }\n}", "settings.py", "Django DATABASES"),
        Sample("cnx = mysql.connector.connect(user='scott', password='Qw8Er5Ty2Ui7', host='10.1.2.3', database='hr')",
               "report.py", "mysql.connector kwarg"),
        Sample("mongodb://myDBReader:D1fficultP%40ssw0rd@mongodb0.example.com:27017/?authSource=admin", "README.md",
               "percent-encoded (trufflehog)"),
        Sample("CONNECTION_URI=postgres://postgres:s2Tf2k@rLMy@pg.corp-db.net:5434/elephant", ".env",
               "unescaped @ in the password (kingfisher)"),
        Sample("mysql -u root -pQm7Vx2Lp9Kt4Wz8R -e 'SHOW DATABASES;'", ".bash_history", "mysql -p attached"),
        Sample("mysqldump --user=backup --password='Tz4Kw8Pn2Yb6Hc0J' --all-databases > all.sql", "backup.sh",
               "mysqldump --password="),
        Sample("sqlcmd -S sql01.corp.net -U deploy -P Lm2Vt7Rz4Kw8Pn1Y -i schema.sql", "deploy.ps1", "sqlcmd -P"),
        Sample("# host:port:database:user:password\npg-prod.corp.net:5432:billing:billing_app:Wx5Qz9Lm3Vt7Rk1N\n", ".pgpass",
               ".pgpass line"),
        Sample(';; auth_file\n"app" "ME5D2uCYhTscEVxWT73isVwv"\n"stats" "md5792a53b898591a85d2238d60e7105e36"\n',
               "deploy/pgbouncer/userlist.txt", "PgBouncer userlist with a plain password"),
        Sample('DB_PASSWORD = os.environ.get("DB_PASSWORD", "Hc6Jd0Fg5As9Ee3U")', "settings.py",
               "literal default of an environment read"),
        Sample("[client]\nuser = backup\npassword = kettle-harbor-lantern-31\n", ".my.cnf", "MySQL option file"),
        Sample("postgresql:\n  enabled: true\n  auth:\n    username: app\n    password: Pn1Yb6Hc0Jd5Fg2A\n", "values.yaml",
               "Helm values: password under a postgresql key"),
        Sample('resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  username = "app"\n'
               '  password = "Bamboo.Kettle.77"\n}\n', "rds.tf", "Terraform RDS instance"),
        Sample("prod:\n  outputs:\n    prod:\n      type: postgres\n      host: wh.corp.net\n      user: dbt\n"
               "      password: Rz4Kw8Pn1Yb6Hc0J\n", "profiles.yml", "dbt profile naming its engine"),
        Sample("  DATABASE_URL: postgresql://billing:Harbor_Hornet7357?@pg.internal.svc:5432/billing?sslmode=require\n",
               "secret.yaml", "a `?` in the password, unescaped"),
        Sample('Environment="DATABASE_URL=postgres://orders:Glacier_Mosaic7680#@10.0.2.15:5432/orders"\n',
               "orders.service", "a `#` in the password, unescaped"),
        Sample("CREATE ROLE analytics WITH LOGIN ENCRYPTED PASSWORD 'Tessel-Pine-4417';", "roles.sql",
               "PostgreSQL CREATE ROLE … PASSWORD"),
        Sample("ALTER USER billing\n    WITH PASSWORD 'Hx8#Lq3Vz6Wn';\n", "V3__rotate.sql", "statement over two lines"),
        Sample("_HiStOrY_V2_\nuse\\040crm;\nCREATE\\040USER\\040'etl'@'10.0.%'\\040IDENTIFIED\\040BY"
               "\\040'otter.maple.quartz.lantern';\n", ".mysql_history", "the mysql client's \\040 blanks"),
        Sample("CREATE USER 'ledger'@'10.0.%' IDENTIFIED BY 'Cobalt_Finch88';", ".mysql_history",
               "MySQL IDENTIFIED BY"),
        Sample("SET PASSWORD FOR 'ops'@'%' = PASSWORD('Rv5!Tk8Mq2Zp');", "grants.sql", "MySQL SET PASSWORD"),
        Sample("CREATE LOGIN etl_loader WITH PASSWORD = N'Qz4$Wk9Lt2Vm', CHECK_POLICY = OFF;", "logins.sql",
               "SQL Server CREATE LOGIN"),
        Sample("CREATE USER hr_app IDENTIFIED BY Wq8Lm3Tz6Kp DEFAULT TABLESPACE users;", "ora_users.sql",
               "Oracle IDENTIFIED BY, unquoted"),
        Sample("CREATE USER MAPPING FOR app SERVER crm\n    OPTIONS (user 'crm_ro', password 'Nk2Vq7Lx4Tz9Wm3R');\n",
               "fdw.sql", "postgres_fdw user mapping"),
        Sample("INSERT INTO `options` VALUES (17,'mail_password','Harbor.Quince29','yes');", "site.sql",
               "credential-named key and value in a dump row"),
        Sample('CONN = (\n    "Driver={ODBC Driver 18 for SQL Server};"\n    "Server=sql02.corp-erp.net;"\n'
               '    "UID=erp_batch;"\n    "PWD=Lz5Kq8Vt2Wx7;"\n)\n', "erp.py", "ODBC string split over literals"),
        # Round fixconn: Oracle logins, Exim's server lists, pgpass files by another name
        Sample("exp gl_batch/Tz4Kw8Pn2Yb6@FINPRD file=gl.dmp owner=GL\n", "jobs/export.sh", "the legacy exp client's login"),
        Sample("userid=system/Heron*Quartz5519@ERPPRD\ndirectory=DATA_PUMP_DIR\n", "dp/full_export.par",
               "a Data Pump parfile's userid"),
        Sample("USERID=hr/Lq8Xv3Tz6Wm2@//db.corp-erp.net:1521/hrpdb\nCONTROL=load_emp.ctl\n", "sqlldr/emp.par",
               "a SQL*Loader parfile's login with an EZConnect identifier"),
        Sample("WHENEVER SQLERROR EXIT 1\nCONNECT app_owner/Vb7Nq2Lx9Pz4@//ora1.corp-erp.net:1521/apps\n", "deploy.sql",
               "SQL*Plus CONNECT in a script"),
        Sample('name,url\nUAT,"jdbc:oracle:thin:APP_UAT/Mossy_kettle552@//uat-db.corp-erp.net:1521/uat"\n', "conns.csv",
               "a JDBC thin URL's login"),
        Sample('import oracledb\n\nDSN = "ETL_LOAD/Rk3Vn8Qp5Lx2@ora-scan.corp-erp.net:1521/dwh"\n', "etl/load.py",
               "a driver's one-string DSN"),
        Sample('import cx_Oracle\n\nCONN_STR = "MON/Canyon.Lichen2264@ora03.corp-erp.net:1521/CLAIMS"\n\n\ndef main():\n'
               '    con = cx_Oracle.connect(CONN_STR, encoding="UTF-8")\n', "check.py",
               "an easy-connect constant given to the driver with other arguments"),
        Sample('engine = create_engine("oracle+oracledb://rpt:Wq9Lm2Xv7Tz4@ora.corp-erp.net:1521/?service_name=rpt")\n',
               "report.py", "SQLAlchemy's Oracle dialect"),
        Sample("hide mysql_servers = db1.mail.corp-net.net/exim/exim_ro/Basalt!Heron2208\n",
               "exim4/conf.d/main/00_local_macros", "Exim's MySQL lookup servers"),
        Sample("db-main.corp-net.net:5432:billing:billing_app:Zx2Cv4Bn6Mq8Wr0TkP3s\n", "roles/pg/files/pgpass.prod",
               "a deployed .pgpass under another name"),
        # (a describing word inside the name, not last, says nothing: the setting itself)
        Sample("<?php\n$string['dbpass_desc'] = 'Password of the reporting account.';\n"
               "$config['label_db_password'] = 'Quarry7!Lantern-Velo';\n", "config/local.php",
               "a password whose name holds a label word before its password word"),
        # Blind rounds BY-CD: beside each decoy, the password of the same place
        Sample('pg_password = "Tq7Wz2Nx9Lk4Rt6Vb3"\n', "ops/influx/tasks/downsample.flux", "a Flux task's literal password"),
        Sample('CREATE USER "APP" IDENTIFIED BY "Rw8#Lq3Zt6Vn9Kx2";\n', "db/users.sql", "Oracle's quoted password"),
        Sample('conn = psycopg2.connect("host=db1.internal,db2.internal dbname=app user=app password=Zx2Cv4Bn6Mq8Wr0TkP3s")\n',
               "app/db.py", "a conninfo's host list (commas inside a value)"),
        # Blind rounds CQ-CV: a conninfo split over adjacent literals; Ada's typed constant
        Sample('static const char* kConnInfo =\n    "host=pg.ops.internal port=5432 dbname=archive "\n'
               '    "user=writer password=Tq7Wz2Nx9Lk4 sslmode=verify-full";\n', "src/archive.cpp",
               "a libpq conninfo split over C++'s adjacent literals"),
        Sample('   Db_Password : constant String := "Rw8Lq3Zt6Vn9";\n', "src/db_config.ads", "Ada's typed constant"),
        # Blind rounds CX-DB: a release transform's own password beside the pipeline's tokens
        Sample('<connectionStrings>\n  <add name="Db" connectionString="Data Source=sql01;Initial Catalog=App;User ID=app;'
               'Password=Hq7#Lm2Vx9Kt;" xdt:Transform="SetAttributes" />\n</connectionStrings>\n', "src/App/Web.Release.config",
               "a Web.config transform's literal password"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The kind's false samples (the class's, built when a test reads them)."""
    return (
        # Blind round BM: a settings page's text about the password (Moodle's language strings), not it
        Sample("<?php\n$string['dbpass'] = 'Registry database password';\n"
               "$string['dbpass_desc'] = 'Password of the reporting account. Leave blank to reuse config.php.';\n"
               "$string['dbpass_help'] = 'Ask the registrar office for the replica account.';\n",
               "local/regsync/lang/en/local_regsync.php", "a language pack's description and help of the setting"),
        Sample("DB_PASSWORD_HINT=Twelve characters, one digit\ndbPasswordLabel: Reporting DB password (read only)\n",
               "ui/strings.env", "a hint's and a label's text under the setting's name"),
        # Blind round AE: where the password is kept, and it encrypted
        Sample('[\n  { "ParameterKey": "DbPasswordSecretArn", "ParameterValue": '
               '"arn:aws:secretsmanager:us-east-2:210987654321:secret:stage/api/db-Xy34Zw" }\n]\n', "cfn/params.json",
               "a Secrets Manager ARN under a password's key"),
        Sample("variables:\n  db_password: BAMSCRT@0@0@Qm9vLW1pc3Qtc2FsdC1yb3VuZC1hZS1mYWtlLXZhbHVlCg==\n", "bamboo-specs/bamboo.yml",
               "Bamboo's encrypted value"),
        Sample("mysqldump -u backup -p"
               " shop \\\n  | gzip -9 > shop.sql.gz\n", "backup.sh", "a bare -p prompts for the password"),
        Sample("mysqldump -u a shop | gzip \\\n  -pLooksLikeAFlag42\n", "dump.sh",
               "a -p after the pipe is another command's option"),
        Sample("gcc -O2 \\\n  -pthread -pedantic main.c\n", "build.sh", "no database client above"),
        Sample("services:\n  db:\n    environment:\n      POSTGRES_USER: acme\n"
               "      POSTGRES_PASSWORD: acme  # local dev only\n      POSTGRES_DB: acme\n", "docker-compose.yml",
               "compose dev default: the password is the user's name"),
        Sample("spring.datasource.username=inventory\nspring.datasource.password=inventory\n",
               "application-local.properties", "the password is the user's name"),
        Sample("      MYSQL_PASSWORD: shopdev42  # for local dev only\n", "compose.yaml",
               "a weak password its comment says is for local development"),
        Sample('resource "aws_db_instance" "main" {\n  engine   = "postgres"\n'
               '  password = random_password.db.result\n}\n', "main.tf", "another resource's attribute"),
        Sample('variable "db_password_secret_name" {\n  default = "prod/db/password"\n}\n', "variables.tf",
               "a variable naming a secret"),
        Sample("kind: Secret\ndata:\n  POSTGRES_PASSWORD: PGRiLXBhc3N3b3JkPg==\n", "secret.yaml",
               "base64 of a placeholder"),
        Sample("      credentials:\n        username: ge_reader\n        password: secret|arn:aws:secretsmanager:"
               "eu-west-1:123456789012:secret:dq/redshift-AbCdEf|password\n", "great_expectations.yml",
               "Great Expectations' reference to a secret manager"),
        Sample("kind: SealedSecret\nspec:\n  encryptedData:\n    db_password: AgBy3i4OJSWK+PiTySYZZA"
               + "Zq8Lk2Vw9Xr4Tm7Bn1" * 20 + "\n", "sealed.yaml", "sealed-secrets ciphertext"),
        Sample('"documentation":"<p>You must use policies to grant access to the bucket and to two Amazon Web '
               'Services accounts identified by their email addresses.</p>",\n',
               "service-2.json", "SQL words in a service's prose (botocore's S3 model)"),
        Sample('NEXT = "postgres://db.corp.net:5432/app?next=ops@corp.net"\n', "links.py",
               "an `@` in the query of a URI without userinfo"),
        Sample('DATABASE_URL = "postgres://app:${DB_PASS}@db.prod.net:5432/app"', "settings.py", "variable"),
        Sample("DATABASE_URL=postgresql://{{ db_user }}:{{ db_password }}@db/app", ".env.j2", "template"),
        Sample("spring.data.mongodb.uri=mongodb+srv://<username>:<password>@cluster.mongodb.net/app",
               "application.properties", "doc placeholder"),
        Sample("amqp://user:*****@rabbit.example.com", "README.md", "masked"),
        Sample('"postgresql://%(user)s:%(password)s@%(host)s/%(db)s" % settings', "db.py", "printf template"),
        Sample("DATABASE_URL=postgres://app:changeme@db.prod.net/app", ".env", "changeme"),
        Sample("MONGO_URL=mongodb://xxxx:xxxxx@xxxxxxx:3717/zkquant?replicaSet=mgset-3017917", ".env",
               "x placeholders (trufflehog)"),
        Sample("DATABASE_URL=postgres://app:@db.prod.net:5432/app", ".env", "empty password"),
        Sample("DATABASE_URL=postgres://app@db.prod.net:5432/app", ".env", "no password"),
        Sample("postgres://postgres:postgres@localhost:5432/postgres", "docker-compose.yml", "stock default"),
        Sample('#!define DBURL "mysql://kamailio:kamailiorw@localhost/kamailio"\n', "etc/kamailio.cfg",
               "Kamailio's documented database password, as its stock configuration ships"),
        Sample("amqp://guest:guest@localhost:5672//", "celeryconfig.py", "RabbitMQ guest"),
        Sample('engine = create_engine("postgresql+psycopg2://scott:tiger@localhost/test")', "engine.py",
               "SQLAlchemy docs"),
        Sample("mongodb://root:root@192.168.74.143:27018", "notes.md", "user name as password"),
        Sample("jdbc:postgresql://localhost:5432/postgres", "dataSources.xml", "JDBC without credentials"),
        Sample("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-}", "docker-compose.yml", "compose variable"),
        Sample('db_password = os.environ["DB_PASSWORD"]', "settings.py", "from environment"),
        Sample("conn = psycopg2.connect(host=host, password=password)", "db.py", "expression, not a literal"),
        Sample("password=Ab3Xy9Zq7Lm user=app", "notes.txt", "key=value pairs naming no database"),
        Sample("ADMIN_PASSWORD=Ab3Xy9Zq7Lm", ".env", "password unrelated to a database"),
        Sample("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=x;Password=Ab3Xy9Zq7Lm", "app.config",
               "no server and database"),
        Sample("postgresql://user:secret@localhost", "docs.md", "docs"),
        Sample('    "PGPASSFILE": "~/.custompgpass",', "test_postgresql.py", "a password file's path"),
        Sample("      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password", "docker-compose.yml",
               "docker secret's path"),
        Sample('default_username = get_default_username(database="other")\n\n'
               '@mock_inputs({"password": "nopasswd", "username": ""})', "test_management.py",
               "database= is no database client"),
        Sample("mysql -u root -p -e 'SHOW DATABASES;'", ".bash_history", "-p alone: the client prompts"),
        Sample('mysqldump -u "$DB_USER" -p"$DB_PASSWORD" shop > shop.sql', "dump.sh", "password from the environment"),
        Sample("      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}", "docker-compose.yml",
               "compose required-variable expansion"),
        Sample("*:*:*:*:*\nlocalhost:5432:*:postgres:postgres\n", ".pgpass", ".pgpass wildcards and stock default"),
        Sample('"stats" "md5792a53b898591a85d2238d60e7105e36"\n"admin" "SCRAM-SHA-256$4096:oN29zOzp$nHca:6gDW"\n',
               "userlist.txt", "PgBouncer userlist of hashes and verifiers"),
        Sample('DB_PASSWORD = os.getenv("DB_PASSWORD", "")', "settings.py", "empty default"),
        Sample("      - db-password=secrets/db-password.txt", "kustomization.yaml", "a secret file's relative path"),
        Sample("doctrine:\n    dbal:\n        password: '%env(file:DATABASE_PASSWORD_FILE)%'\n", "doctrine.yaml",
               "Symfony's environment variable processor"),
        Sample("test:\n  variables:\n    POSTGRES_PASSWORD: ci_only_password\n", ".gitlab-ci.yml",
               "a CI job's throwaway password, named after itself"),
        Sample("[client]\nuser = app\npassword =\n", "my.cnf", "option file without a password"),
        Sample("postgresql:\n  auth:\n    existingSecret: pg-auth\n    password: \"\"\n", "values.yaml",
               "Helm values: password kept in an existing Secret"),
        Sample('resource "aws_db_instance" "main" {\n  password = var.db_password\n}\n', "rds.tf",
               "Terraform RDS password from a variable"),
        Sample("      type: postgres\n      password: \"{{ env_var('DBT_PASSWORD') }}\"\n", "profiles.yml",
               "dbt profile reading the environment"),
        Sample("CREATE ROLE app LOGIN PASSWORD NULL;", "roles.sql", "no password"),
        Sample("CREATE ROLE app LOGIN PASSWORD :'app_password';", "roles.sql", "psql variable"),
        Sample("ALTER ROLE app PASSWORD 'md5a3556571e93b0d20722ba62be61e8c2d';", "roles.sql", "an md5 hash"),
        Sample("ALTER ROLE app PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVkS2V5:c2VydmVyS2V5';", "roles.sql",
               "a SCRAM verifier"),
        Sample("CREATE USER 'probe'@'localhost' IDENTIFIED WITH auth_socket;", "users.sql", "socket authentication"),
        Sample("CREATE USER 'old'@'%' IDENTIFIED BY PASSWORD '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9';",
               "users.sql", "a MySQL hash"),
        Sample("CREATE USER app IDENTIFIED BY $1;", "users.sql", "a bind parameter"),
        Sample('cur.execute("ALTER ROLE app PASSWORD \'" + new_password + "\'")', "rotate.py", "SQL built in code"),
        Sample("CREATE ROLE davide WITH PASSWORD 'jw8s0F4';", "notes.sql", "PostgreSQL docs' example"),
        Sample("INSERT INTO settings VALUES ('smtp_password','changeme'),('smtp_pass','');", "seed.sql",
               "placeholder and empty dump values"),
        Sample('CONN = (\n    "Driver={ODBC Driver 18 for SQL Server};"\n    "Server=sql02.corp-erp.net;"\n'
               '    f"PWD={password};"\n)\n', "erp.py", "split ODBC string with an interpolated password"),
        Sample('[{"name": "DATABASE_PASSWORD", "value": "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/'
               'secrets/db-password/)"}]\n', "appsettings.json", "an Azure App Service Key Vault reference"),
        Sample("ConnectionStrings__Db=Server=tcp:acme.database.windows.net;Database=app;User ID=app;"
               "Password=@Microsoft.KeyVault(VaultName=acme-kv;SecretName=sql-password)\n", ".env",
               "a Key Vault reference as a connection string's password"),
        # Round fixconn
        Sample('sqlplus -s "$DB_USER/$DB_PASS@$TNS" @x.sql\nsqlplus / as sysdba\n', "run.sh", "variables and OS login"),
        Sample("CONNECT sys/&sys_password@ORCL AS SYSDBA\n", "setup.sql", "a SQL*Plus substitution variable"),
        Sample("exp scott/tiger@orcl file=demo.dmp\nsqlplus system/manager\n", "README.txt", "Oracle's demo accounts"),
        Sample('import oracledb\nREPO = "acme/loader@main"\nPKG = "@acme/ui@2.4.1"\n', "tools/release.py",
               "a git ref and a package version beside an Oracle driver"),
        Sample("hide mysql_servers = localhost/exim/exim/${env{EXIM_DB_PASSWORD}}\n", "exim4/conf.d/main/00_local_macros",
               "Exim expanding the password"),
        Sample('LINE = "db-main.corp-net.net:5432:billing:billing_app:Zx2Cv4Bn6Mq8Wr0TkP3s"\n', "pgpass.py",
               "a program about pgpass files"),
        # Blind rounds BY-CD: a secret store's read, verifiers, a variable passed by keyword
        Sample('pg_password = secrets.get(key: "TSDB_WRITER_PASSWORD")\n', "ops/influx/tasks/downsample.flux",
               "Flux's secret store read"),
        Sample("CREATE USER \"APP\" IDENTIFIED BY VALUES 'S:4547FFE06AF963C9A8C3C69EA090CE31DAF5F278;T:29E4845C86B87748'\n",
               "db/export/users_ddl.sql", "Oracle's IDENTIFIED BY VALUES verifiers"),
        Sample("engine = sa.create_engine(sa.engine.URL.create('postgresql', username='u', password=password, "
               "host='dw.internal', database='clinical'))\n", "notebooks/overview.py", "a call's keyword arguments"),
        # Blind round CO: 1Password's references, their names holding blanks
        Sample("# op inject -i .env.tpl -o .env\nDATABASE_PASSWORD=op://Pulse Gyms/RDS booking/password\n"
               "POSTGRES_PASSWORD=op://Ops/Billing DB/admin login/password\nDB_PASS=pass://Work Vault/Billing DB/password\n",
               ".env.tpl", "password managers' secret references with blanks in their names"),
        # Blind rounds CQ-CV: a split conninfo reading its password from the environment; Ada's constant naming a variable
        Sample('static const char* kConnInfo =\n    "host=pg.ops.internal dbname=archive "\n'
               '    "user=writer password=${PGPASSWORD}";\n', "src/archive.cpp", "a split conninfo's reference"),
        Sample('   Db_Password_Env : constant String := "DB_PASSWORD";\n   Db_Password : constant String := "changeme";\n',
               "src/db_config.ads", "Ada constants naming a variable, a stand-in (no `constant` read as the value)"),
        # Blind rounds CX-DB: a release pipeline's tokens, replaced at deployment
        Sample('<connectionStrings>\n  <add name="Db" connectionString="Data Source=__SqlServer__;Initial Catalog=App;'
               'User ID=__SqlUser__;Password=__SqlPassword__;" />\n  <add name="Ro" connectionString="Server=__db.host__;'
               'User ID=ro;Password=__db.readonly-password__;" />\n</connectionStrings>\n', "src/App/Web.Release.config",
               "Replace Tokens' and the Tokenizer's `__name__` tokens"),
        Sample('{\n  "ConnectionStrings": {\n    "Default": "Server=__SqlServer__;Database=App;User Id=__SqlUser__;'
               'Password=__SqlPassword__;"\n  }\n}\n', "src/App/appsettings.Release.json", "the tokens in an appsettings file"),
        Sample("database:\n  url: postgresql://app:__PgPassword__@db01:5432/app\n", "deploy/config.yaml", "a token as a URL's password"),
        # Stop 57: PowerShell's expressions, bare: a credential object's member, a vault's answer
        Sample("$cred = Get-Secret -Name 'BillingDb' -Vault 'Ops'\n$env:PGPASSWORD = $cred.GetNetworkCredential().Password\n"
               "$env:MYSQL_PWD = $secrets.Billing.Password\n$env:DB_PASSWORD = (Get-Secret -Name 'BillingDb' -AsPlainText)\n",
               "scripts/Backup-Billing.ps1", "PowerShell reading the password from a credential object or a vault"),
        Sample("steps:\n  - powershell: |\n      $env:PGPASSWORD = $cred.GetNetworkCredential().Password\n"
               "      pg_dump -h db01 -U backup billing > billing.dump\n", "azure-pipelines.yml",
               "a pipeline's inline PowerShell step reading a credential object"),
    )


_CONVERSION_PASSWORD = lazy_regex(r"%(?:[1-9][0-9]?\$)?[sv]")  # (`%s`, Go's `%v`, PHP's `%1$s`)


def _format_filled_password(lines: Sequence[str], index: int, line: str, start: int, password: str) -> Optional[str]:
    """The literal a format call puts where a URI's or DSN's template (from `start`) holds its password as a conversion
    (`fmt.Sprintf("postgresql://app:%s@%s:5432/db", "<pw>", host)`: the password is the call's first argument), else None."""
    if not password.startswith("%") or _CONVERSION_PASSWORD.fullmatch(password) is None:
        return None
    at = line.find(":" + password + "@", start)
    if at < 0:
        return None
    from secretfence.kinds._service_reading import format_filled

    filled = format_filled(lines, index, line, at + 1)
    return filled[0] if filled is not None and filled[1] == 0 else None  # (a Match here stands on its line)


def _store_field(value: str) -> bool:
    from secretfence.compat.detect_secrets.credential_keys import names_a_store_field

    return names_a_store_field(value)


# (SQL's own files, and the clients' histories and scripts whose `--` opens a comment wherever it stands)
_SQL_SUFFIXES = (".sql", ".psql", ".pgsql", ".mysql", "psql_history", "mysql_history")


def find(lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
    line = line_text(lines, index)
    if "pgpass" in filename.lower() and PGPASS_FILE.search(filename):
        yield from _pgpass(line)
        return
    if "userlist" in filename and USERLIST_FILE.search(filename):
        yield from _userlist(line)
        return
    if "-p" in line or "-P" in line:
        yield from _command_line(line)
        if index > 0 and line_text(lines, index - 1).rstrip().endswith("\\") and not CLIENT_COMMAND.search(line):
            continued = continued_command(lines, index)
            if continued is not None:
                yield from _command_line(*continued)
    if "password" in line and ("cnf" in filename or "ini" in filename) and MYSQL_OPTION_FILE.search(filename):
        found = _OPTION_PASSWORD.match(line)
        if found is not None and is_real(value_of(found)[0]):
            value = value_of(found)[0]
            yield Match(secret=value, description="MySQL password in an option file ([client] password =)",
                        confidence=HIGH if looks_random(value) else MEDIUM,
                        details={"form": "option-file", "engine": "mysql", "port": "3306"})
            return
    if "variable" in line and filename.lower().endswith(HCL_SUFFIXES):
        variable = terraform_variable_default(lines, index)
        if variable is not None and _names_a_database_password(*variable[:3]) and is_real(variable[1]):
            yield Match(secret=variable[1], confidence=HIGH if looks_random(variable[1]) else MEDIUM,
                        description=f"Database password as the default of the Terraform variable {variable[0]}",
                        line_offset=variable[3], details={"form": "terraform-variable"})
            return
    if "'" in line or '"' in line or "identified" in line or "IDENTIFIED" in line:
        yield from _sql(lines, index, line, filename)
    if "/" in line:
        yield from _oracle(lines, index, line)
    if "servers" in line and "/" in line:
        for engine, host, database, user, password in exim_servers(line):
            if is_real(password, user) and not password.startswith(("$", "{")):
                details = {key: item for key, item in (("form", "exim-servers"), ("engine", engine), ("host", host),
                                                       ("database", database), ("user", user)) if item}
                yield Match(secret=password, description=f"{ENGINE_NAMES.get(engine, 'database')} password for user "
                            f"{user!r} in an Exim lookup's server list", details=details,
                            confidence=HIGH if looks_random(password) and not is_dev_host(host) else MEDIUM)
    if "=" not in line and ":" not in line:
        return  # every form assigns, or holds a `:` (a URI, a DSN): `pass` statements end here
    stripped = line.lstrip()
    # (stop 63: a long option opening a line a shell command continues onto, its line above ending in `\`, is no SQL
    # comment: Helm's `  --set db.password='…' \` below `helm install … \`; an SQL file's `--` is one whatever stands
    # above it)
    comment = stripped.startswith(("#", "//", ";", "--")) and not (
        stripped.startswith("--") and stripped[2:3].isalpha() and index > 0
        and line_text(lines, index - 1).rstrip().endswith("\\") and not filename.lower().endswith(_SQL_SUFFIXES))
    lowered = fold(line)  # lower case, as IGNORECASE sees letters (same offsets)
    seen: Set[str] = set()

    sealable = filename.lower().endswith((".yaml", ".yml", ".json"))
    sample = sample_file(filename.lower())
    # (a page's example, the image's own: Docker Hub's `POSTGRES_PASSWORD=mysecretpassword`, `my-secret-pw`)
    document = filename.lower().endswith(DOCUMENT_SUFFIXES)

    def report(value: str, description: str, confidence: Confidence, user: str = "",
               **where: str) -> Iterator[Match]:
        value = unquoted(value)
        if where.get("form") == "setting" and _PACKAGE_VERSION.match(value):
            return  # (a dependency's version: a lockfile's or a manifest's `pgpass: 1.0.5`, npm's `pgpass` package)
        if "/" in value and _store_field(value):
            # (stop 62: a secret store's path and field, `app/prod/db#password`: where the password is kept; review 63: in
            # every form, a Rails database.yml's and a YAML database key's as a code constant's)
            return
        if value not in seen and is_real(value, user) and not (sealable and in_sealed_secret(lines, index)) and not (
                where.get("form") in _NAMED_FORMS and is_dev_default(lines, index, value)):
            seen.add(value)
            if document and spells_an_example_password(unquote(value) if where.get("form") == "uri" else value):
                confidence = LOW  # (what a page tells its reader to type: a warning, as documentation's other examples)
            elif not looks_random(unquote(value) if where.get("form") == "uri" else value):
                # (a sample's default names no server, or a developer's: one sent to a real host is that host's)
                confidence = LOW if sample and weak_default(value) and is_dev_host(where.get("host", "")) else MEDIUM
            details = {key: item for key, item in where.items() if item}
            if user:
                details["user"] = unquote(user) if where.get("form") == "uri" else user
            yield Match(secret=value, description=description, confidence=confidence, details=details)

    def who(user: str) -> str:
        return f"user {user!r}" if user else "no user named"

    def report_ado(pairs: Dict[str, str], where: str) -> Iterator[Match]:
        """An ADO.NET/ODBC string's password: its engine, server, user and database named."""
        engine = ado_engine(pairs)
        server = next((pairs[key] for key in ("server", "host", "data source", "address", "addr",
                                              "network address", "hostname") if key in pairs), "")
        server = server.split(":", 1)[1] if server.lower().startswith("tcp:") else server
        host, _, port = server.replace(",", ":").partition(":")
        user = next((pairs[key] for key in ("user id", "uid", "userid", "user", "username") if key in pairs), "")
        yield from report(
            pairs["password"], f"{ENGINE_NAMES[engine]} password for {who(user)} {where} "
            f"{host or 'a local server'}", MEDIUM if is_dev_host(host) else HIGH, user,
            form="ado", engine=engine, host=host, port=port or pairs.get("port", "") or DEFAULT_PORTS[engine],
            database=pairs.get("database") or pairs.get("initial catalog", ""))

    def report_libpq(pairs: Dict[str, str], where: str) -> Iterator[Match]:
        """A libpq key=value string's password: its user, host, port, database and TLS named."""
        host = pairs.get("host") or pairs.get("hostaddr", "")
        yield from report(
            pairs["password"], f"PostgreSQL password for {who(pairs.get('user', ''))} in a libpq "
            f"connection string{where} {host or 'a local socket'}",
            MEDIUM if is_dev_host(host) else HIGH, pairs.get("user", ""),
            form="libpq", engine="postgresql", host=host, port=pairs.get("port", "5432"),
            database=pairs.get("dbname", ""),
            tls="required" if pairs.get("sslmode", "") in ("require", "verify-ca", "verify-full") else "")

    # Where a URI or connection string stands: its password is not read again by name.
    claimed: List[Tuple[int, int]] = []
    open_uris = 0  # (of them, URIs holding no password: a split URI's head)

    def report_uri(uri: Uri, split: str = "") -> Iterator[Match]:
        """A database URI's passwords (its userinfo's, its `password` property's): its engine, user, host and database named."""
        engine = engine_of(uri.scheme)
        scheme = ("jdbc:" if uri.jdbc else "") + uri.scheme
        user = uri.user or uri.parameters.get("user", "") or uri.parameters.get("username", "")
        host = uri.host or uri.parameters.get("host", "")
        confidence = MEDIUM if is_dev_host(host) else HIGH
        where = dict(form="uri", engine=engine, scheme=scheme, host=host,
                     port=uri.port or DEFAULT_PORTS.get(engine, ""),
                     database=unquote(uri.path) if engine in ("postgresql", "mysql", "mariadb") else "",
                     tls="required" if tls_required(engine, uri.scheme, uri.parameters) else "")
        target = host or "a local socket"
        for password in (uri.password, uri.parameters.get("password", "")):
            if password:
                yield from report(
                    password, f"{ENGINE_NAMES[engine]} password for {who(unquote(user))} in "
                    f"{'an' if scheme[0] in 'aeiou' else 'a'} {scheme}:// URI{split} to {target}", confidence, user, **where)

    if "://" in line and any(word in lowered for word in _SCHEME_WORDS):
        for uri in uris(line):
            claimed.append(uri.span)
            if not (uri.password or uri.parameters.get("password")):
                open_uris += 1  # (a URI's literal ended before its userinfo's password: `'…://app:' + '<pw>' + …`)
            filled = _format_filled_password(lines, index, line, uri.span[0], uri.password)
            if filled is not None:
                uri.password = filled
            yield from report_uri(uri, "" if filled is None else " (its password a format call's argument)")
    if comment:
        return

    if "@tcp" in lowered or "@unix(" in lowered:
        for user, password, host, port, database, span in go_dsns(line):
            claimed.append(span)
            filled = _format_filled_password(lines, index, line, span[0], password)
            filling = "" if filled is None else " (its password a format call's argument)"
            yield from report(
                password if filled is None else filled,
                f"MySQL password for {who(user)} in a Go MySQL DSN{filling} to {host or 'a local socket'}",
                MEDIUM if is_dev_host(host) else HIGH, user,
                form="go-dsn", engine="mysql", host=host, port=port or "3306", database=database)
    if "password" in lowered and "=" in line and ("host" in lowered or "dbname" in lowered):
        for pairs, span in libpq_strings(line):
            claimed.append(span)
            yield from report_libpq(pairs, " to")
    if ";" in line and ("pass" in lowered or "pwd" in lowered) and any(
            key in lowered for key in _ADO_SERVER_KEYS):
        for pairs in ado_strings(line):
            claimed.append((0, len(line)))
            yield from report_ado(pairs, "in a connection string to")

    if len(claimed) == open_uris and len(line) <= MAX_SPLIT_LINE and (
            "pwd" in lowered or "password" in lowered or open_uris) and \
            not filename.lower().endswith(_NO_CONCATENATION) and _is_literal_line(line):
        for pairs in split_ado_strings(lines, index):
            yield from report_ado(pairs, "in a connection string split over string literals, to")
        for uri in split_uris(lines, index):
            yield from report_uri(uri, " split over string literals")
        if "=" in line and "password" in lowered:
            for pairs in split_libpq_strings(lines, index):
                yield from report_libpq(pairs, " split over string literals, to")

    lowered_name = filename.lower()
    in_code = lowered_name.endswith(EXPRESSION_SUFFIXES)
    if lowered_name.endswith((".yaml", ".yml")) and ":" in line:
        found = _YAML_PASSWORD.match(line)
        if found is not None and any(_DATABASE_PARENT.match(key) for key in yaml_ancestor_keys(lines, index)):
            yield from report(value_of(found)[0], "Database password under a database key in YAML", MEDIUM,
                              form="yaml")
    if lowered_name.endswith((".tf", ".tofu")) and "password" in lowered:
        found = _TF_PASSWORD.match(line)
        if found is not None and _in_terraform_database_block(lines, index):
            yield from report(found.group("dq"), "Database password in a Terraform database resource", HIGH,
                              form="terraform")

    unclaimed = _Outside(claimed) if claimed else lambda offset: True
    # (a line of PowerShell: its file's or its inline step's, or one setting the environment drive)
    powershell = lowered_name.endswith(_POWERSHELL_SUFFIXES) or lowered_name in _POWERSHELL_BLOCKS or "$env:" in lowered

    def assigned(found: "re.Match[str]") -> str:
        value, start = value_of(found)
        if not unclaimed(start):
            return ""
        if (found.group("bare") is not None or value.endswith("\\")) and _OPENS_A_CALL.match(value):
            # a call's result in any language (Flux's `secrets.get(key: "…")`, `env("DB_PASS")`), bare or as a
            # config file's reading quotes it whole (cut at its first escaped quote: `"secrets.get(key: \"…"`)
            return ""
        if (found.group("bare") is not None and value[:1] in "$(" and powershell
                and _POWERSHELL_EXPRESSION.match(value)):
            # a credential object's member (`$cred.GetNetworkCredential().Password`), a command's answer; a literal a
            # command is handed (not a name it reads by) is the password
            return (_powershell_literal(line[start:start + _POWERSHELL_EXPRESSION_READ])
                    if value[:1] == "(" and value[1:2] != "$" else "")
        if found.group("bare") is None and closes_a_literal(found, value, start):
            return ""  # a prompt's last words (`getpass('db password: ')`) and the code after its literal
        if found.group("bare") is None and JOIN_BETWEEN_LITERALS.search(value):
            # (the code between two literals: a JDBC URL's `";password=" + System.getenv("…") + ";…"`; a literal
            # joined there, or a password literal holding a join's sign, is the password)
            return joined_value(found, value, start)
        if value.endswith("\\") and _DECLARATION_HEAD.match(": " + value[:-1]):
            return ""  # a typed declaration read whole as a pair's value (`"constant String := \"…"`): its type, no value
        if ":" in value and names_a_secret_version(lines, index, value):
            return ""  # a Cloud Run secrets flag's `DB_PASSWORD=db-password:3`: a Secret Manager secret's name and version
        if "-" in value and names_a_kubernetes_secret(lines, index, unquoted(value)):
            return ""  # a ConfigMap's `DB_PASSWORD_SECRET: to-depot-db`: the name of the Secret holding the password
        if found.group("bare") is not None and value[:1] in "([" and _bracketed_note(line, start):
            return ""  # a note in brackets, cut at its first blank, where the password would stand: `(the one in Bitwarden)`
        if value.endswith("\\") and line[start + len(value):start + len(value) + 1] in ("\"", "'"):
            # (stop 61) a list's item as a config file's reading quotes the list whole, its quotes escaped (pytest-env's
            # `env = ["DB_PASSWORD=test"]` read as `"[\"DB_PASSWORD=test\"]"`): the value ends before the escape
            value = value[:-1]
        return "" if in_code and found.group("bare") is not None else value

    # A setting's name must hold a database word: one search of the line rules most lines out.
    if ("pass" in lowered or "pwd" in lowered) and _DATABASE_NAME.search(lowered):
        reported = [0]  # (the end of the last value reported: a setting inside it is not read again)
        for found in named_settings(line, lowered, reported):
            matches = list(report(assigned(found), "Database password assigned to a database-named setting", MEDIUM,
                                  form="setting"))
            if matches:
                reported[0] = found.end()
                yield from matches
    for name, value, start in env_defaults(line) if "pass" in lowered or "pwd" in lowered else ():
        folded_name = fold(name)
        if (_PASSWORD_WORD.search(folded_name) and _DATABASE_NAME.search(folded_name)
                and not _NOT_A_PASSWORD_NAME.search(folded_name)) and unclaimed(start):
            yield from report(value, f"Database password as the literal default of the {name} environment "
                              "variable", MEDIUM, form="env-default")
    kwargs = list(password_kwargs(line, lowered)) if "passw" in lowered else []
    if kwargs and _mentions_a_database(lines, index):
        for found in kwargs:
            yield from report(assigned(found), "Database password in a client call or connection settings",
                              MEDIUM, form="kwarg")


def _sql(lines: Sequence[str], index: int, line: str, filename: str) -> Iterator[Match]:
    """Passwords SQL statements set (CREATE ROLE … PASSWORD '…', CREATE USER … IDENTIFIED BY
    '…', CREATE LOGIN … WITH PASSWORD = '…', user mappings), and a dump row's credential."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential

    lowered = fold(line)
    seen: Set[str] = set()
    document = filename.lower().endswith(DOCUMENT_SUFFIXES)
    statement_lines, statement_index = lines, index
    if "\\040" in line and filename.lower().endswith("mysql_history"):
        # The mysql client's history writes a blank as `\040`: the statement as it was typed.
        statement_lines = [line_text(lines, number).replace("\\040", " ")
                           for number in range(max(0, index - MAX_SQL_LINES), index + 1)]
        statement_index = len(statement_lines) - 1
        lowered = fold(statement_lines[-1])
    if "password" in lowered or "identified" in lowered:
        for value, statement, user in sql_passwords(statement_lines, statement_index, lowered):
            if value in seen or not is_real(value, user) or value.lower() in SQL_DOC_EXAMPLES:
                continue
            if document and not is_literal_credential(value, True, False):
                continue  # documentation's `CREATE USER geodjango PASSWORD 'my_passwd'`
            seen.add(value)
            engine = ("postgresql" if "ROLE" in statement or "GROUP" in statement else
                      "sqlserver" if "LOGIN" in statement or "CRYPTION" in statement else
                      "mysql" if statement in ("SET PASSWORD", "GRANT", "UPDATE MYSQL.USER") else "")
            details = {key: item for key, item in (("form", "sql"), ("engine", engine), ("user", user)) if item}
            yield Match(secret=value, description=f"{ENGINE_NAMES[engine]} password set by a SQL {statement} "
                        f"statement{f' for user {user!r}' if user else ''}",
                        confidence=HIGH if looks_random(value) else MEDIUM, details=details)
    if ("pass" in lowered or "pwd" in lowered) and "'" in line and (
            filename.lower().endswith(".sql") or "values" in lowered or "insert" in lowered):
        for key, value in sql_row_credentials(line):
            if value not in seen:
                seen.add(value)
                yield Match(secret=value, description=f"literal credential beside the credential-named key {key} "
                            "in a SQL row", confidence=MEDIUM, details={"form": "sql-row"})


def _oracle(lines: Sequence[str], index: int, line: str) -> Iterator[Match]:
    """Oracle logins `user/password@identifier` (oracle_logins)."""
    lowered = line.lower()
    if not ("@" in line or "userid" in lowered or "conn" in lowered or "exp" in lowered or "imp" in lowered
            or "tkprof" in lowered):
        return
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential

    seen: Set[str] = set()
    for form, user, password, target in oracle_logins(lines, index, line, lowered):
        if (password in seen or password.startswith(_ORACLE_NOT_PASSWORDS) or is_version(target)
                or not is_real(password, user.strip('"'))):
            continue
        if form in ("setting", "literal") and not is_literal_credential(password, True, False):
            continue  # (no client named on the line: the value must look like a password, not `owner/repo@main`)
        if form in ("setting", "literal") and _given_to_a_connect_call(lines, index, line):
            continue  # the literal kind's (see _given_to_a_connect_call)
        seen.add(password)
        host = target.lstrip("/").split(":", 1)[0].split("/", 1)[0]
        where = {"jdbc": "a JDBC Oracle URL", "command": "an Oracle client's login",
                 "setting": "an Oracle connect string", "literal": "an Oracle driver's connect string"}[form]
        details = {key: item for key, item in (("form", f"oracle-{form}"), ("engine", "oracle"),
                                               ("host", host), ("user", user.strip('"'))) if item}
        yield Match(secret=password, description=f"Oracle password for user {user.strip(chr(34))!r} in {where}"
                    f"{f' to {target}' if target else ''}",
                    confidence=HIGH if looks_random(password) and not is_dev_host(host) else MEDIUM, details=details)


def _pgpass(line: str) -> Iterator[Match]:
    """A .pgpass line: hostname:port:database:username:password."""
    if line.lstrip().startswith("#"):
        return
    fields = pgpass_fields(line.strip())
    if fields is None:
        return
    host, port, database, user, password = fields
    if password != "*" and is_real(password, user):
        yield Match(secret=password, description=f"PostgreSQL password for user {user!r} in a .pgpass line "
                    f"for {host if host != '*' else 'any host'}",
                    confidence=MEDIUM if is_dev_host(host) or host == "*" else HIGH,
                    details={key: item for key, item in (("form", "pgpass"), ("engine", "postgresql"),
                             ("host", host if host != "*" else ""), ("port", port if port != "*" else "5432"),
                             ("database", database if database != "*" else ""), ("user", user)) if item})


def _userlist(line: str) -> Iterator[Match]:
    """A PgBouncer auth_file line: `"user" "password"` (hashes and verifiers are no password)."""
    found = _USERLIST_LINE.match(line)
    if found is None:
        return
    user, password = (found.group(name).replace('""', '"') for name in ("user", "password"))
    if not _SQL_HASH.match(password) and is_real(password, user):
        yield Match(secret=password, description=f"PostgreSQL password for user {user!r} in a PgBouncer auth_file",
                    confidence=HIGH, details={"form": "pgbouncer-userlist", "engine": "postgresql", "user": user})


def _command_line(line: str, own_from: int = 0) -> Iterator[Match]:
    """`mysql -u root -pSECRET`, `mysqldump --password=SECRET`, `sqlcmd -U sa -P SECRET`
    (`own_from`: see command_passwords)."""
    for tool, password, user, host in command_passwords(line, own_from):
        if not is_real(password, user) or password.startswith("$"):
            continue
        engine = "sqlserver" if tool in ("sqlcmd", "bcp") else "mariadb" if tool.startswith("mariadb") else "mysql"
        details = {key: item for key, item in (("form", "command"), ("engine", engine), ("host", host),
                                               ("port", DEFAULT_PORTS[engine]), ("user", user)) if item}
        yield Match(secret=password, description=f"{ENGINE_NAMES[engine]} password for "
                    f"{f'user {user!r}' if user else 'no user named'} on a {tool} command line",
                    confidence=MEDIUM if is_dev_host(host) or not looks_random(password) else HIGH, details=details)


def _mentions_a_database(lines: Sequence[str], index: int) -> bool:
    """The line, or a line up to five above it (a multi-line call or dict), names a database client
    or a JDBC URL (Spring beans, IDE data sources: `url=jdbc:oracle:thin:@…` beside `password=`)."""
    text = "\n".join(line_text(lines, other) for other in range(max(0, index - 5), index + 1)).lower()
    if any(word in text for word in _CLIENT_WORDS) or "jdbc:" in text:
        return True
    if ("databas" in text or "datasource" in text) and _SETTINGS_BLOCK.search(text) is not None:
        return True
    # A settings block naming its engine: dbt profiles and Grafana datasources (`type:
    # postgres`), Rails database.yml (`adapter: postgresql`), `engine = "mysql"`.
    return any(word in text for word in _ENGINE_WORDS) and _ENGINE_SETTING.search(text) is not None


# --- live check (--verify) ------------------------------------------------------------------
# Databases: log in to the PostgreSQL or MySQL/MariaDB server named with the password, then leave.
#
# Only the host named in the finding (a URI, a libpq or ADO string, a Go DSN) is contacted, and it
# must resolve to public addresses unless the person running secretfence passed
# --verify-allow-internal. Nothing is queried: the check ends at the login's answer.
#
# - PostgreSQL (protocol 3.0, stdlib only): a StartupMessage, then the authentication the server
#   asks for: SCRAM-SHA-256 (RFC 5802/7677; the server's own signature is checked too), MD5, or a
#   cleartext password, which is sent only inside TLS. AuthenticationOk → live; SQLSTATE 28P01
#   (invalid_password) → dead.
# - MySQL / MariaDB: the server's handshake, then mysql_native_password or caching_sha2_password
#   (its fast path; a full authentication sends the password itself, so only inside TLS),
#   following the server's auth switch. OK → live; error 1045 (access denied) → dead.
# - TLS when the finding asks for it (sslmode=require…, ssl=true, tls=true…), with certificate
#   and host name checks; otherwise none: both logins above are challenge-response and never put
#   the password itself on the wire.
# - MongoDB, AMQP and SQL Server credentials are not checked.
#
# What a server says reaches the report only as a SQLSTATE code (five of [0-9A-Z]), a MySQL error
# number, or the name of a known authentication method; anything else is "unexpected reply".

MAX_MESSAGE = 1 << 16  # bytes; no login message comes near it
MAX_MESSAGES = 32  # a login that takes more is not one
MAX_SCRAM_ITERATIONS = 1_000_000  # PostgreSQL's default is 4096; more would only burn our time
LOGIN_ENGINES = {"postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB"}  # what is logged in to
NOT_CHECKED = {
    "mongodb": "MongoDB credentials are not checked",
    "amqp": "AMQP (RabbitMQ) credentials are not checked",
    "sqlserver": "SQL Server credentials are not checked",
    "oracle": "Oracle credentials are not checked",
}
_SQLSTATE = lazy_regex(rb"[0-9A-Z]{5}\Z")


class Unexpected(Exception):
    """The server said something a login does not say: the verdict is "unexpected reply"."""


class _Wire:
    """One connection, read and written under the check's deadline; TLS can be started on it."""

    def __init__(self, sock: "socket.socket", deadline: "Deadline") -> None:
        # Sockets and ssl load only when something is verified (the hook imports every kind).
        from secretfence.verify import _net

        self._net = _net
        self.sock: "socket.socket" = sock
        self.deadline = deadline
        self.stream = _net.reader(sock, deadline)
        self.tls = False

    def send(self, data: bytes) -> None:
        self._net.send_all(self.sock, data, self.deadline)

    def read(self, size: int) -> bytes:
        data = self.stream.read(size)
        if data is None or len(data) < size:
            raise self._net.NetworkError("connection closed early")
        return data

    def start_tls(self, host: str) -> None:
        # The server says nothing more until the client's TLS hello, so nothing is left buffered.
        self.sock = self._net.start_tls(self.sock, host, self.deadline)
        self.stream = self._net.reader(self.sock, self.deadline)
        self.tls = True

    def close(self) -> None:
        self.sock.close()


def check(finding: Finding, options: Options, deadline: "Deadline") -> Verdict:
    from secretfence.verify._net import InternalAddressRefused, NetworkError, open_connection
    
    details = finding.details
    engine = str(details.get("engine", ""))
    if engine in NOT_CHECKED:
        return Verdict(UNKNOWN, NOT_CHECKED[engine])
    name = LOGIN_ENGINES.get(engine)
    host = str(details.get("host", ""))
    if name is None or not host:
        return Verdict(UNKNOWN, "no host named with this password")
    if host.startswith("/") or "%2f" in host.lower():
        return Verdict(UNKNOWN, "unix socket: not contacted")
    port_text = str(details.get("port", ""))
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        return Verdict(UNKNOWN, "no valid port named with this password: not contacted")
    user = str(details.get("user", ""))
    if not user:
        return Verdict(UNKNOWN, "no user named with this password")
    password = password_of(finding)
    database = str(details.get("database", "")) or user
    tls = details.get("tls") == "required"
    try:
        sock = open_connection(host, int(port_text), deadline, refuse_internal=not options.allow_internal)
        wire = _Wire(sock, deadline)
        try:
            if engine == "postgresql":
                return postgres_login(wire, host, user, password, database, tls)
            return mysql_login(wire, host, user, password, tls, name)
        finally:
            wire.close()
    except InternalAddressRefused as refused:
        return Verdict(UNKNOWN, str(refused))
    except NetworkError as error:
        return Verdict(UNKNOWN, f"{name} server unreachable ({error})")
    except Unexpected:
        return Verdict(UNKNOWN, f"the {name} server sent an {UNEXPECTED}")


def password_of(finding: Finding) -> str:
    """The password as the client would send it: URIs are percent-encoded, libpq values escaped."""
    form = finding.details.get("form")
    if form == "uri":
        return unquote(finding.secret, errors="surrogateescape")
    if form == "libpq":
        return re.sub(r"\\(.)", r"\1", finding.secret)
    return finding.secret


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


# --- PostgreSQL ----------------------------------------------------------------------------------

_PG_PROTOCOL = 196608  # 3.0
_PG_SSL_REQUEST = 80877103
_PG_OTHER_METHODS = {2: "Kerberos V5", 6: "SCM credential", 7: "GSSAPI", 8: "GSSAPI", 9: "SSPI"}


def postgres_login(wire: _Wire, host: str, user: str, password: str, database: str, tls: bool) -> Verdict:
    if tls:
        wire.send(struct.pack("!ii", 8, _PG_SSL_REQUEST))
        answer = wire.read(1)
        if answer == b"N":
            return Verdict(UNKNOWN, "the PostgreSQL server does not offer TLS")
        if answer != b"S":
            raise Unexpected()
        wire.start_tls(host)
    parameters = b"user\0" + _utf8(user) + b"\0database\0" + _utf8(database) + b"\0\0"
    wire.send(struct.pack("!ii", 8 + len(parameters), _PG_PROTOCOL) + parameters)
    scram: Optional[Scram] = None
    for _ in range(MAX_MESSAGES):
        kind, body = _pg_message(wire)
        if kind == b"E":
            return _pg_error(body)
        if kind in (b"N", b"v"):  # a notice, or the server's protocol version: not an answer yet
            continue
        if kind != b"R" or len(body) < 4:
            raise Unexpected()
        (code,) = struct.unpack("!i", body[:4])
        if code == 0:
            return Verdict(LIVE, "the PostgreSQL server accepted the password")
        if code == 3:
            if not wire.tls:
                return Verdict(UNKNOWN, "the PostgreSQL server asks for the password in clear text outside TLS: "
                                        "not sent")
            _pg_send(wire, b"p", _utf8(password) + b"\0")
        elif code == 5 and len(body) == 8:
            _pg_send(wire, b"p", md5_response(user, password, body[4:8]) + b"\0")
        elif code == 10:
            if b"SCRAM-SHA-256" not in body[4:].split(b"\0"):
                return Verdict(UNKNOWN, "the PostgreSQL server asks for an unknown SASL mechanism")
            scram = Scram(password)
            first = scram.client_first()
            _pg_send(wire, b"p", b"SCRAM-SHA-256\0" + struct.pack("!i", len(first)) + first)
        elif code == 11 and scram is not None:
            _pg_send(wire, b"p", scram.client_final(body[4:]))
        elif code == 12 and scram is not None:
            if not scram.server_signature_matches(body[4:]):
                return Verdict(UNKNOWN, "the PostgreSQL server's SCRAM signature does not match: not trusted")
        elif code in _PG_OTHER_METHODS:
            return Verdict(UNKNOWN, f"the PostgreSQL server asks for {_PG_OTHER_METHODS[code]} authentication")
        else:
            raise Unexpected()
    raise Unexpected()


def _pg_message(wire: _Wire) -> Tuple[bytes, bytes]:
    kind = wire.read(1)
    (length,) = struct.unpack("!i", wire.read(4))
    if not 4 <= length <= MAX_MESSAGE:
        raise Unexpected()
    return kind, wire.read(length - 4)


def _pg_send(wire: _Wire, kind: bytes, body: bytes) -> None:
    wire.send(kind + struct.pack("!i", len(body) + 4) + body)


def _pg_error(body: bytes) -> Verdict:
    """The verdict for an ErrorResponse, from its SQLSTATE code alone (its text may quote anything)."""
    code = b""
    for field in body.split(b"\0"):
        if field[:1] == b"C":
            code = field[1:]
    if not _SQLSTATE.match(code):
        return Verdict(UNKNOWN, f"the PostgreSQL server sent an {UNEXPECTED}")
    sqlstate = code.decode("ascii")
    if sqlstate == "28P01":  # invalid_password
        return Verdict(DEAD, "the PostgreSQL server rejected the password (SQLSTATE 28P01)")
    return Verdict(UNKNOWN, f"the PostgreSQL server answered SQLSTATE {sqlstate}")


def md5_response(user: str, password: str, salt: bytes) -> bytes:
    """PostgreSQL's MD5 answer: "md5" + md5(md5(password + user) + salt), in hex."""
    inner = hashlib.md5(_utf8(password) + _utf8(user)).hexdigest().encode("ascii")
    return b"md5" + hashlib.md5(inner + salt).hexdigest().encode("ascii")


class Scram:
    """The client side of SCRAM-SHA-256 without channel binding (`n,,`), as libpq speaks it."""

    def __init__(self, password: str) -> None:
        self.password = saslprep_bytes(password)
        self.nonce = base64.b64encode(os.urandom(18)).decode("ascii")
        self.first_bare = "n=,r=" + self.nonce  # PostgreSQL takes the user from the startup message
        self.auth_message = b""
        self.server_key = b""

    def client_first(self) -> bytes:
        return ("n,," + self.first_bare).encode("ascii")

    def client_final(self, server_first: bytes) -> bytes:
        try:
            text = server_first.decode("ascii")
            attributes = dict(part.split("=", 1) for part in text.split(","))
            nonce, salt = attributes["r"], base64.b64decode(attributes["s"], validate=True)
            iterations = int(attributes["i"])
        except (ValueError, KeyError, UnicodeDecodeError):
            raise Unexpected() from None
        if not nonce.startswith(self.nonce) or len(nonce) == len(self.nonce):
            raise Unexpected()
        if not 0 < iterations <= MAX_SCRAM_ITERATIONS:
            raise Unexpected()
        salted = hashlib.pbkdf2_hmac("sha256", self.password, salt, iterations)
        client_key = _hmac(salted, b"Client Key")
        final_without_proof = "c=biws,r=" + nonce  # biws: base64 of the `n,,` header
        self.auth_message = f"{self.first_bare},{text},{final_without_proof}".encode("ascii")
        signature = _hmac(hashlib.sha256(client_key).digest(), self.auth_message)
        proof = bytes(a ^ b for a, b in zip(client_key, signature))
        self.server_key = _hmac(salted, b"Server Key")
        return (final_without_proof + ",p=" + base64.b64encode(proof).decode("ascii")).encode("ascii")

    def server_signature_matches(self, server_final: bytes) -> bool:
        if not server_final.startswith(b"v="):
            return False
        try:
            signature = base64.b64decode(server_final[2:].split(b",")[0], validate=True)
        except ValueError:
            return False
        return hmac.compare_digest(signature, _hmac(self.server_key, self.auth_message))


def _hmac(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, hashlib.sha256).digest()


def saslprep_bytes(password: str) -> bytes:
    """The password as PostgreSQL hashes it: SASLprep'd (RFC 4013) when that succeeds, else raw."""
    try:
        return saslprep(password).encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        return _utf8(password)


def saslprep(text: str) -> str:
    """RFC 4013 SASLprep (stored strings): map, NFKC, prohibit, check bidi. ValueError if prohibited."""
    if text.isascii() and text.isprintable():
        return text  # nothing to map, normalise or prohibit
    mapped = "".join(" " if stringprep.in_table_c12(c) else "" if stringprep.in_table_b1(c) else c for c in text)
    normalized = unicodedata.ucd_3_2_0.normalize("NFKC", mapped)
    prohibited = (stringprep.in_table_c12, stringprep.in_table_c21_c22, stringprep.in_table_c3, stringprep.in_table_c4,
                  stringprep.in_table_c5, stringprep.in_table_c6, stringprep.in_table_c7, stringprep.in_table_c8,
                  stringprep.in_table_c9, stringprep.in_table_a1)
    if not normalized or any(test(c) for c in normalized for test in prohibited):
        raise ValueError("prohibited character")
    if any(stringprep.in_table_d1(c) for c in normalized):
        if any(stringprep.in_table_d2(c) for c in normalized):
            raise ValueError("mixed bidirectional text")
        if not (stringprep.in_table_d1(normalized[0]) and stringprep.in_table_d1(normalized[-1])):
            raise ValueError("bidirectional text not enclosed")
    return normalized


# --- MySQL / MariaDB -----------------------------------------------------------------------------

_CLIENT_LONG_PASSWORD = 0x1
_CLIENT_PROTOCOL_41 = 0x200
_CLIENT_SSL = 0x800
_CLIENT_SECURE_CONNECTION = 0x8000
_CLIENT_PLUGIN_AUTH = 0x80000
_MAX_PACKET = 1 << 24
_UTF8MB4 = 45
_NATIVE = b"mysql_native_password"
_CACHING_SHA2 = b"caching_sha2_password"
_CLEAR = b"mysql_clear_password"
# Methods a server may switch to that secretfence does not speak, by name (never echoed otherwise).
_KNOWN_METHODS = frozenset({
    b"client_ed25519", b"parsec", b"auth_gssapi_client", b"sha256_password", b"dialog", b"mysql_old_password",
    b"authentication_kerberos_client", b"authentication_ldap_sasl_client", b"authentication_oci_client",
    b"authentication_fido_client", b"authentication_webauthn_client", b"authentication_openid_connect_client",
})


def mysql_login(wire: _Wire, host: str, user: str, password: str, tls: bool, name: str) -> Verdict:
    sequence, payload = _my_packet(wire)
    if payload[:1] == b"\xff":
        return _my_error(payload, name)
    capabilities, scramble, method = _my_handshake(payload)
    if not capabilities & _CLIENT_PROTOCOL_41 or not capabilities & _CLIENT_SECURE_CONNECTION:
        return Verdict(UNKNOWN, f"the {name} server speaks a protocol older than 4.1: not checked")
    ours = _CLIENT_LONG_PASSWORD | _CLIENT_PROTOCOL_41 | _CLIENT_SECURE_CONNECTION | _CLIENT_PLUGIN_AUTH
    header = struct.pack("<IIB23x", ours, _MAX_PACKET, _UTF8MB4)
    if tls:
        if not capabilities & _CLIENT_SSL:
            return Verdict(UNKNOWN, f"the {name} server does not offer TLS")
        ours |= _CLIENT_SSL
        header = struct.pack("<IIB23x", ours, _MAX_PACKET, _UTF8MB4)
        sequence += 1
        _my_send(wire, sequence, header)
        wire.start_tls(host)
    if method not in (_NATIVE, _CACHING_SHA2):
        method = _NATIVE  # as the mysql client does; the server switches if the account needs another
    answer = scramble_response(method, password, scramble)
    sequence += 1
    _my_send(wire, sequence, header + _utf8(user) + b"\0" + bytes([len(answer)]) + answer + method + b"\0")
    for _ in range(MAX_MESSAGES):
        sequence, payload = _my_packet(wire)
        status = payload[:1]
        if status == b"\x00":
            _my_send(wire, 0, b"\x01")  # COM_QUIT
            return Verdict(LIVE, f"the {name} server accepted the password")
        if status == b"\xff":
            return _my_error(payload, name)
        if status == b"\xfe":  # AuthSwitchRequest: name NUL data
            method, _, data = payload[1:].partition(b"\0")
            if method in (_NATIVE, _CACHING_SHA2):
                answer = scramble_response(method, password, data[:20])  # then a NUL
            elif method == _CLEAR and wire.tls:
                answer = _utf8(password) + b"\0"
            elif method == _CLEAR:
                return Verdict(UNKNOWN, f"the {name} server asks for the password in clear text outside TLS: not sent")
            elif method in _KNOWN_METHODS or not method:
                shown = method.decode("ascii") if method else "mysql_old_password"
                return Verdict(UNKNOWN, f"the {name} server asks for {shown} authentication: not checked")
            else:
                return Verdict(UNKNOWN, f"the {name} server asks for an unknown authentication method")
            sequence += 1
            _my_send(wire, sequence, answer)
        elif status == b"\x01" and method == _CACHING_SHA2:  # AuthMoreData
            if payload[1:2] == b"\x03":  # fast authentication succeeded: OK follows
                continue
            if payload[1:2] != b"\x04":
                raise Unexpected()
            if not wire.tls:
                return Verdict(UNKNOWN, f"the {name} server asks for a full caching_sha2_password authentication, "
                                        "which sends the password itself: not without TLS")
            sequence += 1
            _my_send(wire, sequence, _utf8(password) + b"\0")
        else:
            raise Unexpected()
    raise Unexpected()


def _my_packet(wire: _Wire) -> Tuple[int, bytes]:
    header = wire.read(4)
    length = header[0] | header[1] << 8 | header[2] << 16
    if length > MAX_MESSAGE:
        raise Unexpected()
    return header[3], wire.read(length)


def _my_send(wire: _Wire, sequence: int, payload: bytes) -> None:
    wire.send(struct.pack("<I", len(payload))[:3] + bytes([sequence & 0xFF]) + payload)


def _my_handshake(payload: bytes) -> Tuple[int, bytes, bytes]:
    """(capabilities, 20-byte scramble, default auth method) of a protocol 10 handshake."""
    if payload[:1] != b"\x0a":
        raise Unexpected()
    end_of_version = payload.find(b"\0", 1)
    if end_of_version < 0 or len(payload) < end_of_version + 1 + 4 + 8 + 1 + 2:
        raise Unexpected()
    position = end_of_version + 1 + 4  # connection id
    scramble = payload[position:position + 8]
    position += 9  # and a filler byte
    (capabilities,) = struct.unpack("<H", payload[position:position + 2])
    position += 2
    method = b""
    if len(payload) >= position + 16:
        upper, auth_length = struct.unpack("<xxxHB", payload[position:position + 6])
        capabilities |= upper << 16
        position += 16  # character set, status, upper capabilities, length, 10 reserved bytes
        rest = max(13, auth_length - 8)
        scramble += payload[position:position + 12]  # then a NUL
        position += rest
        if capabilities & _CLIENT_PLUGIN_AUTH:
            method = payload[position:].split(b"\0", 1)[0]
    if len(scramble) != 20:
        raise Unexpected()
    return capabilities, scramble, method


def scramble_response(method: bytes, password: str, scramble: bytes) -> bytes:
    """mysql_native_password: SHA1(pw) XOR SHA1(scramble + SHA1(SHA1(pw)));
    caching_sha2_password: SHA256(pw) XOR SHA256(SHA256(SHA256(pw)) + scramble)."""
    if not password:
        return b""
    secret = _utf8(password)
    if method == _NATIVE:
        first = hashlib.sha1(secret).digest()
        mix = hashlib.sha1(scramble + hashlib.sha1(first).digest()).digest()
    else:
        first = hashlib.sha256(secret).digest()
        mix = hashlib.sha256(hashlib.sha256(first).digest() + scramble).digest()
    return bytes(a ^ b for a, b in zip(first, mix))


def _my_error(payload: bytes, name: str) -> Verdict:
    if len(payload) < 3:
        raise Unexpected()
    (code,) = struct.unpack("<H", payload[1:3])
    if code == 1045:  # ER_ACCESS_DENIED_ERROR
        return Verdict(DEAD, f"the {name} server rejected the password (error 1045)")
    if code == 1862:  # ER_MUST_CHANGE_PASSWORD_LOGIN: right password, expired
        return Verdict(LIVE, f"the {name} server accepted the password (it has expired: error 1862)")
    return Verdict(UNKNOWN, f"the {name} server answered error {code}")
