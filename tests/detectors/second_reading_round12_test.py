"""What the second reading of round 12 (blind sets CE-CJ) found, through the engine: a decoy rule kept to
its form (a key on a browser global blocks unless the file loads a vendor's script; an app key blocks
beside a comment that only names the app secret) and header names that are no credential's (CORS,
a cache key). Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

BLOCKS = [
    ("public/app.js", "window.appConfig = {\n  apiKey: 'Wq3Zt8Lm2Xk9Vr4Np7Hb6Jd1Fg5Zq8Lm',\n};\nvar img = new Image();\n"
     "img.src = 'https://cdn.example.com/pixel.png';\n", 2, "Wq3Zt8Lm2Xk9Vr4Np7Hb6Jd1Fg5Zq8Lm"),
    ("config/app.php", "<?php\nreturn [\n    'app_key' => 'Zq8Lm2Xk9Vr4Np7Hb6Jd1Fg5Wq3Zt8Lm',\n    // app_secret is read from the vault\n];\n",
     3, "Zq8Lm2Xk9Vr4Np7Hb6Jd1Fg5Wq3Zt8Lm"),
]

QUIET = [
    ("server.js", "res.setHeader('Access-Control-Allow-Headers', 'Content-Type,Authorization');\n"),
    ("Startup.cs", 'context.Response.Headers.Add("Access-Control-Allow-Headers", "Content-Type,Authorization,X-Requested-With");\n'),
    ("Filter.java", 'response.setHeader("Access-Control-Allow-Headers", "x-requested-with,authorization,content-type");\n'),
    ("cache.go", 'req.Header.Set("X-Cache-Key", "pageHomeV2Abc123XyZ")\n'),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(("filename", "text", "line", "secret"), BLOCKS)
def test_the_key_blocks(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert any(at == line and value == secret for at, _, value in _blocked(engine, filename, text))


@pytest.mark.parametrize(("filename", "text"), QUIET)
def test_the_header_is_no_credential(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
