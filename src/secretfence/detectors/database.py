"""Database credentials: connection URIs, DSN strings, well-known password settings.

Formats:
- URIs `scheme://user:password@host[:port][,host2…]/db?params` for PostgreSQL (`postgres`,
  `postgresql`, `postgis`, SQLAlchemy's `postgresql+psycopg2` & co.), MySQL/MariaDB (`mysql`,
  `mysql+pymysql` & co., `mariadb`), MongoDB (`mongodb`, `mongodb+srv`) and AMQP/RabbitMQ
  (`amqp`, `amqps`), with or without a JDBC `jdbc:` prefix; `password=` / `user=` query
  parameters count too (libpq URIs, JDBC `jdbc:postgresql://h/db?user=u&password=p`, and
  `jdbc:sqlserver://h;user=u;password=p`). The password ends at the authority's last `@`
  (drivers parse it so; a `/`, `?` or `#` in it must be percent-encoded).
- libpq key=value strings (`host=… dbname=… user=… password=…`, PostgreSQL docs 34.1.1).
- ADO.NET / ODBC connection strings (`Server=…;Database=…;User Id=…;Password=…`), only where
  they name a server and a database, user or driver.
- go-sql-driver/mysql DSNs (`user:password@tcp(host:port)/db`).
- Settings named for a database (`POSTGRES_PASSWORD`, `PGPASSWORD`, `MYSQL_ROOT_PASSWORD`,
  `MONGO_INITDB_ROOT_PASSWORD`, `RABBITMQ_DEFAULT_PASS`, `DB_PASSWORD`,
  `spring.datasource.password`) and `password=` in a client call or settings block that names a
  database driver (`psycopg2.connect(…)`, Django's `DATABASES`).

Placeholders are not secrets: `${VAR}`, `{{ var }}`, `<password>`, `%(password)s`, `password`,
`changeme`, `xxxx`, `****`, empty passwords, the stock defaults (`postgres`, `root`, `guest`,
SQLAlchemy's `scott:tiger`), a password equal to its user name, and values read from the
environment. A password for localhost, a loopback address or a docker-compose style service
name (`db`, `postgres`, `mysql`, `mongo`, `rabbitmq`, …) is medium confidence, as are weak
passwords and passwords found by name or context.
"""
from __future__ import annotations

import bisect
import re
from typing import Dict, Iterator, List, Optional, Sequence, Set, Tuple
from urllib.parse import unquote

from secretfence.detectors._base import (
    Match,
    Sample,
    SecretfenceDetector,
    fold,
    is_placeholder,
    lazy_regex,
    line_text,
    value_of,
)
from secretfence.findings import HIGH, MEDIUM

# --- what each engine is called, and where it listens by default ----------------------------

ENGINE_NAMES = {
    "postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB", "mongodb": "MongoDB",
    "amqp": "AMQP (RabbitMQ)", "sqlserver": "SQL Server", "": "database",
}
DEFAULT_PORTS = {"postgresql": "5432", "mysql": "3306", "mariadb": "3306", "mongodb": "27017", "amqp": "5672",
                 "sqlserver": "1433"}

# --- URIs --------------------------------------------------------------------------------------

# A scheme (JDBC's `jdbc:` prefix allowed), not inside a longer word. `sqlserver` only after
# `jdbc:` (checked in `uris`).
SCHEME = lazy_regex(
    r"(?i)(?<![A-Za-z0-9+.-])(?P<jdbc>jdbc:)?(?P<scheme>postgres(?:ql)?(?:\+[a-z0-9_]{1,20})?|postgis|"
    r"mysql(?:\+[a-z0-9_]{1,20})?|mariadb(?:\+[a-z0-9_]{1,20})?|mongodb(?:\+srv)?|amqps?|sqlserver)://"
)
# Where a URI ends in text: whitespace, quotes, angle brackets.
_SCHEME_WORDS = ("postgres", "postgis", "mysql", "mariadb", "mongodb", "amqp", "sqlserver")
_URI_END = lazy_regex(r"[\s'\"`<>]")
_AUTHORITY_END = lazy_regex(r"[/?#]")
_AUTHORITY_END_SEMICOLON = lazy_regex(r"[/?#;]")  # jdbc:sqlserver://host:1433;user=…;password=…
_PATH_END = lazy_regex(r"[?#]")
_PARAMETER = lazy_regex(r"[?&;](?P<key>[A-Za-z_.-]{1,40})=(?P<value>[^&;#]*)")
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
        for parameter in _PARAMETER.finditer(line, authority_end, end):
            parameters.setdefault(parameter.group("key").lower(), parameter.group("value"))
        yield Uri(scheme, jdbc, user, password, host, port, path, parameters, (scheme_match.start(), end))


