"""No pattern of the package uses what the oldest Python secretfence supports cannot read.

secretfence supports CPython 3.9 (pyproject's requires-python), but possessive quantifiers (`[ \\t]*+`) and atomic groups
(`(?>…)`) are Python 3.11's: on 3.9 and 3.10 such a pattern fails to compile at its first use, in the middle of a scan
(stop 69: a carrier's pattern used them, and only 3.11 was at hand to test on). The patterns are compiled lazily, so the
check parses each module-level pattern's source (lazy or compiled, and a prefilter's regex and verify) and looks for the
two constructs in the parsed tree."""
from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from typing import Any, Iterator, List, Tuple

import secretfence
from secretfence.prefilter.spec import Headed, LazyPattern

# (3.11 renamed sre_parse, which stays as a deprecated alias)
regex_parser: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")

NEWER_THAN_3_9 = frozenset({"POSSESSIVE_REPEAT", "ATOMIC_GROUP"})


def _package_patterns() -> Iterator[Tuple[str, Any, int]]:
    """(where, source, flags) of every pattern bound at module level in the package."""
    for info in pkgutil.walk_packages(secretfence.__path__, "secretfence."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            found: List[Any] = [value.regex, value.verify] if isinstance(value, Headed) else [value]
            for pattern in found:
                if isinstance(pattern, LazyPattern):
                    yield f"{info.name}.{name}", pattern.pattern, pattern.source_flags
                elif isinstance(pattern, re.Pattern):
                    yield f"{info.name}.{name}", pattern.pattern, pattern.flags


def _constructs(parsed: Any) -> Iterator[str]:
    """The names of the opcodes in a parsed pattern, at every depth."""
    stack = [parsed]
    while stack:
        item = stack.pop()
        if isinstance(item, regex_parser.SubPattern):
            for opcode, argument in item:
                yield str(opcode)
                stack.append(argument)
        elif isinstance(item, (tuple, list)):
            stack.extend(item)


def newer_constructs(source: Any, flags: int) -> List[str]:
    """What of NEWER_THAN_3_9 the pattern uses (or why it cannot be parsed at all)."""
    try:
        parsed = regex_parser.parse(source, flags & ~re.DEBUG)
    except re.error as error:
        return [f"unparsable: {error}"]
    return sorted(set(_constructs(parsed)) & NEWER_THAN_3_9)


def test_the_check_sees_a_possessive_quantifier_and_an_atomic_group() -> None:
    assert newer_constructs(r"[ \t]*(?:;[ \t]*)?$", 0) == []
    if "POSSESSIVE_REPEAT" in dir(regex_parser):  # (only a 3.11 parser can name them; an older one cannot parse them)
        assert newer_constructs(r"[ \t]*+;?$", 0) == ["POSSESSIVE_REPEAT"]
        assert newer_constructs(r"(?:a|(?>bc))x", 0) == ["ATOMIC_GROUP"]
        assert newer_constructs(r"\w{0,63}+", 0) == ["POSSESSIVE_REPEAT"]
    else:  # pragma: no cover
        assert newer_constructs(r"[ \t]*+;?$", 0) != []


def test_no_pattern_of_the_package_needs_python_3_11() -> None:
    patterns = list(_package_patterns())
    assert len(patterns) > 1000
    newer = [f"{where}: {', '.join(found)}" for where, source, flags in patterns for found in [newer_constructs(source, flags)]
             if found]
    assert newer == []
