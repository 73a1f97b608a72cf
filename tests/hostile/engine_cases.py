"""Hostile input for the engine: text shaped so that a transformer, a decoder, a pragma or a file
name would keep a line from being scanned (review 1: 3, 4, 5, 6, 9, 13, 25).

Each case plants a generated secret (a fake that was never issued) where the engine once did not
look, and must end blocked (exit 1) with the finding's line in the reason.
"""
from __future__ import annotations

import random
import subprocess
import zipfile
from pathlib import Path
from typing import List, Sequence

from tests.hostile.case import HostileCase, sized
from tests.hostile.detectors_cases import _rng, bot_reason, fake_github, fake_key_id, fake_secret_key, fake_telegram


def _wheel(directory: Path, name: str, members: Sequence[tuple]) -> str:
    with zipfile.ZipFile(directory / name, "w") as archive:
        for member, text in members:
            archive.writestr(member, text)
    return name


def _pragma_on_the_key_id_line() -> HostileCase:
    """A pragma on an AWS key id's line must not hide the secret key paired from the next line."""
    rng = random.Random(9)
    key_id, secret = fake_key_id(rng), fake_secret_key(rng)

    def build(directory: Path) -> Sequence[str]:
        text = f'aws_access_key_id = "{key_id}"  # pragma: allowlist secret\nsecret = "{secret}"\n'
        return ["check-dist", _wheel(directory, "p-1.0-py3-none-any.whl", [("p/aws.py", text)])]

    return HostileCase(name="engine-pragma-on-the-key-id-line", build=build, exit_code=1,
                       reason="line 2: AWS Credentials", secrets=(secret,))


def _redis_ipv6_host() -> HostileCase:
    """A Redis URI whose host is an IPv6 literal: reported with its host, not `[`."""
    password = "Vb7Lq2Xp9Tz" + str(_rng("redis ipv6").randrange(10**6))

    def build(directory: Path) -> Sequence[str]:
        (directory / "app.env").write_text(f"REDIS_URL=redis://:{password}@[2001:db8::7]:6380/0\n")
        return ["scan", "--no-baseline", "app.env"]

    return HostileCase(name="engine-redis-ipv6-host", build=build, exit_code=1,
                       reason="in a redis:// URI to [2001:db8::7]", secrets=(password,))


def _git(directory: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=directory, check=True, capture_output=True)


def _files_named_like_lock_files() -> List[HostileCase]:
    """Lock files and anything named swagger: detect-secrets' filters set aside its generic
    plugins only, secretfence's detectors still read them (staged, and in a wheel)."""
    token = fake_telegram("lock file")

    def staged(directory: Path) -> Sequence[str]:
        _git(directory, "init", "-q")
        (directory / "poetry.lock").write_text(f'[metadata]\ncontent-hash = "{token}"\n')
        _git(directory, "add", "poetry.lock")
        return ["scan", "--staged"]

    def wheel(directory: Path) -> Sequence[str]:
        return ["check-dist", _wheel(directory, "s-1.0-py3-none-any.whl", [("p/swagger/settings.py", f'T = "{token}"\n')])]

    return [
        HostileCase(name="engine-staged-lock-file", build=staged, exit_code=1, reason=bot_reason(token), secrets=(token,)),
        HostileCase(name="engine-swagger-path-in-a-wheel", build=wheel, exit_code=1, reason=bot_reason(token),
                    secrets=(token,)),
    ]


def _github_reason(line: int) -> str:
    return f"line {line}: GitHub Token"


def _yaml_block_scalar_staged() -> HostileCase:
    """A CI workflow: a `run: |` block, then a token; staged, as the hook reads it."""
    token = fake_github("workflow")

    def build(directory: Path) -> Sequence[str]:
        _git(directory, "init", "-q")
        workflow = directory / ".github" / "workflows" / "ci.yml"
        workflow.parent.mkdir(parents=True)
        workflow.write_text("jobs:\n  t:\n    steps:\n      - run: |\n          pytest\n          flake8\n"
                            f"        env:\n          GITHUB_TOKEN: {token}\n")
        _git(directory, "add", "-A")
        return ["scan", "--staged"]

    return HostileCase(name="engine-yaml-block-scalar-then-token", build=build, exit_code=1,
                       reason=_github_reason(8), secrets=(token,))


def _many_multiline_values() -> HostileCase:
    """Thousands of quoted values with embedded newlines before the token: every one of them
    shifted detect-secrets' placement by a line."""
    token = fake_github("many multiline values")
    # (5,000 in the suite: no reader bounds these lines; the token's line would still be off by thousands)
    count = sized(20_000, 5_000)

    def build(directory: Path) -> Sequence[str]:
        values = "".join(f'k{number}: "a\\nb\\nc"\n' for number in range(count))
        (directory / "values.yaml").write_text(values + f"token: {token}\n")
        return ["scan", "--no-baseline", "values.yaml"]

    return HostileCase(name="engine-yaml-20k-multiline-values", build=build, exit_code=1,
                       reason=_github_reason(count + 1), secrets=(token,))


def _ini_comment_and_header() -> List[HostileCase]:
    """Files whose first statement is a [section]: a token in a comment, a header, a key."""
    token = fake_github("ini")
    shapes = {
        "comment": ("setup.cfg", f"[metadata]\nname = demo\n# {token}\n", 3),
        "section-header": ("notes.txt", f"[x]\na = 1\n[{token}]\nb = 2\n", 3),
        "key": ("tox.ini", f"[tox]\nenv = py\n{token} = 1\n", 3),
    }
    cases = []
    for shape, (filename, text, line) in shapes.items():
        def build(directory: Path, filename: str = filename, text: str = text) -> Sequence[str]:
            (directory / filename).write_text(text)
            return ["scan", "--no-baseline", filename]

        cases.append(HostileCase(name=f"engine-ini-{shape}", build=build, exit_code=1, reason=_github_reason(line),
                                 secrets=(token,)))
    return cases


def _ascii_after_wide_text() -> List[HostileCase]:
    """ASCII appended to a UTF-16 file (`echo TOKEN=… >> file`): the wide decode turns it into
    CJK, the file's bytes still show it; on disk and as a wheel member."""
    token = fake_telegram("utf-16 then ascii")
    data = "# settings\r\nDEBUG=1\r\n".encode("utf-16") * 200 + f"TELEGRAM_TOKEN={token}\n".encode()

    def on_disk(directory: Path) -> Sequence[str]:
        (directory / "ps.env").write_bytes(data)
        return ["scan", "--no-baseline", "ps.env"]

    def in_a_wheel(directory: Path) -> Sequence[str]:
        return ["check-dist", _wheel(directory, "w-1.0-py3-none-any.whl", [("w/ps.env", data)])]

    return [
        HostileCase(name="engine-ascii-after-utf16-on-disk", build=on_disk, exit_code=1, reason=bot_reason(token),
                    secrets=(token,)),
        HostileCase(name="engine-ascii-after-utf16-in-a-wheel", build=in_a_wheel, exit_code=1, reason=bot_reason(token),
                    secrets=(token,)),
    ]


CASES: List[HostileCase] = [
    *_ascii_after_wide_text(),
    _yaml_block_scalar_staged(),
    _many_multiline_values(),
    *_ini_comment_and_header(),
    _pragma_on_the_key_id_line(),
    _redis_ipv6_host(),
    *_files_named_like_lock_files(),
]
