"""errors.handled(): every way a command can end becomes one line on stderr and an exit code."""
from __future__ import annotations

from typing import NoReturn

import pytest

from secretfence.errors import BaselineError, SecretfenceError, UsageError, handled


class _Bug(Exception):
    pass


def _raise(error: BaseException) -> NoReturn:
    raise error


@pytest.mark.parametrize(
    ("error", "code", "stderr"),
    [
        (UsageError("--staged reads the git index"), 2, "secretfence: error: --staged reads the git index\n"),
        (BaselineError("b.json: baseline not found"), 2, "secretfence: error: b.json: baseline not found\n"),
        (KeyboardInterrupt(), 130, "secretfence: interrupted\n"),
        (SystemExit(0), 0, ""),  # argparse's --help
        (SystemExit(2), 2, ""),  # a usage error argparse has printed
        (BrokenPipeError(), 2, ""),  # `secretfence scan | head`
        (_Bug("password=hunter2hunter2"), 2,
         "secretfence: internal error (_Bug); nothing was uploaded or written. "
         "Re-run with SECRETFENCE_DEBUG=1 for details and report it.\n"),
    ],
    ids=["usage", "baseline", "ctrl-c", "help", "argparse-error", "broken-pipe", "bug"],
)
def test_each_ending_is_one_line_and_its_exit_code(capsys, error: BaseException, code: int, stderr: str) -> None:
    assert handled(lambda: _raise(error)) == code
    assert capsys.readouterr() == ("", stderr)


def test_an_exit_code_of_its_own(capsys) -> None:
    class Refused(SecretfenceError):
        exit_code = 1

    assert handled(lambda: _raise(Refused("blocked"))) == 1
    assert capsys.readouterr().err == "secretfence: error: blocked\n"
    assert handled(lambda: 1) == 1


def test_secretfence_debug_lets_a_bug_through(monkeypatch) -> None:
    monkeypatch.setenv("SECRETFENCE_DEBUG", "1")
    with pytest.raises(_Bug):
        handled(lambda: _raise(_Bug()))
