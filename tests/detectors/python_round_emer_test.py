"""Forms and decoys read after blind rounds EM-ER (credentials in Python code and its neighbours): a generated key
(Django's alphabet) that spells one made-up word (`baz`, `foo`) by chance between its digits and symbols; a connection
string whose password item's `=` ends one literal and its value fills the next (`"UID=etl;PWD="` then `"…;"`); a key
named for the file or directory it opens (`FILE_READ_KEY`, `file_encryption_key`: NTAG 424's SDM file read key); a
login's call given names that lines above assign literals (ESO's `ApiConnection(ENV, USER, LOGIN)`, `smtp.login(SENDER,
APP_CODE)`); a user named as a host is (`dbmaster`) before its password; and Amion's schedule login, its OCS
interface's `Lo` parameter (in the URL or a request's parameters). And the decoys: a value made of several made-up
words or a masked `xxx`, a split password item given a variable or a placeholder, a key file's name or a file's cache
key, a login's names assigned no literal or a stand-in, a host's name before no password, a `Lo` where nothing says
Amion or holding a template. Through the engine.
Every value here is generated (seeds 1,570,000-1,570,099)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import django_secret_key, drawn, drawn_mixed

HEX = "0123456789abcdef"
_WORDS = "abcdefghijklmnopqrstuvwxyz"


def _spelling(seed: int, word: str, before: str, after: str) -> str:
    """A Django-generated key with `word` glued in its middle between `before` and `after` (a digit or a symbol
    of its alphabet), as chance spells one."""
    key = django_secret_key(seed)
    return key[:20] + before + word + after + key[20 + len(word) + 2:]


def _password(seed: int) -> str:
    """A chosen password's shape: a word of letters, digits, a symbol (`Harbor4471!`)."""
    return drawn(seed, 1, _WORDS.upper()) + drawn(seed + 1, 7, _WORDS) + drawn(seed + 2, 4, "0123456789") + "*"


_DJANGO_BAZ = _spelling(1570000, "baz", "3", "^")
_DJANGO_FOO = _spelling(1570006, "foo", "(", "7")
_DJANGO_BAR = _spelling(1570008, "bar", "@", "!")
_ODBC_PW = _password(1570010)
_JAVA_PW = _password(1570013)
_CS_PW = _password(1570016)
_FILE_READ = drawn(1570020, 32, HEX.upper())
_FILE_ENC = drawn(1570021, 64, HEX)
_DIR_WRITE = drawn(1570022, 32, HEX)
_FILE_MAC = drawn(1570023, 32, HEX)
_AMION_PARAMS = _password(1570030)
_AMION_URL = _password(1570033)
_AMION_PHP = _password(1570036)
_AMION_JS = _password(1570039)
_P2_LOGIN = _password(1570060)
_SMTP_CODE = _password(1570063)
_FTP_WORD = _password(1570066)
_DBMASTER = _password(1570070)
_REPLICA = _password(1570073)
_DRAWN_HEX = drawn(1570050, 32, HEX)
_DRAWN = drawn_mixed(1570051, 18)

