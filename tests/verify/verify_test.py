"""--verify against local stand-ins: live, dead, and unknown when the network fails."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import pytest

from secretfence.kinds.pypi_token import encode_token
from secretfence.engine import Engine
from secretfence.findings import Finding
from secretfence.verify import DEAD, LIVE, UNKNOWN, Options, verify
from tests.conftest import assert_no_plaintext, git, write
from tests.verify.conftest import BAD_TELEGRAM, GOOD_TELEGRAM

PYPI_GOOD = encode_token("pypi.org", "11111111-2222-4333-8444-555555555555", [[3, "u"]])
PYPI_BAD = encode_token("pypi.org", "66666666-2222-4333-8444-555555555555", [[3, "u"]])
TESTPYPI = encode_token("test.pypi.org", "77777777-2222-4333-8444-555555555555", [[3, "u"]])


def findings(filename: str, text: str) -> List[Finding]:
    return Engine().scan_text(filename, text)


def options(allow_internal: bool = False, redis_host: Optional[str] = None, **endpoints: str) -> Options:
    return Options(endpoints={"telegram": "http://127.0.0.1:9", "aws_sts": "http://127.0.0.1:9",
                              "pypi": "http://127.0.0.1:9", "testpypi": "http://127.0.0.1:9", **endpoints}, timeout=2,
                   allow_internal=allow_internal, redis_host=redis_host)


def test_telegram_live_and_dead(telegram_api) -> None:
    url, recorder = telegram_api
    checked = verify(findings("bot.py", f"A = '{GOOD_TELEGRAM}'\nB = '{BAD_TELEGRAM}'\n"), options(telegram=url))
    assert [(f.verification, f.is_verified) for f in checked] == [(LIVE, True), (DEAD, False)]
    assert checked[0].verification_detail == "live bot @leaky_bot (id 7213808860)"
    assert checked[1].verification_detail == "Telegram rejected the token (HTTP 401)"
    assert sorted(path for _, path in recorder.requests) == sorted(
        [f"/bot{GOOD_TELEGRAM}/getMe", f"/bot{BAD_TELEGRAM}/getMe"]
    )


def test_pypi_live_and_dead_and_testpypi_goes_to_testpypi(pypi_upload, telegram_api) -> None:
    pypi_url, recorder, good = pypi_upload
    good.append(PYPI_GOOD)
    telegram_url, telegram_recorder = telegram_api
    text = f"a = '{PYPI_GOOD}'\nb = '{PYPI_BAD}'\nc = '{TESTPYPI}'\n"
    checked = verify(findings("release.py", text), options(pypi=pypi_url, telegram=telegram_url, testpypi="http://127.0.0.1:9/legacy/"))
    assert [f.verification for f in checked] == [LIVE, DEAD, UNKNOWN]
    assert "pypi.org accepted the token" in checked[0].verification_detail
    assert "rejected the token (HTTP 403)" in checked[1].verification_detail
    assert "test.pypi.org unreachable" in checked[2].verification_detail
    # The test.pypi.org token never went to the pypi.org endpoint, nor anything to Telegram.
    assert sorted(token for _, token in recorder.requests) == sorted([PYPI_GOOD, PYPI_BAD])
    assert telegram_recorder.requests == []


def test_aws_pair_checked_with_sts(sts_server) -> None:
    url, key_id, secret = sts_server
    text = f"[live]\naws_access_key_id = {key_id}\naws_secret_access_key = {secret}\n"
    text += "[dead]\naws_access_key_id = AKIA4NACSIJMDDNSEDTE\naws_secret_access_key = 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\n"
    checked = verify(findings("credentials", text), options(aws_sts=url))
    verdicts = {(f.line_number, f.details["part"]): (f.verification, f.verification_detail) for f in checked}
    assert verdicts[(2, "access_key_id")] == (LIVE, "live key of account 123456789012, arn:aws:iam::123456789012:user/leaky")
    assert verdicts[(3, "secret_access_key")][0] == LIVE  # the pair shares its verdict
    assert verdicts[(5, "access_key_id")] == (DEAD, "STS rejected the key (InvalidClientTokenId)")


def test_aws_key_id_without_its_secret_is_not_sent() -> None:
    (finding,) = findings("notes.txt", "key AKIA4NACSIJMDDNSEDTE\n")
    (checked,) = verify([finding], options())
    assert checked.verification is None


def test_redis_auth_live_dead_and_bare_requirepass_with_redis_host(redis_server) -> None:
    port, password = redis_server
    text = f"A=redis://:{password}@127.0.0.1:{port}/0\nB=redis://:Wr0ngPassw0rd9@127.0.0.1:{port}/0\n"
    # 127.0.0.1 is named by the scanned file: reached only with --verify-allow-internal.
    checked = verify(findings("app.env", text), options(allow_internal=True))
    assert [(f.verification, f.verification_detail) for f in checked] == [
        (LIVE, "the Redis server accepted the password"),
        (DEAD, "the Redis server rejected the password (WRONGPASS)"),
    ]
    bare = findings("redis.conf", f"requirepass {password}\n")
    assert verify(bare, options())[0].verification == UNKNOWN  # no host named: not contacted
    # --redis-host is the runner's own choice: no --verify-allow-internal needed for it.
    (checked_bare,) = verify(bare, options(redis_host=f"127.0.0.1:{port}"))
    assert (checked_bare.verification, checked_bare.verification_detail) == (LIVE, "the Redis server accepted the password")


def test_redis_ipv6_host_is_contacted_as_such_and_its_loopback_is_internal(redis_server_ipv6) -> None:
    """`[::1]` in a URI is the IPv6 loopback (review 1, 25): refused as internal by default, the
    server there answers with --verify-allow-internal."""
    port, password = redis_server_ipv6
    text = f"A=redis://:{password}@[::1]:{port}/0\nB=redis://:Wr0ngPassw0rd9@[0:0:0:0:0:0:0:1]:{port}/0\n"
    refused = verify(findings("app.env", text), options())
    assert [(f.verification, f.verification_detail) for f in refused] == [
        (UNKNOWN, "internal address refused; --verify-allow-internal to allow"),
    ] * 2
    checked = verify(findings("app.env", text), options(allow_internal=True))
    assert [(f.verification, f.verification_detail) for f in checked] == [
        (LIVE, "the Redis server accepted the password"),
        (DEAD, "the Redis server rejected the password (WRONGPASS)"),
    ]


def test_timeouts_and_refused_connections_are_unknown(silent_server) -> None:
    host, port = silent_server.split(":")
    text = f"T = '{GOOD_TELEGRAM}'\nR = 'redis://:Sl0wPassw0rd9@{host}:{port}/0'\n"
    checked = verify(findings("x.py", text), options(allow_internal=True, telegram=f"http://{silent_server}"))
    assert [f.verification for f in checked] == [UNKNOWN, UNKNOWN]
    assert "unreachable" in checked[0].verification_detail
    refused = verify(findings("x.py", f"T = '{GOOD_TELEGRAM}'\n"), options())
    assert refused[0].verification == UNKNOWN and "unreachable" in refused[0].verification_detail


def test_cli_verify_lists_live_first_marks_it_and_sends_nothing_without_the_flag(
    tmp_path: Path, monkeypatch, run_cli, telegram_api
) -> None:
    url, recorder = telegram_api
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SECRETFENCE_TELEGRAM_API_URL", url)
    write(tmp_path / "a.py", f"A = '{BAD_TELEGRAM}'\n")
    write(tmp_path / "z.py", f"Z = '{GOOD_TELEGRAM}'\n")
    code, out, _ = run_cli("scan", "a.py", "z.py")
    assert code == 1 and recorder.requests == []  # nothing is sent without --verify

    code, out, _ = run_cli("scan", "--verify", "a.py", "z.py")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "z.py" and lines[1] == "  line 1: Telegram Bot API Token  721…NjM LIVE CREDENTIAL"
    assert "    checked: live bot @leaky_bot (id 7213808860)" in lines
    assert "  line 1: Telegram Bot API Token  517…kmz [dead]" in lines
    assert_no_plaintext(out, GOOD_TELEGRAM, BAD_TELEGRAM)

    code, out, _ = run_cli("scan", "--verify", "--json", "a.py", "z.py")
    document = json.loads(out)
    assert document["results"]["z.py"][0]["is_verified"] is True
    assert document["results"]["z.py"][0]["verification"] == "live"
    assert document["results"]["a.py"][0]["verification"] == "dead"


# Before issue 18 a project's own pyproject.toml could turn verification on and choose the
# endpoints (this test was `test_team_config_turns_verification_on_and_the_flag_off`, and asserted
# just that). Its meaning is changed on purpose: the scanned tree decides nothing about where a
# secret is sent. Each of those keys is now a configuration error that says where it belongs,
# and nothing connects anywhere.
@pytest.mark.parametrize(
    ("pyproject", "message"),
    [
        ("[tool.secretfence]\nverify = true\n",
         "pyproject.toml: [tool.secretfence] verify is no longer read from the project: verification is turned on "
         "by whoever runs secretfence (--verify, SECRETFENCE_VERIFY=1, or verify = true in "
         "~/.config/secretfence/config.toml)"),
        ('[tool.secretfence.endpoints]\ntelegram = "{url}"\n',
         "pyproject.toml: [tool.secretfence.endpoints] is no longer read from the project: where secrets may be "
         "sent is set by whoever runs secretfence (SECRETFENCE_*_URL variables, or [endpoints] in "
         "~/.config/secretfence/config.toml)"),
        ("[tool.secretfence.upload]\nverify = true\n",
         "pyproject.toml: [tool.secretfence.upload] verify is no longer read from the project: verification is "
         "turned on by whoever uploads (--secretfence-verify, SECRETFENCE_VERIFY=1, or [upload] verify = true in "
         "~/.config/secretfence/config.toml)"),
    ],
    ids=["verify", "endpoints", "upload-verify"],
)
@pytest.mark.parametrize("command", [("scan", "--staged"), ("scan",), ("check-dist",)])
def test_project_config_can_no_longer_turn_verification_on_nor_choose_endpoints(
    temp_git_dir: Path, run_cli, listen, pyproject: str, message: str, command: "tuple[str, ...]"
) -> None:
    telegram = listen()
    redis = listen()
    write(temp_git_dir / "pyproject.toml", pyproject.replace("{url}", f"http://{telegram.address}"))
    write(temp_git_dir / "z.py", f"Z = '{GOOD_TELEGRAM}'\nR = 'redis://:Rp9xLq2Vt7Kz@{redis.address}/0'\n")
    git(temp_git_dir, "add", "z.py")
    code, out, err = run_cli(*command)
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"secretfence: error: {temp_git_dir / message}"]
    assert (telegram.connections, redis.connections) == (0, 0)


def test_nothing_connects_without_a_request_from_the_runner(temp_git_dir: Path, run_cli, listen) -> None:
    """A plain scan: endpoints from the environment are known, but nothing asked to verify."""
    telegram = listen()
    redis = listen()
    write(temp_git_dir / "z.py", f"Z = '{GOOD_TELEGRAM}'\nR = 'redis://:Rp9xLq2Vt7Kz@{redis.address}/0'\n")
    git(temp_git_dir, "add", "z.py")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SECRETFENCE_TELEGRAM_API_URL", f"http://{telegram.address}")
        patch.setenv("SECRETFENCE_VERIFY_ALLOW_INTERNAL", "1")
        for command in (("scan", "z.py"), ("scan", "--staged", "z.py"), ("scan", "--json", "z.py")):
            code, out, _ = run_cli(*command)
            assert code == 1 and "LIVE" not in out and '"verification"' not in out
    assert (telegram.connections, redis.connections) == (0, 0)


def user_config(directory: Path, text: str) -> Path:
    return write(directory / "secretfence" / "config.toml", text)


def test_user_config_and_environment_turn_verification_on_and_the_flag_off(
    temp_git_dir: Path, tmp_path: Path, monkeypatch, run_cli, telegram_api
) -> None:
    url, recorder = telegram_api
    write(temp_git_dir / "z.py", f"Z = '{GOOD_TELEGRAM}'\n")
    config_home = tmp_path / "xdg"  # beside the repository, not inside it
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config_home))
    user_config(config_home, f'verify = true\n[endpoints]\ntelegram = "{url}"\n')
    code, out, _ = run_cli("scan", "z.py")
    assert code == 1 and "  line 1: Telegram Bot API Token  721…NjM LIVE CREDENTIAL" in out.splitlines()
    assert len(recorder.requests) == 1
    assert "LIVE CREDENTIAL" not in run_cli("scan", "--no-verify", "z.py")[1]
    monkeypatch.setenv("SECRETFENCE_VERIFY", "0")  # the environment overrides the user config
    assert "LIVE CREDENTIAL" not in run_cli("scan", "z.py")[1]
    assert len(recorder.requests) == 1
    user_config(config_home, "")
    monkeypatch.setenv("SECRETFENCE_VERIFY", "1")
    monkeypatch.setenv("SECRETFENCE_TELEGRAM_API_URL", url)
    assert "LIVE CREDENTIAL" in run_cli("scan", "z.py")[1]
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("where", ["XDG_CONFIG_HOME", "HOME"])
def test_a_user_config_inside_the_scanned_repository_is_refused(
    temp_git_dir: Path, monkeypatch, run_cli, listen, where: str
) -> None:
    """CI may set HOME to the checkout: the repository's own `.config/secretfence/config.toml`
    must not count as the runner's."""
    telegram = listen()
    write(temp_git_dir / "z.py", f"Z = '{GOOD_TELEGRAM}'\n")
    monkeypatch.setenv(where, str(temp_git_dir / ".config") if where == "XDG_CONFIG_HOME" else str(temp_git_dir))
    path = user_config(temp_git_dir / ".config", f'verify = true\n[endpoints]\ntelegram = "http://{telegram.address}"\n')
    code, out, err = run_cli("scan", "z.py")
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"secretfence: error: {path}: refused: a user config inside the scanned repository ({temp_git_dir}) would "
        "let the repository decide where secrets are sent; keep it outside (XDG_CONFIG_HOME)"
    ]
    assert telegram.connections == 0