def engine_of(scheme: str) -> str:
    base = scheme.split("+", 1)[0]
    if base in ("postgres", "postgresql", "postgis"):
        return "postgresql"
    if base in ("amqp", "amqps"):
        return "amqp"
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


# --- settings named for a database, and password= near a database client ----------------------

# Names are runs of [\w.-]; one holding a password word is found from the word (on the folded
# line), then read back to its start and on to its end, once.
_PASSWORD_WORD = lazy_regex(r"pass|pwd")
_RUN_REST = lazy_regex(r"[\w.-]*")
_DATABASE_NAME = lazy_regex(
    r"postgres|mysql|mariadb|mongo|rabbitmq|amqp|datasource|database|(?<![a-z0-9])(?:pg|db|sql|psql)(?:[._-]|pass|pwd)"
)
_NOT_A_PASSWORD_NAME = lazy_regex(r"file|path|dir")
_ASSIGNED = lazy_regex(
    r"""["'\]]*\s*(?::=|=>|=|:)\s*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]]+))"""
)
# `password=` / `"passwd": …`, found on the folded line (a literal prefix: a fast search), its
# value then read from the line itself; it must follow the line's start or one of \s,;({"'.
_KWARG_NAME = lazy_regex(r"passw(?:or)?d")
_KWARG_VALUE = lazy_regex(
    r"""(?i)passw(?:or)?d["']?\s*(?:=|:)\s*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]]+))"""
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


def named_settings(line: str, folded: str) -> Iterator["re.Match[str]"]:
    """Values assigned to names like POSTGRES_PASSWORD or spring.datasource.password (groups
    dq / sq / bare). `folded` is `fold(line)` (same offsets).

    Each run is read once: a password word inside a run already read is skipped, and reading
    back never passes the end of the previous run.
    """
    read_to = 0
    for word in _PASSWORD_WORD.finditer(folded):
        if word.start() < read_to:
            continue
        start = word.start()
        while start > read_to and (line[start - 1].isalnum() or line[start - 1] in "_.-"):  # \w is isalnum or _
            start -= 1
        end = _RUN_REST.match(line, word.end()).end()
        read_to = end
        if _DATABASE_NAME.search(folded, start, end) is None:
            continue
        if _NOT_A_PASSWORD_NAME.search(folded, start, end):
            continue  # POSTGRES_PASSWORD_FILE, PGPASSFILE: a path, not a password
        value = _ASSIGNED.match(line, end)
        if value is not None:
            yield value


# --- what counts as a real password -----------------------------------------------------------

# Stock defaults and documentation passwords of these servers and their docs.
DEFAULT_PASSWORDS = frozenset({
    "postgres", "postgresql", "postgis", "mysql", "mariadb", "mongo", "mongodb", "rabbitmq", "rabbit", "guest",
    "root", "toor", "amqp", "db", "dbpass", "dbpassword", "db_password", "db-password", "database", "pgpass",
    "pgpassword", "sa", "tiger",
})
_FROM_ENVIRONMENT = lazy_regex(r"(?i)^(?:os\.|env|getenv|environ|settings\.|config\.|self\.|\w+\()")
_TEMPLATE_CHARACTERS = lazy_regex(r"[\[\]<>{}]|\$\(")
# In source code an unquoted value is an expression (a variable, a call), not a literal.
_CODE_SUFFIXES = (".py", ".pyi", ".js", ".ts", ".go", ".java", ".rb", ".php", ".cs", ".rs", ".kt", ".scala",
                  ".swift", ".c", ".cc", ".cpp", ".h", ".ipynb")
# Hosts of a developer's machine or a docker-compose network: a password for them is medium.
_DEV_HOSTS = lazy_regex(
    r"(?i)^(?:localhost|localhost\.localdomain|127(?:\.\d{1,3}){3}|0\.0\.0\.0|::1?|host\.docker\.internal|"
    r"(?:db|database|postgres|postgresql|postgis|pg|pgsql|mysql|mariadb|mongo|mongodb|rabbitmq|rabbit|amqp|broker|"
    r"sql|example)(?:[-_]?\d+)?|example\.\w+|[\w.-]*\.(?:example\.\w+|localhost|local|test|invalid))?$"
)


def _clean(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def is_real(value: str, user: str = "") -> bool:
    """Not empty, a placeholder, a stock default, the user's own name, or an environment read."""
    decoded = unquote(value) if "%" in value else value
    lowered = decoded.lower()
    return (
        len(decoded) >= 4
        and not is_placeholder(value)
        and not is_placeholder(decoded)
        and lowered not in DEFAULT_PASSWORDS
        and lowered != unquote(user).lower()
        and not _FROM_ENVIRONMENT.match(value)
        and not _TEMPLATE_CHARACTERS.search(decoded)
    )


def looks_random(value: str) -> bool:
    """Strong, generated-looking passwords are high confidence; `mypass`, `p,ass` are not."""
    classes = sum(bool(re.search(pattern, value)) for pattern in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"))
    return len(value) >= 16 or (len(value) >= 8 and classes >= 3)


def is_dev_host(host: str) -> bool:
    """localhost, loopback, a compose service name, an example domain, or no host (a socket)."""
    return bool(_DEV_HOSTS.match(host)) or "%2f" in host.lower() or host.startswith("/")


REMEDIATION = (
    "Rotate the password on the server (ALTER ROLE … PASSWORD / ALTER USER … IDENTIFIED BY / "
    "db.changeUserPassword / rabbitmqctl change_password), update every client, and load it from "
    "the environment or a secret store instead of the file."
)


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


class SecretfenceDatabaseDetector(SecretfenceDetector):
    """Database passwords in PostgreSQL, MySQL/MariaDB, MongoDB and AMQP URIs, DSN strings and settings."""

    secret_type = "Database Credentials"
    kind = "database"
    # "pass" covers password, passwd, PGPASSWORD… (shared with the keyword and Redis detectors);
    # "pwd" covers ADO's Pwd=; the schemes cover URIs whose password has no such word nearby.
    keywords = ("postgres", "postgis", "mysql", "mariadb", "mongodb", "amqp", "pass", "pwd", "@tcp", "@unix(")
    remediation = REMEDIATION

    true_samples = (
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
        Sample("spring.datasource.password=Fh3Nq8Wx5Lz2", "application.properties", "Spring datasource"),
        Sample("DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n"
               "        'NAME': 'shop',\n        'PASSWORD': 'Gm4Xq7Lz2Vt9',\n    }\n}", "settings.py", "Django DATABASES"),
        Sample("cnx = mysql.connector.connect(user='scott', password='Qw8Er5Ty2Ui7', host='10.1.2.3', database='hr')",
               "report.py", "mysql.connector kwarg"),
        Sample("mongodb://myDBReader:D1fficultP%40ssw0rd@mongodb0.example.com:27017/?authSource=admin", "README.md",
               "percent-encoded (trufflehog)"),
        Sample("CONNECTION_URI=postgres://postgres:s2Tf2k@rLMy@pg.corp-db.net:5434/elephant", ".env",
               "unescaped @ in the password (kingfisher)"),
    )
    false_samples = (
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
    )

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        line = line_text(lines, index)
        if "=" not in line and ":" not in line:
            return  # every form assigns, or holds a `:` (a URI, a DSN): `pass` statements end here
        stripped = line.lstrip()
        comment = stripped.startswith(("#", "//", ";", "--"))
        lowered = fold(line)  # lower case, as IGNORECASE sees letters (same offsets)
        seen: Set[str] = set()

        def report(value: str, description: str, confidence: str, user: str = "",
                   **where: str) -> Iterator[Match]:
            value = _clean(value)
            if value not in seen and is_real(value, user):
                seen.add(value)
                if not looks_random(unquote(value) if where.get("form") == "uri" else value):
                    confidence = MEDIUM
                details = {key: item for key, item in where.items() if item}
                if user:
                    details["user"] = unquote(user) if where.get("form") == "uri" else user
                yield Match(secret=value, description=description, confidence=confidence, details=details)

        def who(user: str) -> str:
            return f"user {user!r}" if user else "no user named"

        # Where a URI or connection string stands: its password is not read again by name.
        claimed: List[Tuple[int, int]] = []

        if "://" in line and any(word in lowered for word in _SCHEME_WORDS):
            for uri in uris(line):
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
                claimed.append(uri.span)
                for password in (uri.password, uri.parameters.get("password", "")):
                    if password:
                        yield from report(
                            password, f"{ENGINE_NAMES[engine]} password for {who(unquote(user))} in "
                            f"{'an' if scheme[0] in 'aeiou' else 'a'} {scheme}:// URI to {target}", confidence, user, **where)
        if comment:
            return

        if "@tcp" in lowered or "@unix(" in lowered:
            for user, password, host, port, database, span in go_dsns(line):
                claimed.append(span)
                yield from report(
                    password, f"MySQL password for {who(user)} in a Go MySQL DSN to {host or 'a local socket'}",
                    MEDIUM if is_dev_host(host) else HIGH, user,
                    form="go-dsn", engine="mysql", host=host, port=port or "3306", database=database)
        if "password" in lowered and "=" in line and ("host" in lowered or "dbname" in lowered):
            for pairs, span in libpq_strings(line):
                claimed.append(span)
                host = pairs.get("host") or pairs.get("hostaddr", "")
                yield from report(
                    pairs["password"], f"PostgreSQL password for {who(pairs.get('user', ''))} in a libpq "
                    f"connection string to {host or 'a local socket'}",
                    MEDIUM if is_dev_host(host) else HIGH, pairs.get("user", ""),
                    form="libpq", engine="postgresql", host=host, port=pairs.get("port", "5432"),
                    database=pairs.get("dbname", ""),
                    tls="required" if pairs.get("sslmode", "") in ("require", "verify-ca", "verify-full") else "")
        if ";" in line and ("pass" in lowered or "pwd" in lowered) and any(
                key in lowered for key in _ADO_SERVER_KEYS):
            for pairs in ado_strings(line):
                claimed.append((0, len(line)))
                engine = ado_engine(pairs)
                server = next((pairs[key] for key in ("server", "host", "data source", "address", "addr",
                                                      "network address", "hostname") if key in pairs), "")
                server = server.split(":", 1)[1] if server.lower().startswith("tcp:") else server
                host, _, port = server.replace(",", ":").partition(":")
                user = next((pairs[key] for key in ("user id", "uid", "userid", "user", "username") if key in pairs), "")
                yield from report(
                    pairs["password"], f"{ENGINE_NAMES[engine]} password for {who(user)} in a connection string "
                    f"to {host or 'a local server'}", MEDIUM if is_dev_host(host) else HIGH, user,
                    form="ado", engine=engine, host=host, port=port or pairs.get("port", "") or DEFAULT_PORTS[engine],
                    database=pairs.get("database") or pairs.get("initial catalog", ""))

        in_code = filename.lower().endswith(_CODE_SUFFIXES)

        unclaimed = _Outside(claimed) if claimed else lambda offset: True

        def assigned(found: "re.Match[str]") -> str:
            value, start = value_of(found)
            if not unclaimed(start):
                return ""
            return "" if in_code and found.group("bare") is not None else value

        # A setting's name must hold a database word: one search of the line rules most lines out.
        if ("pass" in lowered or "pwd" in lowered) and _DATABASE_NAME.search(lowered):
            for found in named_settings(line, lowered):
                yield from report(assigned(found), "Database password assigned to a database-named setting", MEDIUM,
                                  form="setting")
        kwargs = list(password_kwargs(line, lowered)) if "passw" in lowered else []
        if kwargs and self._mentions_a_database(lines, index):
            for found in kwargs:
                yield from report(assigned(found), "Database password in a client call or connection settings",
                                  MEDIUM, form="kwarg")

    @staticmethod
    def _mentions_a_database(lines: Sequence[str], index: int) -> bool:
        """The line, or a line up to five above it (a multi-line call or dict), names a database client."""
        text = "\n".join(line_text(lines, other) for other in range(max(0, index - 5), index + 1)).lower()
        if any(word in text for word in _CLIENT_WORDS):
            return True
        return ("databas" in text or "datasource" in text) and _SETTINGS_BLOCK.search(text) is not None
