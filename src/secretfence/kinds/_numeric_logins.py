"""The literal kind's reader of a login of digits: a vendor's API that issues its clients an account number and a
password of digits alone (a courier's web API, Speedy's `{"userName": "<7 digits>", "password": "<7 digits>"}`; a
carrier's, a payment terminal's or a bank's client login), written where the client calls it: a Python dict, a Go map, a
JSON or YAML config, a Dockerfile's `ENV …_USER=… …_PASSWORD=…`, an .env. A password of digits alone is no credential on
its own (a port, a PIN's example, an id, a count: the literal kind's judgement drops it); beside a user named so whose
value is digits too, on its line or a few lines around, it is that account's password.

The password is drawn: 6 to 16 digits, four distinct at least, no run counting up or down (`1234567`, `9876543`), no
chunk repeated (`121212`, `5555555`), no date (`20240115`); the user's digits differ from it. A user of letters
(`admin`, `api-user`) beside a password of digits is left to the kind's judgement (a test's PIN, an example's `123456`)."""
from __future__ import annotations

import itertools
from typing import Sequence

from secretfence.kinds._helpers import line_text
from secretfence.prefilter.spec import lazy_regex

# A setting naming a login's user or the client's account, and its value of digits (quoted or bare): `"userName": "…"`,
# `SPEEDY_USER=…`, `client_number: …`, `'account_id' => '…'`. Its name's last word says it (`user`, `username`, `login`,
# `client`, `account`, `customer`, their `id`/`number`/`no`).
_NUMERIC_USER = lazy_regex(
    r"""(?i)(?<![\w.-])["']?(?:[a-z][\w.-]{0,63}?[_.-]?)?(?:user(?:[_.-]?(?:name|id))?|login(?:[_.-]?(?:name|id))?"""
    r"""|(?:client|account|customer)(?:[_.-]?(?:id|number|num|no|nr))?)["']?[ \t]*(?::=|=>|=|:)[ \t]*"""
    r"""(?:"(?P<dq>[0-9]{4,16})"|'(?P<sq>[0-9]{4,16})'|(?P<bare>[0-9]{4,16}))(?![\w.-])""")
_DATE_DIGITS = lazy_regex(r"^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")
_MIN_DIGITS = 6
_MAX_DIGITS = 16
_MIN_DISTINCT = 4
_USER_LINES = 3  # lines above and below the password where its user stands (an ENV's continued lines, a YAML mapping)
_USER_LINE_READ = 1024  # characters of a line read for the user
_USERS_A_LINE = 8
# A one-time password's name (`one_time_password`, `otp`, `totp_code`): a code the server sent or an authenticator
# showed once, digits for a minute, no login's password (a test's fixture beside its user's id).
_ONE_TIME_KEY = lazy_regex(r"(?i)one[_ .-]?time|(?<![a-z])[th]?otp(?![a-z])")


def drawn_digits(value: str) -> bool:
    """A password of digits alone, drawn (see the module's doc)."""
    if not (_MIN_DIGITS <= len(value) <= _MAX_DIGITS and value.isascii() and value.isdigit()):
        return False
    if len(set(value)) < _MIN_DISTINCT or _DATE_DIGITS.match(value) is not None:
        return False
    steps = {(int(after) - int(before)) % 10 for before, after in zip(value, value[1:])}
    if steps <= {1} or steps <= {9}:
        return False  # (counting up or down: `1234567`, `9876543`)
    for width in range(1, len(value) // 2 + 1):
        if (value[:width] * (len(value) // width + 1))[:len(value)] == value:
            return False  # (a chunk repeated: `121212`, `123123`)
    return True


def numeric_login_password(key: str, value: str, lines: Sequence[str], index: int) -> bool:
    """`value`, assigned to `key` on line `index`, is a login's password of digits (see the module's doc)."""
    if not drawn_digits(value):
        return False
    from secretfence.compat.detect_secrets.credential_keys import names_a_password

    return (names_a_password(key) and _ONE_TIME_KEY.search(key) is None
            and _beside_a_numeric_user(lines, index, value))


def _beside_a_numeric_user(lines: Sequence[str], index: int, value: str) -> bool:
    """`value`, a password of digits drawn on line `index` (numeric_login_password has checked it), has a user or an
    account of digits beside it (see the module's doc): on its line or within _USER_LINES around."""
    for number in range(max(0, index - _USER_LINES), min(len(lines), index + _USER_LINES + 1)):
        text = line_text(lines, number)[:_USER_LINE_READ]
        for found in itertools.islice(_NUMERIC_USER.finditer(text), _USERS_A_LINE):
            user = found.group("dq") or found.group("sq") or found.group("bare") or ""
            if user != value:
                return True
    return False
