"""Review 65: stop 64 read an XML document (or an INI's settings) held in a code string as the file it is in Python's,
JavaScript's, Go's and C# 11's raw strings, but not in C#'s verbatim strings (`@"…"`, `$@"…"`), where C# code most often
writes a SOAP envelope, its quotes doubled (`version=""1.0""`): the envelope's <Password> passed. Generated fakes only:
seeds 7700200-7700299."""
from __future__ import annotations

import string

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_PASSWORD = fakes.drawn_mixed(7700200, 18, string.ascii_letters + string.digits + "#!%")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _envelope(value: str, opening: str = '@"') -> str:
    return ("namespace Billing\n{\n    public static class Soap\n    {\n"
            f"        public const string Body = {opening}<?xml version=\"\"1.0\"\" encoding=\"\"utf-8\"\"?>\n"
            "<soap:Envelope xmlns:soap=\"\"http://schemas.xmlsoap.org/soap/envelope/\"\">\n  <soap:Body>\n    <Login>\n"
            f"      <Username>billing-svc</Username>\n      <Password>{value}</Password>\n    </Login>\n"
            "  </soap:Body>\n</soap:Envelope>\";\n    }\n}\n")


def _blocked(engine: Engine, text: str) -> list:
    return [(finding.secret, finding.line_number) for finding in blocking(engine.scan_text("src/Billing/Soap.cs", text))]


@pytest.mark.parametrize("opening", ['@"', '$@"', '@$"'])
def test_a_soap_envelopes_password_in_a_verbatim_string_blocks_on_its_line(engine: Engine, opening: str) -> None:
    assert (_PASSWORD, 10) in _blocked(engine, _envelope(_PASSWORD, opening))


def test_an_ini_in_a_verbatim_string_blocks(engine: Engine) -> None:
    text = f'var ini = @"[database]\nhost = db01\npassword = {_PASSWORD}\n";\n'
    assert (_PASSWORD, 3) in _blocked(engine, text)


@pytest.mark.parametrize("value", ["{0}", "{password}", "********", "$(SOAP_PASSWORD)"])
def test_a_verbatim_envelopes_placeholder_passes(engine: Engine, value: str) -> None:
    assert _blocked(engine, _envelope(value)) == []


def test_a_verbatim_strings_html_passes(engine: Engine) -> None:
    text = f'var page = @"<div>\n  <span class=""label"">Password</span>\n  <p>{_PASSWORD}</p>\n</div>";\n'
    assert _blocked(engine, text) == []
