"""prefilter.name_guards: the literals a file name must hold for a whole-files pattern to match it."""
from __future__ import annotations

import re
from pathlib import Path
from typing import List, Set

import pytest

from secretfence.engine import Engine
from secretfence.kinds import REGISTRY
from secretfence.prefilter import name_guards
from secretfence.prefilter._name_guards import GUARDS
from secretfence.prefilter.name_guards import guard_of, may_match
from secretfence.prefilter.search import SCANNER, Prefilters
from secretfence.prefilter.spec import Prefilter, lazy_regex

SOURCE_TABLE = Path(__file__).resolve().parents[2] / "src" / "secretfence" / "prefilter" / "_name_guards.py"


def test_the_table_is_the_built_in_patterns_guards() -> None:
    # Regenerate with `PYTHONPATH=src python -m secretfence.prefilter.name_guards` (then reinstall).
    written = name_guards.written_table(name_guards.built_in_patterns())
    assert written == name_guards.table_path().read_text(encoding="utf-8")
    if SOURCE_TABLE.exists():  # a checkout, not only the installed package
        assert written == SOURCE_TABLE.read_text(encoding="utf-8")
    # The largest patterns have one (the point of the table).
    largest = max(name_guards.built_in_patterns(), key=lambda pattern: len(pattern[0]))
    assert GUARDS[largest]


@pytest.mark.parametrize(("source", "guard"), [
    (r"(?i)\.(?:csv|tsv)$", ("csv", "tsv")),
    (r"(?:^|/)\.?PGPASS(?:\.conf)?$", ("pgpass",)),  # lowered: names are compared lowered
    (r"redis[^/]*\.conf$|\.acl$", (".acl", "redis")),  # the longer of a branch's literals
    (r"x(?=abc)\w+", ("abc",)),  # a lookahead's text is in the name too
    (r"ab(?!cdef)", ("ab",)),  # a negative one's is not
    (r"(?:key){2,}|pass+", ("key", "pas")),
    (r"(?:secrets)?\.txt", (".txt",)),
    (r"\.ya?ml$", (".y",)),  # one character is still a literal
])
def test_guards_are_literals_every_match_holds(source: str, guard: tuple) -> None:
    assert guard_of(source) == guard


@pytest.mark.parametrize("source", [
    r"(?:secrets)?\w+$",
    r"[a-z]+rc$|\w\d$",  # a branch with no literal
    r"(?i:vault)_pass|x",
    r"(\w)\1",
])
def test_no_guard_where_no_literal_is_needed(source: str) -> None:
    assert guard_of(source) is None


def test_non_ascii_names_are_always_searched() -> None:
    # Under IGNORECASE the Kelvin sign matches `k`: a guard compares ASCII names only.
    pattern = re.compile(r"(?i)keys$")
    assert pattern.search("\u212aeys")
    assert may_match(guard_of(pattern.pattern), "\u212aeys")
    assert not may_match(guard_of(pattern.pattern), "module.py")


def _sample_names() -> List[str]:
    """The kinds' samples' file names and the labelled sets' (some 14,000 names as teams write them)."""
    import importlib
    import pkgutil

    from tests.accuracy import unseen
    from tests.accuracy.labelled import all_cases

    names: Set[str] = {case.file_name for case in all_cases()}
    for module in pkgutil.iter_modules(unseen.__path__):
        if module.name.endswith("_cases"):
            names.update(case.file_name for case in importlib.import_module(f"{unseen.__name__}.{module.name}").CASES)
    for kind in REGISTRY:
        detector = kind.detector
        for sample in (detector.true_samples + detector.false_samples) if detector is not None else ():
            names.add(sample.filename)
    return sorted(names)


def test_a_guard_never_turns_away_a_name_its_pattern_matches() -> None:
    names = _sample_names() + [
        "deploy/.vault_pass", "ops/mongo/keyfile", "etc/sasl/passwd", ".netrc", "conf/pip.ini", "Pipfile",
        "reqs/base.in", "users.acl", "sentinel-26379.conf", "deploy/userlist.txt", "x.PgPass", "notes.md",
        "module0.py", "src/app/__init__.py", "README.rst", "pyproject.toml", "data.TSV",
    ]
    assert len(names) > 5000
    checked = 0
    for source, flags in name_guards.built_in_patterns():
        pattern = re.compile(source, flags)
        guard = GUARDS.get((source, flags))
        for name in names:
            if pattern.search(name):
                checked += 1
                assert may_match(guard, name), (source[:60], name)
    assert checked > 300


@pytest.mark.parametrize("compiled", [False, True], ids=["pure-python-guards", "compiled-guards"])
def test_prefilters_give_the_same_whole_files_with_and_without_the_guards(compiled: bool) -> None:
    """Guards asked one by one (`may_match`) or all in one pass of the compiled scanner: the same
    plugins for every name, as the patterns themselves say."""
    if compiled and SCANNER is None:
        pytest.skip("the compiled scanner is not built here")
    engine = Engine()
    names = _sample_names() + ["HOME/.NETRC", "Users.ACL", "x/\u212aeys/.pgpass", "a\n.netrc", "redis\nx.conf",
                               "data.T\u0073v", "\u0130.csv", "PIP.CONF", "ok"]
    expected = {name: frozenset(number for number, plugin in enumerate(engine.plugins)
                                if plugin.prefilter is not None and plugin.prefilter.whole_files is not None
                                and re.compile(plugin.prefilter.whole_files.pattern,
                                               name_guards.source_flags(plugin.prefilter.whole_files)).search(name))
                for name in names}
    prefilters = Prefilters([plugin.prefilter for plugin in engine.plugins], scanner=SCANNER if compiled else None)
    assert {name: prefilters.whole_file_numbers(name) for name in names} == expected
    assert any(expected.values())
    if compiled:  # the one pass really answered (not `may_match` behind it)
        assert prefilters._guards_held("module0.py") == set() and prefilters._guards_held(".netrc")


def test_an_unknown_pattern_is_searched_as_it_is() -> None:
    custom = lazy_regex(r"(?i)secrets\.txt$")
    prefilters = Prefilters([Prefilter(exact=("zz",), whole_files=custom)], scanner=None)
    assert prefilters.whole_file_numbers("app/SECRETS.txt") == frozenset({0})
    assert prefilters.whole_file_numbers("module0.py") == frozenset()
