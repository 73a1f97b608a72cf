"""A second reader's review of blind rounds EA-EF: the fail-open siblings and over-broad readings found in the round's
new forms. A comment after an argument's comma (a DSN's login one argument a line, a call's options continued by
MATLAB's `...` or a `,`) must not hide the password below it; a notes file titled `Open Questions` is no FTP client's
script (its prose stays documentation); a PyPI token's stand-in or documentation's example that does not decode warns,
as a live one in an unknown layout outside documentation still blocks; make's automatic variables and bash's `$(<file)`
are references; a URL quoted under a credentials file's header is no `user:password` line. Generated fakes only: every
value is built here from a seeded generator (seeds 1,425,000-1,429,999)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import LOW, MEDIUM
from secretfence.kinds._helpers import is_placeholder
from secretfence.kinds.pypi_token import DOCUMENTED_PREFIXES, SecretfencePypiTokenDetector, shortest_token_length
from tests import fakes
from tests.accuracy.labelled import blocking, reports

URL_SAFE = string.ascii_letters + string.digits + "_-"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocks(engine: Engine, name: str, text: str, secret: str) -> List[int]:
    """Lines of the blocking findings that report `secret`."""
    return sorted({finding.line_number for finding in blocking(engine.scan_text(name, text)) if reports(finding, secret)})


# --- a comment after an argument's comma ---------------------------------------------------------------------------

def _commented_forms(seed: int) -> List[Tuple[str, str, int, str]]:
    pw = [fakes.password(seed + step) for step in range(6)]
    return [
        # (PHP's DSN, user and password one a line, a comment after the DSN's or the user's comma)
        ("lib/Db.php", "<?php\nclass Db extends PDO {\n    public function __construct() {\n        parent::__construct(\n"
         f"            'mysql:host=db.acme.lan;dbname=shop', // primary\n            'shop',\n            '{pw[0]}'\n"
         "        );\n    }\n}\n", 7, pw[0]),
        ("lib/boot.php", "<?php\n$db = new Database(\n    'pgsql:host=pg;dbname=web',\n    'web_ro', # read-only\n"
         f"    '{pw[1]}' // rotated yearly\n);\n", 5, pw[1]),
        ("lib/crlf.php", "<?php\r\n$db = new Database(\r\n    'pgsql:host=pg;dbname=web', // dsn\r\n    'web_ro',\r\n"
         f"    '{pw[2]}'\r\n);\r\n", 5, pw[2]),
        # (MATLAB's text after `...` is a comment; Java's `// …` after a pair's comma)
        ("ctd/fetch.m", f"opts = weboptions('Username','ctd', ... service account\n    'Password','{pw[3]}');\n", 2, pw[3]),
        ("ctd/get.m", f"opts = weboptions('Username','ctd', ... % svc\n    'Password','{pw[4]}');\n", 2, pw[4]),
        ("src/Cfg.java", "class Cfg {\n  Map<String, String> m = Map.of(\n      \"username\", \"svc\", // service account\n"
         f"      \"password\", \"{pw[5]}\");\n}}\n", 4, pw[5]),
    ]


COMMENTED = _commented_forms(1_425_000)


@pytest.mark.parametrize(("name", "text", "line", "secret"), COMMENTED, ids=[row[0] for row in COMMENTED])
def test_a_comment_after_an_arguments_comma_hides_no_password(engine: Engine, name: str, text: str, line: int,
                                                             secret: str) -> None:
    assert _blocks(engine, name, text, secret) == [line]


def test_a_commented_dsn_with_its_login_read_stays_quiet(engine: Engine) -> None:
    text = ("<?php\n$db = new Database(\n    'pgsql:host=pg;dbname=web', // dsn\n    getenv('DB_USER'), // user\n"
            "    getenv('DB_PASS')\n);\n$o = weboptions('Username', user, ... % svc\n    'Password', pw);\n")
    assert blocking(engine.scan_text("lib/boot.php", text)) == []


# --- a notes file titled `Open …` is no FTP client's script --------------------------------------------------------

def test_a_notes_file_titled_open_stays_documentation(engine: Engine) -> None:
    # (a tutorial's password in documentation warns; in an FTP client's script it would block)
    text = ("Open Questions\n\nWe still need to decide how staging logs in.\nGet the current value from the lead.\n"
            "password = Summer2024\n")
    found = [finding for finding in engine.scan_text("docs/notes.txt", text) if finding.secret == "Summer2024"]
    assert found and blocking(found) == []


def test_an_ftp_client_script_with_a_password_line_still_blocks(engine: Engine) -> None:
    pw = fakes.password(1_425_100)
    text = f"open ftp.partner.example\nscanner\n{pw}\nbinary\nmput *.edi *.csv *.txt *.xml\nquote SITE RECFM=FB LRECL=80\nbye\n"
    assert _blocks(engine, "jobs/ftp/send.txt", text, pw) == [3]


# --- a PyPI token that does not decode -----------------------------------------------------------------------------

def _undecodable(seed: int, length: int) -> str:
    head = DOCUMENTED_PREFIXES[0]
    return head + "CJ" + fakes.drawn_mixed(seed, length - len(head) - 2, URL_SAFE)


@pytest.mark.parametrize("filler", ["x", "A", "X", "0"])
def test_a_pypi_prefix_and_filler_warns(filler: str) -> None:
    token = DOCUMENTED_PREFIXES[0] + filler * (shortest_token_length("pypi.org") + 10)
    (match,) = SecretfencePypiTokenDetector().find([f"password = {token}"], 0, ".pypirc")
    assert match.confidence == LOW


@pytest.mark.parametrize("name", ["docs/publishing.md", "README.rst", "site/guide.html"])
def test_an_undecodable_example_in_documentation_warns(engine: Engine, name: str) -> None:
    token = _undecodable(1_425_200, shortest_token_length("pypi.org") + 20)
    text = f"# Publishing\n\n```ini\n[pypi]\nusername = __token__\npassword = {token}\n```\n"
    found = [finding for finding in engine.scan_text(name, text) if finding.secret == token]
    assert found and blocking(found) == []


def test_an_undecodable_token_outside_documentation_still_blocks() -> None:
    token = _undecodable(1_425_210, shortest_token_length("pypi.org") + 20)
    (match,) = SecretfencePypiTokenDetector().find([f"password = {token}"], 0, "ci/.pypirc")
    assert match.confidence == MEDIUM


# --- references a value may hold -----------------------------------------------------------------------------------

def test_make_automatic_variables_are_references(engine: Engine) -> None:
    text = ("%.enc: %\n\topenssl enc -aes-256-cbc -pass pass:$(@D) -in $< -out $@\n"
            "%.dec: %\n\topenssl enc -d -aes-256-cbc -pass pass:$(<F) -in $< -out $@\n")
    assert blocking(engine.scan_text("Makefile", text)) == []


@pytest.mark.parametrize("value", ["$(</run/secrets/enc_pw)", "$(< ~/.enc_pw)", "$(@D)", "$(<F)", "$(^)", "$(*F)"])
def test_a_file_read_or_an_automatic_variable_is_a_reference(value: str) -> None:
    assert is_placeholder(value)


def test_a_django_key_holding_dollar_paren_stays_a_secret(engine: Engine) -> None:
    key = fakes.drawn(1_425_300, 20, string.ascii_lowercase + string.digits) + "$(p-)g" + fakes.drawn(1_425_301, 24)
    assert _blocks(engine, "settings.py", f"SECRET_KEY = '{key}'\n", key) == [1]


# --- a credentials file's lines quoted in a comment ----------------------------------------------------------------

def test_a_url_under_a_credentials_files_header_is_no_login(engine: Engine) -> None:
    text = "# The secrets file has one line per host:\n#   https://vault.internal:8200\nkey: value\n"
    assert blocking(engine.scan_text("app.yml", text)) == []


def test_the_quoted_login_below_a_url_line_is_not_read_on(engine: Engine) -> None:
    pw = fakes.password(1_425_400)
    text = f"# rsyncd.secrets currently holds:\n#   backup:{pw}\n[backup]\npath = /srv/backup\n"
    assert _blocks(engine, "rsyncd.conf", text, pw) == [2]
