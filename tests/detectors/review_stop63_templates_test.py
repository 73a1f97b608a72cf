"""Review 63 of stop 62's server page templates read as HTML pages: the same pages under other servers' names were no
pages (ASP.NET's .aspx and .ascx, classic ASP, FreeMarker, Velocity, Grails, JSP documents, Go's .gohtml, Smarty's .tpl,
Jinja's .html.j2, server-side includes' .shtml, Vue's and Svelte's components), so an HTML comment's login left for
an agency passed there. Their references (`${user.password}`, `{{ .Password }}`, `{$password}`) still pass.
Generated fakes only: every value is built here from a seeded generator (seeds 7100700-7100799)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7100700
_PAGES = ("site/footer.aspx", "site/Footer.ascx", "site/footer.asp", "site/footer.ftl", "site/footer.vm", "site/footer.gsp",
          "site/footer.jspx", "site/footer.gohtml", "site/footer.tpl", "site/footer.html.j2", "site/footer.shtml",
          "site/Footer.vue", "site/Footer.svelte")


def _page(seed: int) -> str:
    return f"<div>\n<!-- agency FTP: webagency / {fakes.drawn_mixed(_SEED + seed, 20)} -->\n<p>Welcome</p>\n</div>\n"


SECRETS: List[Tuple[str, str, str]] = [
    (name, _page(number), fakes.drawn_mixed(_SEED + number, 20)) for number, name in enumerate(_PAGES)]

DECOYS: List[Tuple[str, str]] = [
    ("src/components/Login.vue",
     '<template>\n  <div>\n    <p>Password: {{ password }}</p>\n    <p>Token: <code>{{ token.slice(0, 6) }}</code></p>\n'
     '  </div>\n</template>\n<script>\nexport default { data() { return { password: "" } } }\n</script>\n'),
    ("Pages/Login.aspx", '<%@ Page Language="C#" %>\n<div>\n<p>Password: <%= Model.Password %></p>\n</div>\n'),
    ("templates/login.ftl", '<div>\n<p>Password: ${user.password}</p>\n<p>API key: <code>${apiKey!""}</code></p>\n</div>\n'),
    ("templates/login.gohtml", "<div>\n<p>Password: {{ .Password }}</p>\n<p>API key: <code>{{ .APIKey }}</code></p>\n</div>\n"),
    ("templates/login.tpl", "<div>\n<p>Password: {$password}</p>\n</div>\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    assert secret in [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
