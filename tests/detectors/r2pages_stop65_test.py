"""Stop 65's pages (round 2): Amharic's label colons, the Ethiopic colon `፥` and preface colon `፦`, after its password's
word `የይለፍ ቃል` before a code span (an HTML page's `<code>`, a Markdown list item's span), as Armenian's `՝` is read; and
Walloon's `mot d' passe`, French's word with its `de` elided (the apostrophe apart or not, straight or curly), before a
list item's bare value in a MediaWiki page or a Markdown note. The near misses beside each form stay unblocked: a
stand-in after either label, Ethiopic's word space `፡` (no colon), a French label about passwords (`mot d' passe
rouvî`, forgotten). And a login form's password field filled in (`<input name="contrasena" type="password"
value="…">`, defaults left in to test faster), read as the page's `Password: `…``: in a page, a template, a form's
partial of fields alone; its near misses pass (an empty or masked value, a template's expression, a text or hidden
field's default, a stock word). Generated fakes only: every value is built here from a seeded generator (seeds 7730000-7730999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7730000
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@$") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


def _drawn(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, string.ascii_letters + string.digits)


def _login_page(field: str) -> str:
    return ('<!doctype html>\n<html lang="ast">\n<body>\n  <!-- valores por defeutu pa probar -->\n'
            '  <form method="post" action="/admin/entrar">\n    <input name="usuariu" value="administracion">\n'
            f'    {field}\n    <button>Entrar</button>\n  </form>\n</body>\n</html>\n')


def _amharic_page(colon: str, value: str) -> str:
    return ('<!doctype html>\n<html lang="am">\n<head><meta charset="utf-8"><title>መግቢያ</title></head>\n<body>\n'
            '<h1>የፖርታል መግቢያ</h1>\n'
            f'<p>ተጠቃሚ፦ <code>ops.desk</code> — የይለፍ ቃል{colon} <code>{value}</code></p>\n</body>\n</html>\n')


def _walloon_wiki(label: str, value: str) -> str:
    return ("== Caisses ==\nLes caisses sont des PC avou on scrin tactile.\n\n=== Accès admin ===\n"
            f"* URL: https://caisse.botike.test/admin\n* Uzeu: admin\n* {label}: {value}\n\n[[Category:Botikes]]\n")


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # Amharic's password word before the Ethiopic preface colon `፦`, its value in an HTML page's `<code>`
    ("docs/wiki/export/portal.html", _amharic_page("\u1366", _chosen(1)), _chosen(1)),
    # ... before the Ethiopic colon `፥`
    ("docs/wiki/export/portal.html", _amharic_page("\u1365", _chosen(2)), _chosen(2)),
    # ... in a Markdown list item's code span
    ("docs/accounts.md", f"# መግቢያ\n\n- ተጠቃሚ፦ `ops`\n- የይለፍ ቃል፦ `{_chosen(3)}`\n", _chosen(3)),
    # Walloon's `Mot d' passe`, the apostrophe apart, a MediaWiki page's list item's bare value
    ("wiki/Caisses_des_botikes.wiki", _walloon_wiki("Mot d' passe", _chosen(4)), _chosen(4)),
    # ... written on (`Mot d'passe`), and with a curly apostrophe (`Mot d’ passe`)
    ("wiki/Caisses.wiki", _walloon_wiki("Mot d'passe", _chosen(5)), _chosen(5)),
    ("wiki/Caisses.wiki", _walloon_wiki("Mot d\u2019 passe", _chosen(6)), _chosen(6)),
    # ... in a Markdown note's list item
    ("docs/caisses.md", f"# Caisses\n\n- Uzeu: admin\n- Mot d' passe: {_chosen(7)}\n", _chosen(7)),
    # a login page's password field filled in, under Asturian's field name
    ("tienda/plantilles/admin-login.html",
     _login_page(f'<input name="contrasena" type="password" value="{_chosen(21)}">'), _chosen(21)),
    # ... its value first, single quotes, a drawn value
    ("app/templates/login.html", _login_page(f"<input value='{_drawn(22, 18)}' type='password' name='pw'>"), _drawn(22, 18)),
    # ... a PHP template's, and a form's partial of fields alone (no text tag around them)
    ("views/admin/login.php", _login_page(f'<input type="password" name="pass" value="{_chosen(23)}" required>'),
     _chosen(23)),
    ("templates/partials/login_fields.html",
     f'<input type="text" name="user" value="admin">\n<input type="password" name="password" value="{_chosen(24)}">\n',
     _chosen(24)),
]

# (file, text): each must pass.
DECOYS: List[Tuple[str, str]] = [
    # a stand-in after Amharic's word and its colon
    ("docs/wiki/export/portal.html", _amharic_page("\u1366", "changeme")),
    # Ethiopic's word space `፡` is no colon (a title's words, not a label): not read as one
    ("docs/wiki/export/portal.html", _amharic_page("\u1361", _chosen(11))),
    # a stand-in after Walloon's label
    ("wiki/Caisses.wiki", _walloon_wiki("Mot d' passe", "&lt;dimander a l' buro&gt;")),
    ("wiki/Caisses.wiki", _walloon_wiki("Mot d' passe", "changeme")),
    # a label about passwords after the word, no password (`oublié`, forgotten)
    ("wiki/Caisses.wiki", _walloon_wiki("Mot d' passe oublié", "https://caisse.botike.test/reset")),
    # an elided word that is not the password's (`Mot d' ordre`, a watchword's list item): no credential named
    ("wiki/Caisses.wiki", _walloon_wiki("Mot d' ordre", _chosen(12))),
    # a password field empty, masked, a stock word, or filled by the template's expression
    ("tienda/admin-login.html", _login_page('<input name="contrasena" type="password" value="">')),
    ("tienda/admin-login.html", _login_page('<input name="contrasena" type="password" value="********">')),
    ("tienda/admin-login.html", _login_page('<input name="contrasena" type="password" value="password">')),
    ("app/templates/login.html", _login_page('<input type="password" name="pw" value="{{ form.password.value }}">')),
    ("views/admin/login.php", _login_page('<input type="password" name="pass" value="<?php echo $pass; ?>">')),
    ("WEB-INF/jsp/login.jsp", _login_page('<input type="password" name="pass" value="${loginForm.password}">')),
    ("app/views/login.html", _login_page('<input type="password" name="pass" value="#{session.password}">')),
    ("app/templates/login.html", _login_page('<input type="password" name="pw" placeholder="Llave.Secreta2024">')),
    # a text or hidden field's default: a page's default, as before (a hidden field's value is posted by every visitor)
    ("tienda/admin-login.html", _login_page(f'<input name="contrasena" type="text" value="{_chosen(25)}">')),
    ("shop/checkout.html", _login_page(f'<input name="merchant_key" type="hidden" value="{_drawn(26, 24)}">')),
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
