"""An HTML page's own scripts read as the script files they are (stop 67, blind set NS): the page's text is documentation,
its `<script>` elements code the browser runs, so a Basic header of a literal `user:password` given to `btoa` and a URL's
`?api_secret=…` (GA4's Measurement Protocol) there block as in a `.js` file. Near misses: a tutorial's example in a
`<pre>` beside a script of the page's own, a browser SDK's key its comment says is domain-restricted and made for the
browser. Generated fakes only (seeds 8680200-8680299)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8680200
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_PASSWORD = (fakes.drawn(_SEED, 6, _LOWER).capitalize() + "!" + fakes.drawn(_SEED + 1, 5, _LOWER).capitalize()
             + fakes.drawn(_SEED + 2, 4, "0123456789"))
_SECRET = fakes.drawn_mixed(_SEED + 3, 22)
_SDK_KEY = fakes.drawn(_SEED + 4, 25, _LOWER + "0123456789")

# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # a URL's `api_secret` in the page's script
    ("site/public/thanks.html", "<html><body>\n<script>\n  fetch(\"https://www.google-analytics.com/mp/collect?"
                                f"measurement_id=G-7QK2M4X9DL&api_secret={_SECRET}\", {{ method: \"POST\" }});\n"
                                "</script>\n</body></html>\n", _SECRET),
    # a Basic header of a literal `user:password` given to btoa, in a module script
    ("site/admin/index.html", "<html><body>\n<form id=\"f\"></form>\n<script type=\"module\">\n"
                              "  await fetch(\"/api/sites\", { headers: { Authorization: \"Basic \" + "
                              f"btoa(\"siteadmin:{_PASSWORD}\") }} }});\n</script>\n</body></html>\n", _PASSWORD),
]

# (file name, text): near misses that must pass
DECOYS: List[Tuple[str, str]] = [
    # a page's text showing a call in a <pre> (a tutorial's example, no script of the page's), beside a script of its own
    ("docs/auth.html", "<html><body>\n<p>Send the header:</p>\n<pre>Authorization: \"Basic \" + "
                       f"btoa(\"demo:{_PASSWORD}\")</pre>\n<script>\n  hljs.highlightAll();\n</script>\n</body></html>\n"),
    # a browser SDK's key its comment says is domain-restricted and made for the browser, in the page's script
    ("web/public/tour.html", "<html><body>\n<script>\n  // SDK key: domain-restricted, meant for the browser\n"
                             f"  const sdkKey = '{_SDK_KEY}';\n  window.MP_SDK.connect(frame, sdkKey, '');\n"
                             "</script>\n</body></html>\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", FORMS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(FORMS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert secret in [finding.secret for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
