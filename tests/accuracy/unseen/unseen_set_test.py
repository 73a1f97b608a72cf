"""Structural checks of the blind sets (never the scanner's results): each `*_cases` module in
this package imports, labels every case well, names each file once, and plants every secret
where a reader of the file can find it (as written, or inside a base64 value it decodes to).

`python -m tests.accuracy.unseen.unseen_set_test` prints the counts per format and per kind.
"""
from __future__ import annotations

import base64
import binascii
import importlib
import pkgutil
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Dict, List, Sequence

import pytest

from tests.accuracy.labelled import LabelledCase

PACKAGE_DIR = Path(__file__).parent
MODULE_NAMES = sorted(info.name for info in pkgutil.iter_modules([str(PACKAGE_DIR)]) if info.name.endswith("_cases"))
# A base64 run long enough to hold a credential (a Kubernetes Secret's data: value).
BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}")
CATEGORY = re.compile(r"^blind-[a-z0-9]+/[a-z0-9-]+/[a-z0-9-]+$")
MIN_LINES, MAX_LINES = 5, 80  # a notebook Jupyter writes runs longer than its text


def load(name: str) -> ModuleType:
    return importlib.import_module(f"{__package__}.{name}")


def decoded_values(text: str) -> List[str]:
    """Every base64 run of the text that decodes to UTF-8 text."""
    values: List[str] = []
    for match in BASE64_RUN.finditer(text):
        run = match.group(0)
        if len(run) % 4:
            continue
        try:
            values.append(base64.b64decode(run, validate=True).decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError):
            continue
    return values


# Where a split value's pieces join: adjacent string literals (`"ab" "cd"`, across lines too,
# or the items of a tuple `"".join`ed),
# a backslash-newline continuation, and a block's indentation after a newline (a PEM key
# indented in YAML).
_JUNCTION = re.compile(r"""["'][ \t]*[+,\\]?\s*["']|\\\n\s*""")
_INDENT = re.compile(r"\n[ \t]+")


def is_decoy(case: LabelledCase) -> bool:
    """Set A spells a decoy `blind-a/decoy/<what>`, set B `blind-b/<format>/decoy-<what>`."""
    return any(part == "decoy" or part.startswith("decoy-") for part in case.category.split("/")[1:])


def planted(case: LabelledCase) -> bool:
    assert case.secret is not None
    secret, text = case.secret, case.text
    if secret in text or any(secret in value for value in decoded_values(text)):
        return True
    # A split or indented value: the pieces joined must give it.
    return _JUNCTION.sub("", text).find(secret) >= 0 or _INDENT.sub("\n", text).find(secret) >= 0


def summary(cases: List[LabelledCase]) -> Dict[str, Counter]:
    formats: Counter = Counter()
    kinds: Counter = Counter()
    for case in cases:
        _, fmt, kind = case.category.split("/")
        if case.secret is None:
            kinds["decoy/" + kind] += 1
        else:
            formats[fmt] += 1
            kinds[kind] += 1
    totals = Counter(secret=sum(case.secret is not None for case in cases), decoy=sum(case.secret is None for case in cases))
    return {"formats": formats, "kinds": kinds, "totals": totals}


def test_the_package_has_blind_sets() -> None:
    assert "blind_a_cases" in MODULE_NAMES


@pytest.mark.parametrize("name", MODULE_NAMES)
def test_cases_are_labelled_cases(name: str) -> None:
    cases = load(name).CASES
    assert isinstance(cases, list) and cases
    assert all(isinstance(case, LabelledCase) for case in cases)


@pytest.mark.parametrize("name", MODULE_NAMES)
def test_categories_and_sources(name: str) -> None:
    bad = [case.file_name for case in load(name).CASES if not CATEGORY.match(case.category) or not case.source.strip()]
    assert bad == []


@pytest.mark.parametrize("name", MODULE_NAMES)
def test_decoys_and_only_decoys_are_labelled_decoy(name: str) -> None:
    wrong = [case.file_name for case in load(name).CASES if is_decoy(case) != (case.secret is None)]
    assert wrong == []


@pytest.mark.parametrize("name", MODULE_NAMES)
def test_file_names_are_unique(name: str) -> None:
    counts = Counter(case.file_name for case in load(name).CASES)
    assert [file_name for file_name, count in counts.items() if count > 1] == []


@pytest.mark.parametrize("name", MODULE_NAMES)
def test_every_secret_is_in_its_file(name: str) -> None:
    missing = [case.file_name for case in load(name).CASES if case.secret is not None and not (case.secret.strip() and planted(case))]
    assert missing == []


@pytest.mark.parametrize("name", MODULE_NAMES)
def test_files_are_whole_but_small(name: str) -> None:
    sizes = {case.file_name: len(case.text.splitlines()) for case in load(name).CASES}
    assert {file_name: lines for file_name, lines in sizes.items() if not MIN_LINES <= lines <= MAX_LINES} == {}


@pytest.mark.parametrize("name", MODULE_NAMES)
def test_both_secrets_and_decoys(name: str) -> None:
    totals = summary(load(name).CASES)["totals"]
    assert totals["secret"] > 0 and totals["decoy"] > 0


def test_joining_finds_a_split_secret_and_only_then() -> None:
    split = LabelledCase("blind-x/python/database", "c.py", 'DSN = ("PWD=Maple"\n       "#Harbor87;")\n', "Maple#Harbor87", "test")
    apart = LabelledCase("blind-x/python/database", "c.py", 'DSN = ("PWD=Maple;"\n       "#Harbor87;")\n', "Maple#Harbor87", "test")
    assert planted(split) and not planted(apart)
    assert is_decoy(LabelledCase("blind-b/k8s/decoy-placeholder", "a", "", None, "t"))
    assert not is_decoy(LabelledCase("blind-b/k8s/redis", "a", "", "x", "t"))


def test_decoding_finds_a_base64_secret_and_only_then() -> None:
    """The check itself can fail: a secret neither written nor encoded is not found."""
    encoded = LabelledCase("blind-x/k8s-secret/redis", "s.yaml", "data:\n  pw: " + base64.b64encode(b"Maple#Harbor87").decode() + "\n", "Maple#Harbor87", "test")
    absent = LabelledCase("blind-x/k8s-secret/redis", "s.yaml", "data:\n  pw: " + base64.b64encode(b"Other#Value11").decode() + "\n", "Maple#Harbor87", "test")
    assert planted(encoded) and not planted(absent)


def main(argv: Sequence[str] | None = None) -> int:
    """Print each set's counts; the sets named on the command line only, when some are (an author
    checking one set does not import the others, which may be half-written)."""
    wanted = list(sys.argv[1:] if argv is None else argv)
    unknown = sorted(set(wanted) - set(MODULE_NAMES))
    if unknown:
        print(f"unseen_set_test: no such set: {', '.join(unknown)}", file=sys.stderr)
        return 2
    for name in wanted or MODULE_NAMES:
        cases = load(name).CASES
        print(f"== {name}: {len(cases)} cases")
        for label, counter in summary(cases).items():
            print(f"-- {label}")
            for key, count in sorted(counter.items(), key=lambda item: (-item[1], item[0])):
                print(f"   {count:4}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
