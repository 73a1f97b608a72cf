"""Hostile text for issue 14's new Redis and AWS forms: one 256 KB line (32 KB in the suite; or thousands of
lines) repeating the shape each new pattern or context walk would be slowest on, a planted Telegram token at the
end. The scan must reach it (and report it) in seconds. Generated fakes only.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, List, Sequence

from tests.hostile.case import HostileCase, sized
from tests.hostile.detectors_cases import bot_reason, fake_telegram
from tests.hostile.detectors_cases import fragment_line_case as _fragment_line_case

# (in the suite, a sixteenth: still twice the longest stretch of a line any reader looks at, 8,192 characters)
LINE_BYTES = sized(256 * 1024, 16 * 1024)


def fragment_line_case(name: str, filename: str, fragment: Callable[[int], str]) -> HostileCase:
    return _fragment_line_case(name, filename, fragment, size=LINE_BYTES)


def _many_lines_case(name: str, filename: str, head: str, line: str, count: int = 3_000) -> HostileCase:
    """`head`, then `count` copies of `line` (a deep YAML block, a long command list), then a token."""
    token = fake_telegram(name)
    count = sized(count, min(count, 450))  # (in the suite: still past the readers' 400-line windows)

    def build(directory: Path) -> Sequence[str]:
        text = head + line * count + f"bot_token: '{token}'\n"
        (directory / filename).write_text(text, encoding="utf-8")
        return ["scan", "--no-baseline", filename]

    return HostileCase(name=name, build=build, exit_code=1, reason=bot_reason(token), secrets=(token,))


CASES: List[HostileCase] = [
    fragment_line_case("kinds-exec-list-redis-cli", "compose.yml", lambda n: '"redis-cli", "-h", '),
    fragment_line_case("kinds-acl-setuser-no-password", "setup.sh", lambda n: "ACL SETUSER app on ~* "),
    fragment_line_case("kinds-acl-setuser-call", "acl.py", lambda n: "acl_setuser(x, "),
    fragment_line_case("kinds-query-without-password", "urls.txt", lambda n: "redis://h?a=b&c=d&"),
    fragment_line_case("kinds-dotted-redis-names", "app.properties", lambda n: "spring.redis.data.redis."),
    fragment_line_case("kinds-xml-name-value", "run.xml", lambda n: '<env name="REDIS_X" valu '),
    fragment_line_case("kinds-generic-secret-names", "s3.env", lambda n: "s3_secret_secret-secret.key"),
    fragment_line_case("kinds-session-token-heads", "tokens.txt", lambda n: "IQoJb3JpZ2lu FwoGZXIvYXdz "),
    fragment_line_case("kinds-presigned-credential-scopes", "urls.txt",
                       lambda n: "X-Amz-Credential=AKIAQWADE5R42RDZ4JEM%2F&Credential="),
    _many_lines_case("kinds-deep-yaml-passwords", "values.yaml", "redis:\n",
                     "  " + "a:\n" + "    password: Kq8Vm2Lx7Pz4Nw\n", 1_500),
    _many_lines_case("kinds-long-command-list", "compose.yaml", "    command:\n      - redis-cli\n",
                     "      - --requirepass\n"),
    _many_lines_case("kinds-env-names-without-values", "deployment.yaml", "env:\n", "- name: REDIS_PASSWORD\n"),
]
