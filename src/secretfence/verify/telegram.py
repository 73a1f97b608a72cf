"""Telegram: `getMe` on the Bot API. 200 + ok → live (the bot's username); 401/404 → dead."""
from __future__ import annotations

import json
import re

from secretfence.findings import Finding
from secretfence.verify import DEAD, LIVE, UNEXPECTED, UNKNOWN, Options, Verdict
from secretfence.verify._http import request
from secretfence.verify._net import Deadline, NetworkError

# Telegram's rule for bot usernames (5 to 32 characters); anything else is not copied out.
USERNAME = re.compile(r"[A-Za-z0-9_]{5,32}")


def check(finding: Finding, options: Options, deadline: Deadline) -> Verdict:
    url = f"{options.endpoints['telegram'].rstrip('/')}/bot{finding.secret}/getMe"
    try:
        status, body = request(url, deadline=deadline)
    except NetworkError as error:
        return Verdict(UNKNOWN, f"Telegram Bot API unreachable ({error})")
    if status == 200:
        return Verdict(LIVE, _live_detail(body))
    if status in (401, 404):
        return Verdict(DEAD, f"Telegram rejected the token (HTTP {status})")
    return Verdict(UNKNOWN, f"Telegram answered HTTP {status}")


def _live_detail(body: bytes) -> str:
    try:
        result = json.loads(body).get("result", {})
        username, bot_id = result.get("username"), result.get("id")
    except (ValueError, AttributeError):
        return f"live bot ({UNEXPECTED})"
    if not isinstance(username, str) or not USERNAME.fullmatch(username):
        return f"live bot ({UNEXPECTED})"
    if isinstance(bot_id, int) and not isinstance(bot_id, bool) and 0 < bot_id < 10**15:
        return f"live bot @{username} (id {bot_id})"
    return f"live bot @{username}"
