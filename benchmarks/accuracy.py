"""Recall and precision of secretfence and its peers on the labelled corpus (tests/accuracy/), side by side.

    .venv/bin/python benchmarks/accuracy.py                       # every *_cases.py module
    .venv/bin/python benchmarks/accuracy.py --only holdout_cases  # one module (the holdout set)
    .venv/bin/python benchmarks/accuracy.py --no-peers            # secretfence only
    .venv/bin/python benchmarks/accuracy.py --categories          # a row per category, not per group

Each case is written to its own directory of a temporary tree under the name it is labelled with;
each peer runs ONCE on the whole tree with JSON output (--peers DIR holds their executables,
default /work/peers/.venv/bin) and its findings are mapped back to cases by path.

What counts, for every scanner alike:
- a case with a secret is FOUND when a finding in its file stands for that secret: the finding's
  value (or any value it carries: a paired secret, a component) holds the secret or is a part of
  it of 8 characters or more, or (detect-secrets, which stores hashes) its hash is the secret's
  SHA-1 or its line holds the secret;
- a decoy is BLOCKED when the scanner reports anything in its file.
secretfence counts only findings that block at its upload gate's default threshold (medium);
the peers' every reported finding fails their run, so every one counts.
recall = found / cases with a secret; precision = found / (found + decoys blocked).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.accuracy.labelled import LabelledCase, all_cases, blocking, reports  # noqa: E402

# One finding as the comparison sees it: the case it is in, its line, the strings it carries.
Hit = Tuple[int, int, List[str]]


def load_cases(only: Optional[str]) -> List[LabelledCase]:
    if only:
        return list(importlib.import_module(f"tests.accuracy.{only}").CASES)
    return all_cases()


def write_tree(cases: List[LabelledCase], root: Path) -> None:
    for number, case in enumerate(cases):
        path = root / f"c{number:04d}" / case.file_name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(case.text, encoding="utf-8")


def case_of(path: str, root: Path) -> Optional[int]:
    absolute = Path(path) if os.path.isabs(path) else (root / path)
    try:
        first = absolute.resolve().relative_to(root.resolve()).parts[0]
    except (ValueError, IndexError):
        return None
    return int(first[1:]) if first.startswith("c") and first[1:].isdigit() else None


def strings_in(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


# --- the peers, each run once on the tree ------------------------------------------------------

def run_kingfisher(binary: Path, root: Path, out: Path) -> List[Hit]:
    report = out / "kingfisher.json"
    subprocess.run([str(binary), "scan", str(root), "--no-validate", "--no-dedup", "--git-history", "none",
                    "-f", "json", "-o", str(report)], capture_output=True, check=False)
    hits: List[Hit] = []
    for item in json.loads(report.read_text() or "{}").get("findings", []):
        finding = item.get("finding", {})
        number = case_of(finding.get("path", ""), root)
        if number is not None:
            hits.append((number, int(finding.get("line", 0)), list(strings_in(finding))))
    return hits


def run_betterleaks(binary: Path, root: Path, out: Path) -> List[Hit]:
    report = out / "betterleaks.json"
    subprocess.run([str(binary), str(root), "-o", str(report), "--no-banner", "-s"], capture_output=True, check=False)
    hits: List[Hit] = []
    data = json.loads(report.read_text() or "{}") if report.exists() else {}
    for item in data.get("findings", []):
        location = item.get("location", {})
        number = case_of(location.get("path", ""), root)
        if number is not None:
            carried = list(strings_in(item.get("match", {}))) + list(strings_in(item.get("component_sets", [])))
            hits.append((number, int(location.get("start_line", 0)), carried))
    return hits


def run_credsweeper(binary: Path, root: Path, out: Path) -> List[Hit]:
    report = out / "credsweeper.json"
    subprocess.run([str(binary), "--path", str(root), "--save-json", str(report)], capture_output=True, check=False)
    hits: List[Hit] = []
    for item in json.loads(report.read_text() or "[]") if report.exists() else []:
        for line_data in item.get("line_data_list", []):
            number = case_of(line_data.get("path", ""), root)
            if number is not None:
                hits.append((number, int(line_data.get("line_num", 0)), [str(line_data.get("value") or "")]))
    return hits


def run_detect_secrets(binary: Path, root: Path, out: Path) -> List[Hit]:
    result = subprocess.run([str(binary), "scan", "--all-files", "."], cwd=root, capture_output=True, text=True,
                            check=False)
    hits: List[Hit] = []
    for path, found in json.loads(result.stdout or "{}").get("results", {}).items():
        number = case_of(path, root)
        if number is not None:
            for item in found:
                hits.append((number, int(item.get("line_number", 0)), ["sha1:" + item.get("hashed_secret", "")]))
    return hits


PEERS: Dict[str, Tuple[str, Callable[[Path, Path, Path], List[Hit]]]] = {
    "kingfisher": ("kingfisher", run_kingfisher),
    "betterleaks": ("betterleaks", run_betterleaks),
    "credsweeper": ("credsweeper", run_credsweeper),
    "detect-secrets": ("detect-secrets", run_detect_secrets),
}


def peer_found(case: LabelledCase, hits: List[Hit]) -> bool:
    assert case.secret is not None
    digest = "sha1:" + hashlib.sha1(case.secret.encode()).hexdigest()
    lines = case.text.split("\n")
    for _, line_number, carried in hits:
        for value in carried:
            if value == digest or case.secret in value or (len(value) >= 8 and value in case.secret):
                return True
        if value_on_line(case.secret, lines, line_number) and any(v.startswith("sha1:") for v in carried):
            return True
    return False


def value_on_line(secret: str, lines: List[str], line_number: int) -> bool:
    return 0 < line_number <= len(lines) and secret in lines[line_number - 1]


# --- scoring -------------------------------------------------------------------------------------

def verdicts_secretfence(cases: List[LabelledCase]) -> List[bool]:
    """Per case: found (a secret case) or blocked (a decoy)."""
    from secretfence.engine import Engine

    engine = Engine()
    out: List[bool] = []
    for case in cases:
        found = blocking(engine.scan_text(case.file_name, case.text))
        if case.secret is None:
            out.append(bool(found))
        else:
            secret = case.secret
            out.append(any(reports(finding, secret) for finding in found))
    return out


def verdicts_peer(cases: List[LabelledCase], hits: List[Hit]) -> List[bool]:
    by_case: Dict[int, List[Hit]] = defaultdict(list)
    for hit in hits:
        by_case[hit[0]].append(hit)
    return [bool(by_case[number]) if case.secret is None else peer_found(case, by_case[number])
            for number, case in enumerate(cases)]


def score(cases: List[LabelledCase], verdicts: List[bool], members: Set[int]) -> Tuple[int, int, int, int]:
    """(found, with a secret, blocked, decoys) over the cases numbered in `members`."""
    found = sum(1 for n in members if cases[n].secret is not None and verdicts[n])
    secrets = sum(1 for n in members if cases[n].secret is not None)
    blocked = sum(1 for n in members if cases[n].secret is None and verdicts[n])
    decoys = sum(1 for n in members if cases[n].secret is None)
    return found, secrets, blocked, decoys


def cell(found: int, secrets: int, blocked: int, decoys: int) -> str:
    parts = []
    if secrets:
        parts.append(f"R {100 * found / secrets:5.1f}%")
    if secrets and found + blocked:
        parts.append(f"P {100 * found / (found + blocked):5.1f}%")
    if decoys:
        parts.append(f"FP {blocked}/{decoys}")
    return " ".join(parts)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="one cases module of tests/accuracy (holdout_cases, redis_cases…)")
    parser.add_argument("--peers", default="/work/peers/.venv/bin", help="directory of the peers' executables")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--categories", action="store_true", help="a row per category (default: per group)")
    args = parser.parse_args(argv)

    cases = load_cases(args.only)
    columns: Dict[str, List[bool]] = {}
    timings: Dict[str, float] = {}
    started = time.perf_counter()
    columns["secretfence"] = verdicts_secretfence(cases)
    timings["secretfence"] = time.perf_counter() - started
    if not args.no_peers:
        with tempfile.TemporaryDirectory(prefix="sf-accuracy-") as scratch:
            root = Path(scratch) / "cases"
            out = Path(scratch) / "out"
            root.mkdir()
            out.mkdir()
            write_tree(cases, root)
            for name, (executable, run) in PEERS.items():
                binary = Path(args.peers) / executable
                if not binary.exists():
                    print(f"{name}: not found at {binary}, skipped", file=sys.stderr)
                    continue
                started = time.perf_counter()
                columns[name] = verdicts_peer(cases, run(binary, root, out))
                timings[name] = time.perf_counter() - started

    groups: Dict[str, Set[int]] = defaultdict(set)
    for number, case in enumerate(cases):
        key = case.category if args.categories else case.category.split("/")[0]
        groups[key].add(number)
    everything = set(range(len(cases)))
    secrets = sum(1 for case in cases if case.secret is not None)
    print(f"{len(cases)} labelled cases ({secrets} with a secret, {len(cases) - secrets} decoys)"
          + (f" from {args.only}" if args.only else ""))
    width = max(len(name) for name in groups) + 2
    header = f"{'category':{width}} {'n':>4}  " + "  ".join(f"{name:>26}" for name in columns)
    print(header)
    print("-" * len(header))
    for name in sorted(groups):
        members = groups[name]
        row = f"{name:{width}} {len(members):>4}  "
        row += "  ".join(f"{cell(*score(cases, verdicts, members)):>26}" for verdicts in columns.values())
        print(row)
    print("-" * len(header))
    row = f"{'all':{width}} {len(cases):>4}  "
    row += "  ".join(f"{cell(*score(cases, verdicts, everything)):>26}" for verdicts in columns.values())
    print(row)
    print("time: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
