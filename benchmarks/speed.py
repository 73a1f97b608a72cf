"""Issue 17's figures: secretfence beside Kingfisher and Betterleaks, cores, cost per MB, the hook.

    .venv/bin/python benchmarks/run.py --speed-only        # these figures alone (a few minutes)
    .venv/bin/python benchmarks/speed.py                    # the same

Every command of a comparison runs in one loop, interleaved (A B C, A B C, ...), `--repeat` times;
each figure is the minimum and the median. On a loaded machine wall time is noise, so the CPU
time of each run (its children's rusage: every process and thread it started) is given too, and
the peak RSS of its largest process.

Inputs (downloaded once into benchmarks/.cache/, nothing at run time):
- the tree: the unpacked sdists of requests, Flask and Django (run.py's corpus);
- the artifacts: a wheel and an sdist of each of 12 popular packages (ARTIFACT_PACKAGES), and a
  copy of each (hard links) with `.whl` renamed `.zip` for Betterleaks, which does not open
  `.whl`.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
BIN = Path(sys.executable).parent
PEERS = Path(os.environ.get("SECRETFENCE_PEERS_BIN", "/work/peers/.venv/bin"))
CORES = 2  # the critical path is given for this many cores (issue 17's machine)
ARTIFACT_PACKAGES = ("requests", "flask", "django", "botocore", "boto3", "urllib3", "setuptools", "pip",
                     "jinja2", "click", "packaging", "certifi")


class Sample(NamedTuple):
    wall: float
    cpu: float  # user + system of every process the command started
    peak_mb: float  # the largest resident set of any one of them
    returncode: int
    # The CPU of the command's own process and of its busiest child (read from /proc every 20
    # ms), and the critical path: the main process's CPU while no worker was alive, plus the
    # rest spread over CORES cores (never less than the busiest worker's); for one process, its
    # threads' CPU spread over the cores (never less than its busiest thread's). Under load, wall
    # time measures the load; this measures how the work is spread, as an idle machine runs it.
    main_cpu: float = 0.0
    busiest_child_cpu: float = 0.0
    critical: float = 0.0


class Figures(NamedTuple):
    wall_min: float
    wall_median: float
    cpu_min: float
    cpu_median: float
    peak_mb: float
    critical_min: float  # min over runs of the critical path (see Sample)

    def line(self, label: str, megabytes: float = 0.0) -> str:
        rate = f"  {megabytes / self.wall_min:6.1f} MB/s" if megabytes else ""
        return (f"  {label:36} wall {self.wall_min:6.2f} s (median {self.wall_median:6.2f})  "
                f"cpu {self.cpu_min:6.2f} s (median {self.cpu_median:6.2f})  critical path {self.critical_min:6.2f} s  "
                f"peak {self.peak_mb:4.0f} MB{rate}")


def _measure(command: Sequence[str], cwd: Optional[Path] = None, env: Optional[Dict[str, str]] = None) -> Sample:
    # ru_maxrss of RUSAGE_CHILDREN is the largest of the waited-for processes so far, so each run
    # is measured in a child of its own (a fork that waits for the command), whose own children
    # are then exactly this run's processes.
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the measuring child
        os.close(read)
        started = time.perf_counter()
        process = subprocess.Popen(list(command), cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seen: Dict[int, float] = {}
        threads: Dict[str, float] = {}  # the main process's threads (a Go or Rust peer's workers)
        timeline: List[Tuple[float, frozenset]] = []  # (main process's cpu, its live children)
        while process.poll() is None:
            children = _children(process.pid)
            for pid in [process.pid, *children]:
                cpu = _process_cpu(pid)
                if cpu is not None:
                    seen[pid] = max(cpu, seen.get(pid, 0.0))
            for task in _tasks(process.pid):
                cpu = _process_cpu(process.pid, task)
                if cpu is not None:
                    threads[task] = max(cpu, threads.get(task, 0.0))
            timeline.append((seen.get(process.pid, 0.0), frozenset(children)))
            time.sleep(0.02)
        wall = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        total = usage.ru_utime + usage.ru_stime
        children_cpu = {pid: cpu for pid, cpu in seen.items() if pid != process.pid}
        busiest = max(children_cpu.values(), default=0.0)
        # Workers: the children that did a share of the work (not git ls-files and the like).
        workers = {pid for pid, cpu in children_cpu.items() if cpu >= 0.25 * busiest and cpu > 0.05}
        main = max(0.0, total - sum(children_cpu.values()))
        # The main process's serial part: its cpu while no worker was alive (the rest ran beside them).
        serial = main - sum(later[0] - earlier[0] for earlier, later in zip(timeline, timeline[1:])
                            if earlier[1] & workers and later[1] & workers)
        # On an idle machine with CORES cores the run takes at least this (the workers' and the
        # main process's overlapping work spread over the cores, none shorter than the busiest).
        # A single process: its threads spread over the cores, none shorter than the busiest.
        critical = (serial + max(busiest, (total - serial) / CORES) if workers
                    else max(total / CORES, max(threads.values(), default=total)))
        os.write(write, f"{wall} {total} {usage.ru_maxrss / 1024} {process.returncode} {main} {busiest} {critical}".encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        fields = pipe.read().split()
    os.waitpid(pid, 0)
    return Sample(float(fields[0]), float(fields[1]), float(fields[2]), int(fields[3]), float(fields[4]), float(fields[5]),
                  float(fields[6]))


_TICKS = os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> List[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(child) for child in handle.read().split()]
    except OSError:
        return []


def _tasks(pid: int) -> List[str]:
    try:
        return os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []


def _process_cpu(pid: int, task: str = "") -> Optional[float]:
    """utime + stime of a live process (its threads included) or of one of its threads, or
    None once it is gone."""
    try:
        with open(f"/proc/{pid}/task/{task}/stat" if task else f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS


def interleaved(commands: Dict[str, Tuple[List[str], Optional[Path]]], repeat: int) -> Dict[str, Figures]:
    samples: Dict[str, List[Sample]] = {label: [] for label in commands}
    for _ in range(repeat):
        for label, (command, cwd) in commands.items():
            samples[label].append(_measure(command, cwd))
    figures = {}
    for label, taken in samples.items():
        walls = [sample.wall for sample in taken]
        cpus = [sample.cpu for sample in taken]
        figures[label] = Figures(min(walls), statistics.median(walls), min(cpus), statistics.median(cpus),
                                 max(sample.peak_mb for sample in taken),
                                 min(sample.critical for sample in taken))
    return figures


def pip_download(args: List[str], dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(dest), *args],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"pip download failed: {result.stderr.strip().splitlines()[-1:]}")


def artifacts() -> Tuple[Path, Path]:
    """(the 24 artifacts, the same with .whl renamed .zip), downloaded once."""
    root, renamed = CACHE / "artifacts", CACHE / "renamed"
    marker = root / ".done"
    if not marker.exists():
        for package in ARTIFACT_PACKAGES:
            pip_download(["--only-binary", ":all:", package], root)
            pip_download(["--no-binary", ":all:", package], root)
        marker.touch()
    if not renamed.exists():
        renamed.mkdir()
        for path in root.iterdir():
            if path.name.startswith(".") or not path.is_file():
                continue
            target = renamed / (path.stem + ".zip" if path.suffix == ".whl" else path.name)
            os.link(path, target)
    return root, renamed


def unpacked_megabytes(paths: Sequence[Path]) -> float:
    import tarfile
    import zipfile

    total = 0
    for path in paths:
        if path.suffix == ".whl":
            with zipfile.ZipFile(path) as archive:
                total += sum(info.file_size for info in archive.infolist())
        else:
            with tarfile.open(path) as archive:
                total += sum(member.size for member in archive)
    return total / 1e6


def peer(name: str) -> Optional[str]:
    path = PEERS / name
    return str(path) if path.exists() else None


def tree_and_peers(root: Path, megabytes: float, repeat: int) -> None:
    secretfence = str(BIN / "secretfence")
    commands: Dict[str, Tuple[List[str], Optional[Path]]] = {
        "secretfence scan --jobs 1": ([secretfence, "scan", "--no-baseline", "--format", "json", "--jobs", "1", "."], root),
        "secretfence scan --jobs 2": ([secretfence, "scan", "--no-baseline", "--format", "json", "--jobs", "2", "."], root),
    }
    out = Path(tempfile.mkdtemp(prefix="sf-peers-"))
    kingfisher, betterleaks = peer("kingfisher"), peer("betterleaks")
    if kingfisher:
        commands["kingfisher scan (2 threads)"] = (
            [kingfisher, "scan", str(root), "-n", "--git-history", "none", "-f", "json", "-o", str(out / "k.json")], None)
    if betterleaks:
        commands["betterleaks fs"] = ([betterleaks, "fs", str(root), "-s", "--no-banner", "-o", str(out / "b.json")], None)
    figures = interleaved(commands, repeat)
    shutil.rmtree(out, ignore_errors=True)
    print(f"\ndirectory scan, the tree ({megabytes:.1f} MB), interleaved, {repeat} runs each")
    for label, figure in figures.items():
        print(figure.line(label, megabytes))
    one, two = figures["secretfence scan --jobs 1"], figures["secretfence scan --jobs 2"]
    print(f"  --jobs 2 vs --jobs 1: {one.wall_min / two.wall_min:.2f}x wall, "
          f"{one.critical_min / two.critical_min:.2f}x by critical path (target >= 1.7x); "
          f"cpu {two.cpu_min / one.cpu_min:.2f}x of --jobs 1's (the cost of a second process)")
    peers = [figures[label] for label in figures if not label.startswith("secretfence")]
    if peers:
        fastest = min(peers, key=lambda figure: figure.wall_min)
        fastest_cpu = min(peers, key=lambda figure: figure.cpu_min)
        fastest_critical = min(peers, key=lambda figure: figure.critical_min)
        print(f"  secretfence --jobs 2 vs the faster peer: {fastest.wall_min / two.wall_min:.2f}x wall, "
              f"{fastest_critical.critical_min / two.critical_min:.2f}x by critical path (target >= 1.5x), "
              f"{fastest_cpu.cpu_min / two.cpu_min:.2f}x cpu (the peer's cpu over ours)")


def artifacts_and_peers(repeat: int) -> None:
    root, renamed = artifacts()
    files = sorted(path for path in root.iterdir() if not path.name.startswith(".") and path.is_file())
    megabytes = unpacked_megabytes(files)
    secretfence = str(BIN / "secretfence")
    commands: Dict[str, Tuple[List[str], Optional[Path]]] = {
        "secretfence check-dist (all cores)": (
            [secretfence, "check-dist", "--no-baseline", "--format", "json", *map(str, files)], None),
        "secretfence scan --jobs 1": ([secretfence, "scan", "--no-baseline", "--format", "json", "--jobs", "1", str(root)], None),
        "secretfence scan --jobs 2": ([secretfence, "scan", "--no-baseline", "--format", "json", "--jobs", "2", str(root)], None),
    }
    out = Path(tempfile.mkdtemp(prefix="sf-peers-"))
    betterleaks = peer("betterleaks")
    if betterleaks:
        commands["betterleaks fs (.whl renamed .zip)"] = (
            [betterleaks, "fs", str(renamed), "-s", "--no-banner", "-o", str(out / "b.json")], None)
    figures = interleaved(commands, repeat)
    shutil.rmtree(out, ignore_errors=True)
    print(f"\nartifacts: {len(files)} ({', '.join(ARTIFACT_PACKAGES)}: wheel + sdist), "
          f"{sum(p.stat().st_size for p in files) / 1e6:.0f} MB, {megabytes:.0f} MB unpacked; {repeat} runs each")
    for label, figure in figures.items():
        print(figure.line(label, megabytes))
    one, two = figures["secretfence scan --jobs 1"], figures["secretfence scan --jobs 2"]
    print(f"  --jobs 2 vs --jobs 1: {one.wall_min / two.wall_min:.2f}x wall, "
          f"{one.critical_min / two.critical_min:.2f}x by critical path (target >= 1.7x)")
    peak = max(figure.peak_mb for label, figure in figures.items() if label.startswith("secretfence"))
    print(f"  secretfence's largest process: {peak:.0f} MB (target <= 150 MB)")
    if betterleaks:
        theirs = figures["betterleaks fs (.whl renamed .zip)"]
        best = min(figures["secretfence check-dist (all cores)"].wall_min, two.wall_min)
        best_critical = min(figures["secretfence check-dist (all cores)"].critical_min, two.critical_min)
        print(f"  secretfence vs betterleaks: {best / theirs.wall_min:.2f}x its wall time, "
              f"{best_critical / theirs.critical_min:.2f}x its critical path (target < 1), "
              f"{two.cpu_min / theirs.cpu_min:.2f}x its cpu")


def cost_curve(root: Path, counts: Sequence[int] = (10, 100, 1000, 10000)) -> None:
    """CPU seconds per MB, in one process (jobs=1) and over the pool (jobs=2, every process's
    CPU), for the first N files of the tree in a fixed shuffled order (past its 7,225 files, the
    same files again under other names)."""
    import random

    from secretfence.engine import Engine, scan_paths

    files = sorted(p for p in root.rglob("*") if p.is_file() and ".git" not in p.parts)
    random.Random(17).shuffle(files)
    # Steady state: the plugins and filters a scan imports on first use are imported before.
    for _ in scan_paths(Engine(), [(str(path), str(path)) for path in files[:300]], jobs=1):
        pass
    print("\ncost per MB by number of files (in-process engine API, after a warm-up; cpu of every process)")
    print(f"  {'files':>6} {'MB':>7}  {'jobs 1 s/MB':>11}  {'jobs 2 s/MB':>11}  {'jobs 2 wall s/MB':>16}")
    for count in counts:
        refs = [(str(files[index % len(files)]), f"copy{index // len(files)}/{files[index % len(files)].name}")
                for index in range(count)]
        megabytes = sum(os.path.getsize(path) for path, _ in refs) / 1e6
        row = []
        for jobs in (1, 2):
            before_self = resource.getrusage(resource.RUSAGE_SELF)
            before_children = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            for _ in scan_paths(Engine(), refs, jobs=jobs):
                pass
            wall = time.perf_counter() - started
            after_self = resource.getrusage(resource.RUSAGE_SELF)
            after_children = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = sum(getattr(after, field) - getattr(before, field)
                      for after, before in ((after_self, before_self), (after_children, before_children))
                      for field in ("ru_utime", "ru_stime"))
            row.append((cpu / megabytes, wall / megabytes))
        print(f"  {count:6} {megabytes:7.2f}  {row[0][0]:11.3f}  {row[1][0]:11.3f}  {row[1][1]:16.3f}")


def hook_breakdown(runs: int) -> None:
    """The hook on 5 small staged files beside detect-secrets-hook, and where its time goes:
    interpreter start-up, imports (by package, from `python -X importtime`), the engine's set-up,
    git's processes, and the rest (reading the blobs, scanning, the report)."""
    repo = Path(tempfile.mkdtemp(prefix="sf-hook-"))
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    names = []
    for index in range(5):
        name = f"module{index}.py"
        (repo / name).write_text(f'"""Module {index}."""\nimport os\n\nVALUE = {index}\nURL = "https://example.com/{index}"\n' * 8)
        names.append(name)
    subprocess.run(["git", "add", *names], cwd=repo, check=True)
    python = sys.executable
    # As `secretfence` itself does (cli.program): deferred imports, the command imported with the
    # collector off, what is left frozen before the interpreter exits.
    deferred = ("from secretfence.compat.detect_secrets.imports import defer_startup_imports as d; d(); "
                "from secretfence.cli import _imported; _imported('secretfence.commands.scan'); ")
    frozen = "; import gc; gc.freeze()"
    commands: Dict[str, Tuple[List[str], Optional[Path]]] = {
        "detect-secrets-hook --no-verify": ([str(BIN / "detect-secrets-hook"), "--no-verify", *names], repo),
        "secretfence scan --staged": ([str(BIN / "secretfence"), "scan", "--staged", *names], repo),
        "  python start-up": ([python, "-c", "pass"], repo),
        "  + imports of scan --staged": ([python, "-c", deferred + "pass" + frozen], repo),
        "  + engine built": ([python, "-c", deferred + "import secretfence.commands._common as c; c.prepare(None, False)"
                              + frozen], repo),
    }
    figures = interleaved(commands, runs)
    git_cpu = _git_cpu(repo, names, runs)
    imports = _imports_by_package(repo, names, runs)
    shutil.rmtree(repo)
    print(f"\nhook on 5 small staged files ({runs} runs each, interleaved; ms)")
    print(f"  {'':36} {'cpu min':>8} {'cpu med':>8} {'wall min':>9} {'wall med':>9}")
    for label, figure in figures.items():
        print(f"  {label:36} {figure.cpu_min * 1000:8.0f} {figure.cpu_median * 1000:8.0f} "
              f"{figure.wall_min * 1000:9.0f} {figure.wall_median * 1000:9.0f}")
    print(f"  {'  git (ls-files)':36} {git_cpu[0] * 1000:8.1f} {git_cpu[1] * 1000:8.1f}")
    ours, theirs = figures["secretfence scan --staged"], figures["detect-secrets-hook --no-verify"]
    print(f"  secretfence / detect-secrets-hook: {ours.cpu_min / theirs.cpu_min:.0%} cpu (min), "
          f"{ours.cpu_median / theirs.cpu_median:.0%} cpu (median), {ours.wall_min / theirs.wall_min:.0%} wall (min), "
          f"{ours.wall_median / theirs.wall_median:.0%} wall (median) (target <= 30%)")
    print("  imports by package (python -X importtime, self time, median of the runs; importtime's own overhead included)")
    for package, milliseconds in imports[:15]:
        print(f"    {package:40} {milliseconds:6.1f}")
    print(f"    {'(all)':40} {sum(ms for _, ms in imports):6.1f}")


