"""secretfence's own source and its benchmarks compile without warnings: an invalid escape such as `\\s` in a plain
string warns (a DeprecationWarning, a SyntaxWarning since Python 3.12, meant to become an error), and
a user running with `-W error` would see it at import."""
from __future__ import annotations

import warnings
from pathlib import Path

from tests.conftest import ROOT


def test_every_source_file_compiles_without_a_warning() -> None:
    sources = sorted((ROOT / "src" / "secretfence").rglob("*.py")) + sorted((ROOT / "benchmarks").glob("*.py"))
    assert len(sources) > 50
    warned = []
    for source in sources:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            compile(source.read_text(encoding="utf-8"), str(source), "exec")
        warned += [f"{source.relative_to(ROOT)}:{warning.lineno}: {warning.message}" for warning in caught]
    assert not warned, "\n".join(warned)
