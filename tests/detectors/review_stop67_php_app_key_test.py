"""Review 67, a sibling of stop 66's PHP configuration key (e31052a9, `'courier' => ['key' => '…']` in Laravel's
config/services.php): the array's own `key` at its root beside a `cipher`, Laravel's config/app.php with its application
encryption key written in as its older releases drew it (`'key' => '<32 letters and digits>', 'cipher' => 'AES-256-CBC'`),
gave no finding, though the same key as `.env`'s APP_KEY blocks (a `base64:` key of 32 bytes blocks by its shape). A key read from the environment, a cache's prefix and a stock stand-in pass.
Generated fakes only (seeds 8290400-8290499)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_KEY = fakes.drawn_mixed(8290401, 32)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _app(key_line: str, beside: str = "    'cipher' => 'AES-256-CBC',\n") -> str:
    return f"<?php\n\nreturn [\n    'name' => 'Shop',\n{key_line}{beside}];\n"


def test_laravels_app_key_written_in_blocks(engine: Engine) -> None:
    assert _KEY in [f.secret for f in blocking(engine.scan_text("config/app.php", _app(f"    'key' => '{_KEY}',\n")))]


@pytest.mark.parametrize("text", [
    _app("    'key' => env('APP_KEY'),\n"),
    _app("    'key' => 'SomeRandomString',\n"),
    _app("    'key' => 'shop_cache',\n", beside="    'driver' => 'redis',\n"),
])
def test_a_root_key_read_elsewhere_or_no_encryption_key_passes(engine: Engine, text: str) -> None:
    assert blocking(engine.scan_text("config/app.php", text)) == []
