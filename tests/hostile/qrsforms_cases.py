"""Hostile inputs for round Q-S's carrier forms (issue 14): names handed to decoding calls (their
literals searched by name, at most MAX_NAMED_DECODES names and MAX_DECODED_VALUES settings a name),
Android's `Base64.decode(` and Swift's `Data(base64Encoded:` heads, typed declarations, each head
repeated along a 200 KB line or a file of them. Each must end as it should, in time linear in its
size; the planted token (archives_cases') is found where it is carried."""
from __future__ import annotations

import base64
from typing import List

from tests.hostile.carrier_calls_cases import CLEAN, FOUND, LINE, _repeated, _scan
from tests.hostile.archives_cases import TOKEN
from tests.hostile.case import HostileCase

_ENCODED = base64.b64encode(TOKEN.encode())
_WORDS = base64.b64encode(b"hello-world-again")

CASES: List[HostileCase] = [
    HostileCase("named-decode-found", _scan("Keys.kt", lambda: b'const val BOT_TOKEN_B64 = "' + _ENCODED
                                             + b'"\nval token = String(Base64.decode(BOT_TOKEN_B64, Base64.NO_WRAP))\n'),
                1, FOUND, secrets=(TOKEN,)),
    HostileCase("android-decode-head-repeated", _scan("Keys.kt", lambda: _repeated(b"Base64.decode(")), 0, CLEAN),
    HostileCase("android-decode-flags-repeated", _scan("Keys.kt", lambda: b"Base64.decode(K, "
                                                        + _repeated(b"Base64.NO_WRAP or ", b")\n")), 0, CLEAN),
    HostileCase("swift-decode-head-repeated", _scan("Keys.swift", lambda: _repeated(b"Data(base64Encoded: ")), 0, CLEAN),
    # Every name is a different one: 16 are read, each searched once.
    HostileCase("named-decodes-flood", _scan("keys.js", lambda: b"".join(
        b"const K%d = '%s';\nconst v%d = atob(K%d);\n" % (n, _WORDS, n, n) for n in range(40_000))), 0, CLEAN),
    # One name set a great many times: at most MAX_DECODED_VALUES settings read.
    HostileCase("one-name-set-many-times", _scan("keys.js", lambda: b"K = '" + _WORDS + b"';\n" * 1
                                                  + b"".join(b"K = '%s';\n" % _WORDS for _ in range(60_000)) + b"atob(K);\n"),
                0, CLEAN),
    HostileCase("name-assignment-heads-repeated", _scan("keys.js", lambda: b"atob(K);\n" + _repeated(b"K = K = ")), 0, CLEAN),
    HostileCase("typed-declaration-line", _scan("Env.swift", lambda: b"static let a: " + b"S" * LINE + b' = "x"\n'), 0, CLEAN),
    HostileCase("typed-declarations-split-flood", _scan("Env.swift", lambda: b"".join(
        b'static let title%d: String = "abcdefghij" +\n    "klmnopqrst"\n' % n for n in range(20_000))), 0, CLEAN),
]
