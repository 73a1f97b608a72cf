"""String constants of .pyc files: every one is scanned, control characters and all."""
from __future__ import annotations

import marshal

from secretfence.engine import Engine
from secretfence.sources.compiled import looks_compiled, pyc_strings, pyc_text

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"


def _pyc(source: str) -> bytes:
    return b"\x00" * 16 + marshal.dumps(compile(source, "m.py", "exec"))


def test_a_constant_full_of_control_characters_is_scanned_not_dropped() -> None:
    """Mostly control characters (an ANSI-coloured banner, a binary header): its text runs stay."""
    constant = "\x1b[1m\x1b[31m\x01\x02\x03\x04\x05 token " + TELEGRAM + "\x1b[0m\x00\x00\x00"
    lines = pyc_strings(_pyc(f"BANNER = {constant!r}\nNAME = 'plain constant'\n")).decode().split("\n")
    assert f" [1m [31m      token {TELEGRAM} [0m   " in lines
    assert "plain constant" in lines  # clean constants stay one line each, as before


def test_a_bytes_constant_that_is_not_utf8_is_scanned() -> None:
    constant = bytes([0xFF, 0xFE, 0x00]) * 8 + b"key=" + TELEGRAM.encode()
    data = pyc_strings(_pyc(f"BLOB = {constant!r}\n"))
    result = Engine().scan_bytes("pkg/m.pyc", data)
    assert {f.type for f in result.findings} == {"Telegram Bot API Token"}


def _real_pyc(source: str) -> bytes:
    from importlib.util import MAGIC_NUMBER

    return MAGIC_NUMBER + b"\x00" * 12 + marshal.dumps(compile(source, "m.py", "exec"))


def test_only_what_starts_like_a_pyc_is_read_as_one() -> None:
    assert looks_compiled(_real_pyc("x = 1\n"))
    assert not looks_compiled(f"TOKEN = '{TELEGRAM}'\n".encode())
    assert not looks_compiled(b"\x00" * 16 + marshal.dumps(compile("x = 1\n", "m.py", "exec")))  # no magic


def test_text_appended_to_a_pyc_is_scanned_whole() -> None:
    """Text after the marshal data: the walk may take a stray 'z' in it for a constant, which
    would cut the token in two; the run of text is scanned whole as well."""
    appended = f"\nconfig: zI{TELEGRAM}\n".encode()  # 'zI': a short constant's type code and length
    data = pyc_text(_real_pyc("VALUE = 1\n") + appended)
    assert f"config: zI{TELEGRAM}" in data.decode().split("\n")
    findings = Engine().scan_bytes("pkg/m.pyc", data).findings
    assert [f.type for f in findings] == ["Telegram Bot API Token"]


def test_runs_of_constants_and_their_framing_add_nothing() -> None:
    source = "A = 'first constant of the module'\nB = 'second constant of the module'\nC = 'third one here'\n"
    data = _real_pyc(source)
    assert pyc_text(data) == pyc_strings(data)


def test_a_secret_in_a_constant_and_in_a_run_is_one_finding(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The same token as a constant and in text after the marshal data: the member's text holds
    it twice, the scan reports it once, on the constant's line."""
    from secretfence.engine import MemberScanner
    from secretfence.sources.archives import iter_artifact
    from tests.hostile.archives_cases import zip_bytes

    pyc = _real_pyc(f"TOKEN = {TELEGRAM!r}\n") + f"\nTOKEN = '{TELEGRAM}'\n".encode()
    wheel = tmp_path / "p-1.0-py3-none-any.whl"
    wheel.write_bytes(zip_bytes({"p/m.pyc": pyc}))
    (member,) = list(iter_artifact(str(wheel)))
    assert member.overlapping and member.data.count(TELEGRAM.encode()) == 2
    with MemberScanner(Engine(), jobs=1) as scanner:
        scanner.add(member.name, member.data, member.overlapping)
        (result,) = scanner.results()
    assert [(f.type, f.line_number) for f in result.findings] == [("Telegram Bot API Token", 1)]


def test_compiled_python_is_read_as_one_whatever_its_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A .pyc under another name (Python 2's .pyo, a .dat): its bytes hold the token framed by
    marshal's printable bytes (`z.` before it, `N)` after it), which a text scan runs into the
    token; its constants are read as constants, as a .pyc's are."""
    from secretfence.sources.archives import iter_contents
    from secretfence.sources.sniff import is_plain

    pyc = _real_pyc(f"TOKEN = {TELEGRAM!r}\n")
    assert not Engine().scan_bytes("pkg/blob.dat", pyc).findings  # as plain bytes: missed
    for name in ("pkg/m.pyo", "pkg/blob.dat"):
        assert not is_plain(name, pyc)
        (member,) = list(iter_contents(name, pyc))
        assert [f.type for f in Engine().scan_bytes(name, member.data).findings] == ["Telegram Bot API Token"]
    # Text is not taken for one: a CPython magic number is two bytes no text starts with, then CR LF.
    assert is_plain("notes.dat", b"ab\r\n" + b"c" * 40)
