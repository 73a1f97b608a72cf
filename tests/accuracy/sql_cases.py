"""Credentials SQL and redis-cli set, where people keep them: migrations, init scripts, dumps,
psql / mysql / redis-cli histories, shell here-documents, split ODBC strings.

Each form is written from its server's documentation (named in `source`) and instantiated with
generated passwords; decoys of the same forms (hashes, bind variables, templates, documentation
examples) follow, with `secret=None`.
"""
from __future__ import annotations

import random
from typing import Callable, List, Optional, Tuple

from tests.accuracy.labelled import LabelledCase
from tests.fakes import password, redis_password

Form = Callable[[str], Tuple[str, str, str, str]]  # password -> (category, file, text, source)
WORDS = ("Juniper", "harbor", "Falcon", "quartz", "Maple", "ember", "Cobalt", "violet", "Tundra", "orchid")


def human_password(seed: int) -> str:
    """A person's password: a word, a separator, another word or digits (`Maple.ember71`)."""
    rng = random.Random(seed)
    return rng.choice(WORDS) + rng.choice("._-!#") + rng.choice(WORDS).capitalize() + str(rng.randint(10, 9999))


def _forms() -> List[Form]:
    return [
        lambda pw: ("sql/postgres-role", "docker-entrypoint-initdb.d/10-users.sql",
                    f"-- application roles\nCREATE ROLE ledger_rw NOINHERIT LOGIN PASSWORD '{pw}';\n"
                    "GRANT CONNECT ON DATABASE ledger TO ledger_rw;\n",
                    "PostgreSQL docs: CREATE ROLE name [WITH] option … PASSWORD 'password'"),
        lambda pw: ("sql/postgres-role", "migrations/0007_reporting_user.sql",
                    "BEGIN;\nCREATE USER reporting WITH\n    LOGIN\n    CONNECTION LIMIT 5\n"
                    f"    ENCRYPTED PASSWORD '{pw}'\n    VALID UNTIL '2027-01-01';\nCOMMIT;\n",
                    "PostgreSQL docs: CREATE USER … ENCRYPTED PASSWORD, over several lines"),
        lambda pw: ("sql/postgres-alter", ".psql_history",
                    f"\\du\nalter role app_writer with password '{pw}';\n\\q\n",
                    "psql history (~/.psql_history): ALTER ROLE … WITH PASSWORD, lower case"),
        lambda pw: ("sql/postgres-here-doc", "scripts/bootstrap-db.sh",
                    "#!/bin/sh\nset -eu\npsql -v ON_ERROR_STOP=1 --username postgres <<-EOSQL\n"
                    f"\tCREATE USER grafana PASSWORD '{pw}';\n\tCREATE DATABASE grafana OWNER grafana;\nEOSQL\n",
                    "postgres image docs: initdb shell script with a psql here-document"),
        lambda pw: ("sql/mysql-create-user", ".mysql_history",
                    f"use mysql;\ncreate user 'backup'@'10.0.0.%' identified by '{pw}';\nflush privileges;\n",
                    "MySQL docs: CREATE USER … IDENTIFIED BY; mysql client history"),
        lambda pw: ("sql/mysql-alter-user", "deploy/rotate.sql",
                    f"ALTER USER 'svc_orders'@'%' IDENTIFIED WITH caching_sha2_password BY '{pw}';\n",
                    "MySQL docs: ALTER USER … IDENTIFIED WITH plugin BY"),
        lambda pw: ("sql/mysql-grant", "legacy/grants.sql",
                    f"GRANT SELECT, INSERT ON crm.* TO 'crm'@'localhost' IDENTIFIED BY '{pw}';\n",
                    "MySQL 5.x / MariaDB docs: GRANT … IDENTIFIED BY"),
        lambda pw: ("sql/mysql-set-password", "ops/reset_root.sql",
                    f"SET PASSWORD FOR 'root'@'localhost' = PASSWORD('{pw}');\nFLUSH PRIVILEGES;\n",
                    "MariaDB docs: SET PASSWORD FOR … = PASSWORD('…')"),
        lambda pw: ("sql/mysql-set-password", "ops/reset_app.sql",
                    f"SET PASSWORD FOR app@'%' = '{pw}';\n",
                    "MySQL 8 docs: SET PASSWORD FOR … = 'auth_string'"),
        lambda pw: ("sql/mysql-compose-init", "docker/init.sh",
                    "mysql -uroot -p\"$MYSQL_ROOT_PASSWORD\" <<SQL\n"
                    f"CREATE USER IF NOT EXISTS 'queue'@'%' IDENTIFIED BY '{pw}';\nSQL\n",
                    "mysql image docs: init script feeding SQL to the client"),
        lambda pw: ("sql/sqlserver-login", "db/security/logins.sql",
                    f"CREATE LOGIN [svc_reports] WITH PASSWORD = N'{pw}', DEFAULT_DATABASE = [Reports];\nGO\n",
                    "SQL Server docs: CREATE LOGIN … WITH PASSWORD = N'…'"),
        lambda pw: ("sql/sqlserver-master-key", "db/security/keys.sql",
                    f"CREATE MASTER KEY ENCRYPTION BY PASSWORD = '{pw}';\nGO\n",
                    "SQL Server docs: CREATE MASTER KEY ENCRYPTION BY PASSWORD"),
        lambda pw: ("sql/oracle-user", "oracle/01_schema_owner.sql",
                    f"CREATE USER inventory IDENTIFIED BY {pw}\n  DEFAULT TABLESPACE users\n  QUOTA 200M ON users;\n",
                    "Oracle docs: CREATE USER … IDENTIFIED BY password (unquoted)"),
        lambda pw: ("sql/oracle-db-link", "oracle/links.sql",
                    f"CREATE DATABASE LINK hq CONNECT TO hq_reader IDENTIFIED BY \"{pw}\" USING 'HQDB';\n",
                    "Oracle docs: CREATE DATABASE LINK … IDENTIFIED BY \"password\""),
        lambda pw: ("sql/fdw-user-mapping", "migrations/V31__billing_fdw.sql",
                    "CREATE USER MAPPING IF NOT EXISTS FOR CURRENT_USER SERVER billing_srv\n"
                    f"  OPTIONS (user 'billing_ro', password '{pw}');\n",
                    "postgres_fdw docs: CREATE USER MAPPING … OPTIONS (user, password)"),
        lambda pw: ("sql/dblink", "sql/reports.sql",
                    f"SELECT dblink_connect('arch', 'host=archive.db.corp port=5432 dbname=archive user=rep password={pw}');\n",
                    "dblink docs: dblink_connect with a libpq connection string"),
        lambda pw: ("sql/dump-row", "backups/app_2025-11-02.sql",
                    "LOCK TABLES `config` WRITE;\nINSERT INTO `config` VALUES ('mail.host','smtp.sendgrid.net'),"
                    f"('mail.username','apikey'),('mail.password','{pw}'),('mail.port','587');\nUNLOCK TABLES;\n",
                    "mysqldump output: a settings table's key/value rows"),
        lambda pw: ("sql/dump-row", "seed/wp_options.sql",
                    "INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES\n"
                    "(1, 'siteurl', 'https://blog.example-shop.net', 'yes'),\n"
                    f"(88, 'smtp_pass', '{pw}', 'yes');\n",
                    "WordPress dump: wp_options rows, one a line"),
        lambda pw: ("odbc/split-literals", "etl/warehouse.py",
                    "import pyodbc\n\nconn = pyodbc.connect(\n    \"Driver={ODBC Driver 17 for SQL Server};\"\n"
                    "    \"Server=tcp:dwh.corp-data.net,1433;\"\n    \"Database=DWH;\"\n    \"Uid=etl_user;\"\n"
                    f"    \"Pwd={pw};\"\n    \"Encrypt=yes;\"\n)\n",
                    "pyodbc docs: connection string over implicitly concatenated literals"),
        lambda pw: ("odbc/split-literals", "src/Data/Db.cs",
                    "var connectionString = \"Data Source=sql-prod-03.corp.local;\" +\n"
                    "    \"Initial Catalog=Orders;\" +\n    \"User ID=orders_api;\" +\n"
                    f"    \"Password={pw};\";\n",
                    "SqlConnection docs: a C# connection string built with +"),
    ]


