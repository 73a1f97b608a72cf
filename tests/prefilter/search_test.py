"""The compiled scanner (secretfence/_scan.c) gives what the pure-Python scans give."""
from __future__ import annotations

import json
import os
import random
import shutil
import sysconfig
from pathlib import Path
from typing import Any, Dict, List, Set, Tuple

import pytest

from secretfence.engine import Engine, EngineConfig
from secretfence.kinds import REGISTRY
from secretfence.prefilter import search
from secretfence.prefilter.search import Prefilters, _find_all, _RunGroup
from secretfence.prefilter.spec import Run
from tests.engine_test import BUILTIN_LINES, PREFILTER_EDGE_LINES


def _compiler_here() -> bool:
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(compiler) is not None


@pytest.fixture(scope="module")
def scanner() -> Any:
    if os.environ.get("SECRETFENCE_PURE_PYTHON"):
        pytest.skip("SECRETFENCE_PURE_PYTHON is set: the compiled scanner is off on purpose")
    scanner = search.load_scanner()
    if scanner is None and not _compiler_here() and not os.environ.get("CI"):
        pytest.skip("no C compiler at install (.ci/run and scripts/test.sh install one as root)")
    assert scanner is not None, "secretfence._scan was not built: is there a C compiler and Python.h?"
    return scanner


def test_the_compiled_scanner_is_what_the_engine_uses(scanner: Any) -> None:
    assert search.SCANNER is scanner
    assert Engine()._prefilters.scanner is scanner


# --- find_literals -------------------------------------------------------------------------

_PIECES = [b"secret", b"SeCrEt", b"sess", b"ion", b"key", b"KEY", b"AP", b"ap", b"xo", b"x", b"\n", b"\n", b" ",
           b"=", b"\xc5\xbf", b"\xe2\x84\xaa", b"pass", b"PASS", b"word", b"eyJ", b"aws", b"_", b"s"]


