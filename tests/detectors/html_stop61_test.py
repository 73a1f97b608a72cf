"""Stop 61's HTML pages, blocked decoys and two code cases: an Authorization header an HTML page's own script sends; a
secret store's name for a secret (GCP Secret Manager, an AWS ARN, a Key Vault URI), a password's stored hash and a note in
brackets saying where the password is kept, each where a password would stand; a command's `--password` beside its SSH
destination's user (`fab -H user@host`); an account's host, user and password said in one sentence of a paragraph
wrapped over lines, a provider's draw with its digit first; and the near misses beside each form that stay unblocked. Generated fakes only: every value is built here from a seeded
generator (seeds 6230000-6239999)."""
from __future__ import annotations

import base64
import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 6230000
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


def _basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


def _page(body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"><title>Admin</title></head>\n<body>\n'
            f'{body}\n</body>\n</html>\n')


def _fetching(header: str) -> str:
    return _page('  <table id="rows"></table>\n  <script>\n    // only the office may change this page\n'
                 '    fetch("/api/bookings", {\n'
                 f'      headers: {{ {header} }}\n'
                 '    })\n      .then((r) => r.json())\n      .then((rows) => console.log(rows));\n  </script>')


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # the Basic header a page's own script sends with its requests: code the browser runs, its password decoded
    ("school-site/admin/index.html", _fetching(f'"Authorization": "Basic {_basic("pule", _chosen(1))}"'), _chosen(1)),
    ("docs/status/index.htm", _fetching(f"'Authorization': 'Basic {_basic('wall', _alnum(2, 16))}'"), _alnum(2, 16)),
    # a Bearer token the same way, in a header set on an XMLHttpRequest
    ("intranet/board.html", _page("<script>\nconst x = new XMLHttpRequest();\nx.open('GET', '/api/board');\n"
                                  f"x.setRequestHeader('Authorization', 'Bearer {_alnum(3, 40)}');\n</script>"),
     _alnum(3, 40)),
]

_REDIS_CS = ("namespace Shop.Config;\n\npublic static class Settings\n{{\n    public const string Site = \"north\";\n"
             "    public const string RedisPassword = \"{value}\";\n}}\n")
_REDIS_PY = 'import logging\n\nDEBUG = False\nREDIS_PASSWORD = "{value}"\nlogging.basicConfig(level=logging.INFO)\n'
_REDIS_XML = ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Site" value="north" />\n'
              '    <add key="redisPassword" value="{value}" />\n  </appSettings>\n</configuration>\n')
_DB_ENV = "# support ticket 88: the settings as the customer sent them\nDB_PASSWORD={value}\nAPP_ENV=production\n"
_HEX = "0123456789abcdef"
_ACCOUNT = fakes.drawn(_SEED + 40, 12, string.digits)

SECRETS += [
    # the near misses of the decoys below: the same settings holding a password
    ("src/Shop.Config/Settings.cs", _REDIS_CS.format(value=_alnum(41, 20)), _alnum(41, 20)),
    ("shop/settings_local.py", _REDIS_PY.format(value=_alnum(42, 20)), _alnum(42, 20)),
    ("config/north/app.config", _REDIS_XML.format(value=_chosen(43)), _chosen(43)),
    ("ops/app.env", _DB_ENV.format(value=_chosen(44)), _chosen(44)),
    # a password that opens with a bracket (no note: no blank, no store named)
    ("ops/app2.env", _DB_ENV.format(value="(" + _alnum(45, 14)), "(" + _alnum(45, 14)),
]

_PIPELINE = ("image: python:3.12\npipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy\n"
             "          script:\n            - pip install fabric\n            - {command}\n")

SECRETS += [
    # a command's `--password` beside the SSH destination naming its user (Fabric's `-H user@host`), as `-u user` is
    ("bitbucket-pipelines.yml", _PIPELINE.format(command=f"fab -H deploy@web1.coffee-coop.rw --password '{_chosen(50)}' deploy"),
     _chosen(50)),
    (".gitlab-ci.yml", f"deploy:\n  script:\n    - fab -H ops@10.20.0.5 --password '{_chosen(51)}' restart\n",
     _chosen(51)),
]

def _digits_first(seed: int) -> str:
    """A provider's drawn password whose digit came first: a digit, then thirteen letters of both cases, capitals side by
    side (`4FTxlQsmINHodo`, as a hosting panel draws one)."""
    generator = random.Random(_SEED + seed)
    while True:
        letters = "".join(generator.choice(string.ascii_letters) for _ in range(13))
        if sum(c.isupper() for c in letters[1:]) >= 3 and any(c.islower() for c in letters) and any(
                a.isupper() and b.isupper() for a, b in zip(letters[1:], letters[2:])):
            return generator.choice("123456789") + letters


_FTP_HOST = "ftp.cluster029.hosting-provider.net"