def _redis_forms() -> List[Form]:
    return [
        lambda pw: ("redis/cli-history", ".rediscli_history",
                    f"INFO keyspace\nAUTH {pw}\nSCAN 0 MATCH user:* COUNT 100\n",
                    "redis-cli: AUTH password, kept in ~/.rediscli_history"),
        lambda pw: ("redis/cli-history", "home/ops/.rediscli_history",
                    f"auth reporting {pw}\nDBSIZE\n",
                    "Redis docs: AUTH username password (ACL users)"),
        lambda pw: ("redis/config-set", "scripts/harden-redis.sh",
                    f"#!/bin/bash\nredis-cli -h 10.4.0.12 -p 6379 CONFIG SET requirepass \"{pw}\"\n"
                    "redis-cli -h 10.4.0.12 -p 6379 CONFIG REWRITE\n",
                    "Redis docs: CONFIG SET requirepass from a script"),
        lambda pw: ("redis/config-set", ".rediscli_history",
                    f"CONFIG SET masterauth {pw}\nREPLICAOF 10.0.0.5 6379\n",
                    "Redis replication docs: CONFIG SET masterauth"),
        lambda pw: ("redis/auth-line", "ops/flush-sessions.sh",
                    f"redis-cli -h cache01.corp AUTH {pw}\nredis-cli -h cache01.corp --no-auth-warning FLUSHDB\n",
                    "redis-cli: a command run from the command line"),
        lambda pw: ("redis/here-doc", "ops/check-replication.sh",
                    f"redis-cli -h cache02.corp <<EOF\nAUTH {pw}\nINFO replication\nEOF\n",
                    "redis-cli reading commands from a here-document"),
        lambda pw: ("redis/config-set-call", "tools/rotate_cache_password.py",
                    f"import redis\n\nr = redis.Redis(host='cache03.corp')\nr.config_set('requirepass', '{pw}')\n",
                    "redis-py: Redis.config_set(name, value)"),
    ]


