"""Where a check may connect, how long it may take, and what of a reply may be printed.

Every server here is a real listener on 127.0.0.1 (tests/verify/conftest.py).
"""
from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from typing import List

import pytest

from secretfence.engine import Engine
from secretfence.findings import Finding
from secretfence.verify import DEAD, LIVE, PHASE_DEADLINE_REACHED, UNKNOWN, Options, verify
from secretfence.verify._net import REFUSED_INTERNAL, TIMED_OUT, is_internal
from tests.conftest import write
from tests.verify.conftest import GOOD_TELEGRAM, TRICKLE_SECONDS, trickle

# A generous hang guard, not a speed check: without a deadline these checks would run for
# TRICKLE_SECONDS (10 minutes); with one they end after about a second.
HANG_GUARD = TRICKLE_SECONDS / 5
PASSWORD = "Ech0edPassw0rd7Q"


def findings(filename: str, text: str) -> List[Finding]:
    return Engine().scan_text(filename, text)


def options(**overrides: object) -> Options:
    values: dict = {"endpoints": {"telegram": "http://127.0.0.1:9", "aws_sts": "http://127.0.0.1:9",
                                  "pypi": "http://127.0.0.1:9", "testpypi": "http://127.0.0.1:9"}, "timeout": 1.0}
    values.update(overrides)
    return Options(**values)  # type: ignore[arg-type]


# --- internal addresses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
     "0.0.0.0", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "198.18.0.1", "192.0.2.1",
     "::1", "::", "fe80::1", "fe80::1%lo", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1",
     "::ffff:10.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::1", "2001:db8::1"],
)
def test_internal_addresses(address: str) -> None:
    assert is_internal(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "149.154.167.220", "2606:4700:4700::1111",
                                     "::ffff:8.8.8.8", "64:ff9b::808:808"])
def test_public_addresses(address: str) -> None:
    assert not is_internal(address)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "127.1", "0.0.0.0"])
def test_a_scanned_redis_host_that_is_internal_is_refused_without_connecting(listen, host: str) -> None:
    listener = listen()
    text = f"R = 'redis://:{PASSWORD}@{host}:{listener.port}/0'\n"
    (checked,) = verify(findings("settings.py", text), options())
    assert (checked.verification, checked.verification_detail) == (UNKNOWN, REFUSED_INTERNAL)
    assert listener.connections == 0


def test_verify_allow_internal_reaches_a_scanned_internal_host(tmp_path: Path, monkeypatch, run_cli,
                                                               redis_server) -> None:
    port, password = redis_server
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "app.env", f"REDIS_URL=redis://:{password}@localhost:{port}/0\n")
    code, out, _ = run_cli("scan", "--verify", "app.env")
    assert code == 1 and f"    checked: {REFUSED_INTERNAL}" in out.splitlines()
    code, out, _ = run_cli("scan", "--verify", "--verify-allow-internal", "app.env")
    assert code == 1 and "    checked: the Redis server accepted the password" in out.splitlines()
    monkeypatch.setenv("SECRETFENCE_VERIFY_ALLOW_INTERNAL", "1")
    code, out, _ = run_cli("scan", "--verify", "app.env")
    assert code == 1 and "    checked: the Redis server accepted the password" in out.splitlines()


def test_redis_host_given_by_the_runner_needs_no_allow_internal(listen) -> None:
    listener = listen(lambda connection, _: connection.sendall(b"+OK\r\n"))
    bare = findings("redis.conf", f"requirepass {PASSWORD}\n")
    (checked,) = verify(bare, options(redis_host=listener.address))
    assert (checked.verification, checked.verification_detail) == (LIVE, "the Redis server accepted the password")
    assert listener.connections == 1 and listener.received == [f"*2\r\n$4\r\nAUTH\r\n$16\r\n{PASSWORD}\r\n".encode()]