SECRETS += [
    # an account's host, user and password said in one sentence of a page's paragraph, wrapped over lines (a `<p>` or a
    # Markdown paragraph), the user named in the page's language; a provider's draw with its digit first
    ("wiki/Site-Host.html", _page(f"<h1>Site hosting</h1>\n<p>FTP: <code>{_FTP_HOST}</code>, implijer <code>istrsite</code>,\n"
                                  f"password <code>{_digits_first(60)}</code>.</p>"), _digits_first(60)),
    ("wiki/site-host.md", f"# Site hosting\n\nFTP: `{_FTP_HOST}`, user `istrsite`,\npassword `{_digits_first(61)}`.\n",
     _digits_first(61)),
    # the same sentence on one line, a list item's
    ("docs/hosting.md", f"# Hosting\n\n- FTP `{_FTP_HOST}`, user `istrsite`, password `{_digits_first(62)}`\n",
     _digits_first(62)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # the sentence's host a tutorial's, or no user given, or the host's sentence a paragraph apart: a documentation example
    ("docs/ftp.md", f"# FTP\n\nFTP: `ftp.example.com`, user `demo`,\npassword `{_digits_first(63)}`.\n"),
    ("docs/ftp2.md", f"# FTP\n\nFTP: `{_FTP_HOST}`,\npassword `{_digits_first(64)}`.\n"),
    ("docs/ftp3.md", f"# FTP\n\nFTP: `{_FTP_HOST}`, user `istrsite`.\n\nFor example the password `{_digits_first(65)}`.\n"),
    # a word's digit first and words run together in camel case (no draw), and a user's word that names none (`file`)
    ("docs/ftp4.md", f"# FTP\n\nFTP: `{_FTP_HOST}`, user `istrsite`,\npassword `1MyWifiKeyHome`.\n"),
    ("docs/ftp5.md", f"# FTP\n\nFTP: `{_FTP_HOST}`, file `istrsite.zip`,\npassword `{_digits_first(66)}`.\n"),
    # the same command given the password by a variable, a placeholder, or told to prompt for it
    ("bitbucket-pipelines.yml", _PIPELINE.format(command='fab -H deploy@web1.coffee-coop.rw --password "$DEPLOY_PW" deploy')),
    ("ops/deploy2.sh", "fab -H deploy@web1.coffee-coop.rw --password changeme deploy\n"),
    ("ops/deploy3.sh", "fab -H deploy@web1.coffee-coop.rw --prompt-for-login-password deploy\n"),
    # an e-mail address and a password file's option: no password given
    ("ops/mail.sh", "notify --to ops@coffee-coop.rw --password-file /run/secrets/smtp report.txt\n"),
    # a secret store's name for the secret, written alone where the password would stand: the program reads it with the
    # store's client (GCP Secret Manager's resource name, AWS Secrets Manager's and SSM's ARNs, a Key Vault secret's URI)
    ("src/Shop.Config/Settings.cs", _REDIS_CS.format(value="projects/shop-prod/secrets/redis-password/versions/latest")),
    ("src/Shop.Config/Settings2.cs", _REDIS_CS.format(value="projects/shop-prod/secrets/redis-password")),
    ("config/north/app.config", _REDIS_XML.format(
        value=f"arn:aws:secretsmanager:eu-west-1:{_ACCOUNT}:secret:shop/north/redis_password-{_alnum(46, 6)}")),
    ("config/north/db.config", _REDIS_XML.format(value=f"arn:aws:ssm:eu-west-1:{_ACCOUNT}:parameter/shop/redis/password")),
    ("ops/kv.env", _DB_ENV.format(value="https://shop-kv.vault.azure.net/secrets/db-password")),
    # a password's stored hash by its scheme (`sha256:<hex>`) where a client's password would stand
    ("shop/settings_local.py", _REDIS_PY.format(value="sha256:" + fakes.drawn(_SEED + 47, 64, _HEX))),
    ("ops/hash.env", _DB_ENV.format(value="sha256:" + fakes.drawn(_SEED + 48, 64, _HEX))),
    # a note in brackets where the value would stand, naming the store that keeps it, in any language
    ("docs/support/ticket-88-env.txt", _DB_ENV.format(value="(هغه چې په Bitwarden کې دی)")),
    ("ops/note.env", _DB_ENV.format(value="(the one in 1Password)")),
    ("ops/note2.env", _DB_ENV.format(value="[see the ops vault]")),
    # the same header in the page's text, a tutorial's example for the reader (documentation's: a warning at most)
    ("docs/api/auth.html", _page(f'<p>Send <code>Authorization: Basic {_basic("demo", "demo")}</code> with each '
                                 'request.</p>')),
    # a script's header built from what the user typed: no literal
    ("site/admin/login.html", _fetching('"Authorization": "Basic " + btoa(user + ":" + password)')),
    # a placeholder in the script's header
    ("site/admin/help.html", _fetching('"Authorization": "Basic <base64 of user:password>"')),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[f"{index}-{case[0]}" for index, case in enumerate(SECRETS)])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
