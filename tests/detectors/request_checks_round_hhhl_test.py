"""A hard-coded credential incoming requests are checked against, after blind rounds HH-HL: a literal compared
(`==`, `!=`, `~=`, `===`, `!==`, a constant-time comparison, `equals`) with a request's credential header, query
parameter or bearer token, directly or through one variable a side: an OpenResty access script's
`ngx.req.get_headers()[…]`, nginx's `$http_x_api_key`, Flask's `request.headers`, Express' `req.get`/`req.headers`,
Go's `r.Header.Get`, PHP's `$_SERVER['HTTP_X_…']`, a servlet's `getHeader`. Each beside the decoys nearest to it:
a stand-in, an environment value, a header no caller's credential comes in. Every value here is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests import fakes
from tests.accuracy.labelled import blocked_lines as _blocked

KEYS = [fakes.drawn_mixed(2920000 + draw, 32) for draw in range(16)]
HEX = fakes.drawn(2920050, 40, "0123456789abcdef")

TRUE_FORMS: List[Tuple[str, str, int, str]] = [
    # OpenResty: the expected key and the header each in a variable, compared with `~=`
    ("gateway/access.lua", f'local expected = "{KEYS[0]}"\nlocal supplied = ngx.req.get_headers()["X-Ops-Key"]\n'
     "if supplied ~= expected then\n    return ngx.exit(ngx.HTTP_FORBIDDEN)\nend\n", 1, KEYS[0]),
    ("gateway/access.lua", f'if ngx.req.get_headers()["X-Api-Key"] ~= "{KEYS[1]}" then\n  return ngx.exit(403)\nend\n',
     1, KEYS[1]),
    ("gateway/access.lua", f'local key = ngx.var.http_x_api_key\nif key ~= "{KEYS[2]}" then\n  return ngx.exit(403)\nend\n',
     2, KEYS[2]),
    # nginx's own comparison of a header variable
    ("conf.d/api.conf", f'location /admin/ {{\n  if ($http_x_api_key != "{KEYS[3]}") {{\n    return 403;\n  }}\n}}\n',
     2, KEYS[3]),
    # Flask, directly, through a variable, against a module constant, a bearer token
    ("app/auth.py", f'if request.headers.get("X-API-Key") != "{KEYS[4]}":\n    abort(401)\n', 1, KEYS[4]),
    ("app/auth.py", f'supplied = request.headers.get("X-API-Key")\nif supplied != "{KEYS[5]}":\n    abort(401)\n', 2, KEYS[5]),
    ("app/auth.py", f'EXPECTED = "{KEYS[6]}"\n\n\ndef check():\n    if request.headers.get("X-API-Key") != EXPECTED:\n'
     "        abort(401)\n", 1, KEYS[6]),
    ("app/auth.py", f'if request.headers.get("Authorization") != "Bearer {KEYS[7]}":\n    abort(401)\n', 1, KEYS[7]),
    ("app/auth.py", f'if not hmac.compare_digest(request.headers.get("X-API-Key", ""), "{KEYS[8]}"):\n    abort(401)\n',
     1, KEYS[8]),
    # Express, Go, PHP, a servlet
    ("server/auth.js", f'if (req.get("x-api-key") !== "{KEYS[9]}") {{\n  return res.sendStatus(401);\n}}\n', 1, KEYS[9]),
    ("server/auth.js", f"const key = req.headers['x-api-key'];\nif (key !== '{KEYS[10]}') return res.status(401).end();\n",
     2, KEYS[10]),
    ("cmd/api/main.go", f'if r.Header.Get("X-Api-Key") != "{HEX}" {{\n\thttp.Error(w, "forbidden", 403)\n\treturn\n}}\n',
     1, HEX),
    ("public/index.php", f"<?php\nif ($_SERVER['HTTP_X_API_KEY'] !== '{KEYS[11]}') {{\n  http_response_code(401);\n  exit;\n}}\n",
     2, KEYS[11]),
    ("src/ApiKeyFilter.java", f'String key = request.getHeader("X-API-Key");\nif (!"{KEYS[12]}".equals(key)) {{\n'
     "  response.sendError(401);\n}\n", 2, KEYS[12]),
]

DECOYS: List[Tuple[str, str]] = [
    # a stand-in, an environment value, a config lookup
    ("app/auth.py", 'if request.headers.get("X-API-Key") != "your-api-key-here":\n    abort(401)\n'),
    ("app/auth.py", 'if request.headers.get("X-API-Key") != os.environ["API_KEY"]:\n    abort(401)\n'),
    ("gateway/access.lua", 'local expected = os.getenv("API_KEY")\nlocal supplied = ngx.req.get_headers()["X-Api-Key"]\n'
     "if supplied ~= expected then\n  return ngx.exit(403)\nend\n"),
    ("conf.d/api.conf", 'if ($http_x_api_key != "<your-api-key>") {\n  return 403;\n}\n'),
    # a header no caller's credential comes in, an absent one, a scheme's check
    ("app/trace.py", f'if request.headers.get("X-Request-Id") == "{KEYS[13]}":\n    pass\n'),
    ("app/orders.py", f'if request.headers["X-Idempotency-Key"] == "{KEYS[14]}":\n    return cached\n'),
    ("server/json.js", 'if (req.get("content-type") !== "application/json") return next();\n'),
    ("gateway/access.lua", 'local supplied = ngx.req.get_headers()["X-Api-Key"]\nif supplied == nil or supplied == "" then\n'
     "  return ngx.exit(401)\nend\n"),
    ("server/auth.js", 'const h = req.headers["authorization"];\nif (h === "Bearer undefined") { return next(); }\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert any(found[0] == line and found[2] == secret for found in _blocked(engine, filename, text))


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
