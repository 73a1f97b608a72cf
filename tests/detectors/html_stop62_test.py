"""Stop 62's HTML pages: a server's page template (a Laravel Blade view, a WordPress theme's PHP file, a Twig view) read as
the HTML page it is, its server code blanked; a login's pair after a label naming the protocol it signs in with (`FTP`,
`SSH`) in any language's words; Spanish's `clave` right after a user's span, that login's password; Wolof's password words; an administrator's pair (`admin / …`) ending a note after its colon; and the near misses beside each form that stay unblocked. Generated fakes only: every
value is built here from a seeded generator (seeds 6720000-6729999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 6720000
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@$") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a Blade view's help page: its text in tags, Blade's directives around it
    ("shop-web/resources/views/admin/help.blade.php",
     "@extends('layouts.admin')\n@section('content')\n<h2>Help</h2>\n<p>To reload the fares, sign in to phpMyAdmin:</p>\n"
     f"<pre>https://db.kestrelfares.co.za/phpmyadmin  user: fares_admin  pass: {_chosen(1)}</pre>\n@endsection\n", _chosen(1)),
    # a WordPress theme's footer, an HTML comment left for the agency, PHP's blocks around it
    ("site/wp-content/themes/kestrel/footer.php",
     '<footer class="foot">\n  <p>Kestrel Mill</p>\n'
     f"  <!-- accessu FTP di u tema per l'agenzia: kestrel-tema / {_alnum(2, 24)} (da caccià dopu a cunsegna) -->\n"
     "  <?php wp_footer(); ?>\n</footer>\n</body>\n</html>\n", _alnum(2, 24)),
    # a PHP template opening with its code block, the page's text after it closes
    ("portal/views/contact.phtml",
     "<?php\n$title = 'Contact';\ninclude 'header.php';\n?>\n<div class=\"note\">\n"
     f"  <p>Wi-Fi password: <code>{_chosen(3)}</code></p>\n</div>\n", _chosen(3)),
    # a Twig view's note
    ("app/templates/admin/notes.html.twig",
     "{% extends 'base.html.twig' %}\n{% block body %}\n<ul>\n"
     f"  <li>SSH pour l'agence: deploy / {_chosen(4)}</li>\n</ul>\n{{% endblock %}}\n", _chosen(4)),
    # Spanish's `clave` right after a user's code span: that login's password, on an HTML page and in Markdown
    ("wiki/servidor-tienda.html",
     "<!DOCTYPE html>\n<html lang=\"es\">\n<body>\n<h1>Servidor de la tienda</h1>\n"
     f"<p>Panel Plesk: usuario <code>admin</code>, clave <code>{_chosen(6)}</code></p>\n</body>\n</html>\n", _chosen(6)),
    ("docs/servidor.md", f"- Panel: usuario `ventas`, clave `{_alnum(7, 16)}`\n", _alnum(7, 16)),
    ("notes/panel.txt", f"Panel Plesk: usuario: admin, clave: {_chosen(8)}\n", _chosen(8)),
    # Wolof's password words, `baat bu kumpa` (a hidden word) and `baatu jàll` (a passing word), as a label
    ("ops/docs/acces-buntu.html",
     '<!doctype html>\n<html lang="wo">\n<body>\n<ul>\n  <li>Login: <code>superviseur</code></li>\n'
     f"  <li>Baat bu kumpa: <code>{_chosen(11)}</code></li>\n</ul>\n</body>\n</html>\n", _chosen(11)),
    ("docs/buntu.md", f"- Baatu jàll: `{_alnum(12, 18)}`\n", _alnum(12, 18)),
    # an administrator's pair ending a note after its colon, whatever words stand between: an HTML comment left on a
    # login page, a note in Markdown
    ("price-site/templates/admin/login.html",
     '<!DOCTYPE html>\n<html lang="kk">\n<body>\n'
     f"  <!-- TODO алып тастау: тест үшін admin / {_chosen(13)} -->\n"
     '  <form method="post" action="/admin/login">\n    <input name="password" type="password">\n  </form>\n</body>\n</html>\n',
     _chosen(13)),
    ("docs/launch.md", f"TODO remove: for testing root / {_alnum(14, 16)} (before launch)\n", _alnum(14, 16)),
    # a plain notes file: a protocol's label among other words, then its pair
    ("notes/handover.txt", f"SFTP for the print shop uploads: printshop / {_alnum(5, 20)}\n", _alnum(5, 20)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # a PHP file that is code: its strings are the code readers' (an environment read), no page's text
    ("app/Http/Controllers/LoginController.php",
     "<?php\nnamespace App\\Http\\Controllers;\n\n/** <p>Shows the login form.</p> */\nclass LoginController\n{\n"
     "    public function show() { return view('login', ['hint' => getenv('LOGIN_HINT')]); }\n}\n"),
    # a template's field: its default left to the server's code, blanked
    ("views/login.php", '<form>\n  <p>Password: <input type="password" name="password" value="<?= htmlspecialchars($pw) ?>"></p>\n</form>\n'),
    # `clave` alone or qualified is a key of anything (`clave API`, `clave pública`), and a stock password is a tutorial's
    ("docs/objeto.md", f"Usuario `admin`, clave API `{_chosen(9)}`\n"),
    ("docs/objeto.md", "usuario `admin`, clave `changeme`\n"),
    ("docs/objeto.md", f"La clave `{_chosen(10)}` del objeto se guarda en la tabla.\n"),
    # a Wolof password word before a stock password: a tutorial's
    ("docs/buntu.md", "- Baat bu kumpa: `changeme`\n"),
    # an administrator's pair whose second half is a role, a stock password, a menu's path, or a pair with more after it
    ("docs/roles.md", "Roles: viewer, editor, admin / superuser\n"),
    ("docs/roles.md", "Note: log in as admin / changeme\n"),
    ("docs/menu.md", f"Menu: Settings > admin / Users-And-{_chosen(15)}\n"),
    ("docs/todo.md", f"TODO: switch admin / {_chosen(16)} later today\n"),
    # a protocol's label naming a thing of it, a pair of products or of settings
    ("docs/ftp.md", "FTP server: vsftpd / proftpd-1.3.8\n"),
    ("docs/ftp.md", "FTP mode: active / passive\n"),
    ("docs/ssh.md", "SSH keys: ed25519 / rsa\n"),
    ("docs/ssh.md", "SSH tunnel: localhost:5432 / remote:5432\n"),
    # a protocol's pair whose password is a stock one: a tutorial's
    ("docs/ftp.md", "FTP: user / changeme\n"),
    ("docs/ftp.md", "FTP: ftp.example.com / anonymous\n"),
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
