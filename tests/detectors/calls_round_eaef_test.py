"""Forms read after blind rounds EA-EF (kinds/_code_calls.py): a credential's name-value pair among a call's options
(MATLAB's and Octave's `weboptions('Username', 'u', 'Password', '…', …)` over `...` continuations, its `KeyName`/`KeyValue`
header pair, Java's `Map.of("user", "u", "password", "…")`, Go's `metadata.Pairs`), a client's or a connection's login
after an environment's name, its user a number (`ApiConnection("production", "<id>", "…")`), a database's DSN then a user
and a password whatever the call's name (PHP's `new PDO(…)` one argument a line, a subclass' `parent::__construct(…)`,
Perl's DBI DSN) and PHP's `PDO`/`mysqli` as logins, and a client's factory named in snake case given its token first
(`lasair.lasair_client('<40 hex>', endpoint=…)`). Each beside the decoys of its form, through the engine. Every value
here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
_HEX = "0123456789abcdef"
# (chosen passwords: letters of both cases, digits and a symbol, as people make them)
_CHOSEN = drawn_mixed(1405000, 9) + "#" + drawn(1405001, 4, "0123456789")
_CHOSEN_2 = drawn_mixed(1405002, 10) + "!" + drawn(1405003, 3, "0123456789")
_CHOSEN_3 = drawn_mixed(1405004, 8) + "?" + drawn(1405005, 4, "0123456789")
_CHOSEN_4 = drawn_mixed(1405006, 11) + "%" + drawn(1405007, 2, "0123456789")
_USER_ID = drawn(1405010, 5, "123456789")
_USER_ID_2 = drawn(1405011, 7, "123456789")
_TOKEN_HEX = drawn(1405020, 40, _HEX)
_TOKEN_HEX_2 = drawn(1405021, 32, _HEX)
_TOKEN = drawn_mixed(1405022, 36)
_API_KEY = drawn_mixed(1405023, 32)


TRUE_FORMS = [
    # --- a credential's name-value pair among a call's options (MATLAB's `...` continuation, other languages' pairs)
    ("processing/fetch_casts.m", "opts = weboptions('Username','proc', ...\n"
     f"                  'Password','{_CHOSEN}', ...\n                  'Timeout',90);\n", 2, _CHOSEN, LITERAL),
    ("processing/pull.m", "opts = weboptions( ...\n    'ContentType', 'json', ...\n"
     f"    'Password', \"{_CHOSEN_2}\", ...\n    'Username', 'glider');\n", 3, _CHOSEN_2, LITERAL),
    ("tools/archive.m", f"cred = matlab.net.http.Credentials('Username', 'archivist', 'Password', '{_CHOSEN_3}');\n",
     1, _CHOSEN_3, LITERAL),
    ("tools/tides.m", f"opts = weboptions('KeyName', 'X-API-Key', 'KeyValue', '{_API_KEY}', 'Timeout', 30);\n", 1, _API_KEY,
     LITERAL),
    ("src/main/java/a/Broker.java", "Map<String, String> login = ImmutableMap.of(\n    \"username\", \"broker\",\n"
     f"    \"password\", \"{_CHOSEN_4}\");\n", 3, _CHOSEN_4, LITERAL),
    ("rpc/auth.go", f'md := metadata.Pairs("user", "ingest", "password", "{_CHOSEN}", "tenant", "west")\n', 1, _CHOSEN,
     LITERAL),
    # --- a client's or a connection's login after an environment's name (its user a number, or a name)
    ("obs/submit.py", f'api = p2api.ApiConnection("production", "{_USER_ID}", "{_CHOSEN}")\n', 1, _CHOSEN, LITERAL),
    ("obs/queue.py", f'api = p2api.ApiConnection(ENVIRONMENT, "{_USER_ID_2}", "{_CHOSEN_2}")\n', 1, _CHOSEN_2, LITERAL),
    ("sync/portal.py", f'portal = PortalClient("sandbox", "{_USER_ID_2}", "{_CHOSEN_3}")\n', 1, _CHOSEN_3, LITERAL),
    ("sync/ledger.py", f'conn = LedgerConnection("staging", "ledger_sync", "{_CHOSEN_4}")\n', 1, _CHOSEN_4, LITERAL),
    # --- a database's DSN, then a user and a password (one argument a line too); PHP's PDO and mysqli as logins
    ("web/lib/db.php", "<?php\nfunction db() {\n    return new PDO(\n        'pgsql:host=pg.example-obs.net;port=5432;dbname=archive',\n"
     f"        'archive_ro',\n        '{_CHOSEN}',\n        [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]\n    );\n}}\n",
     6, _CHOSEN, LITERAL),
    ("web/lib/Store.php", "<?php\nclass Store extends \\PDO {\n    public function __construct() {\n        parent::__construct(\n"
     f"            'mysql:host=db.example-shop.net;dbname=shop;charset=utf8mb4',\n            'shop_rw',\n            '{_CHOSEN_2}'\n"
     "        );\n    }\n}\n", 7, _CHOSEN_2, LITERAL),
    ("web/legacy.php", f"<?php\n$db = new Database('sqlsrv:Server=mssql.example.net;Database=crm', 'crm_app', '{_CHOSEN_3}');\n",
     2, _CHOSEN_3, LITERAL),
    ("etl/load.pl", f"my $dbh = Ops::DB->open('dbi:Pg:dbname=ops;host=pg.example.net', $db_user, '{_CHOSEN_4}');\n", 1,
     _CHOSEN_4, LITERAL),
    ("web/conn.php", f"<?php\n$pdo = new PDO($dsn, 'reports', '{_CHOSEN}');\n", 2, _CHOSEN, LITERAL),
    ("web/mysql.php", f"<?php\n$link = new mysqli('localhost', 'blog', '{_CHOSEN_2}', 'blog');\n", 2, _CHOSEN_2, LITERAL),
    # --- a client's factory named in snake case, given its token first
    ("notebooks/search.ipynb", '{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "import lasair\\n",\n'
     f'    "L = lasair.lasair_client(\'{_TOKEN_HEX}\', endpoint=\'https://api.example-survey.org/api\')\\n"\n'
     '   ]\n  }\n ]\n}\n', 7, _TOKEN_HEX, LITERAL),
    ("scripts/films.py", f"client = movies.tmdb_client('{_TOKEN_HEX_2}')\n", 1, _TOKEN_HEX_2, LITERAL),
    ("scripts/weather.py", f'w = make_api("{_TOKEN}", units="metric")\n', 1, _TOKEN, LITERAL),
]

DECOYS = [
    # (name-value pairs from variables, a stand-in; a label and its translation; a list of names; options holding no secret)
    ("processing/fetch_casts.m", "opts = weboptions('Username', user, 'Password', pw, 'Timeout', 60);\n"
     "opts = weboptions('Username','proc', ...\n                  'Password','<password>', ...\n                  'Timeout',90);\n"
     "opts = weboptions('KeyName', 'Accept', 'KeyValue', 'application/json', 'Timeout', 30);\n"),
    ("wp/plugin.php", "<?php\necho __('Password', 'my-plugin-domain');\necho _x('Password', 'label', 'my-plugin-domain');\n"),
    ("src/main/java/a/Labels.java", 'Map<String, String> de = Map.of("username", "Benutzername", "password", "Passwort");\n'
     'Map<String, String> f = Map.of("type", "password", "placeholder", "Enter your password");\n'),
    ("lexers/builtins.py", "FUNCTIONS = (\n    'SetAdminPassword',\n    'GetAdminPassword',\n    'FindAdminByIdentity',\n"
     "    'RemoveAdmin',\n)\n"),
    # (a login's variables named, then the credentials' id: Jenkins' binding; a number then a word; the password read)
    ("jobs/export.groovy", "credentialsBinding {\n    usernamePassword('AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', "
     "'reports-s3-uploader')\n}\n"),
    ("obs/submit.py", 'api = p2api.ApiConnection("production", "52731", os.environ["P2_PASSWORD"])\n'
     'db = getConnection("db", "5432", "archive")\n'),
    # (a DSN with the login read, empty, a stand-in; a DSN alone; no DSN's settings)
    ("web/lib/db.php", "<?php\n$pdo = new PDO(\n    'mysql:host=db;dbname=shop',\n    getenv('DB_USER'),\n    getenv('DB_PASS')\n);\n"
     "$a = new PDO('sqlite:/var/lib/app/app.db');\n$b = new PDO('mysql:host=db;dbname=shop', 'root', '');\n"
     "$c = new PDO('mysql:host=db;dbname=shop', 'shop', 'your_password');\n$d = new PDO($dsn, $user, $pass);\n"),
    # (a snake-case client given a token read, a stand-in; a repository's client given a commit)
    ("scripts/films.py", "a = lasair.lasair_client(os.environ['LASAIR_TOKEN'])\nb = tmdb_client('YOUR_TOKEN_HERE')\n"
     f"c = git_client('{drawn(1405030, 40, _HEX)}')\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