def _git_cpu(repo: Path, names: List[str], runs: int) -> Tuple[float, float]:
    """CPU seconds (min, median) of the git process the hook starts, run as it runs it (no
    `rev-parse`: the work tree's top is read from the file system, sources/git.toplevel; no
    `cat-file`: the staged blobs are loose objects, read from their files, sources/git_staged.read)."""
    samples = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(["git", "--literal-pathspecs", "ls-files", "-s", "-z", "--full-name", "--", *names],
                       cwd=repo, capture_output=True, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        samples.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(samples), statistics.median(samples)


def _imports_by_package(repo: Path, names: List[str], runs: int) -> List[Tuple[str, float]]:
    """Milliseconds of import (self time) by package: secretfence's subpackages apart, detect-secrets,
    and each standard-library or other top-level module."""
    by_module: Dict[str, List[int]] = {}
    for _ in range(runs):
        stderr = subprocess.run([sys.executable, "-X", "importtime", "-m", "secretfence", "scan", "--staged", *names],
                                cwd=repo, capture_output=True, text=True).stderr
        for line in stderr.splitlines():
            if line.startswith("import time:") and "self [us]" not in line:
                self_us, _, module = line[len("import time:"):].split("|")
                by_module.setdefault(module.strip(), []).append(int(self_us))
    packages: Dict[str, float] = {}
    for module, taken in by_module.items():
        parts = module.split(".")
        package = ".".join(parts[:2]) if parts[0] == "secretfence" else parts[0]
        packages[package] = packages.get(package, 0.0) + statistics.median(taken) / 1000
    return sorted(packages.items(), key=lambda item: -item[1])


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command (interleaved)")
    parser.add_argument("--hook-runs", type=int, default=15)
    parser.add_argument("--skip-artifacts", action="store_true")
    parser.add_argument("--hook-only", action="store_true", help="only the hook's figures (no corpus needed)")
    args = parser.parse_args(argv)
    if args.hook_only:
        hook_breakdown(args.hook_runs)
        return 0
    sys.path.insert(0, str(HERE))
    from run import CORPUS_PACKAGES, corpus, corpus_files

    root = corpus(CORPUS_PACKAGES)
    megabytes = sum(p.stat().st_size for p in corpus_files(root)) / 1e6
    tree_and_peers(root, megabytes, args.repeat)
    if not args.skip_artifacts:
        artifacts_and_peers(args.repeat)
    cost_curve(root)
    hook_breakdown(args.hook_runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