def test_a_relative_xdg_config_home_is_ignored(temp_git_dir: Path, monkeypatch, run_cli, listen) -> None:
    """The XDG spec: a relative XDG_CONFIG_HOME is invalid. Taken as given, it would name a
    directory of whatever tree the command runs in."""
    telegram = listen()
    write(temp_git_dir / "z.py", f"Z = '{GOOD_TELEGRAM}'\n")
    monkeypatch.setenv("XDG_CONFIG_HOME", "conf")
    user_config(temp_git_dir / "conf", f'verify = true\n[endpoints]\ntelegram = "http://{telegram.address}"\n')
    code, out, err = run_cli("scan", "z.py")
    assert (code, err) == (1, "") and "LIVE" not in out
    assert telegram.connections == 0


def test_upload_gate_verification_comes_from_the_uploader(tmp_path: Path, monkeypatch, run_cli, telegram_api) -> None:
    """`[upload] verify` in the user config, or --secretfence-verify; --secretfence-no-verify wins."""
    import zipfile

    url, recorder = telegram_api
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dist").mkdir()
    wheel = tmp_path / "dist" / "p-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("p/bot.py", f"T = '{GOOD_TELEGRAM}'\n")
    config_home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config_home))
    user_config(config_home, f'[upload]\nverify = true\n[endpoints]\ntelegram = "{url}"\n')
    assert "LIVE CREDENTIAL" not in run_cli("check-dist")[1]  # `[upload] verify` is the upload gate's only
    assert recorder.requests == []
    code, out, _ = run_cli("upload", "--secretfence-format", "json", str(wheel))
    assert code == 1 and json.loads(out)["results"][f"{wheel}!p/bot.py"][0]["verification"] == "live"
    assert len(recorder.requests) == 1
    code, out, _ = run_cli("upload", "--secretfence-no-verify", "--secretfence-format", "json", str(wheel))
    assert code == 1 and "verification" not in json.loads(out)["results"][f"{wheel}!p/bot.py"][0]
    assert len(recorder.requests) == 1

    def verified_at_upload(config: str) -> bool:
        user_config(config_home, f'{config}\n[endpoints]\ntelegram = "{url}"\n')
        code, out, _ = run_cli("upload", "--secretfence-format", "json", str(wheel))
        assert code == 1
        return "verification" in json.loads(out)["results"][f"{wheel}!p/bot.py"][0]

    assert verified_at_upload("verify = true")  # `verify` holds at the upload gate too
    assert not verified_at_upload("verify = true\n[upload]\nverify = false")  # unless `[upload] verify` says no
    assert len(recorder.requests) == 2


