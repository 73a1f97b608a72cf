"""Review 66: stop 65's pages fixer read a login form's filled password field (`<input type="password" value="…">`) as the
page's `Password: `…``, but only where the tag held `assword` in lower case and its value was quoted. HTML's attribute
names and keywords are any case (`TYPE="PASSWORD"`, an old page's or a generator's) and its values may go unquoted
(`<input type=password value=…>`, as `type=password` already was read): the same field passed. Near misses stay
unblocked: an unquoted stand-in, a template's variable, an unquoted attribute with no value after `value=`.
Generated fakes only: seeds 7990200-7990299."""
from __future__ import annotations

import random

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking

_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _chosen(seed: int) -> str:
    generator = random.Random(7990200 + seed)
    return generator.choice(_WORDS) + generator.choice("!#*@") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


def _page(field: str) -> str:
    return ('<!doctype html>\n<html>\n<body>\n  <form method="post" action="/admin/login">\n'
            '    <input name="user" value="operator">\n' f'    {field}\n    <button>Login</button>\n  </form>\n</body>\n</html>\n')


def _secrets(engine: Engine, name: str, text: str) -> list:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("field", [
    '<INPUT TYPE="PASSWORD" NAME="PW" VALUE="{v}">',
    '<input type="Password" name="pw" value="{v}">',
    '<input type=password name=pw value={v}>',
    '<input name=pw value={v} type=password>',
    '<input type=password name=pw value={v} />',
    "<input type='PASSWORD' value={v}>",
])
def test_a_filled_password_field_in_any_case_or_unquoted_blocks(engine: Engine, field: str) -> None:
    value = _chosen(1)
    assert value in _secrets(engine, "site/admin/login.html", _page(field.format(v=value)))


@pytest.mark.parametrize("field", [
    "<input type=password name=pw value=********>",
    "<input type=password name=pw value=password>",
    "<INPUT TYPE=PASSWORD NAME=PW VALUE=$password>",
    "<input type=password value= name=pw>",
    "<input type=password name=pw value=>",
    '<INPUT TYPE="PASSWORD" VALUE="{{ form.password }}">',
])
def test_an_unquoted_or_upper_case_fields_stand_in_stays_none(engine: Engine, field: str) -> None:
    assert _secrets(engine, "site/admin/login.html", _page(field)) == []
