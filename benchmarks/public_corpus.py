"""What secretfence and its peers report on public repositories' code and documentation, side by side.

    .venv/bin/python benchmarks/public_corpus.py DIR [DIR ...] [--peers /work/peers/.venv/bin] [--no-peers]

Each DIR is one repository's files (a `git archive` of a commit, no `.git`). Their code and pages hold examples,
tests and documentation, and as good as no live credential: what a scanner reports there is mostly what it
would make a team audit, or block, on a clean commit. secretfence counts what blocks at its gate's default
(medium and above) and what only warns; each peer counts every finding it reports (they have no such levels).
Prints a row per repository and per scanner, then secretfence's blocking findings grouped by what they say, so
that each kind of false positive can be read and fixed by category.

The four repositories measured at stop 55 (README, "Precision on public repositories") were fetched as snapshots:
deepset-ai/haystack c7cb46c0f28a, mem0ai/mem0 8d5b7865bd05, crewAIInc/crewAI-examples da94a91e691e and
Shubhamsaboo/awesome-llm-apps 11a4bc330e4b (12,900 files). Stop 56 added documentation and a web shop's code:
ansible/ansible-documentation ef72400cc2f7, esphome/esphome-docs bac5e2ab8268 and traefik/traefik fd5a576df2e8 (their
`.md`, `.mdx`, `.rst`, `.txt` and `.adoc` files only: 1,373 pages) and saleor/saleor 723cd4eba87d (4,673 files).
"""
from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable, Counter, Dict, List, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
BLOCKING = ("medium", "high")


def secretfence_findings(directory: Path) -> List[Dict[str, str]]:
    completed = subprocess.run([sys.executable, "-m", "secretfence", "scan", "--no-baseline", "--format", "json", str(directory)],
                               capture_output=True, text=True, check=False)
    if completed.returncode not in (0, 1):
        raise SystemExit(f"secretfence failed on {directory}: {completed.stderr.strip()[-300:]}")
    report = json.loads(completed.stdout)
    return [finding for findings in report["results"].values() for finding in findings]


def kingfisher_count(binary: Path, directory: Path, out: Path) -> int:
    report = out / "kingfisher.json"
    subprocess.run([str(binary), "scan", str(directory), "--no-validate", "--no-dedup", "--git-history", "none",
                    "-f", "json", "-o", str(report)], capture_output=True, check=False)
    return len(json.loads(report.read_text() or "{}").get("findings", [])) if report.exists() else -1


def betterleaks_count(binary: Path, directory: Path, out: Path) -> int:
    report = out / "betterleaks.json"
    subprocess.run([str(binary), str(directory), "-o", str(report), "--no-banner", "-s"], capture_output=True, check=False)
    return len(json.loads(report.read_text() or "{}").get("findings", [])) if report.exists() else -1


PEERS: Dict[str, Callable[[Path, Path, Path], int]] = {"kingfisher": kingfisher_count, "betterleaks": betterleaks_count}


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directories", nargs="+", type=Path)
    parser.add_argument("--peers", type=Path, default=Path("/work/peers/.venv/bin"), help="directory of the peers' executables")
    parser.add_argument("--no-peers", action="store_true")
    options = parser.parse_args(argv)
    missing = [str(directory) for directory in options.directories if not directory.is_dir()]
    if missing:
        print(f"public_corpus.py: not a directory: {', '.join(missing)}", file=sys.stderr)
        return 2
    peers = {} if options.no_peers else {name: run for name, run in PEERS.items() if (options.peers / name).exists()}
    by_description: Counter[str] = collections.Counter()
    print(f"{'repository':32} {'files':>7} {'blocks':>7} {'warns':>7}" + "".join(f" {name:>12}" for name in peers))
    for directory in options.directories:
        files = sum(1 for path in directory.rglob("*") if path.is_file())
        findings = secretfence_findings(directory)
        blocks = [finding for finding in findings if finding["confidence"] in BLOCKING]
        by_description.update(finding["description"].split(" (")[0][:70] for finding in blocks)
        counts = []
        for name, run in peers.items():
            with tempfile.TemporaryDirectory() as out:
                counts.append(run(options.peers / name, directory, Path(out)))
        print(f"{directory.name[:32]:32} {files:>7} {len(blocks):>7} {len(findings) - len(blocks):>7}"
              + "".join(f" {count:>12}" for count in counts))
    print("\nsecretfence's blocking findings, by what they say:")
    for description, count in by_description.most_common():
        print(f"{count:>6}  {description}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