def _decoys() -> List[Tuple[str, str, str, str]]:
    return [
        ("decoy/sql-null-password", "roles.sql", "ALTER ROLE ghost PASSWORD NULL;\n",
         "PostgreSQL docs: PASSWORD NULL removes it"),
        ("decoy/sql-psql-variable", "init.sql", "\\set pw `cat /run/secrets/app`\nCREATE ROLE app LOGIN PASSWORD :'pw';\n",
         "psql docs: variables interpolated as literals"),
        ("decoy/sql-bind", "repo/users.py", 'cur.execute("ALTER USER %s WITH PASSWORD %s", (name, secret))\n',
         "psycopg docs: query parameters"),
        ("decoy/sql-bind", "repo/users.go", 'db.Exec("ALTER ROLE app PASSWORD $1", newPassword)\n',
         "lib/pq: positional parameters"),
        ("decoy/sql-template", "roles.sql.j2", "CREATE ROLE {{ app_user }} LOGIN PASSWORD '{{ app_password }}';\n",
         "Ansible template"),
        ("decoy/sql-template", "init/10-app.sh", "psql <<EOF\nCREATE USER app PASSWORD '${APP_DB_PASSWORD}';\nEOF\n",
         "shell here-doc expanding a variable"),
        ("decoy/sql-md5-hash", "globals.sql",
         "CREATE ROLE legacy LOGIN PASSWORD 'md5c4ca4238a0b923820dcc509a6f75849b';\n",
         "pg_dumpall --globals-only: md5 verifiers"),
        ("decoy/sql-scram-hash", "globals.sql",
         "ALTER ROLE app WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:bm9uY2VzYWx0$c3RvcmVka2V5Zm9ydGVzdA==:c2VydmVya2V5Zm9ydGVzdA==';\n",
         "pg_dumpall --globals-only: SCRAM verifiers"),
        ("decoy/sql-mysql-hash", "users.sql",
         "GRANT USAGE ON *.* TO 'legacy'@'%' IDENTIFIED BY PASSWORD '*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19';\n",
         "MySQL 5.7 docs: IDENTIFIED BY PASSWORD 'hash'"),
        ("decoy/sql-auth-socket", "users.sql", "CREATE USER 'nagios'@'localhost' IDENTIFIED WITH auth_socket;\n",
         "MySQL docs: socket peer-credential authentication"),
        ("decoy/sql-docs-example", "docs/roles.sql", "CREATE USER admin WITH PASSWORD 'changeme';\n",
         "documentation placeholder"),
        ("decoy/sql-dump-row", "dump.sql",
         "INSERT INTO settings VALUES ('smtp_password',''),('smtp_user','mailer'),('db_pass','${DB_PASS}');\n",
         "dump with empty and template values"),
        ("decoy/sql-prose", "README.txt", "Each tenant is identified by 'acme-tenant-0042' in the admin screen.\n",
         "prose with the words of a statement"),
        ("decoy/redis-auth", ".rediscli_history", "AUTH\nAUTH $REDIS_PASSWORD\nCONFIG GET requirepass\n",
         "redis-cli history without a literal password"),
        ("decoy/redis-auth", "ops/ping.sh", 'redis-cli -h "$HOST" AUTH "$REDIS_PASSWORD" PING\n',
         "a variable's password"),
        ("decoy/odbc-split", "etl/conn.py",
         'CONN = (\n    "Driver={ODBC Driver 17 for SQL Server};"\n    "Server=tcp:dwh.corp-data.net;"\n'
         '    f"Pwd={os.environ[\'DWH_PASSWORD\']};"\n)\n',
         "pyodbc: password interpolated from the environment"),
    ]


def _cases() -> List[LabelledCase]:
    cases: List[LabelledCase] = []
    for number, form in enumerate(_forms()):
        for variant in range(2):
            seed = 7000 + number * 10 + variant
            pw = password(seed) if variant == 0 else human_password(seed)
            category, file_name, text, source = form(pw)
            cases.append(LabelledCase(category, file_name, text, pw, source))
    for number, form in enumerate(_redis_forms()):
        for variant in range(2):
            pw = redis_password(7500 + number * 10 + variant)
            category, file_name, text, source = form(pw)
            cases.append(LabelledCase(category, file_name, text, pw, source))
    decoy: Optional[str] = None
    for category, file_name, text, source in _decoys():
        cases.append(LabelledCase(category, file_name, text, decoy, source))
    return cases


CASES: List[LabelledCase] = _cases()