TRUE_FORMS = [
    # a generated key spelling one made-up word between its digits and symbols
    ("portal/portal/settings.py", f'from pathlib import Path\n\nSECRET_KEY = "{_DJANGO_BAZ}"\nDEBUG = False\n',
     3, _DJANGO_BAZ, "Secret Keyword"),
    ("deploy/portal.env", f"DJANGO_SECRET_KEY={_DJANGO_FOO}\nDJANGO_DEBUG=0\n", 1, _DJANGO_FOO, "Secret Keyword"),
    ("config/settings/prod.py", f"SECRET_KEY = '{_DJANGO_BAR}'\nALLOWED_HOSTS = ['*']\n", 1, _DJANGO_BAR,
     "Secret Keyword"),
    # a password item's `=` ending one literal, its value the next literal
    ("etl/extract.py", 'CONN = (\n    "DRIVER={ODBC Driver 18 for SQL Server};"\n    "SERVER=10.4.0.7;DATABASE=Yard;"\n'
     f'    "UID=etl_reader;PWD="\n    "{_ODBC_PW};"\n    "Encrypt=yes"\n)\n', 5, _ODBC_PW, "Literal Credential"),
    ("src/main/java/app/Db.java", 'String url = "jdbc:sqlserver://db01:1433;databaseName=Yard;user=app;password=" +\n'
     f'    "{_JAVA_PW};" +\n    "encrypt=true";\n', 2, _JAVA_PW, "Literal Credential"),
    ("Jobs/Export.cs", 'var cs = "Server=sql02;Database=Ledger;User Id=export;Password="\n'
     f'    + "{_CS_PW};"\n    + "TrustServerCertificate=True";\n', 2, _CS_PW, "Literal Credential"),
    # a key named for the file or directory it opens
    ("access/keys.py", f'from binascii import unhexlify\n\nSDM_FILE_READ_KEY = unhexlify("{_FILE_READ}")\n',
     3, _FILE_READ, "Literal Credential"),
    ("vault/crypto.py", f'file_encryption_key = bytes.fromhex("{_FILE_ENC}")\n', 1, _FILE_ENC, "Literal Credential"),
    ("sync/config.py", f'DIR_WRITE_KEY = "{_DIR_WRITE}"\n', 1, _DIR_WRITE, "Literal Credential"),
    ("tags/verify.js", f'const FILE_MAC_KEY = "{_FILE_MAC}";\n', 1, _FILE_MAC, "Literal Credential"),
    # a login's call given names a line above assigns literals: the password reported where its literal is written
    ("eso/p2/submit.py", 'import p2api\n\nENVIRONMENT = "production"\nP2_USER = "52731"\n'
     f'P2_LOGIN = "{_P2_LOGIN}"\n\napi = p2api.ApiConnection(ENVIRONMENT, P2_USER, P2_LOGIN)\n', 5, _P2_LOGIN,
     "Literal Credential"),
    ("alerts/mailer.py", f'import smtplib\n\nSENDER = "alerts@plant.invalid"\nAPP_CODE = "{_SMTP_CODE}"\n\n'
     'def send(message):\n    with smtplib.SMTP_SSL("smtp.plant.invalid", 465) as smtp:\n'
     '        smtp.login(SENDER, APP_CODE)\n        smtp.send_message(message)\n', 4, _SMTP_CODE, "Literal Credential"),
    ("edi/upload.py", f'from ftplib import FTP\n\nACCOUNT = "edi_batch"\nWORD = "{_FTP_WORD}"\n'
     'ftp = FTP("ftp.partner.invalid")\nftp.login(ACCOUNT, WORD)\n', 4, _FTP_WORD, "Literal Credential"),
    # a user named as a host is (`dbmaster`), its password second: the slots are not shifted
    ("app/db.py", f'conn = Connection("dbmaster", "{_DBMASTER}", "reports")\n', 1, _DBMASTER, "Literal Credential"),
    ("app/ledger.py", f'link = SqlConnection("dbmaster", "{_REPLICA}", "ledger")\n', 1, _REPLICA, "Literal Credential"),
    ("app/warehouse.py", f'conn = Connection("sqlmaster", "{_DBMASTER}", DB_NAME)\n', 1, _DBMASTER, "Literal Credential"),
    # Amion's `Lo` login: a request's parameters, the URL, PHP's and JavaScript's parameters
    ("oncall/schedule.py", 'import requests\n\nAMION = "https://www.amion.com/cgi-bin/ocs"\nPARAMS = {\n'
     f'    "Lo": "{_AMION_PARAMS}",\n    "Rpt": "625",\n}}\n', 5, _AMION_PARAMS, "Service API Token"),
    ("scripts/oncall.py", f'resp = requests.get("https://www.amion.com/cgi-bin/ocs?Lo={_AMION_URL}&Rpt=619&Month=3")\n',
     1, _AMION_URL, "Service API Token"),
    ("web/oncall.php", '<?php\n$url = "https://www.amion.com/cgi-bin/ocs";\n'
     f"$query = http_build_query(['Lo' => '{_AMION_PHP}', 'Rpt' => 619]);\n", 3, _AMION_PHP, "Service API Token"),
    ("src/amion.js", f'// Amion on-call feed\nconst params = {{ Lo: "{_AMION_JS}", Rpt: 619 }};\n', 2, _AMION_JS,
     "Service API Token"),
]

