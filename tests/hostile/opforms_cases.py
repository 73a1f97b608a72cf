"""Hostile inputs for the forms read after blind rounds O and P: argument lists (an option item,
its literal the next), Confluent's `basic.auth.user.info`, SQL `CREATE SECRET` statements, and
`Basic <base64>` values decoded in place. Floods of each form's head on one line or on many
lines (1 MB), then a real credential: each ends quickly and as it must, and the planted secret
is never printed. Every secret here is generated."""
from __future__ import annotations

import base64
from typing import List

from tests.fakes import pypi_token
from tests.hostile.case import HostileCase, scan_of as _scan, sized

PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
TOKEN = pypi_token(11)
MEGABYTE = 1024 * 1024
# Bytes of a line of heads: in the suite an eighth, still far past twice the longest stretch of a line a
# reader reads (16,384 characters).
LINE_BYTES = sized(MEGABYTE, MEGABYTE // 8)


def _basic(text: str) -> bytes:
    return base64.b64encode(text.encode())


def _create_secret_lines(count: int, name: str = "create-secret-lines") -> HostileCase:
    return HostileCase(name, _scan("setup.sql", lambda: b"CREATE SECRET s (\n" * count
                                   + f"CREATE SECRET s (TYPE S3, SECRET '{PASSWORD}');\n".encode()),
                       1, "Literal Credential", secrets=(PASSWORD,))


# Lines a flood has in the suite; the benchmark runs the full count (BENCHMARK_ONLY_CASES). The suite's
# is still far past where a loop reading on from each line would show.
SUITE_LINES = 12_500  # (an eighth: still far past _literal_reading._SQL_STATEMENT_LINES, 24, a statement's reach)
FULL_LINES = 100_000

CASES: List[HostileCase] = [
    HostileCase("listed-options-line", _scan("run.py", lambda: b'"--password", ' * (LINE_BYTES // 14)
                                             + f'\nrun(["devpi", "login", "ci", "--password", "{PASSWORD}"])\n'.encode()),
                1, "Literal Credential", secrets=(PASSWORD,)),
    HostileCase("listed-short-p-line", _scan("run.py", lambda: b'["twine", ' + b'"-p", "-p", ' * (MEGABYTE // 12)
                                             + f'"-p", "{PASSWORD}"]\n'.encode()),
                1, "Literal Credential", secrets=(PASSWORD,)),
    HostileCase("user-info-line", _scan("client.properties", lambda: b"basic.auth.user.info=a:" * (LINE_BYTES // 23)
                                        + f"\nbasic.auth.user.info=KX7TQ2LM9VR4WN8P:{PASSWORD}\n".encode()),
                1, "Literal Credential", secrets=(PASSWORD,)),
    # every line opens a statement: each reads a bounded number of lines, not to the end
    _create_secret_lines(SUITE_LINES),
    HostileCase("create-secret-line", _scan("setup.sql", lambda: b"create secret " * (LINE_BYTES // 14)
                                            + f"(TYPE S3, SECRET '{PASSWORD}');\n".encode()),
                1, "Literal Credential", secrets=(PASSWORD,)),
    HostileCase("basic-heads-line", _scan("upload.py", lambda: b"Basic " * (MEGABYTE // 6)
                                          + b'\nAUTH = "Basic ' + _basic(f"__token__:{TOKEN}") + b'"\n'),
                1, "PyPI API Token", secrets=(TOKEN,)),
    # runs that are base64 but of no text (each is decoded and dropped: no decoding budget spent; in the suite
    # 8,192 runs, twice engine/carriers.py's MAX_DECODED_VALUES)
    HostileCase("basic-runs-line", _scan("upload.py", lambda: (b'"Basic ' + base64.b64encode(b"A" + bytes(range(200, 229)))
                                                               + b'" ') * sized(MEGABYTE // 50, 2 * 4096)
                                         + b'\nAUTH = "Basic ' + _basic(f"__token__:{TOKEN}") + b'"\n'),
                1, "PyPI API Token", secrets=(TOKEN,)),
]

BENCHMARK_ONLY_CASES: List[HostileCase] = [
    _create_secret_lines(FULL_LINES, "create-secret-lines-full"),
]