def test_dead_credential_only_warns_at_the_upload_gate(tmp_path: Path, monkeypatch, run_cli, telegram_api) -> None:
    import zipfile

    url, _ = telegram_api
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SECRETFENCE_TELEGRAM_API_URL", url)
    (tmp_path / "dist").mkdir()
    with zipfile.ZipFile(tmp_path / "dist" / "p-1.0-py3-none-any.whl", "w") as archive:
        archive.writestr("p/bot.py", f"T = '{BAD_TELEGRAM}'\n")
    assert run_cli("check-dist")[0] == 1
    code, out, _ = run_cli("check-dist", "--verify")
    assert code == 0 and "warning (not blocking): dist/p-1.0-py3-none-any.whl!p/bot.py:1" in out


@pytest.mark.parametrize("command", ["scan", "check-dist"])
def test_help_says_who_turns_verification_on(run_cli, command: str) -> None:
    code, out, _ = run_cli(command, "--help")
    text = " ".join(out.split())
    assert code == 0
    assert ("Nothing is sent anywhere unless you ask: --verify, SECRETFENCE_VERIFY=1, or verify = true in your user "
            "config ($XDG_CONFIG_HOME/secretfence/config.toml, default ~/.config/secretfence/config.toml). The scanned "
            "project cannot turn verification on nor choose where secrets go") in text
    code, out, _ = run_cli("upload", "--help")
    assert code == 0 and "never by the project" in out


