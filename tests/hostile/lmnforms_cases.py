"""Hostile inputs for the forms read after blind rounds L, M and N: MySQL options on continuation
lines, netrc entries in any text, credential columns of a CSV, and claim-bearing JWTs. Floods of
each form's head (1 MB), then a real credential: each ends quickly and as it must, and the planted
secret is never printed. Every secret here is generated."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import List

from tests.hostile.case import HostileCase, scan_of as _scan, sized

PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
MEGABYTE = 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt(claims: dict) -> str:
    head = _b64(b'{"alg":"HS256","typ":"JWT"}') + "." + _b64(json.dumps(claims).encode())
    return head + "." + _b64(hmac.new(b"hostile-key", head.encode(), hashlib.sha256).digest())


SERVICE_ROLE = _jwt({"iss": "supabase", "ref": "hostilerefhostileref", "role": "service_role", "iat": 1709251200,
                     "exp": 4102444800})
HUGE_CLAIMS = _jwt({"iss": "supabase", "role": "service_role", "pad": "A" * MEGABYTE, "exp": 4102444800})


def _netrc_password_lines(count: int, name: str = "netrc-password-lines") -> HostileCase:
    return HostileCase(name, _scan("notes.txt", lambda: b"password x\n" * count
                                   + f"machine pkgs.corp-internal.net login ci password {PASSWORD}\n".encode()),
                       1, "Package Index Credential", secrets=(PASSWORD,))


# Lines a flood has in the suite; the benchmark runs the full count (BENCHMARK_ONLY_CASES). The suite's
# is still far past where a loop reading on from each line would show.
SUITE_LINES = 12_500  # (an eighth: NETRC_BLOCK_LINES is 4)
# Lines of the other floods: in the suite an eighth, still far past every line window of the readers
# (_database_reading._CALL_LINES, 1,000, the widest; tabular.HEADER_LINES, 8).
FLOOD = sized(100_000, 12_500)
FULL_LINES = 100_000

CASES: List[HostileCase] = [
    # every line continues a command: each looks up a bounded number of lines, not to the top
    HostileCase("mysql-continuation-lines", _scan("dump.sh", lambda: b"mysqldump \\\n" + b"  -pAb \\\n" * FLOOD
                                                  + f"mysqldump -u a \\\n  -p'{PASSWORD}' shop\n".encode()),
                1, "Database Credentials", secrets=(PASSWORD,)),
    HostileCase("mysql-continued-attached-p", _scan("dump.sh", lambda: b"mysqldump \\\n" + b" -px" * (MEGABYTE // 4)
                                                    + f" \\\n-u a\nmysql \\\n  --password={PASSWORD} shop\n".encode()),
                1, "Database Credentials", secrets=(PASSWORD,)),
    # (an eighth of a megabyte in the suite: still far past twice index_credential.MAX_NETRC_LINE, 1,024)
    HostileCase("netrc-pairs-line", _scan("notes.txt", lambda: b"machine a login b password c " * (sized(MEGABYTE, MEGABYTE // 8) // 30)
                                          + f"\nmachine pkgs.corp-internal.net\nlogin ci\npassword {PASSWORD}\n".encode()),
                1, "Package Index Credential", secrets=(PASSWORD,)),
    _netrc_password_lines(SUITE_LINES),
    HostileCase("csv-many-rows", _scan("seed.csv", lambda: b"name,api_key\n" + b"svc,see-vault\n" * FLOOD
                                       + f"billing,{PASSWORD}\n".encode()),
                1, "Tabular Data Credential", secrets=(PASSWORD,)),
    HostileCase("csv-wide-header", _scan("seed.csv", lambda: b",".join(b"api_key%d" % n for n in range(FLOOD))
                                         + b"\n" + b"x," * 100_000 + b"\n"),
                0, "no new secrets"),
    HostileCase("csv-long-row", _scan("seed.csv", lambda: b"name,api_key\n" + b"a," * (MEGABYTE // 2)
                                      + f"\nbilling,{PASSWORD}\n".encode()),
                1, "Tabular Data Credential", secrets=(PASSWORD,)),
    HostileCase("jwt-huge-claims", _scan("conftest.py", lambda: f'BIG = "{HUGE_CLAIMS}"\nKEY = "{SERVICE_ROLE}"\n'
                                         .encode()),
                1, "Supabase service_role key", secrets=(SERVICE_ROLE,)),
]

BENCHMARK_ONLY_CASES: List[HostileCase] = [
    _netrc_password_lines(FULL_LINES, "netrc-password-lines-full"),
]
