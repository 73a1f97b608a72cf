"""One finding a value a line, and the surest of those that read it: two readers of one kind may report
the same value on a line, one as a warning (documentation's example) and one as a block. Which of
them ran first must not decide; a warning kept over a block would let the secret through the gate."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# A made-up kind whose two readers report the same `zeta_` value: first as a warning, then (where
# `order` says so) as a block, or the other way round.
KIND_MODULE = textwrap.dedent('''
    import re
    from typing import Iterator, Sequence

    from secretfence.findings import LOW, MEDIUM
    from secretfence.kinds import REGISTRY, Kind
    from secretfence.kinds._helpers import line_text
    from secretfence.kinds._spec import Match, Sample, SecretfenceDetector

    TOKEN = re.compile(r"zeta_[A-Za-z0-9]{24}(?![A-Za-z0-9])")
    ORDER = "@ORDER@"


    class SecretfenceZetaDetector(SecretfenceDetector):
        """Zeta keys, read twice."""

        secret_type = "Zeta Key"
        kind = "zeta"
        exact_keywords = ("zeta_",)
        true_samples = (Sample('ZETA = "zeta_Q7mT2vXk9LpR4sWz8NbY3cHd"', "settings.py"),)
        false_samples = (Sample("zeta_short", "settings.py"),)

        def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
            for found in TOKEN.finditer(line_text(lines, index)):
                for confidence in ((LOW, MEDIUM) if ORDER == "warning first" else (MEDIUM, LOW)):
                    yield Match(secret=found.group(0), description=f"Zeta key ({confidence.value})",
                                confidence=confidence)


    REGISTRY.add(Kind.of(SecretfenceZetaDetector))
''')

RUNNER = textwrap.dedent('''
    import sys
    sys.path.insert(0, sys.argv[1])
    import zeta_kind  # noqa: F401 (registers the kind)
    from secretfence.cli import main
    sys.exit(main(sys.argv[2:]))
''')

ZETA_KEY = "zeta_N4kP8sW2qL6vX9mR3tY7bC5d"


@pytest.mark.parametrize("order", ["warning first", "block first"])
def test_a_value_two_readers_report_keeps_the_surer_finding(tmp_path: Path, order: str) -> None:
    (tmp_path / "zeta_kind.py").write_text(KIND_MODULE.replace("@ORDER@", order))
    (tmp_path / "runner.py").write_text(RUNNER)
    (tmp_path / "settings.py").write_text(f'ZETA = "{ZETA_KEY}"\n')
    done = subprocess.run([sys.executable, str(tmp_path / "runner.py"), str(tmp_path), "scan", "--no-baseline",
                           "--format", "json", "settings.py"], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / ".config")},
                          timeout=120)
    assert done.returncode == 1, done.stderr
    found = [entry for entries in json.loads(done.stdout)["results"].values() for entry in entries
             if entry["type"] == "Zeta Key"]
    assert [(entry["line_number"], entry["confidence"], entry["description"]) for entry in found] == [
        (1, "medium", "Zeta key (medium)")]
    assert ZETA_KEY not in done.stdout + done.stderr
