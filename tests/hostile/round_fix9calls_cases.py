"""Hostile text for the fix9calls round's reads (kinds/_code_calls.py: a settings tuple, an SDK's set-up or
session given its secret, CiviCRM's keys, a base64 password under its name, and the keyword rule's Dropbox
app secret and Travelport uAPI password): one 256 KB line repeating each form, or thousands of lines of it,
every value different and generated-looking, then a planted Telegram token. The scan must reach it (and
report it). Generated fakes only.
"""
from __future__ import annotations

import base64
from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"
# Lines each reported (a finding judged and masked apiece, as main's keyword hits on such lines are): a
# thousand keep the case within its time while a quadratic read would still show.
_REPORTED_LINES = 1_000


def _drawn(number: int, length: int, alphabet: str = _ALNUM) -> str:
    return drawn("fix9calls", number, length, alphabet)


def _b64(number: int) -> str:
    return base64.b64encode(_drawn(number, 12).encode()).decode()


CASES: List[HostileCase] = [
    # (name, literal) tuples on one line, and on thousands
    fragment_line_case("fix9calls-tuples-line", "plugin.py", lambda n: f'("SMTP_PASSWORD", "{_drawn(n, 14)}"), '),
    many_lines_case("fix9calls-tuples-lines", "plugin.py", "hooks.Filters.CONFIG_OVERRIDES.add_items([\n",
                    lambda n: f'    ("API_TOKEN_{n}", "{_drawn(n, 20)}"),\n', _REPORTED_LINES),
    # an SDK's set-up or session: calls closed, heads never closed (their arguments read below)
    many_lines_case("fix9calls-ltijs-setups", "index.js", "const lti = require('ltijs').Provider\n",
                    lambda n: f"lti.setup('{_drawn(n, 32)}', {{ url: 'mongodb://m{n}/lti' }})\n", _REPORTED_LINES),
    fragment_line_case("fix9calls-kaltura-open-heads", "kaltura.php", lambda n: "$client->getSessionService()->start("),
    fragment_line_case("fix9calls-kaltura-starts", "kaltura.php",
                       lambda n: f"Kaltura::session->start('{_drawn(n, 32, '0123456789abcdef')}', 'u{n}', 2, {n}); "),
    # CiviCRM's keys listed, a base64 password under its name
    fragment_line_case("fix9calls-civicrm-keys", "civicrm.settings.php",
                       lambda n: f"define('CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:{_drawn(n, 43)} ::{_drawn(n + 1, 43)}'); "),
    fragment_line_case("fix9calls-password-data", "amadeus.php", lambda n: f"'passwordData' => '{_b64(n)}', "),
    # the keyword rule's verdicts: thousands of hits, each asking about the file around it
    many_lines_case("fix9calls-dropbox-secrets", "sync.py", "import dropbox\n",
                    lambda n: f'APP_SECRET_{n} = "{_drawn(n, 15, _LOWER)}"\n', _REPORTED_LINES),
    many_lines_case("fix9calls-uapi-passwords", "uapi.js", "const settings = [\n",
                    lambda n: f"  {{ username: 'Universal API/uAPI{1000000000 + n}-{_drawn(n, 8, '0123456789abcdef')}', "
                              f"password: '{_drawn(n, 10)}' }},\n", _REPORTED_LINES),
]