def test_the_same_credential_found_twice_is_sent_once(listen) -> None:
    listener = listen(lambda connection, _: connection.sendall(b"-WRONGPASS invalid username-password pair\r\n"))
    line = f"R = 'redis://:{PASSWORD}@127.0.0.1:{listener.port}/0'\n"
    checked = verify(findings("a.py", line) + findings("b.py", line + line), options(allow_internal=True))
    assert [(f.filename, f.verification, f.verification_detail) for f in checked] == [
        (name, DEAD, "the Redis server rejected the password (WRONGPASS)") for name in ("a.py", "b.py", "b.py")]
    assert listener.connections == 1


# --- deadlines ------------------------------------------------------------------------------


def test_a_trickling_redis_server_is_cut_at_the_check_deadline(listen) -> None:
    listener = listen(trickle(b"+"))
    text = f"R = 'redis://:{PASSWORD}@127.0.0.1:{listener.port}/0'\n"
    start = time.monotonic()
    (checked,) = verify(findings("settings.py", text), options(allow_internal=True, timeout=1.0))
    assert time.monotonic() - start < HANG_GUARD
    assert (checked.verification, checked.verification_detail) == (UNKNOWN, f"Redis server unreachable ({TIMED_OUT})")
    assert listener.hung_up.wait(HANG_GUARD)  # and the connection was closed, not left trickling


@pytest.mark.parametrize(
    "prefix",
    [b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n",  # headers never end
     b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n{",  # the body never ends
     b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n100000\r\n"],  # nor a chunk
    ids=["headers", "body", "chunked"],
)
def test_a_trickling_http_endpoint_is_cut_at_the_check_deadline(listen, prefix: bytes) -> None:
    listener = listen(trickle(prefix))
    start = time.monotonic()
    (checked,) = verify(findings("bot.py", f"T = '{GOOD_TELEGRAM}'\n"),
                        options(endpoints={"telegram": f"http://{listener.address}"}, timeout=1.0))
    assert time.monotonic() - start < HANG_GUARD
    assert (checked.verification, checked.verification_detail) == (
        UNKNOWN, f"Telegram Bot API unreachable ({TIMED_OUT})")
    assert listener.hung_up.wait(HANG_GUARD)


def test_the_verification_phase_has_one_deadline(listen) -> None:
    """Five trickling checks, four at a time, each allowed 300 s: the phase ends them all at 1 s."""
    listener = listen(trickle(b"+"))
    text = "".join(f"R{n} = 'redis://:{PASSWORD}{n}@127.0.0.1:{listener.port}/0'\n" for n in range(5))
    start = time.monotonic()
    checked = verify(findings("settings.py", text), options(allow_internal=True, timeout=300.0, deadline=1.0))
    assert time.monotonic() - start < HANG_GUARD
    assert sorted(f.verification_detail for f in checked) == sorted(
        [f"Redis server unreachable ({TIMED_OUT})"] * 4 + [PHASE_DEADLINE_REACHED])
    assert {f.verification for f in checked} == {UNKNOWN}


def test_the_cli_cuts_a_trickling_endpoint_at_verify_timeout(tmp_path: Path, monkeypatch, run_cli, listen) -> None:
    listener = listen(trickle(b"HTTP/1.1 200 OK\r\n"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SECRETFENCE_TELEGRAM_API_URL", f"http://{listener.address}")
    write(tmp_path / "bot.py", f"T = '{GOOD_TELEGRAM}'\n")
    start = time.monotonic()
    code, out, _ = run_cli("scan", "--verify", "--verify-timeout", "1", "bot.py")
    assert time.monotonic() - start < HANG_GUARD
    assert code == 1 and f"    checked: Telegram Bot API unreachable ({TIMED_OUT})" in out.splitlines()


# --- what of a reply reaches the report -----------------------------------------------------


def _echo_redis(template: bytes):  # type: ignore[no-untyped-def]
    """A RESP server that answers AUTH with `template`, its `{pw}` replaced by the password sent."""

    def answer(connection: socket.socket, data: bytes) -> None:
        password = data.rstrip(b"\r\n").rsplit(b"\r\n", 1)[-1]
        connection.sendall(template.replace(b"{pw}", password))

    return answer


@pytest.mark.parametrize(
    ("template", "detail"),
    [
        (b"+{pw}\r\n", "the Redis server sent an unexpected reply"),
        (b"-{pw}\r\n", "the Redis server sent an unexpected reply"),
        (b"-ERR unknown command 'AUTH {pw}'\r\n", "the Redis server answered ERR"),
        (b"-WRONGPASS {pw} is not the password\r\n", "the Redis server rejected the password (WRONGPASS)"),
        (b"$16\r\n{pw}\r\n", "the Redis server sent an unexpected reply"),
        (b"+OK {pw}\r\n", "the Redis server sent an unexpected reply"),
    ],
)
def test_an_echoing_redis_server_never_reaches_any_output(
    tmp_path: Path, monkeypatch, run_cli, listen, template: bytes, detail: str
) -> None:
    listener = listen(_echo_redis(template))
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "app.env", f"REDIS_URL=redis://:{PASSWORD}@127.0.0.1:{listener.port}/0\n")
    outputs = []
    for output_format in ("text", "json", "sarif"):
        code, out, err = run_cli("scan", "--verify", "--verify-allow-internal", "--format", output_format, "app.env")
        assert code == 1
        outputs.append(out + err)
    assert listener.connections == 3 and all(PASSWORD.encode() in data for data in listener.received)
    assert f"    checked: {detail}" in outputs[0].splitlines()
    (result,) = json.loads(outputs[1])["results"]["app.env"]
    assert result["verification_detail"] == detail
    (sarif_result,) = json.loads(outputs[2])["runs"][0]["results"]
    assert sarif_result["properties"]["verificationDetail"] == detail
    for output in outputs:
        assert PASSWORD not in output and PASSWORD[2:-2] not in output


def _telegram_answering(body: bytes):  # type: ignore[no-untyped-def]
    def answer(connection: socket.socket, data: bytes) -> None:
        token = data.split(b" ", 2)[1].split(b"/")[1][3:]  # GET /bot<token>/getMe
        reply = body.replace(b"{token}", token)
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(reply), reply))

    return answer


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b'{"ok": true, "result": {"id": 7, "username": "leaky_bot"}}', "live bot @leaky_bot (id 7)"),
        (b'{"ok": true, "result": {"id": 7, "username": "{token}"}}', "live bot (unexpected reply)"),
        (b'{"ok": true, "result": {"id": "{token}", "username": "leaky_bot"}}', "live bot @leaky_bot"),
        (b'{"ok": true, "result": {"username": "a b c d e"}}', "live bot (unexpected reply)"),
        (b"{token}", "live bot (unexpected reply)"),
    ],
)
def test_telegram_reply_reaches_the_report_only_as_a_validated_username(listen, body: bytes, detail: str) -> None:
    listener = listen(_telegram_answering(body))
    (checked,) = verify(findings("bot.py", f"T = '{GOOD_TELEGRAM}'\n"),
                        options(endpoints={"telegram": f"http://{listener.address}"}))
    assert (checked.verification, checked.verification_detail) == (LIVE, detail)


