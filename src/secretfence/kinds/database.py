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

from typing import TYPE_CHECKING, Iterator, Sequence

from secretfence.kinds._spec import Kind, Match, SecretfenceDetector, Verifier, built_on_first_read
from secretfence.prefilter.declared import Declaration, declared

if TYPE_CHECKING:
    from types import ModuleType

    from secretfence.findings import Finding
    from secretfence.verify import Options, Verdict
    from secretfence.verify._net import Deadline


# Stock defaults and documentation passwords of these servers and their docs.
DEFAULT_PASSWORDS = frozenset({
    "postgres", "postgresql", "postgis", "mysql", "mariadb", "mongo", "mongodb", "rabbitmq", "rabbit", "guest",
    "root", "toor", "amqp", "db", "dbpass", "dbpassword", "db_password", "db-password", "database", "pgpass",
    "pgpassword", "sa", "tiger",
    # Oracle's documented accounts' passwords (`scott/tiger`, `system/manager`, `sys/change_on_install`)
    "manager", "change_on_install", "oracle",
    # SIP proxies' documented database users' passwords (Kamailio's kamctlrc and stock kamailio.cfg,
    # OpenSER's and OpenSIPS', SER's `ser:heslo`): every install starts with them
    "kamailiorw", "kamailioro", "openserrw", "openserro", "opensipsrw", "opensipsro", "heslo",
})


REMEDIATION = (
    "Rotate the password on the server (ALTER ROLE … PASSWORD / ALTER USER … IDENTIFIED BY / "
    "db.changeUserPassword / rabbitmqctl change_password), update every client, and load it from "
    "the environment or a secret store instead of the file."
)


def _reading() -> "ModuleType":
    """The kind's reading and live check (kinds/_database_reading.py), imported when first asked."""
    from secretfence.kinds import _database_reading

    return _database_reading


def declared_prefilter() -> Declaration:
    """The kind's prefilter as its reading declares it (`prefilter/_declared.py` holds it worked out
    ahead, so the hook imports no reading)."""
    return _reading().declared_prefilter()


_PREFILTER = declared("SecretfenceDatabaseDetector", declared_prefilter)


class SecretfenceDatabaseDetector(SecretfenceDetector):
    """Database passwords in PostgreSQL, MySQL/MariaDB, MongoDB and AMQP URIs, DSN strings and settings."""

    secret_type = "Database Credentials"
    kind = "database"
    # The prefilter (declared_prefilter, as worked out ahead): the engines' words and schemes, `pass`
    # and `pwd`, folded hints, and the .pgpass / PgBouncer userlist files whose every line is a candidate.
    keywords = _PREFILTER.keywords
    exact_keywords = _PREFILTER.exact_keywords
    scan_whole_files = _PREFILTER.scan_whole_files
    folded_keyword_patterns = _PREFILTER.folded_keyword_patterns
    declared_prefilter = staticmethod(declared_prefilter)
    remediation = REMEDIATION

    # Built when a test reads them: the hook never does.
    true_samples = built_on_first_read(lambda: _reading().true_samples())
    false_samples = built_on_first_read(lambda: _reading().false_samples())

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        return _reading().find(lines, index, filename)


def check(finding: "Finding", options: "Options", deadline: "Deadline") -> "Verdict":
    """The live check (`--verify`): a login to the server the finding names (kinds/_database_reading.py)."""
    return _reading().check(finding, options, deadline)


KIND = Kind.of(
    SecretfenceDatabaseDetector,
    # A database password was a generic hit before secretfence knew databases (basic-auth in a
    # URI, keyword in a setting): entries audited under those types hold the same hash.
    aliases=("Basic Auth Credentials", "Secret Keyword"),
    verifier=Verifier(check),
)
