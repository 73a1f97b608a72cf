"""Hostile inputs for the name/value pairs carrier and the database command-line forms (issue 14):
lines of nothing but `value=`, floods of pairs past the per-file bound, a line of thousands of
database client words. Each ends quickly and as it must; the planted password is never printed."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase, scan_of as _scan, sized

PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
PAIR = f'- name: DB_PASSWORD\n  value: "{PASSWORD}"\n'.encode()
FOUND = "Database Credentials"
CLEAN = "no new secrets"


CASES: List[HostileCase] = [
    # 600 KB of `value=` on one line (no pair: a line too long), then a real pair on its own lines.
    HostileCase("pairs-one-line-of-values", _scan("env.yaml", lambda: b"x: " + b"value=" * 100_000 + b"\n" + PAIR),
                1, FOUND, secrets=(PASSWORD,)),
    # 3,000 pairs: the first 2,000 are read as settings (the secret is the first), the rest as lines.
    HostileCase("pairs-flood", _scan("deploy.yaml", lambda: PAIR + b"- name: LOG_LEVEL\n  value: info\n" * 3_000),
                1, FOUND, secrets=(PASSWORD,)),
    # 5,000 `value:` lines with no name anywhere: nothing to pair.
    HostileCase("pairs-values-without-names", _scan("values.yaml", lambda: b"  value: info\n" * 5_000), 0, CLEAN),
    # A line of 100,000 `mysql -pX` commands (12,500 in the suite, 190 KB): the first 16 are read.
    HostileCase("db-command-words-flood", _scan("history.sh", lambda: b"mysql -u root -p" + PASSWORD.encode()
                                                 + b" " + b"mysql -u a -pb " * sized(100_000, 12_500) + b"\n"),
                1, FOUND, secrets=(PASSWORD,)),
]