def _sts_answering(status: int, body: bytes):  # type: ignore[no-untyped-def]
    def answer(connection: socket.socket, _: bytes) -> None:
        connection.sendall(b"HTTP/1.1 %d X\r\nContent-Length: %d\r\n\r\n%s" % (status, len(body), body))

    return answer


AWS_TEXT = ("aws_access_key_id = AKIA4NACSIJMDDNSEDTE\n"
            "aws_secret_access_key = 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\n")
AWS_SECRET = "9dAkm3fHzLq2W+Rr8TnPq0VbXy7uKs1GeZo4HcJd"


@pytest.mark.parametrize(
    ("status", "body", "verdict"),
    [
        (200, b"<Arn>arn:aws:iam::123456789012:user/ci</Arn><Account>123456789012</Account>",
         (LIVE, "live key of account 123456789012, arn:aws:iam::123456789012:user/ci")),
        (200, b"<Arn>arn:aws:iam::123456789012:user/" + AWS_SECRET.encode() + b"</Arn><Account>123456789012</Account>",
         (LIVE, "unexpected reply")),
        (200, b"<Arn>see " + AWS_SECRET.encode() + b"</Arn><Account>1234</Account>", (LIVE, "live key (unexpected reply)")),
        (403, b"<Code>InvalidClientTokenId</Code>", (DEAD, "STS rejected the key (InvalidClientTokenId)")),
        (403, b"<Code>" + AWS_SECRET.encode() + b"</Code>", (UNKNOWN, "STS answered HTTP 403 (unexpected reply)")),
        (500, b"<Code>InternalFailure</Code>", (UNKNOWN, "STS answered HTTP 500 (InternalFailure)")),
    ],
)
def test_sts_reply_reaches_the_report_only_as_account_arn_and_known_codes(listen, status: int, body: bytes,
                                                                          verdict: "tuple[str, str]") -> None:
    listener = listen(_sts_answering(status, body))
    checked = verify(findings("credentials", AWS_TEXT), options(endpoints={"aws_sts": f"http://{listener.address}"}))
    key_id = next(f for f in checked if f.details.get("part") == "access_key_id")
    assert (key_id.verification, key_id.verification_detail) == verdict


