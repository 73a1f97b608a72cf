"""The engine finds the same with the compiled scanner as without it (SECRETFENCE_PURE_PYTHON=1), on
whole files as teams write them: a sample of every blind set's cases. The compiled scanner answers
which lines each plugin and each literal reader may look at (prefilter/search.py, kinds/_triggers.py);
without it every reader reads every line. A reader that finds something on a line its triggers do not
admit is a form the compiled path loses (round 54: a runbook's `- parola: `…`` blocked only without it).
Both runs are separate processes, since the scanner is chosen at import."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

import pytest

from secretfence.prefilter import search
from tests.accuracy.blind_sample import blind_modules, sample_step

ROOT = Path(__file__).resolve().parents[2]
# Every third case of tests/accuracy/blind_sample.py's sample (some 670 whole files, each set's formats
# among them; all of them: benchmarks/accuracy.py with and without SECRETFENCE_PURE_PYTHON=1), in SHARDS
# tests that pytest-xdist spreads over its workers. The pure-Python scan is the suite's longest check (the
# whole 2,000-file sample: 40 s of the suite's 480, when CI's total had reached 597 s of its 600; every
# other case: 36 s, when it had reached 566 s).
SHARDS = 4
SAMPLE_STEP = 3 * sample_step(blind_modules())

_WORKER = """
import json, sys
from secretfence.engine import Engine
from tests.accuracy.blind_sample import sample
engine = Engine()
out = {}
for name, case in sample(step=int(sys.argv[3]), shard=int(sys.argv[1]), shards=int(sys.argv[2])):
    out[name] = sorted([finding.line_number, finding.type, finding.hashed_secret, str(finding.confidence)]
                       for finding in engine.scan_text(case.file_name, case.text))
json.dump(out, sys.stdout)
"""


def _findings(pure_python: bool, shard: int) -> Dict[str, List[List[str]]]:
    environment = dict(os.environ)
    environment.pop("SECRETFENCE_PURE_PYTHON", None)
    if pure_python:
        environment["SECRETFENCE_PURE_PYTHON"] = "1"
    environment["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [environment.get("PYTHONPATH")])])
    completed = subprocess.run([sys.executable, "-c", _WORKER, str(shard), str(SHARDS), str(SAMPLE_STEP)],
                               capture_output=True, text=True, cwd=ROOT, env=environment, check=False)
    assert completed.returncode == 0, completed.stderr[-2000:]
    found: Dict[str, List[List[str]]] = json.loads(completed.stdout)
    return found


@pytest.mark.parametrize("shard", range(SHARDS))
def test_the_compiled_scanner_loses_no_finding_on_the_blind_sets_sample(shard: int) -> None:
    if search.load_scanner() is None:
        pytest.skip("the compiled scanner is not built here: there is nothing to compare")
    compiled, pure = _findings(pure_python=False, shard=shard), _findings(pure_python=True, shard=shard)
    assert len(compiled) > 500 // SHARDS and compiled.keys() == pure.keys()
    assert sum(map(len, compiled.values())) > 250 // SHARDS  # (the sample holds findings to compare)
    differing = {case: {"compiled": compiled[case], "pure Python": pure[case]}
                 for case in compiled if compiled[case] != pure[case]}
    assert differing == {}
