"""Telegram: `getMe` on the Bot API. 200 + ok → live (the bot's username); 401/404 → dead."""
from __future__ import annotations

import json

from secretfence.findings import Finding
from secretfence.verify import DEAD, LIVE, UNKNOWN, Options, Verdict
from secretfence.verify._http import NetworkError, request


def check(finding: Finding, options: Options) -> Verdict:
    url = f"{options.endpoints['telegram'].rstrip('/')}/bot{finding.secret}/getMe"
    try:
        status, body = request(url, timeout=options.timeout)
    except NetworkError as error:
        return Verdict(UNKNOWN, f"Telegram Bot API unreachable ({error})")
    if status == 200:
        try:
            result = json.loads(body).get("result", {})
        except ValueError:
            return Verdict(UNKNOWN, "Telegram answered 200 with an unreadable body")
        return Verdict(LIVE, f"live bot @{result.get('username', '?')} (id {result.get('id', '?')})")
    if status in (401, 404):
        return Verdict(DEAD, f"Telegram rejected the token (HTTP {status})")
    return Verdict(UNKNOWN, f"Telegram answered HTTP {status}")
