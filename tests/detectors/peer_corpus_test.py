"""Labelled lines from other scanners' public test suites (tests/data/peer_cases.json)."""
from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any, Dict, List

import pytest

from secretfence.engine import Engine
from secretfence.kinds import REGISTRY

CASES: List[Dict[str, Any]] = json.loads((Path(__file__).parent.parent / "data" / "peer_cases.json").read_text())
TYPE_OF_KIND = {cls.kind: cls.secret_type for cls in REGISTRY.detectors()}


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if not c.get("disputed")],
    ids=lambda c: f"{c['kind']}-{c['expect']}-{c['filename_hint']}-{zlib.crc32(c['text'].encode()) % 10**6}",
)
def test_peer_case_classified_right(engine: Engine, case: Dict[str, Any]) -> None:
    findings = engine.scan_text(case["filename_hint"], case["text"])
    of_kind = [f for f in findings if f.type == TYPE_OF_KIND[case["kind"]]]
    if case["expect"] == "secret":
        assert of_kind, f"missed: {case.get('note', case['text'][:60])}"
        lines = case["text"].split("\n")
        assert all(f.secret in lines[f.line_number - 1] for f in of_kind)
    else:
        assert of_kind == [], f"decoy reported: {case.get('note', '')}"


def test_corpus_covers_every_kind_both_ways() -> None:
    undisputed = [c for c in CASES if not c.get("disputed")]
    for kind in TYPE_OF_KIND:
        assert any(c["kind"] == kind and c["expect"] == "secret" for c in undisputed), kind
    assert len(undisputed) >= 40
