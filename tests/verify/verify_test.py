"""--verify against local stand-ins: live, dead, and unknown when the network fails."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List


from secretfence.detectors.pypi_token import encode_token
from secretfence.engine import Engine
from secretfence.findings import Finding
from secretfence.verify import DEAD, LIVE, UNKNOWN, Options, verify
from tests.conftest import assert_no_plaintext, write
from tests.verify.conftest import BAD_TELEGRAM, GOOD_TELEGRAM

PYPI_GOOD = encode_token("pypi.org", "11111111-2222-4333-8444-555555555555", [[3, "u"]])
PYPI_BAD = encode_token("pypi.org", "66666666-2222-4333-8444-555555555555", [[3, "u"]])
TESTPYPI = encode_token("test.pypi.org", "77777777-2222-4333-8444-555555555555", [[3, "u"]])


def findings(filename: str, text: str) -> List[Finding]:
    return Engine().scan_text(filename, text)


def options(**endpoints: str) -> Options:
    return Options(endpoints={"telegram": "http://127.0.0.1:9", "aws_sts": "http://127.0.0.1:9",
                              "pypi": "http://127.0.0.1:9", "testpypi": "http://127.0.0.1:9", **endpoints}, timeout=2)


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
    checked = verify(findings("app.env", text), options())
    assert [(f.verification, f.verification_detail) for f in checked] == [
        (LIVE, f"127.0.0.1:{port} accepted the password"),
        (DEAD, f"127.0.0.1:{port} rejected the password"),
    ]
    bare = findings("redis.conf", f"requirepass {password}\n")
    assert verify(bare, options())[0].verification == UNKNOWN  # no host named: not contacted
    with_host = Options(endpoints=options().endpoints, timeout=2, redis_host=f"127.0.0.1:{port}")
    assert verify(bare, with_host)[0].verification == LIVE


def test_timeouts_and_refused_connections_are_unknown(silent_server) -> None:
    host, port = silent_server.split(":")
    text = f"T = '{GOOD_TELEGRAM}'\nR = 'redis://:Sl0wPassw0rd9@{host}:{port}/0'\n"
    checked = verify(findings("x.py", text), options(telegram=f"http://{silent_server}"))
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


def test_team_config_turns_verification_on_and_the_flag_off(tmp_path: Path, monkeypatch, run_cli, telegram_api) -> None:
    url, recorder = telegram_api
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", f'[tool.secretfence]\nverify = true\n[tool.secretfence.endpoints]\ntelegram = "{url}"\n')
    write(tmp_path / "z.py", f"Z = '{GOOD_TELEGRAM}'\n")
    assert "LIVE CREDENTIAL" in run_cli("scan", "z.py")[1]
    assert len(recorder.requests) == 1
    assert "LIVE CREDENTIAL" not in run_cli("scan", "--no-verify", "z.py")[1]
    assert len(recorder.requests) == 1


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
