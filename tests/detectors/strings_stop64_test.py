"""Stop 64 (the lead's, from stop 63's "noticed and left"): an XML document or an INI file a program writes out or sends
from a string of its own code. PHP's here- and now-documents (`$body = <<<XML` … `XML;`, `<<<'INI'`, the closing word
indented since PHP 7.3) were read by no carrier: the shell's here-document reader takes `<<` only, and a PHP file's
`<password>…</password>` line is no XML file's. A Python (or another language's multi-line) string holding an XML
document (a SOAP envelope, a settings file) was read only where its lines were an INI's. Both are now read as the file
they are (engine/carriers.py: php_here_documents, xml_document). HTML held in a string is a page, not settings: none.
Through the engine. Generated fakes only: seeds 7291000-7291999."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


def _drawn(seed: int, length: int = 18) -> str:
    """A drawn password (both cases, digits, a symbol), as a generator gives one."""
    generator = random.Random(seed)
    body = "".join(generator.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(length))
    return body[:9] + generator.choice("#%*!") + body[9:]


_PASSWORD = _drawn(7291000)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fake_has_the_shape_it_stands_for() -> None:
    assert len(_PASSWORD) == 19 and any(c.isupper() for c in _PASSWORD) and any(c.isdigit() for c in _PASSWORD)


_SOAP = ["<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">", "  <soap:Header>",
         "    <Auth>", "      <UserName>svc_tracker</UserName>", "      <Password>{pw}</Password>", "    </Auth>",
         "  </soap:Header>", "</soap:Envelope>"]


@pytest.mark.parametrize("opening, closing", [
    ("$body = <<<XML", "XML;"),
    ("$body = <<<'XML'", "XML;"),
    ('$body = <<<"EOT"', "EOT;"),
    ("    $body = <<<XML", "    XML;"),  # (PHP 7.3: the closing word indented, its indentation off every line)
    ("$client->send(<<<XML", "XML, $headers);"),
])
def test_an_xml_document_in_a_php_here_document_blocks(engine: Engine, opening: str, closing: str) -> None:
    indent = closing[:len(closing) - len(closing.lstrip())]
    body = [indent + line.format(pw=_PASSWORD) for line in _SOAP]
    text = "\n".join(["<?php", opening, *body, closing, "return $body;", ""])
    assert _secrets(engine, "src/Tracker/Request.php", text) == [(7, _PASSWORD)]


def test_an_ini_file_in_a_php_now_document_blocks(engine: Engine) -> None:
    text = "\n".join(["<?php", "$ini = <<<'INI'", "[database]", "host = db.internal", "user = app",
                      f"password = {_PASSWORD}", "INI;", "file_put_contents('/etc/app.ini', $ini);", ""])
    assert _secrets(engine, "install/write_config.php", text) == [(6, _PASSWORD)]


@pytest.mark.parametrize("body", [
    ["<soap:Envelope>", "  <Auth>", "    <Password>$password</Password>", "  </Auth>", "</soap:Envelope>"],
    ["<soap:Envelope>", "  <Auth>", "    <Password>{$this->password}</Password>", "  </Auth>", "</soap:Envelope>"],
    ["<form method=\"post\">", "  <input type=\"password\" name=\"password\">", "</form>"],  # (a page's form)
    ["Dear {$name},", "your password was reset. Log in and choose a new one.", "The team"],
])
def test_near_misses_in_a_php_here_document_stay_none(engine: Engine, body: list) -> None:
    text = "\n".join(["<?php", "$text = <<<EOT", *body, "EOT;", ""])
    assert _secrets(engine, "src/Mailer.php", text) == []


@pytest.mark.parametrize("filename, opening, closing", [
    ("tools/tracker_soap.py", 'BODY = """', '"""'),
    ("tools/tracker_soap.py", 'requests.post(URL, data="""', '""")'),
    ("src/tracker.ts", "const body = `", "`;"),
    ("src/main/kotlin/Tracker.kt", 'val body = """', '""".trimIndent()'),
])
def test_an_xml_document_in_a_code_string_blocks(engine: Engine, filename: str, opening: str, closing: str) -> None:
    lines = [line.format(pw=_PASSWORD) for line in _SOAP]
    text = "\n".join(["import x", opening + lines[0], *lines[1:], closing, ""])
    assert _secrets(engine, filename, text) == [(6, _PASSWORD)]


@pytest.mark.parametrize("body", [
    ["<soap:Envelope>", "  <Password>{password}</Password>", "</soap:Envelope>"],  # (a format field)
    ["<div class=\"login\">", "  <input type=\"password\" value=\"\">", "</div>"],  # (a page's markup)
    ["<settings>", "  <password>changeme</password>", "</settings>"],
])
def test_near_misses_in_a_code_string_stay_none(engine: Engine, body: list) -> None:
    text = "\n".join(['TEMPLATE = """' + body[0], *body[1:], '"""', ""])
    assert _secrets(engine, "app/templates.py", text) == []
