"""`secretfence audit`: label unlabelled baseline findings; `--stats` summarises labels."""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from typing import Any, Dict, List, Optional, Sequence, TextIO

from secretfence.baseline import Baseline
from secretfence.commands._common import prepare
from secretfence.commands._options import command_parser
from secretfence.config import load_config
from secretfence.errors import EXIT_CLEAN, UsageError, handled
from secretfence.findings import Finding
from secretfence.engine import Engine, EngineConfig
from secretfence.names import NameGuard, scrub
from secretfence.redact import Redactor, mask, printable
from secretfence.sources import archives, files
from secretfence.sources.decode import decode
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
            out.write(scrub(
                f"{path}: {summary['total']} finding(s) in {summary['files']} file(s): {summary['real']} real, "
                f"{summary['false_positive']} false positive(s), {summary['unlabelled']} unlabelled"
            ) + "\n")
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
        out.write(scrub(f"secretfence: nothing to audit in {path}: every finding is labelled") + "\n")
        return EXIT_CLEAN
    changed = 0
    names = setup.names
    on_disk_names = _DiskNames(setup.root, names)
    for position, entry in enumerate(pending, start=1):
        shown = scrub(str(entry["filename"]), names)  # stored masked; a baseline from elsewhere may not be
        if "line_number" in entry:
            out.write(f"\n[{position}/{len(pending)}] {shown}:{entry['line_number']}  {entry['type']}\n")
            for line in _context(setup.engine, entry, on_disk_names):
                out.write(line + "\n")
        else:  # a secret in a file's or directory's name (secretfence.names) has no line
            out.write(f"\n[{position}/{len(pending)}] {shown}  {entry['type']}\n  (in the name itself, shown masked)\n")
        answer = _ask(source, out)
        if answer == "q":
            break
        if answer in ("y", "n"):
            entry["is_secret"] = answer == "y"
            changed += 1
    if changed:
        baseline.save(confined_to=setup.root)
    out.write(scrub(f"secretfence: {changed} finding(s) labelled in {path}") + "\n")
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


class _DiskNames:
    """Where a baseline entry's file is: a name holding a secret is stored masked (see
    secretfence.names), so it is found again by masking the names of the files on disk."""

    def __init__(self, root: str, names: NameGuard) -> None:
        self.root = root
        self.names = names
        self._by_shown: Optional[Dict[str, str]] = None

    def real_name(self, stored: str) -> Optional[str]:
        if os.path.lexists(on_disk(stored, self.root)):
            return stored
        if self._by_shown is None:
            listing = files.expand_paths([self.root], self.root)
            real = [name for _, name in listing.files]
            self.names.scan(real)
            self._by_shown = {self.names.mask(name): name for name in real}
        return self._by_shown.get(stored)


def _context(engine: Engine, entry: Dict[str, Any], disk: _DiskNames, radius: int = 2) -> List[str]:
    """The lines around the finding, as the engine decodes them (UTF-16 included), each masked
    with every secret found in the file (a neighbouring line holds another one)."""
    name = disk.real_name(str(entry["filename"]))  # relative to the repository root, wherever audit runs
    if name is None:
        if archives.SEPARATOR in str(entry["filename"]):
            return ["  (inside an archive, or no longer there: label it from the baseline entry alone)"]
        return ["  (file no longer exists: label it from the baseline entry alone)"]
    try:
        data = read_regular_file(on_disk(name, disk.root))
    except UnreadableFile:
        return ["  (file no longer exists: label it from the baseline entry alone)"]
    result = engine.scan_bytes(name, data)  # its descriptions are redacted; the lines shown are not yet
    # What the filters set aside (a `pragma: allowlist secret` line, a heuristic) is still a
    # secret on screen: the lines shown are masked with those too.
    unfiltered = Engine(EngineConfig(plugins=engine.config.plugins, filters=[])).scan_bytes(name, data)
    match: Optional[Finding] = next(
        (f for f in result.findings if f.hashed_secret == entry["hashed_secret"]), None
    )
    decoded = decode(data)
    text = decoded.text.split("\n") if decoded is not None else []
    redactor = Redactor(secret for finding in result.findings + unfiltered.findings
                        for secret in (finding.secret, finding.partner) if secret)
    number = match.line_number if match else int(entry.get("line_number", 1) or 1)
    focus = mask(match.secret) if match is not None else ""
    lines = []
    for index in range(max(1, number - radius), min(len(text), number + radius) + 1):
        line = printable(_window(redactor.redact(text[index - 1].rstrip("\r")), focus if index == number else ""))
        marker = ">" if index == number else " "
        lines.append(f" {marker}{index:5} | {line}")
    if match is None:
        lines.append("  (the secret is no longer on this line: `secretfence baseline update` will drop it)")
    return lines


# A minified file's line can be megabytes long: a window of it is shown (after masking).
_WIDTH = 240


def _window(line: str, focus: str) -> str:
    """At most _WIDTH characters of a (masked) line, around `focus` when it is in it."""
    if len(line) <= _WIDTH:
        return line
    at = line.find(focus) if focus else -1
    start = max(0, at - _WIDTH // 3) if at >= 0 else 0
    end = start + _WIDTH
    return ("…" if start else "") + line[start:end] + ("…" if end < len(line) else "")


if __name__ == "__main__":
    raise SystemExit(handled(main))
