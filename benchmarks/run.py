"""secretfence vs plain detect-secrets, on the same files, in the same run.

    .venv/bin/python benchmarks/run.py                  # everything (downloads once, see below)
    .venv/bin/python benchmarks/run.py --skip-big        # without the 1 GB artifact
    .venv/bin/python benchmarks/run.py --skip-big --skip-detect-secrets   # secretfence's figures only
    .venv/bin/python benchmarks/run.py --speed-only      # beside Kingfisher and Betterleaks (benchmarks/speed.py)

Downloads, once, into benchmarks/.cache/ (nothing else is fetched at run time):
  pip download --no-deps --no-binary :all: requests flask django   (sdists, unpacked as the corpus)
  pip download --no-deps --only-binary :all: botocore             (the check-dist wheel)

Prints: MB/s of each scanner and the ratio; whether the findings agree (and every difference
with the reason it is intended); the hook's wall time on 5 small staged files for each; the
check-dist time on the botocore wheel; peak memory while checking a ~1 GB artifact. The scan and
check-dist figures are given with the compiled scanner and again with the pure-Python one. Then
benchmarks/speed.py's figures (issue 17): the tree and 24 artifacts beside Kingfisher and
Betterleaks, --jobs 2 against --jobs 1, the cost per MB from 10 to 10,000 files, the hook's
breakdown, as ratios.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path
from typing import Dict, List, Set, Tuple

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
BIN = Path(sys.executable).parent
CORPUS_PACKAGES = ("requests", "flask", "django")
Key = Tuple[str, str, str]  # the baseline identity: file, type, hashed secret


def run(command: List[str], **kwargs) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def pip_download(args: List[str], dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    result = run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(dest), *args])
    if result.returncode != 0:
        sys.exit(f"pip download failed: {result.stderr.strip().splitlines()[-1:]}")


def corpus(packages: Tuple[str, ...]) -> Path:
    root = CACHE / "corpus"
    marker = root / (".done-" + "-".join(packages))
    if marker.exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    downloads = CACHE / "sdists"
    pip_download(["--no-binary", ":all:", *packages], downloads)
    root.mkdir(parents=True)
    for archive in sorted(downloads.glob("*.tar.gz")):
        if not any(archive.name.lower().startswith(p.lower()) for p in packages):
            continue
        with tarfile.open(archive) as tar:
            tar.extractall(root, filter="data")
    subprocess.run(["git", "init", "-q", str(root)], check=True)  # both tools then see the same files
    marker.touch()
    return root


def corpus_files(root: Path) -> List[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and ".git" not in p.parts)


def detect_secrets_scan(root: Path) -> Tuple[float, Dict[str, list]]:
    started = time.perf_counter()
    result = run([str(BIN / "detect-secrets"), "scan", "--all-files", "--no-verify", "."], cwd=root)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"detect-secrets failed: {result.stderr[-300:]}")
    return elapsed, json.loads(result.stdout)["results"]


def secretfence_scan(root: Path, equivalent: bool, pure_python: bool = False) -> Tuple[float, Dict[str, list]]:
    """Through the engine API: `equivalent` runs exactly detect-secrets' default plugin set;
    `pure_python` turns the compiled scanner off (as SECRETFENCE_PURE_PYTHON=1 does)."""
    from secretfence.compat.detect_secrets.plugins import BUILTIN_MODULES
    from secretfence.engine import Engine, EngineConfig, scan_paths
    from secretfence.prefilter import search

    compiled = search.SCANNER
    if pure_python:
        search.SCANNER = None  # read when the engine is built, here and in forked workers

    config = EngineConfig.default()
    if equivalent:
        config.plugins = [{"name": name} for name in sorted(BUILTIN_MODULES)]
    refs = [(str(path), str(path.relative_to(root))) for path in corpus_files(root)]
    started = time.perf_counter()
    engine = Engine(config)
    results: Dict[str, list] = {}
    for result in scan_paths(engine, refs):
        if result.findings:
            results[result.filename] = [
                {"type": f.type, "line_number": f.line_number, "hashed_secret": f.hashed_secret} for f in result.findings
            ]
    elapsed = time.perf_counter() - started
    search.SCANNER = compiled
    return elapsed, results


def keys(results: Dict[str, list]) -> Set[Key]:
    # detect-secrets keeps one entry per identity (its first line); secretfence lists every line
    # where the secret occurs. Findings are compared by identity, occurrences counted apart.
    return {(name, e["type"], e["hashed_secret"]) for name, entries in results.items() for e in entries}


def occurrences(results: Dict[str, list]) -> int:
    return sum(len(entries) for entries in results.values())


def explain(only_ds: Set[Key], only_sf: Set[Key], root: Path, ours_on: bool) -> List[str]:
    """Every difference, grouped by its (intended) reason; anything unexplained is listed."""
    from secretfence.kinds import REGISTRY
    from secretfence.sources.decode import decode

    replaced = {alias for kind in REGISTRY for alias in kind.aliases}
    ours = {kind.secret_type for kind in REGISTRY if kind.detector is not None}
    reasons: Counter = Counter()
    unexplained: List[str] = []
    files_with_ours = {f for f, t, _ in only_sf if t in ours}
    # detect-secrets hashes a prefix or a header for these; secretfence the whole secret.
    whole = {"GitHub Token", "GitLab Token", "Private Key"}
    rehashed = {(f, t) for f, t, _ in only_ds if t in whole} & {(f, t) for f, t, _ in only_sf if t in whole}
    for key in sorted(only_ds):
        name, type_, _ = key
        if (name, type_) in rehashed:
            reasons["the whole token or key block hashed, not detect-secrets' prefix or header (same line and type)"] += 1
        elif ours_on and type_ in replaced:
            reasons["detect-secrets built-in replaced by secretfence's sharper detector (placeholders, structure)"] += 1
        elif ours_on and name in files_with_ours:
            reasons["generic hit on the same value as a secretfence finding (dropped as noise)"] += 1
        elif os.path.basename(name) == ".pre-commit-config.yaml":
            reasons["pre-commit rev: commit SHA, not a secret"] += 1
        else:
            unexplained.append(f"  only detect-secrets: {name} {type_}")
    for key in sorted(only_sf):
        name, type_, _ = key
        data = (root / name).read_bytes()
        try:
            data.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            utf8 = False
        if (name, type_) in rehashed:
            continue  # counted once, on the detect-secrets side
        if not utf8 and decode(data) is not None:
            reasons["file is not UTF-8: detect-secrets skips it, secretfence decodes and scans it"] += 1
        elif ours_on and type_ in ours:
            reasons["found by a secretfence detector (new kind, or a line detect-secrets' filters hide)"] += 1
        else:
            unexplained.append(f"  only secretfence: {name} {type_}")
    lines = [f"  {count:5}  {reason}" for reason, count in reasons.most_common()]
    return lines + (["  unexplained differences:"] + unexplained[:40] if unexplained else ["  no unexplained differences"])


def hook_times(runs: int) -> Tuple[float, float]:
    repo = Path(tempfile.mkdtemp(prefix="sf-hook-"))
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    names = []
    for index in range(5):
        name = f"module{index}.py"
        (repo / name).write_text(f'"""Module {index}."""\nimport os\n\nVALUE = {index}\nURL = "https://example.com/{index}"\n' * 8)
        names.append(name)
    subprocess.run(["git", "add", *names], cwd=repo, check=True)

    def median(command: List[str]) -> float:
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, cwd=repo, capture_output=True)
            samples.append(time.perf_counter() - started)
        return statistics.median(samples)

    ours = median([str(BIN / "secretfence"), "scan", "--staged", *names])
    theirs = median([str(BIN / "detect-secrets-hook"), "--no-verify", *names])
    shutil.rmtree(repo)
    return ours, theirs


def check_dist_time(runs: int, pure_python: bool = False) -> Tuple[str, float, int]:
    wheels = CACHE / "wheels"
    if not list(wheels.glob("botocore-*.whl")):
        pip_download(["--only-binary", ":all:", "botocore"], wheels)
    wheel = sorted(wheels.glob("botocore-*.whl"))[-1]
    with zipfile.ZipFile(wheel) as archive:
        members = len(archive.infolist())
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        env = dict(os.environ, SECRETFENCE_PURE_PYTHON="1") if pure_python else None
        result = run([str(BIN / "secretfence"), "check-dist", "--no-baseline", "--format", "json", str(wheel)], env=env)
        samples.append(time.perf_counter() - started)
        if result.returncode == 2:
            sys.exit(f"check-dist failed on {wheel.name}: {result.stderr.strip()}")
    return wheel.name, statistics.median(samples), members


def big_artifact_peak(size_mb: int) -> Tuple[float, float]:
    """Peak RSS (MB) of check-dist on a generated wheel of about `size_mb` MB."""
    path = CACHE / f"big-{size_mb}mb-py3-none-any.whl"
    if not path.exists():
        chunk = os.urandom(3 * 1024 * 1024).hex().encode()  # 6 MiB of text per member, incompressible-ish
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
            for index in range(max(1, size_mb * 1024 * 1024 // len(chunk))):
                archive.writestr(f"big/data{index:04}.txt", chunk)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = run([str(BIN / "secretfence"), "check-dist", "--no-baseline", "--format", "json", str(path)])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if result.returncode == 2:
        sys.exit(f"check-dist failed on the big artifact: {result.stderr.strip()}")
    return path.stat().st_size / 1e6, max(peak, before) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packages", nargs="+", default=list(CORPUS_PACKAGES), help="sdists to unpack as the corpus")
    parser.add_argument("--hook-runs", type=int, default=15)
    parser.add_argument("--big-mb", type=int, default=1024, help="size of the generated artifact (MB)")
    parser.add_argument("--skip-big", action="store_true")
    parser.add_argument("--skip-detect-secrets", action="store_true",
                        help="no full detect-secrets scan (minutes), so no comparison of findings with it: "
                             "for before/after figures of secretfence alone")
    parser.add_argument("--speed-only", action="store_true", help="only benchmarks/speed.py's figures")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command in speed.py's comparisons")
    args = parser.parse_args()
    import speed

    if args.speed_only:
        return speed.main(["--repeat", str(args.repeat), "--hook-runs", str(args.hook_runs)])

    from secretfence.prefilter.search import SCANNER_DESCRIPTION

    print("scanner:", SCANNER_DESCRIPTION)
    root = corpus(tuple(args.packages))
    files = corpus_files(root)
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    print(f"corpus: {len(files)} files, {megabytes:.1f} MB ({', '.join(args.packages)} sdists, unpacked)")

    ds_time, ds_results = detect_secrets_scan(root) if not args.skip_detect_secrets else (0.0, {})
    eq_time, eq_results = secretfence_scan(root, equivalent=True)
    sf_time, sf_results = secretfence_scan(root, equivalent=False)
    py_time, py_results = secretfence_scan(root, equivalent=False, pure_python=True)

    def versus(seconds: float) -> str:
        return f"  ({ds_time / seconds:.0f}x)" if ds_time else ""

    print("\nfull scan, all default detectors")
    if ds_time:
        print(f"  detect-secrets scan --all-files : {ds_time:8.2f} s  {megabytes / ds_time:8.3f} MB/s")
    print(f"  secretfence, same plugin set     : {eq_time:8.2f} s  {megabytes / eq_time:8.3f} MB/s{versus(eq_time)}")
    print(f"  secretfence, its default set     : {sf_time:8.2f} s  {megabytes / sf_time:8.3f} MB/s{versus(sf_time)}")
    print(f"  the same, pure-Python scanner    : {py_time:8.2f} s  {megabytes / py_time:8.3f} MB/s{versus(py_time)}"
          f"  findings {'equal' if keys(py_results) == keys(sf_results) else 'DIFFER'}")

    ds_keys, eq_keys, sf_keys = keys(ds_results), keys(eq_results), keys(sf_results)
    if args.skip_detect_secrets:
        print(f"\nfindings (file, type, hash): secretfence same-plugins {len(eq_keys)}, secretfence default {len(sf_keys)}")
    else:
        print(f"\nfindings (file, type, hash): detect-secrets {len(ds_keys)}, secretfence same-plugins {len(eq_keys)}, "
              f"secretfence default {len(sf_keys)}")
        print(f"  secretfence lists every line a secret occurs on: {occurrences(eq_results)} lines for {len(eq_keys)} findings")
        print(f"same plugin set: {len(ds_keys & eq_keys)} equal, {len(ds_keys - eq_keys)} only detect-secrets, "
              f"{len(eq_keys - ds_keys)} only secretfence")
        for line in explain(ds_keys - eq_keys, eq_keys - ds_keys, root, ours_on=False):
            print(line)
        print(f"default set: {len(ds_keys & sf_keys)} equal, {len(ds_keys - sf_keys)} only detect-secrets, "
              f"{len(sf_keys - ds_keys)} only secretfence")
        for line in explain(ds_keys - sf_keys, sf_keys - ds_keys, root, ours_on=True):
            print(line)

    ours, theirs = hook_times(args.hook_runs)
    print(f"\nhook on 5 small staged files (median of {args.hook_runs})")
    print(f"  detect-secrets-hook --no-verify  : {theirs * 1000:6.0f} ms")
    print(f"  secretfence scan --staged        : {ours * 1000:6.0f} ms  ({ours / theirs:.0%} of detect-secrets-hook)")

    name, seconds, members = check_dist_time(3)
    print(f"\ncheck-dist on {name} ({members} members): {seconds:.2f} s (median of 3)")
    _, pure_seconds, _ = check_dist_time(3, pure_python=True)
    print(f"  the same, pure-Python scanner: {pure_seconds:.2f} s (median of 3)")
    if not args.skip_big:
        size, peak = big_artifact_peak(args.big_mb)
        print(f"check-dist on a {size:.0f} MB artifact: peak RSS {peak:.0f} MB")
    return speed.main(["--repeat", str(args.repeat), "--hook-runs", str(args.hook_runs)])


if __name__ == "__main__":
    raise SystemExit(main())
