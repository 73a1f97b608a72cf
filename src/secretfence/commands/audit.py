"""`secretfence audit`: label unlabelled baseline findings; `--stats` summarises labels."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any, Dict, List, Optional, Sequence, TextIO

from secretfence.baseline import Baseline
from secretfence.commands._common import prepare
from secretfence.commands._options import command_parser
from secretfence.config import load_config
from secretfence.errors import EXIT_CLEAN, UsageError, handled
from secretfence.findings import Finding
from secretfence.redact import mask
from secretfence.sources.files import UnreadableFile, read_regular_file
from secretfence.sources.paths import on_disk

SUMMARY = "label baseline findings as real or false positive"


def build_parser() -> argparse.ArgumentParser:
    parser = command_parser("audit", epilog="example:\n  secretfence audit\n  secretfence audit --stats\n")
    parser.add_argument("--baseline", metavar="FILE")
    parser.add_argument("--stats", action="store_true", help="print counts instead of labelling")
    parser.add_argument("--json", action="store_true", help="with --stats: JSON output")
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    return audit(baseline_path=args.baseline, stats=args.stats, as_json=args.json)


def summarize(baseline: Baseline) -> Dict[str, Any]:
    labels: "Counter[str]" = Counter()
    by_type: "Dict[str, Counter[str]]" = {}
    for entry in baseline.results.values():
        is_secret = entry.get("is_secret")
        label = "real" if is_secret is True else "false_positive" if is_secret is False else "unlabelled"
        labels[label] += 1
        by_type.setdefault(entry["type"], Counter())[label] += 1
    return {
        "total": len(baseline.results),
        "real": labels["real"],
        "false_positive": labels["false_positive"],
        "unlabelled": labels["unlabelled"],
        "files": len({entry["filename"] for entry in baseline.results.values()}),
        "by_type": {name: dict(counter) for name, counter in sorted(by_type.items())},
    }


def audit(*, baseline_path: Optional[str] = None, stats: bool = False, as_json: bool = False,
          stdin: Optional[TextIO] = None, stdout: Optional[TextIO] = None) -> int:
    config = load_config()
    path = baseline_path if baseline_path is not None else config.baseline_target()
    out = stdout or sys.stdout
    if stats:
        summary = summarize(Baseline.load(path, config.baseline_shown(path)))
        if as_json:
            out.write(json.dumps(summary, indent=2) + "\n")
        else:
            out.write(
                f"{path}: {summary['total']} finding(s) in {summary['files']} file(s): {summary['real']} real, "
                f"{summary['false_positive']} false positive(s), {summary['unlabelled']} unlabelled\n"
            )
            for name, counts in summary["by_type"].items():
                parts = ", ".join(f"{count} {label.replace('_', ' ')}" for label, count in sorted(counts.items()))
                out.write(f"  {name}: {parts}\n")
        return EXIT_CLEAN
    source = stdin or sys.stdin
    if not source.isatty() and stdin is None:
        raise UsageError("audit labels findings interactively and needs a terminal; use --stats otherwise")
    setup = prepare(path)
    baseline = setup.baseline
    assert baseline is not None
    pending = [entry for entry in sorted(baseline.results.values(), key=lambda e: (e["filename"], e.get("line_number", 0)))
               if "is_secret" not in entry]
    if not pending:
        out.write(f"secretfence: nothing to audit in {path}: every finding is labelled\n")
        return EXIT_CLEAN
    changed = 0
    for position, entry in enumerate(pending, start=1):
        out.write(f"\n[{position}/{len(pending)}] {entry['filename']}:{entry.get('line_number', '?')}  {entry['type']}\n")
        for line in _context(setup.engine, entry, setup.root):
            out.write(line + "\n")
        answer = _ask(source, out)
        if answer == "q":
            break
        if answer in ("y", "n"):
            entry["is_secret"] = answer == "y"
            changed += 1
    if changed:
        baseline.save(confined_to=setup.root)
    out.write(f"secretfence: {changed} finding(s) labelled in {path}\n")
    return EXIT_CLEAN


def _ask(source: TextIO, out: TextIO) -> str:
    while True:
        out.write("Is this a real secret? [y]es / [n]o, false positive / [s]kip / [q]uit: ")
        out.flush()
        reply = source.readline()
        if not reply:
            return "q"
        choice = reply.strip().lower()[:1]
        if choice in ("y", "n", "s", "q"):
            return choice


def _context(engine: Any, entry: Dict[str, Any], root: str, radius: int = 2) -> List[str]:
    """The lines around the finding with the secret itself masked."""
    filename = str(entry["filename"])  # relative to the repository root, wherever audit runs
    try:
        data = read_regular_file(on_disk(filename, root))
    except UnreadableFile:
        return ["  (file no longer exists: label it from the baseline entry alone)"]
    result = engine.scan_bytes(filename, data)
    match: Optional[Finding] = next(
        (f for f in result.findings if f.hashed_secret == entry["hashed_secret"]), None
    )
    text = data.decode("utf-8", "replace").split("\n")
    number = match.line_number if match else int(entry.get("line_number", 1) or 1)
    secret = match.secret if match else ""
    lines = []
    for index in range(max(1, number - radius), min(len(text), number + radius) + 1):
        line = text[index - 1].rstrip("\r")
        if secret:
            line = line.replace(secret, mask(secret))
        marker = ">" if index == number else " "
        lines.append(f" {marker}{index:5} | {line}")
    if not secret:
        lines.append("  (the secret is no longer on this line: `secretfence baseline update` will drop it)")
    return lines


if __name__ == "__main__":
    raise SystemExit(handled(main))
