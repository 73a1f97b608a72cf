"""Time and peak memory of secretfence on every hostile input the tests declare.

    .venv/bin/python benchmarks/hostile.py [NAME-FRAGMENT ...]

Cases come from tests/hostile/*_cases.py (each module's CASES at their full sizes, and
BENCHMARK_ONLY_CASES where a module has full-size versions of cases the suite runs smaller). Each
runs in a fresh temporary directory, in a child process whose peak resident memory is read from
wait4(); the table shows the exit code (and whether it is the one the tests expect), the wall time and the peak RSS.
Nothing here asserts a time: the tests check outcomes, this script measures.
"""
from __future__ import annotations

import importlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile.case import FULL_SIZE_VARIABLE, HostileCase, command, environment  # noqa: E402

# The cases' full sizes (the suite runs the shared floods smaller), set before the case modules load.
os.environ[FULL_SIZE_VARIABLE] = "1"


def all_cases() -> List[HostileCase]:
    cases: List[HostileCase] = []
    for module_path in sorted((ROOT / "tests" / "hostile").glob("*_cases.py")):
        module = importlib.import_module(f"tests.hostile.{module_path.stem}")
        cases.extend(module.CASES)
        cases.extend(getattr(module, "BENCHMARK_ONLY_CASES", []))  # full-size versions, too slow for the suite
    return cases


def build_apart(case: HostileCase, directory: str) -> List[str]:
    """The case's inputs, built in a child process. A process's peak RSS counts its parent's at
    the moment it was started (the kernel carries it over exec), so memory a build takes here
    would be reported as secretfence's."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    builder = context.Process(target=_build_into, args=(case, directory, send))
    builder.start()
    send.close()
    argv: List[str] = receive.recv()
    builder.join()
    return argv


def _build_into(case: HostileCase, directory: str, send) -> None:  # type: ignore[no-untyped-def]
    send.send(list(case.build(Path(directory))))


def measure(case: HostileCase) -> "tuple[int, float, float]":
    with tempfile.TemporaryDirectory(prefix="sf-hostile-") as directory:
        argv = build_apart(case, directory)
        start = time.perf_counter()
        process = subprocess.Popen(command(argv), cwd=directory, env=environment(case), stdin=subprocess.PIPE,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert process.stdin is not None
        try:
            process.stdin.write(case.stdin or b"")
            process.stdin.close()
        except BrokenPipeError:
            pass
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - start
    return process.returncode, elapsed, usage.ru_maxrss / 1024


def main(argv: List[str]) -> int:
    cases = [case for case in all_cases() if not argv or any(fragment in case.name for fragment in argv)]
    width = max((len(case.name) for case in cases), default=10)
    print(f"{'case':<{width}}  exit  expected  seconds  peak MB")
    for case in cases:
        code, seconds, peak = measure(case)
        mark = "yes" if code == case.exit_code else "NO"
        print(f"{case.name:<{width}}  {code:>4}  {mark:>8}  {seconds:7.2f}  {peak:7.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