def _random_texts(count: int, seed: int) -> List[bytes]:
    rng = random.Random(seed)
    return [b"".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def _reference_literal_hits(data: bytes, exact: List[bytes], folded: List[bytes]) -> List[Tuple[int, int]]:
    hits: List[Tuple[int, Any]] = []
    for index, literal in enumerate(exact):
        _find_all(data, literal, index, hits)  # type: ignore[arg-type]
    for index, literal in enumerate(folded, start=len(exact)):
        _find_all(data.lower(), literal, index, hits)  # type: ignore[arg-type]
    return sorted(hits)


def test_find_literals_reports_each_literals_first_occurrence_per_line(scanner: Any) -> None:
    exact = [b"secret", b"AP", b"eyJ", b"KEY", b"xo", b"word="]
    folded = [b"secret", b"session", b"key", b"pass", b"password", b"ss", b"aws_s"]
    compiled = scanner.compile_literals(exact, folded)
    found = 0
    for data in _random_texts(3000, seed=11) + [b"secret secret\nSECRET", b"ss", b"s", b"", b"keykey\nkey"]:
        got = sorted(scanner.find_literals(data, compiled))
        assert got == _reference_literal_hits(data, exact, folded), data
        found += len(got)
    assert found > 10_000


def test_find_literals_refuses_what_it_cannot_search(scanner: Any) -> None:
    with pytest.raises(ValueError, match="2\\+ bytes"):
        scanner.compile_literals([b"a"], [])
    with pytest.raises(ValueError, match="newline"):
        scanner.compile_literals([b"a\nb"], [])
    with pytest.raises(ValueError, match="lower-case"):
        scanner.compile_literals([], [b"Secret"])
    with pytest.raises(TypeError):
        scanner.compile_literals(["secret"], [])
    with pytest.raises(ValueError):
        scanner.find_literals(b"data", object())


# --- find_runs -----------------------------------------------------------------------------

def test_find_runs_gives_the_runs_the_translations_give(scanner: Any) -> None:
    runs_by_group = [Run("abcdef0123456789", 4, quoted=True), Run("abcdefxyz_-.0123456789", 6, non_ascii=True),
                     Run("abcdefxyz", 3, quoted=True)]
    groups = []
    for number, run in enumerate(runs_by_group):
        group = _RunGroup(*run.table_key)
        group.add(run, number)
        groups.append(group)
    table = bytearray(256)
    for bit, group in enumerate(groups):
        for byte, kind in enumerate(group.table):
            if kind == ord("a"):
                table[byte] |= 1 << bit
    for quote in b"'\"":
        table[quote] |= 0x80
    kinds = [(group.shortest, group.quoted) for group in groups]
    rng = random.Random(3)
    pieces = [b"ab", b"cdef", b"01", b"xyz", b"'", b'"', b" ", b"\n", b"\xc3\xa9", b"-", b".", b"_", b"g"]
    found = [0, 0, 0]
    for _ in range(3000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        got = scanner.find_runs(data, bytes(table), kinds)
        for number, (group, spans) in enumerate(zip(groups, got)):
            assert spans == list(group.spans(data)), (data, number)
            found[number] += len(spans)
    assert min(found) > 100  # every group, quoted or not, finds runs


def test_find_runs_refuses_a_bad_table(scanner: Any) -> None:
    with pytest.raises(ValueError, match="256"):
        scanner.find_runs(b"x", b"\x00" * 10, [(1, False)])
    with pytest.raises(ValueError, match="7 groups"):
        scanner.find_runs(b"x", b"\x00" * 256, [(1, False)] * 8)
    with pytest.raises(ValueError, match="positive"):
        scanner.find_runs(b"x", b"\x00" * 256, [(0, False)])


# --- the whole prefilter -------------------------------------------------------------------

def _texts(every_name: bool = True) -> List[Tuple[str, str]]:
    """The detectors' samples, and the lines below joined as three texts under one name and as
    written under two more (not `every_name`: a second set of plugins needs no second pass over
    the names)."""
    cases = json.loads((Path(__file__).parent.parent / "data" / "peer_cases.json").read_text())
    samples = [(sample.filename, sample.text) for detector in REGISTRY.detectors()
               for sample in detector.true_samples + detector.false_samples]
    lines = BUILTIN_LINES + PREFILTER_EDGE_LINES + [case["text"] for case in cases]
    # Heads that the pattern after them rejects, then accepts later on the line.
    lines += [
        "secret_name = 1; SECRET = 'x'", "session_id, session_token: 'y'", "aws_sid aws_sk = 3",
        "APIs and AP0123456789ab", "AP\u0663abcdefgh1", "AKCx AKC0123456789", "http://x http://u:p@h",
        "glpat- gl-pat", "cloudant_api_key CLOUDANT.COM cl-pw", "ſecret = 1", "\u212aey = 'v'",
        "pr\u0130vate_key = 'x'", "'" + "Ab1" * 9 + "' \"deadbeefcafe\"", "t" * 70, "x" * 40 + "-us1",
    ]
    rng = random.Random(7)
    words = [line.split() for line in lines]
    mixed = [" ".join(rng.choice(rng.choice(words) or ["x"]) for _ in range(6)) for _ in range(2000)]
    texts = [(name, text) for name, text in samples] if every_name else []
    texts += [("app.py", "\n".join(lines)), ("app.py", "\n".join(mixed)), ("app.py", "\n".join(lines).upper())]
    # (under the other names, the lines as written: the names' whole-file patterns see them)
    texts += [(name, "\n".join(lines)) for name in ("config.json", "notes.txt") if every_name]
    texts += [("one.py", line) for line in lines + [line.swapcase() for line in lines]]
    return texts


def test_compiled_and_pure_python_scans_find_the_same_candidate_lines(scanner: Any) -> None:
    default = EngineConfig.default()
    everything = [{"name": entry["name"]} for entry in default.plugins]
    configs = [default, EngineConfig(plugins=everything + [{"name": "AWSKeyDetector"}, {"name": "TelegramBotTokenDetector"}])]
    for config, every_name in zip(configs, (True, False)):
        engine = Engine(config)
        specs = [plugin.prefilter for plugin in engine.plugins]
        compiled, pure = Prefilters(specs, scanner=scanner), Prefilters(specs, scanner=None)
        # The heads spelled out with the bytes that follow them, as a long scan uses them.
        expanded = Prefilters(specs, scanner=scanner)
        expanded._expand_heads(scanner)
        lines_with_hits = 0
        for filename, text in _texts(every_name):
            got = compiled.candidates(text, filename)
            assert got == pure.candidates(text, filename), (filename, text[:200])
            assert expanded.candidates(text, filename) == got, (filename, text[:200])
            lines_with_hits += len(got[0])
        assert lines_with_hits > (5000 if every_name else 2000)


def test_find_heads_confirms_heads_as_the_python_loop_does(scanner: Any) -> None:
    """The scanner's find_heads (the confirmation loop in C) appends the hits that
    `_Literals.hits_in_python` appends, in the same order: plain and spelled-out heads, either
    case, and lines of one head around the cap on tries."""
    specs = [plugin.prefilter for plugin in Engine().plugins]
    prefilters = Prefilters(specs, scanner=scanner)
    expanded = Prefilters(specs, scanner=scanner)
    expanded._expand_heads(scanner)
    cap = search._HEAD_TRIES_A_LINE
    floods = [("cat " * (cap + extra) + "x\n") * 2 for extra in (-1, 0, 1, 2)]
    floods += ["pass " * (cap + 2) + "password = os.environ['PW']\n", "test_ " * (cap + 3)]
    texts = [text for _, text in _texts(every_name=False)] + floods
    compared = 0
    for literals in (prefilters._literals, expanded._literals):
        for text in texts:
            for data in (text.encode("utf-8", "surrogatepass"), text.upper().encode("utf-8", "surrogatepass")):
                got: List[Tuple[int, Any]] = []
                want: List[Tuple[int, Any]] = []
                literals.hits(data, literals.both, 0, got)
                literals.hits_in_python(data, literals.both, 0, want)
                assert got == want, data[:200]
                folded = data.lower()
                got, want = [], []
                literals.hits(folded, literals.folded_only, literals.folded_offset, got)
                literals.hits_in_python(folded, literals.folded_only, literals.folded_offset, want)
                assert got == want, folded[:200]
                compared += len(got)
    assert compared > 10_000


def test_find_heads_refuses_what_it_cannot_take(scanner: Any) -> None:
    compiled = scanner.compile_literals([b"ab"], [])
    with pytest.raises(TypeError):
        scanner.find_heads("text", compiled, 0, [None], lambda index: None, 1, [])
    with pytest.raises(ValueError):
        scanner.find_heads(b"ab", object(), 0, [None], lambda index: None, 1, [])
    with pytest.raises(ZeroDivisionError):  # an error in meaning_of (or a verify regex) propagates
        scanner.find_heads(b"ab", compiled, 0, [None], lambda index: 1 // 0, 1, [])
    with pytest.raises(IndexError):
        scanner.find_heads(b"ab", compiled, 5, [None], lambda index: None, 1, [])


def test_find_heads_takes_a_literal_with_more_verify_regexes_than_its_stack_holds(scanner: Any) -> None:
    """A head with more verify regexes than the C loop keeps on its stack (64) is confirmed as
    one with a few: every regex that matches makes its plugin a candidate, none is dropped."""
    import re

    compiled = scanner.compile_literals([b"key"], [])
    checks = tuple((frozenset({number}), re.compile(rb"key" + (rb"=%d\b" % number)))
                   for number in range(70))
    meanings = [(frozenset({100}), checks, b"key", False)]
    hits: List[Tuple[int, Any]] = []
    scanner.find_heads(b"x key=3 key=69 key=64\nkey=5\n", compiled, 0, meanings, lambda index: None, 64, hits)
    assert hits == [(2, frozenset({100})), (2, frozenset({3})), (8, frozenset({69})), (15, frozenset({64})),
                    (22, frozenset({100})), (22, frozenset({5}))]


def test_heads_are_spelled_out_only_once_a_process_has_searched_enough(scanner: Any) -> None:
    """Reading the verify regexes costs milliseconds: a commit hook's few small files never pay;
    a tree scan does once, and its scanner then reports far fewer heads (`pat` in `path`)."""
    specs = [plugin.prefilter for plugin in Engine().plugins]
    prefilters = Prefilters(specs, scanner=scanner)
    text = "import os.path\nfor path in paths:\n    users.append(path)\n" * 50
    plain_literals = prefilters._literals
    first = prefilters.candidates(text, "app.py")
    assert prefilters._literals is plain_literals and not prefilters._expanded
    reported_plain = len(scanner.find_literals(text.encode(), plain_literals.both))
    for _ in range(search._EXPAND_AFTER // len(text) + 1):
        assert prefilters.candidates(text, "app.py") == first
    assert prefilters._expanded and prefilters._literals is not plain_literals
    reported_expanded = len(scanner.find_literals(text.encode(), prefilters._literals.both))
    assert reported_expanded < reported_plain // 2, (reported_plain, reported_expanded)


def test_engines_share_a_plan_and_each_scans_from_its_own_start(scanner: Any) -> None:
    """An Engine's prefilter is planned once a process for the same plugins (the planning was nine tenths of an
    Engine's start); each Engine's copy starts unexpanded, with no bytes counted, whatever another has scanned."""
    text = "import os.path\nfor path in paths:\n    users.append(path)\npassword = 'x'\n" * 50
    busy = Engine()
    for _ in range(search._EXPAND_AFTER // len(text) + 1):
        busy._prefilters.candidates(text, "app.py")
    assert busy._prefilters._expanded
    later = Engine()._prefilters
    assert later is not busy._prefilters and later._literals is busy._prefilters._unexpanded  # the plan, shared
    assert not later._expanded and later._scanned == 0
    planned_anew = Prefilters([plugin.prefilter for plugin in Engine().plugins], scanner=scanner)
    for name in ("app.py", "Dockerfile", ".env", "id_rsa"):
        assert later.candidates(text, name) == planned_anew.candidates(text, name) == busy._prefilters.candidates(text, name)
    # Other plugins, another plan: nothing of the default one leaks into it.
    aws_only = Engine(EngineConfig(plugins=[{"name": "SecretfenceAwsDetector"}]))._prefilters
    assert aws_only._literals is not later._literals
    assert aws_only.candidates(text, "app.py") == Prefilters(
        [plugin.prefilter for plugin in Engine(EngineConfig(plugins=[{"name": "SecretfenceAwsDetector"}])).plugins],
        scanner=scanner).candidates(text, "app.py")


def test_verified_heads_count_only_where_the_pattern_matches(scanner: Any) -> None:
    engine = Engine(EngineConfig(plugins=[{"name": "SecretfenceAwsDetector"}, {"name": "ArtifactoryDetector"}]))
    specs = [plugin.prefilter for plugin in engine.plugins]
    compiled = Prefilters(specs, scanner=scanner)
    text = "a secret life\nsecret_key = 1\nthe APIs\nAPA0123456789\nsecret x; SECRET: y\n"
    lines: Dict[int, Set[int]] = compiled.candidates(text, "x.py")[0]
    assert lines == {1: {0}, 3: {1}, 4: {0}}


def test_a_line_flooded_with_one_head_is_a_candidate_without_confirming_each(scanner: Any) -> None:
    """Hundreds of one head on a line (`cat cat cat …`) would each be confirmed by its regex (a
    window of 200 characters a try: seconds a megabyte): past search._HEAD_TRIES_A_LINE the line is
    a candidate outright (a superset of what confirming finds: its readers judge it, capped a line)."""
    engine = Engine(EngineConfig(plugins=[{"name": "SecretfenceLiteralCredentialDetector"}]))
    compiled = Prefilters([plugin.prefilter for plugin in engine.plugins], scanner=scanner)
    flood = "cat " * (search._HEAD_TRIES_A_LINE + 10) + "x\n"
    few = "cat " * 3 + "x\n"
    assert 0 in compiled.candidates(flood, "run.sh")[0]
    assert compiled.candidates(few, "run.sh")[0] == {}


def test_every_headed_pattern_is_found_by_the_compiled_scanner(scanner: Any) -> None:
    """A `Headed` pattern with a head the compiled scanner cannot take (not ASCII, one character) is
    searched by its regex over every file's whole text instead: round 54's key lead-in with `génér`
    among its heads cost a tree scan 5 %. Only patterns that carry no heads at all may stay there."""
    prefilters = Engine()._prefilters
    left = [pattern for pattern, _ in prefilters._left_patterns + prefilters._left_folded_patterns]
    headed = [pattern.pattern for pattern in left if isinstance(pattern, search.Headed)]
    assert headed == []
    assert len(left) <= 1  # (the IPv4 pattern, which has no literal to start from)


def test_find_heads_skips_a_verify_where_a_byte_after_the_head_is_out_of_its_window(scanner: Any) -> None:
    """A check's window (256 bytes a place after the head) spares a verify call where a byte there cannot stand in a
    match, in C as in the Python loop: the same hits, fewer calls; the buffer's end right after the head rules a match
    out, later places past the end are not judged."""
    import re

    calls: List[int] = []

    class Counted:
        def __init__(self, regex: Any) -> None:
            self.regex = regex

        def match(self, data: bytes, at: int) -> Any:
            calls.append(at)
            return self.regex.match(data, at)

    verify = Counted(re.compile(rb"key=[0-9]{2}"))
    window = bytearray(3 * 256)
    window[ord("=")] = 1
    for digit in b"0123456789":
        window[256 + digit] = window[512 + digit] = 1
    compiled = scanner.compile_literals([b"key"], [])
    meanings = [(frozenset(), ((frozenset({1}), verify, None, bytes(window)),), b"key", False)]
    literals = search._Literals(scanner)
    literals.meanings = meanings
    data = b"key=1x\nkey:12\nkey=12\nkey=4"
    for find in ("find_heads", "python"):
        calls.clear()
        hits: List[Tuple[int, Any]] = []
        if find == "find_heads":
            scanner.find_heads(data, compiled, 0, meanings, lambda index: None, 64, hits)
        else:
            literals.hits_in_python(data, compiled, 0, hits)
        assert hits == [(14, frozenset({1}))], find
        assert calls == [14, 21], find  # (`key=4` at the end: its second digit's place is past the buffer)
