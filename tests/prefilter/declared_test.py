"""prefilter.declared: the prefilter declarations worked out ahead (`_declared.py`) are the ones
their detectors compute, and a detector reads the table's, not its readers'."""
from __future__ import annotations

import subprocess
import sys
from typing import Any, Dict, Tuple

import pytest

from secretfence.kinds import REGISTRY
from secretfence.kinds.literal_credential import SecretfenceLiteralCredentialDetector
from secretfence.prefilter import declared
from secretfence.prefilter._declared import DECLARED
from secretfence.prefilter.name_guards import source_flags
from secretfence.prefilter.spec import Headed


def test_the_table_holds_what_each_detector_computes() -> None:
    """A stale table would lose findings: after changing a reader's KEYWORDS, FOLDED_HINTS,
    WHOLE_FILES or EXACT_KEYWORDS, run `PYTHONPATH=src python -m secretfence.prefilter.declared`."""
    computations = declared.computations()
    assert "SecretfenceLiteralCredentialDetector" in computations
    for name, compute in computations.items():
        assert DECLARED.get(name) == declared.as_data(compute()), (
            f"{name}: prefilter/_declared.py is stale; run `PYTHONPATH=src python -m secretfence.prefilter.declared`")
    assert set(DECLARED) == set(computations)


def test_the_table_file_is_exactly_what_the_generator_writes() -> None:
    """No line of `_declared.py` is anything but generated (the project's own scan leaves it out:
    its declarations are scanned where they are written)."""
    assert declared.table_path().read_text(encoding="utf-8") == declared.written_table()


def test_a_detector_wears_the_declaration_it_computes() -> None:
    for kind in REGISTRY:
        detector = kind.detector
        compute = getattr(detector, "declared_prefilter", None)
        if detector is None or compute is None:
            continue
        worn = declared.Declaration(detector.keywords, detector.exact_keywords, detector.scan_whole_files,
                                    tuple(detector.folded_keyword_patterns))  # type: ignore[arg-type]
        assert declared.as_data(worn) == declared.as_data(compute())


def test_data_round_trips_and_shares_one_regex_per_source() -> None:
    data = DECLARED["SecretfenceLiteralCredentialDetector"]
    again = declared.from_data(data)
    assert declared.as_data(again) == data
    hints = again.folded_keyword_patterns
    assert hints and all(isinstance(hint, Headed) for hint in hints)
    by_source: Dict[Tuple[Any, int], Any] = {}
    for hint in hints:
        for regex in (hint.regex, hint.verify):
            if regex is not None:
                key = (regex.pattern, source_flags(regex))
                assert by_source.setdefault(key, regex) is regex


def test_a_detector_missing_from_the_table_computes_its_own() -> None:
    computed = []

    def compute() -> declared.Declaration:
        computed.append(True)
        return declared.Declaration(("zzkeyword",), (), None, ())

    assert declared.declared("NoSuchDetector", compute).keywords == ("zzkeyword",)
    assert computed == [True]


def test_the_table_stands_in_for_the_readers_at_import() -> None:
    """In a fresh interpreter, importing every kind imports none of the literal and service kinds'
    readers, nor the literal, service and database kinds' readings."""
    probe = ("import sys; import secretfence.kinds; before = set(sys.modules); "
             "import secretfence.kinds._literal_reading as m; "
             "readers = ('_literal_reading', '_service_reading', '_database_reading') + m._READER_MODULES + ('_intel_keys', '_vendor_keys', '_web3_keys'); "
             "print(len(readers), sorted(n for n in readers if 'secretfence.kinds.' + n in before))")
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "26 []"
    assert SecretfenceLiteralCredentialDetector.keywords == tuple(DECLARED["SecretfenceLiteralCredentialDetector"]["keywords"])


def test_a_reader_added_triggers_is_imported_on_first_use() -> None:
    probe = ("import sys; import secretfence.kinds.literal_credential as m; "
             "list(m.SecretfenceLiteralCredentialDetector().find(['sshpass -p Tr0ub4dor3xK ssh host'], 0, 'deploy.sh')); "
             "print('secretfence.kinds._command_lines' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "True"


@pytest.mark.parametrize("field", ["keywords", "exact_keywords", "folded_keyword_patterns"])
def test_the_table_is_not_empty(field: str) -> None:
    assert DECLARED["SecretfenceLiteralCredentialDetector"][field]


def test_the_service_kinds_mask_prefixes_are_its_formats_heads() -> None:
    """service_token keeps its mask prefixes written out (the hook imports no reading): they are
    the formats' heads of four characters or more that end in `_`, `-` or `.`."""
    from secretfence.kinds import _service_reading, service_token

    heads = {head for _, head, _ in _service_reading.FORMATS if len(head) >= 4 and head[-1] in "_-."}
    assert service_token.MASK_PREFIXES == tuple(sorted(heads))
    assert service_token.KIND.mask_prefixes == service_token.MASK_PREFIXES
