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

ROOT = Path(__file__).resolve().parents[2]
# Every SAMPLE_STEP-th case of every blind set, from an offset that moves from set to set (some 2,000 whole
# files, each set's formats among them; all 49,847: benchmarks/accuracy.py with and without SECRETFENCE_PURE_PYTHON=1).
SAMPLE_STEP = 24

_WORKER = """
import importlib, json, pkgutil, sys
from pathlib import Path
from secretfence.engine import Engine
unseen = Path(sys.argv[1])
step = int(sys.argv[2])
engine = Engine()
out = {}
modules = sorted(m.name for m in pkgutil.iter_modules([str(unseen)]) if m.name.endswith("_cases"))
for number, module in enumerate(modules):
    cases = importlib.import_module("tests.accuracy.unseen." + module).CASES
    for index in range(number % step, len(cases), step):
        case = cases[index]
        out[f"{module}[{index}]"] = sorted(
            [finding.line_number, finding.type, finding.hashed_secret, str(finding.confidence)]
            for finding in engine.scan_text(case.file_name, case.text))
json.dump(out, sys.stdout)
"""


def _findings(pure_python: bool) -> Dict[str, List[List[str]]]:
    environment = dict(os.environ)
    environment.pop("SECRETFENCE_PURE_PYTHON", None)
    if pure_python:
        environment["SECRETFENCE_PURE_PYTHON"] = "1"
    environment["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [environment.get("PYTHONPATH")])])
    completed = subprocess.run([sys.executable, "-c", _WORKER, str(ROOT / "tests" / "accuracy" / "unseen"), str(SAMPLE_STEP)],
                               capture_output=True, text=True, cwd=ROOT, env=environment, check=False)
    assert completed.returncode == 0, completed.stderr[-2000:]
    found: Dict[str, List[List[str]]] = json.loads(completed.stdout)
    return found


def test_the_compiled_scanner_loses_no_finding_on_the_blind_sets_sample() -> None:
    if search.load_scanner() is None:
        pytest.skip("the compiled scanner is not built here: there is nothing to compare")
    compiled, pure = _findings(pure_python=False), _findings(pure_python=True)
    assert len(compiled) > 1500 and compiled.keys() == pure.keys()
    assert sum(map(len, compiled.values())) > 750  # (the sample holds findings to compare)
    differing = {case: {"compiled": compiled[case], "pure Python": pure[case]}
                 for case in compiled if compiled[case] != pure[case]}
    assert differing == {}
