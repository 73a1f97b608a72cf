"""Every detector's own true and false samples, gitleaks-style, in one test."""
from __future__ import annotations

import base64
import binascii
import re
from typing import List, Tuple

import pytest

from secretfence.engine import Engine, EngineConfig
from secretfence.kinds import REGISTRY
from secretfence.kinds._spec import Sample, SecretfenceDetector

DETECTORS = REGISTRY.detectors()
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}")


def _stands_on(secret: str, line: str, below: str = "") -> bool:
    """The finding points at its secret: written on the line, or inside a base64 value there
    (an HTTP Basic header's password), or split over the line's literal and the next lines'
    (a connection string's adjacent literals): its head closes a literal on the line, its tail
    is written below."""
    if secret in line:
        return True
    for size in range(4, len(secret)):
        if re.search(re.escape(secret[:size]) + r"[\"']", line) and secret[size:size + 4] in below:
            return True
    for run in _BASE64_RUN.findall(line):
        try:
            if secret in base64.b64decode(run, validate=True).decode("utf-8"):
                return True
        except (binascii.Error, UnicodeDecodeError):
            continue
    return False


def _cases(kind: str) -> List[Tuple[type, Sample]]:
    return [
        pytest.param(cls, sample, id=f"{cls.kind}-{index}-{sample.note or sample.filename}")
        for cls in DETECTORS
        for index, sample in enumerate(cls.true_samples if kind == "true" else cls.false_samples)
    ]


@pytest.mark.parametrize(("detector", "sample"), _cases("true"))
def test_true_sample_is_found_with_its_kind(engine: Engine, detector: type, sample: Sample) -> None:
    findings = engine.scan_text(sample.filename, sample.text)
    ours = [f for f in findings if f.type == detector.secret_type]
    assert ours, f"{detector.__name__} missed: {sample.note}"
    for finding in ours:
        assert finding.detector == detector.__name__
        assert finding.description
        lines = sample.text.split("\n")
        assert finding.secret and _stands_on(finding.secret, lines[finding.line_number - 1],
                                             "\n".join(lines[finding.line_number:]))


@pytest.mark.parametrize(("detector", "sample"), _cases("false"))
def test_false_sample_is_not_reported_as_its_kind(engine: Engine, detector: type, sample: Sample) -> None:
    findings = engine.scan_text(sample.filename, sample.text)
    assert [f for f in findings if f.type == detector.secret_type] == []


def test_every_detector_has_samples_both_ways_and_a_unique_type() -> None:
    types = [cls.secret_type for cls in DETECTORS]
    assert len(types) == len(set(types))
    names = [cls.kind for cls in DETECTORS]
    assert len(names) == len(set(names)) and all(name.isidentifier() for name in names)
    for cls in DETECTORS:
        assert issubclass(cls, SecretfenceDetector)
        assert len(cls.true_samples) >= 1 and len(cls.false_samples) >= 1, cls.__name__
        assert cls.exact_keywords or cls.keywords or cls.folded_keyword_patterns, f"{cls.__name__} declares no prefilter"
        assert cls.remediation


@pytest.mark.parametrize("detector", DETECTORS, ids=lambda cls: cls.kind)
def test_type_names_the_kind(detector: type) -> None:
    assert detector.kind.lower() in detector.secret_type.lower()


@pytest.mark.parametrize("detector", DETECTORS, ids=lambda cls: cls.kind)
def test_keywords_are_necessary_for_every_true_sample(detector: type) -> None:
    """The prefilter contract: the engine's prefilter keeps every line a true sample matches on."""
    instance = detector()
    prefilters = Engine(EngineConfig(plugins=[{"name": detector.__name__}]))._prefilters
    checked = 0
    for sample in detector.true_samples:
        lines = sample.text.split("\n")
        for variant in (lines, [line.upper() for line in lines], [line.lower() for line in lines]):
            candidates, everywhere = prefilters.candidates("\n".join(variant), sample.filename)
            for index in range(len(variant)):
                if any(match.line_offset == 0 for match in instance.find(variant, index, sample.filename)):
                    checked += 1
                    assert index in candidates or everywhere, f"{detector.__name__} skips a line it matches: {sample.note}"
    assert checked >= len(detector.true_samples)