# --- proxies, as urllib honoured them ---------------------------------------------------------


def test_http_endpoints_go_through_http_proxy(monkeypatch, listen) -> None:
    proxy = listen(_telegram_answering(b'{"ok": true, "result": {"id": 7, "username": "leaky_bot"}}'))
    monkeypatch.setenv("http_proxy", f"http://{proxy.address}")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    (checked,) = verify(findings("bot.py", f"T = '{GOOD_TELEGRAM}'\n"),
                        options(endpoints={"telegram": "http://telegram.invalid"}))
    assert (checked.verification, checked.verification_detail) == (LIVE, "live bot @leaky_bot (id 7)")
    (request,) = proxy.received
    assert request.startswith(f"GET http://telegram.invalid:80/bot{GOOD_TELEGRAM}/getMe HTTP/1.1\r\n".encode())


def test_https_endpoints_tunnel_through_the_proxy(monkeypatch, listen) -> None:
    proxy = listen(lambda connection, _: connection.sendall(b"HTTP/1.1 403 Forbidden\r\nX: y\r\n\r\n"))
    monkeypatch.setenv("https_proxy", f"http://{proxy.address}")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    (checked,) = verify(findings("bot.py", f"T = '{GOOD_TELEGRAM}'\n"),
                        options(endpoints={"telegram": "https://api.telegram.org"}))
    assert (checked.verification, checked.verification_detail) == (
        UNKNOWN, "Telegram Bot API unreachable (the proxy refused the tunnel (HTTP 403))")
    assert proxy.received == [b"CONNECT api.telegram.org:443 HTTP/1.1\r\nHost: api.telegram.org:443\r\n\r\n"]


# --- the upload gate's options ------------------------------------------------------------------


@pytest.mark.parametrize("limit", ["--secretfence-verify-timeout=1", "--secretfence-verify-deadline=1"])
def test_upload_options_allow_internal_hosts_and_bound_the_checks(tmp_path: Path, monkeypatch, run_cli, listen,
                                                                  limit: str) -> None:
    import zipfile

    listener = listen(trickle(b"+"))
    monkeypatch.chdir(tmp_path)
    wheel = tmp_path / "dist" / "p-1.0-py3-none-any.whl"
    wheel.parent.mkdir()
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("p/settings.py", f"R = 'redis://:{PASSWORD}@127.0.0.1:{listener.port}/0'\n")

    def verdict(*options: str) -> "tuple[str, str]":
        code, out, _ = run_cli("upload", "--secretfence-verify", *options, "--secretfence-format", "json", str(wheel))
        assert code == 1
        (result,) = json.loads(out)["results"][f"{wheel}!p/settings.py"]
        return result["verification"], result["verification_detail"]

    assert verdict(limit) == (UNKNOWN, REFUSED_INTERNAL)
    assert listener.connections == 0
    start = time.monotonic()
    assert verdict(limit, "--secretfence-verify-allow-internal") == (UNKNOWN, f"Redis server unreachable ({TIMED_OUT})")
    assert time.monotonic() - start < HANG_GUARD
    assert listener.connections == 1