DECOYS = [
    # several made-up words on purpose, a masked run, words between separators
    ("app/settings.py", 'SECRET_KEY = "f00!bar#Baz$qux%12Zz9-k3"\n'),
    ("app/settings.py", 'SECRET_KEY = "q8w!e7r@t6y#xxx$u5i%o4p^"\n'),
    ("app/settings.py", 'SECRET_KEY = "my-foo-key-for-local-2024!"\n'),
    # a split password item given a variable, a template or a placeholder
    ("etl/extract.py", 'CONN = (\n    "SERVER=10.4.0.7;DATABASE=Yard;"\n    "UID=etl_reader;PWD="\n    + password +\n    ";"\n)\n'),
    ("etl/extract.py", 'CONN = (\n    "SERVER=10.4.0.7;DATABASE=Yard;"\n    "UID=etl_reader;PWD="\n    "{password};"\n)\n'),
    ("etl/extract.py", 'CONN = (\n    "SERVER=10.4.0.7;DATABASE=Yard;"\n    "UID=etl_reader;PWD="\n    "<your-password>;"\n)\n'),
    # a key file's name, a file's key that names it, a path under a file key's name
    ("app/config.py", f'KEY_FILE = "{_DRAWN_HEX}"\nFILE_KEY = "{_DRAWN_HEX}"\n'),
    ("app/config.py", 'FILE_READ_KEY = "/etc/tags/file_read.key"\n'),
    ("app/cache.py", f'FILE_CACHE_KEY = "{_DRAWN_HEX}"\n'),
    # a login's names assigned no literal, or a stand-in
    ("eso/p2/submit.py", 'import os\nimport p2api\n\nP2_USER = "52731"\nP2_LOGIN = os.environ["P2_LOGIN"]\n'
     'api = p2api.ApiConnection("production", P2_USER, P2_LOGIN)\n'),
    ("eso/p2/submit.py", 'import p2api\n\nP2_USER = "52731"\nP2_LOGIN = "changeme"\n'
     'api = p2api.ApiConnection("production", P2_USER, P2_LOGIN)\n'),
    ("edi/upload.py", 'import getpass\nfrom ftplib import FTP\n\nACCOUNT = "edi_batch"\nWORD = getpass.getpass()\n'
     'ftp = FTP("ftp.partner.invalid")\nftp.login(ACCOUNT, WORD)\n'),
    # a host's bare name first, no password among the rest
    ("app/db.py", 'conn = Connection("dbmaster", "reports", "archive")\n'),
    ("app/db.py", 'conn = Connection("dbserver", "admin", "reports")\n'),
    ("app/db.py", 'conn = Connection("dbmaster", "svc_ledger_2024", pw)\n'),
    # `Lo` where nothing says Amion; Amion's `Lo` given a variable, a template, a placeholder
    ("stats/bounds.py", f'LIMITS = {{"Lo": "{_DRAWN}", "Hi": "{_DRAWN}x"}}\n'),
    ("oncall/schedule.py", 'AMION = "https://www.amion.com/cgi-bin/ocs"\nPARAMS = {"Lo": AMION_LOGIN, "Rpt": "619"}\n'),
    ("oncall/schedule.py", 'AMION = "https://www.amion.com/cgi-bin/ocs"\nurl = f"{AMION}?Lo={login}&Rpt=619"\n'),
    ("oncall/schedule.py", 'AMION = "https://www.amion.com/cgi-bin/ocs"\nPARAMS = {"Lo": "your-amion-password"}\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[f"{row[0]}-{number}" for number, row in enumerate(DECOYS)])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_spliced_key_keeps_its_one_made_up_word() -> None:
    # (the true forms test what they say: each key spells its word once, between a digit or a symbol)
    for key, word in ((_DJANGO_BAZ, "baz"), (_DJANGO_FOO, "foo"), (_DJANGO_BAR, "bar")):
        assert len(key) == 50 and key.count(word) == 1
        at = key.index(word)
        assert not key[at - 1].isalpha() and not key[at + 3].isalpha()