@pytest.mark.parametrize(
    ("flags", "refused"),
    [(("--verify",), "--verify"), (("--verify-allow-internal",), "--verify-allow-internal"),
     (("--redis-host", "127.0.0.1:1"), "--redis-host")],
)
def test_hook_arguments_under_pre_commit_cannot_choose_verification(
    temp_git_dir: Path, monkeypatch, run_cli, listen, flags: "tuple[str, ...]", refused: str
) -> None:
    """pre-commit (PRE_COMMIT=1) appends the arguments of the repository's .pre-commit-config.yaml:
    they are the scanned tree's, so they cannot turn verification on or pick a destination."""
    redis = listen()
    write(temp_git_dir / "z.py", f"R = 'redis://:Rp9xLq2Vt7Kz@{redis.address}/0'\n")
    git(temp_git_dir, "add", "z.py")
    monkeypatch.setenv("PRE_COMMIT", "1")
    code, out, err = run_cli("scan", "--staged", *flags, "z.py")
    assert (code, out) == (2, "")
    assert err.startswith(f"secretfence: error: {refused} is refused in a pre-commit hook's arguments")
    assert len(err.splitlines()) == 1
    assert redis.connections == 0
    monkeypatch.delenv("PRE_COMMIT")
    assert run_cli("scan", "--staged", "--no-verify", "z.py")[0] == 1  # outside pre-commit the same run scans
