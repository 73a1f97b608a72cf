"""Hostile command lines: each ends in one `secretfence: error:` line naming the problem and exit 2,
whichever parser meets it (secretfence's own, a command's, twine's, detect-secrets' route)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

from tests.hostile.case import HostileCase

AWS_KEY_ID = "AKIAZ3MSJV4WWNKWW4TA"  # pragma: allowlist secret
AWS_SECRET = "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"  # pragma: allowlist secret
Build = Callable[[Path], Sequence[str]]


def _argv(*argv: str) -> Build:
    def build(directory: Path) -> Sequence[str]:
        return list(argv)

    return build


def _with_keys(*argv: str) -> Build:
    """argv naming app.py, which holds an AWS key pair."""
    def build(directory: Path) -> Sequence[str]:
        (directory / "app.py").write_text(f"AWS_ACCESS_KEY_ID = '{AWS_KEY_ID}'\nAWS_SECRET_ACCESS_KEY = '{AWS_SECRET}'\n")
        return list(argv)

    return build


def _with_wheel(*argv: str) -> Build:
    def build(directory: Path) -> Sequence[str]:
        (directory / "p-1.0-py3-none-any.whl").write_bytes(b"")
        return list(argv)

    return build


def _case(name: str, build: Build, reason: str, env: Optional[Dict[str, str]] = None) -> HostileCase:
    return HostileCase(name=f"cli: {name}", build=build, exit_code=2, reason=reason,
                       secrets=(AWS_KEY_ID, AWS_SECRET), env=env)


CASES: List[HostileCase] = [
    _case("no command", _argv(), "secretfence: error: the following arguments are required: COMMAND (see `secretfence --help`)"),
    _case("unknown command", _argv("frobnicate", "app.py"), "secretfence: error: argument COMMAND: invalid choice: 'frobnicate'"),
    _case("option before the command", _argv("-x", "scan", "app.py"), "secretfence: error: unrecognized arguments: -x (see `secretfence --help`)"),
    _case("unknown option of a command", _with_keys("scan", "app.py", "--bogus"),
          "secretfence: error: unrecognized arguments: --bogus (see `secretfence --help`)"),
    _case("--jobs 0", _with_keys("scan", "--jobs", "0", "app.py"),
          "secretfence: error: argument --jobs: must be a whole number above zero (see `secretfence scan --help`)"),
    _case("--verify-timeout nan", _argv("check-dist", "--verify-timeout", "nan"),
          "secretfence: error: argument --verify-timeout: must be a positive number of seconds (see `secretfence check-dist --help`)"),
    _case("conflicting baseline options", _with_keys("scan", "--baseline", "b.json", "--no-baseline", "app.py"),
          "secretfence: error: argument --no-baseline: not allowed with argument --baseline (see `secretfence scan --help`)"),
    _case("unknown baseline action", _argv("baseline", "frobnicate"),
          "secretfence: error: argument ACTION: invalid choice: 'frobnicate'"),
    _case("merge driver without its third file", _argv("baseline", "merge", "a", "b"),
          "secretfence: error: the following arguments are required: theirs (see `secretfence baseline merge --help`)"),
    _case("upload option without its value", _argv("upload", "dist/*", "--secretfence-format"),
          "secretfence: error: --secretfence-format needs a value"),
    _case("upload with a zero verification timeout", _with_wheel("upload", "--secretfence-verify-timeout", "0", "p-1.0-py3-none-any.whl"),
          "secretfence: error: --secretfence-verify-timeout: must be a positive number of seconds"),
    _case("upload with nothing to upload", _argv("upload"),
          "secretfence: error: the following arguments are required: dist (see `secretfence upload --help`)"),
    _case("detect-secrets route with a stray argument", _argv("detect-secrets", "--plugin-args", "x"),
          "secretfence: error: detect-secrets: --plugin-args takes no arguments"),
    _case("--verify from a pre-commit hook's arguments", _with_keys("scan", "--verify", "app.py"),
          "secretfence: error: --verify is refused in a pre-commit hook's arguments", env={"PRE_COMMIT": "1"}),
]
