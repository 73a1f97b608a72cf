"""Hostile cases run in a child forked from a process that has already imported secretfence.

A hostile case is a whole run of `python -m secretfence` on a hostile input: its exit code, what it
prints and that no secret leaks. About a thousand such runs each paid for Python's start-up and
secretfence's imports (some 0.1 s of CPU a run), a fifth of the suite's time. Here one server a
pytest worker, started like `python -m secretfence` but waiting for orders, forks a child for each
run: the child changes to the case's directory, points its standard streams at files, and runs
`secretfence.cli.program()` with the case's arguments, as `python -m secretfence` does; the server
reports how it ended (the exit code, or minus the signal that ended it, as `subprocess` does). The
child then exits as the interpreter would (threads joined, exit functions run, buffers flushed),
without tearing down every module the server imported (half of a small case's time).

The server also imports every secretfence module and compiles every lazily compiled pattern
(`LazyPattern`) once: a child then starts as a process that has used every reader, where a cold
one spent about half of a small case's 0.15 s compiling them. It then freezes those objects
(`gc.freeze`) so that no child's garbage collection walks or copies them. Its one scan, in memory,
is of the detectors' own samples (the patterns a scan builds as it goes, compiled there too); it
reads no file and writes none, and a case's files, settings and findings are its own. A case that
sets its own environment, feeds standard input or shadows a module the server has imported runs as
a real subprocess (`case.run_case`), as do the benchmark's timings (benchmarks/hostile.py). (Cases
with their own environment stay subprocesses: forked from this server, most of them failed, the
keyring and .pypirc cases first; not diagnosed.)
"""
from __future__ import annotations

import atexit
import json
import os
import select
import signal
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO, Dict, Optional, Sequence, Tuple

# The server: read one JSON order a line on the fd it is given, fork, report {"pid": …} then {"status": …}
# on stdout.
_SERVER = r"""
import atexit, json, os, sys, threading
from secretfence.cli import program
import gc, importlib, pkgutil, secretfence
from secretfence.prefilter.spec import LazyPattern
for module in pkgutil.walk_packages(secretfence.__path__, "secretfence."):  # every reader a case may reach
    if not module.name.endswith("__main__"):
        importlib.import_module(module.name)
for pattern in [item for item in gc.get_objects() if isinstance(item, LazyPattern)]:
    pattern.search  # compiled once, here, rather than in every child that reaches it
from secretfence.engine import Engine
from secretfence.kinds import REGISTRY
engine = Engine()  # one scan of every detector's samples, in memory: the patterns that scans build and compile
for detector in REGISTRY.detectors():
    for sample in detector.true_samples:
        engine.scan_text(sample.filename, sample.text)
del engine
gc.freeze()
orders = os.fdopen(int(sys.argv[1]), "rb", buffering=0)
main_path = os.path.join(os.path.dirname(sys.modules["secretfence"].__file__), "__main__.py")
reply = sys.stdout.buffer

for line in orders:
    order = json.loads(line)
    pid = os.fork()
    if pid == 0:  # the case's run: as `python -m secretfence` ends, so does this child
        os.environ.clear()  # the test's environment (its own HOME): as subprocess.run(env=…) gives it
        os.environ.update(order["env"])
        os.chdir(order["cwd"])
        for fd, path in ((1, order["stdout"]), (2, order["stderr"])):
            target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, fd)
            os.close(target)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        orders.close()
        sys.argv = [main_path, *order["argv"]]
        try:
            code = program()
        except SystemExit as stop:
            code = stop.code
        if threading.active_count() > 1:  # the interpreter's exit joins them (or hangs, as a real run would)
            raise SystemExit(code)
        # Then what else an exit does that a case can see: exit functions run, buffers flushed, the
        # status (None: 0; not an int: printed, 1). The interpreter's finalization, tearing down
        # every module this server imported, is skipped: it cost each case 30 ms.
        atexit._run_exitfuncs()
        if code is not None and not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code or 0)
    reply.write(json.dumps({"pid": pid}).encode() + b"\n")
    reply.flush()
    _, status = os.waitpid(pid, 0)
    reply.write(json.dumps({"status": os.waitstatus_to_exitcode(status)}).encode() + b"\n")
    reply.flush()
"""


# How long the server may take to fork a run, its start included. Past it, it is killed and the
# next run starts a new one (never a reply left behind to be read as the next run's).
_STARTED_SECONDS = 120.0


class _Server:
    def __init__(self) -> None:
        read_orders, self._orders = os.pipe()
        env = {key: value for key, value in os.environ.items() if key != "SECRETFENCE_DEBUG"}
        self.process = subprocess.Popen(
            [sys.executable, "-c", _SERVER, str(read_orders)], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            pass_fds=(read_orders,), env=env)
        os.close(read_orders)
        # The runs' output files: outside the cases' directories (a case may scan its whole directory).
        self._outputs = Path(tempfile.mkdtemp(prefix="secretfence-hostile-"))
        assert self.process.stdout is not None
        self._replies: IO[bytes] = self.process.stdout
        self._buffer = b""

    def _reply(self, timeout: float) -> Dict[str, int]:
        deadline = timeout
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([self._replies], [], [], deadline)
            if not ready:
                raise TimeoutError
            chunk = os.read(self._replies.fileno(), 4096)
            if not chunk:
                raise RuntimeError("the hostile cases' fork server ended")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return json.loads(line)

    def run(self, argv: Sequence[str], cwd: Path, env: Dict[str, str], timeout: float) -> Tuple[int, str, str]:
        stdout, stderr = self._outputs / "stdout", self._outputs / "stderr"
        order = {"argv": list(argv), "cwd": str(cwd), "env": env, "stdout": str(stdout), "stderr": str(stderr)}
        os.write(self._orders, json.dumps(order).encode() + b"\n")
        try:
            # (the first order also waits for the server's start: its imports and compiling,
            # seconds on a loaded machine)
            pid = self._reply(_STARTED_SECONDS)["pid"]
        except TimeoutError:
            self.kill()  # a late reply would answer the next order: this server is done
            raise
        try:
            status = self._reply(timeout)["status"]
        except TimeoutError:
            os.kill(pid, signal.SIGKILL)
            try:
                self._reply(_STARTED_SECONDS)
            except TimeoutError:
                self.kill()
            raise subprocess.TimeoutExpired(argv, timeout)
        out = stdout.read_text("utf-8", "replace")
        err = stderr.read_text("utf-8", "replace")
        stdout.unlink()
        stderr.unlink()
        return status, out, err

    def kill(self) -> None:
        """End the server now: the next run starts a new one."""
        self.process.kill()
        self.process.wait(timeout=30)

    def close(self) -> None:
        os.close(self._orders)
        self.process.wait(timeout=30)
        shutil.rmtree(self._outputs, ignore_errors=True)


_server: Optional[_Server] = None


def run_forked(argv: Sequence[str], cwd: Path, env: Dict[str, str], timeout: float) -> Tuple[int, str, str]:
    """(exit code, stdout, stderr) of `python -m secretfence <argv>` run in `cwd` with `env`."""
    global _server
    if _server is None or _server.process.poll() is not None:
        _server = _Server()
        atexit.register(_server.close)
    return _server.run(argv, cwd, env, timeout)
