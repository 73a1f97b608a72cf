"""Stop 63's reStructuredText, HTML and MediaWiki pages: a MediaWiki table's login or password column, its header after
`!!` in any language the login's word is read in (Sindhi's and Urdu's `لاگ ان`); an HTML page's own script sending a
constant as a credential (a credential header, a Bearer token, a `key` query parameter), read as code's; a login's
details quoted as a block's settings lines (`Host:` / `User:` / `Password:`, no list marks), on the team's own host; a
URL's login in a page's comment (`<!-- … ftp://user:…@host/ -->`, a note for the team no reader is shown); a deployment
page's shell export of a credential-named variable (`docs/despliegue.rst`: the operators' own steps, as a README's); a
client's login call in a code block naming its host, user and password (`Client(host="mqtt.….lan", user=…, password=…)`),
judged as the same login in a URL; and the near misses beside each form that
stay unblocked. Generated fakes only: every value is built here from a seeded generator (seeds 7020000-7029999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 7020000
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@$") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


def _wiki_table(header: str, rows: List[str]) -> str:
    body = "".join(f"|-\n| {row}\n" for row in rows)
    return f"== Servers ==\n{{| class=\"wikitable\"\n! {header}\n{body}|}}\n[[Category:Ops]]\n"


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a MediaWiki table's login column, its header after `!!`: each row's `user / password` pair, in Sindhi's word and
    # English's
    ("wiki/Dispatch_Servers.wiki", _wiki_table("سرور !! ڪم !! لاگ ان", ["app01 || API || deploy / ssh key",
                                                                       f"sql01 || SQL سرور || sa / {_chosen(1)}"]), _chosen(1)),
    ("wiki/Servers.wiki", _wiki_table("Server !! Role !! Login", [f"sql02 || SQL server || sa / {_chosen(2)}"]), _chosen(2)),
    # ... and its password column
    ("wiki/Servers.wiki", _wiki_table("Server !! User !! Password", [f"nas01 || backup || {_alnum(3, 18)}"]), _alnum(3, 18)),
    # Urdu's word written as one, in a Markdown table
    ("docs/servers.md", f"| سرور | لاگان |\n|---|---|\n| sql03 | sa / {_chosen(4)} |\n", _chosen(4)),
]



def _page(script: str, lang: str = "en") -> str:
    return (f'<!doctype html>\n<html lang="{lang}">\n<head><meta charset="utf-8"><title>Admin</title></head>\n<body>\n'
            f'<div id="out"></div>\n<script>\n{script}\n</script>\n</body>\n</html>\n')


SECRETS += [
    # an HTML page's own script sending a constant as a credential: a header named for one, a Bearer token, a `key`
    # query parameter; code the browser runs, its literal the page's credential
    ("site/admin/estado.html", _page(f'  const CLAVE_ADMIN = "{_alnum(10, 36)}";\n'
                                     '  fetch("/api/balanzas", { headers: { "X-Admin-Key": CLAVE_ADMIN } }).then(r => r.json());', "es"),
     _alnum(10, 36)),
    ("site/tools/labels.htm", _page(f"  const OPS_ADMIN_TOKEN = '{_alnum(11, 40)}';\n"
                                    "  fetch('/api/labels', { headers: { Authorization: 'Bearer ' + OPS_ADMIN_TOKEN } });"),
     _alnum(11, 40)),
    ("site/admin/legacy.html", _page(f'  const REPORTS_KEY = "{fakes.drawn(_SEED + 12, 32, "0123456789abcdef")}";\n'
                                     '  fetch("/api/sales?key=" + REPORTS_KEY).then(r => r.json()).then(render);', "fr"),
     fakes.drawn(_SEED + 12, 32, "0123456789abcdef")),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # a login column's stock password, and its cell naming a key instead of a password
    ("wiki/Servers.wiki", _wiki_table("Server !! Role !! لاگ ان", ["sql01 || SQL || sa / changeme"])),
    ("wiki/Servers.wiki", _wiki_table("Server !! Role !! Login", ["app01 || API || deploy / ssh key"])),
    # a header naming no login: a table of roles, a `Login` word inside another header's cell
    ("wiki/Servers.wiki", _wiki_table("Server !! Role !! Owner", [f"sql01 || SQL || ops / {_chosen(5)}"])),
    ("wiki/Servers.wiki", _wiki_table("Server !! Login shell !! Notes", [f"sql01 || /bin/bash || see {_chosen(6)}"])),
]



def _rst_block(host: str, password: str, user: str = "metabase") -> str:
    return ("Reporting database\n==================\n\nMetabase reads the read replica.\n\n.. code-block:: text\n\n"
            f"   Host:     {host}\n   Database: ivola\n   User:     {user}\n   Password: {password}\n\n"
            "Na ripote e vakavouvoutaki ena veimataka.\n")


SECRETS += [
    # a login's details as a block's settings lines, its host the team's own: a provider's draw, a person's choice
    ("ops/docs/reporting.rst", _rst_block("replica.cakau.internal", _alnum(20, 18)), _alnum(20, 18)),
    ("ops/docs/reporting.rst", _rst_block("10.40.2.17", _chosen(21)), _chosen(21)),
    ("docs/db.md", f"```\nHost: pg-main.shop.lan\nUser: svc_reports\nPassword: {_alnum(22, 16)}\n```\n", _alnum(22, 16)),
]

DECOYS += [
    # the same block on a tutorial's host, with no host or no user, or a stock password
    ("docs/reporting.rst", _rst_block("localhost", _alnum(23, 18))),
    ("docs/reporting.rst", _rst_block("db.example.com", _alnum(24, 18))),
    ("docs/db.md", f"```\nDatabase: ivola\nUser: metabase\nPassword: {_alnum(25, 16)}\n```\n"),
    ("docs/db.md", f"```\nHost: pg-main.shop.lan\nDatabase: ivola\nPassword: {_alnum(26, 16)}\n```\n"),
    ("docs/reporting.rst", _rst_block("replica.cakau.internal", "changeme")),
]

DECOYS += [
    # the same sends in the page's text, no script: a reader's example
    ("docs/api.html", "<html><body>\n<pre>\n"
                      f'const REPORTS_KEY = "{fakes.drawn(_SEED + 13, 32, "0123456789abcdef")}";\n'
                      'fetch("/api/sales?key=" + REPORTS_KEY);\n</pre>\n</body></html>\n'),
    ("docs/api.html", "<html><body>\n<pre>\n"
                      f'const ADMIN_TOKEN = "{_alnum(14, 40)}";\n'
                      "fetch('/api', { headers: { Authorization: 'Bearer ' + ADMIN_TOKEN } });\n</pre>\n</body></html>\n"),
    # a script's constant the page sends as a public key, or a placeholder
    # (stop 67: a constant the page never sends is judged as the same line in a .js file is, the page's script read as one:
    # a service's `REPORTS_KEY` in hex blocks there as in `app.js`, no near miss any more)
    ("site/map.html", _page(f'  const MAP_PUBLIC_TOKEN = "{_alnum(15, 40)}";\n'
                            "  fetch('/tiles', { headers: { Authorization: 'Bearer ' + MAP_PUBLIC_TOKEN } });")),
    ("site/admin/estado.html", _page('  const CLAVE_ADMIN = "your-admin-key-here-000000000000";\n'
                                     '  fetch("/api", { headers: { "X-Admin-Key": CLAVE_ADMIN } });')),
]

SECRETS += [
    # a URL's login in a page's comment, on one line or in a comment opened above: a note left for the team
    ("site/themes/lavanda/layouts/partials/footer.html",
     '<footer class="pe">\n  <p>Distillaria</p>\n'
     f"  <!-- accès FTP per la fotografa: ftp://fotos:{_chosen(30)}@ftp.lavanda-valensola.fr/2025/ -->\n</footer>\n",
     _chosen(30)),
    ("docs/handoff.md", f"# Site\n\n<!--\nSFTP for the agency:\n  sftp://agency:{_alnum(31, 16)}@files.kestrel-mill.co.za/\n-->\n",
     _alnum(31, 16)),
]

DECOYS += [
    # the same URL in the page's text, shown to the reader; in a comment already closed; in a comment on an example host
    ("site/footer.html", f"<footer>\n  <p>FTP: ftp://fotos:{_chosen(32)}@ftp.lavanda-valensola.fr/2025/</p>\n</footer>\n"),
    ("site/footer.html", f"<!-- old --> ftp://fotos:{_chosen(33)}@ftp.lavanda-valensola.fr/2025/\n"),
    ("site/footer.html", f"<!-- ftp://fotos:{_chosen(34)}@ftp.example.com/2025/ -->\n"),
    # a stock password in a comment
    ("site/footer.html", "<!-- ftp://fotos:changeme@ftp.lavanda-valensola.fr/ -->\n"),
]


def _jwt(seed: int) -> str:
    """A signed JWT of a service account: HS256 header, a subject and an issue time, a drawn signature."""
    import base64
    import json

    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode().rstrip("=")

    generator = random.Random(_SEED + seed)
    return (part({"alg": "HS256", "typ": "JWT"}) + "." + part({"sub": f"svc-{generator.randint(100, 999)}",
                                                              "iat": generator.randint(1700000000, 1760000000)})
            + "." + fakes.drawn(_SEED + seed, 43, ALNUM + "-_"))


def _deploy_page(line: str) -> str:
    return ("Despliegue del validador\n========================\n\n.. code-block:: bash\n\n"
            f"   {line}\n   ./desplegar.sh --estacion norte\n")


SECRETS += [
    # a deployment page's shell export of a credential-named variable: a signed token, a drawn key
    ("thakhi/docs/despliegue.rst", _deploy_page(f"export VALIDADOR_TOKEN={_jwt(40)}"), _jwt(40)),
    ("docs/deployment.md", f"```sh\nexport STATION_API_KEY=\"{_alnum(41, 32)}\"\n./deploy.sh\n```\n", _alnum(41, 32)),
]

DECOYS += [
    # the same export on a page that is no deployment's (a configuration page's example), and placeholders there
    ("docs/configuracion.rst", _deploy_page(f"export VALIDADOR_TOKEN={_jwt(42)}")),
    ("docs/despliegue.rst", _deploy_page("export VALIDADOR_TOKEN=<token-del-validador>")),
    ("docs/deploy.md", "```sh\nexport STATION_API_KEY=changeme\nexport DEPLOY_ENV=production\n```\n"),
]


def _call_page(host: str, password: str) -> str:
    return ("Configuracion\n=============\n\n.. code-block:: python\n\n   from alambic_sdk import Client\n\n"
            f'   c = Client(host="{host}", user="sdk-lector",\n              password="{password}")\n'
            '   c.subscribe("alambic/+/temperatura")\n')


SECRETS += [
    # a client's login call naming its host and user beside the password, the host the team's own
    ("alambic-sdk/docs/configuracion.rst", _call_page("mqtt.valensola.lan", _chosen(50)), _chosen(50)),
    ("docs/broker.md", '```python\nclient = Broker(hostname="broker.fabrica.internal", username="ingest",\n'
                       f'                password="{_alnum(51, 20)}", port=8883)\n```\n', _alnum(51, 20)),
]

DECOYS += [
    # the same call on a tutorial's host, with a tutorial's password, or with no user or host named in the call
    ("docs/configuracion.rst", _call_page("localhost", _chosen(52))),
    ("docs/configuracion.rst", _call_page("mqtt.example.com", _chosen(53))),
    ("docs/configuracion.rst", _call_page("mqtt.valensola.lan", "Welcome1")),
    ("docs/broker.md", f'```python\nclient = Broker(port=8883,\n                password="{_alnum(54, 20)}")\n```\n'),
    ("docs/broker.md", f'```python\nhost = Broker(host="broker.fabrica.internal", user="ingest")\nauth(password="{_alnum(55, 20)}")\n```\n'),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
