"""Telegram bot tokens: `<bot id>:<35 characters>`, alone, assigned, or in Bot API URLs.

Format: core.telegram.org/bots/api#authorizing-your-bot (token = bot id, a colon, then the key).
Every issued key is base64url and starts with "AA" (observed across BotFather-issued tokens and
the labelled peer corpus), which keeps this detector off `arn:…:123456789012:…` and schema ids.
Bot ids have 8 to 10 digits. Telegram's documented sample tokens are not secrets.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, Sequence, Tuple

from secretfence._lazy import lazy_modules
from secretfence.findings import HIGH, Finding
from secretfence.kinds._helpers import distinct_chars, line_text
from secretfence.kinds._spec import Endpoint, Kind, Match, Sample, SecretfenceDetector, Verifier
from secretfence.prefilter.spec import lazy_regex
from secretfence.verify import DEAD, LIVE, UNEXPECTED, UNKNOWN, Options, Verdict

if TYPE_CHECKING:
    import json

    from secretfence.verify._net import Deadline
else:
    # --verify's reply only: kept out of the commit hook's start-up.
    lazy_modules(globals(), "json")

TOKEN = lazy_regex(r"(?<![0-9])(?P<bot_id>[0-9]{8,10}):(?P<key>AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])")

# Published in Telegram's own documentation and tutorials.
DOCUMENTED_SAMPLES = frozenset(
    {
        "110201543:AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsaw",
        "4839574812:AAFD39kkdpWt3ywyRZergyOLMaJhac60qc",
    }
)

REMEDIATION = (
    "Revoke the token: send /revoke to @BotFather and pick the bot, then deploy the new token from "
    "the environment or a secret store."
)


class SecretfenceTelegramDetector(SecretfenceDetector):
    """Telegram Bot API tokens, bare, assigned, or inside api.telegram.org/bot<token>/ URLs."""

    secret_type = "Telegram Bot API Token"
    kind = "telegram"
    exact_keywords = (":AA",)
    replaces = ("TelegramBotTokenDetector",)
    remediation = REMEDIATION

    true_samples = (
        Sample("7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM", "notes.txt", "bare"),
        Sample('TELEGRAM_TOKEN="5174039793:AAOYElGOH3iVvM4K6YKbtgsGmd8sFcGGkmm"', ".env", "assigned"),
        Sample('bot = Bot(token="508627689:AAEuLPKs-EhrjrYGnz60bnYNZqakf6HJxc0")', "bot.py",
               "call shaped like an indirect reference"),
        Sample("curl https://api.telegram.org/bot4603348066:AAFMepdNauS475gWKEpuDt9NpytDegUz4-o/getMe",
               "check.sh", "Bot API URL"),
        Sample('{"telegram": {"token": "3039734276:AAHp--rsrIsieHSGWMPMQ8xAzztmgCp009c"}}', "config.json", "json"),
    )
    false_samples = (
        Sample("110201543:AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsaw", "README.md", "Telegram's documented sample"),
        Sample("https://api.telegram.org/bot123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11/getMe", "README.md",
               "docs placeholder"),
        Sample("arn:aws:sns:aaa:111122223333:aaaaaaaaaaaaaaaaaaassssssddddddddddddd", "notes.txt", "ARN"),
        Sample("telegram_token: 1612:Aqgwywrjldj8f-7l40vbkdm_1_buya9tb1g", "config.yaml", "4-digit id"),
        Sample('telegram_api_token = "84395613:AA-some-other-thing-f3pprswfesa73a4smhgqonh"', "config.py",
               "key too long"),
        Sample("TELEGRAM_TOKEN=1234567890:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", ".env", "placeholder"),
    )

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        line = line_text(lines, index)
        if ":AA" not in line:
            return
        for found, token, start in _tokens(line):
            if found.group(0) in DOCUMENTED_SAMPLES or distinct_chars(found.group("key")) < 8:
                continue
            in_url = "api.telegram.org/bot" in line[max(0, start - 24) : start]
            yield Match(
                secret=token,
                description=f"Telegram bot token for bot id {found.group('bot_id')}"
                + (" in a Bot API URL" if in_url else "")
                + ": controls the bot (read its messages, post as it)",
                confidence=HIGH,
                details={"bot_id": found.group("bot_id")},
            )


# (review 64) An ellipsis typed inside a whole token (`5809…123:AAfq…pSyR…`): a page's or a table's way of marking a value
# it means to cut, but every one of the token's characters still stands, so the token is whole (is_placeholder's cut pair,
# `5809…:AA…Xq4`, shows far fewer). Read with the ellipsis taken out; the finding's secret is the text as written.
_ELLIPSES = lazy_regex(r"\.\.\.|\u2026")
_ELLIPSES_READ = 16  # ellipses a line is read at
_ELLIPSIS_REACH = 64  # characters either side of one a token around it is looked for in


def _tokens(line: str) -> Iterator[Tuple["re.Match[str]", str, int]]:
    """(the token's match, the token as the line writes it, where it starts) of each token on the line, whole or with one
    ellipsis typed inside it."""
    for found in TOKEN.finditer(line):
        yield found, found.group(0), found.start()
    if "\u2026" not in line and "..." not in line:
        return
    for count, ellipsis in enumerate(_ELLIPSES.finditer(line)):
        if count >= _ELLIPSES_READ:
            return
        start, end = ellipsis.span()
        left = max(0, start - _ELLIPSIS_REACH)
        joined = line[left:start] + line[end:end + _ELLIPSIS_REACH]
        cut = start - left  # where the ellipsis stood in the joined text
        for found in TOKEN.finditer(joined):
            if found.start() < cut < found.end():
                yield found, line[left + found.start():left + found.end() + (end - start)], left + found.start()


# --- live check (--verify) ------------------------------------------------------------------
# Telegram: `getMe` on the Bot API. 200 + ok → live (the bot's username); 401/404 → dead.

# Telegram's rule for bot usernames (5 to 32 characters); anything else is not copied out.
USERNAME = lazy_regex(r"[A-Za-z0-9_]{5,32}")


def check(finding: Finding, options: Options, deadline: "Deadline") -> Verdict:
    from secretfence.verify._http import request
    from secretfence.verify._net import NetworkError

    token = _ELLIPSES.sub("", finding.secret)  # (review 64: a token written with an ellipsis typed inside it)
    url = f"{options.endpoints['telegram'].rstrip('/')}/bot{token}/getMe"
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


KIND = Kind.of(
    SecretfenceTelegramDetector,
    aliases=("Telegram Bot Token",),
    verifier=Verifier(check, endpoints=(
        Endpoint("telegram", "https://api.telegram.org", "SECRETFENCE_TELEGRAM_API_URL"),
    )),
)
