# Types of secretfence._scan, the optional compiled scanner (_scan.c; prefilter/search.py loads it).
from typing import Any, Callable, FrozenSet, List, Sequence, Tuple, final

# The Py_LIMITED_API the binary was built against: 0x03090000, abi3 for CPython 3.9 and later.
LIMITED_API: int

# An index of literals that only compile_literals makes (at run time, a PyCapsule).
@final
class Literals: ...

# `exact` literals match case-sensitively, `folded` ones (lower-case ASCII) either case; each is
# 2+ bytes without a newline. Indices run through exact, then folded.
def compile_literals(exact: Sequence[bytes], folded: Sequence[bytes]) -> Literals: ...

# [(offset, literal index)] in offset order: each literal's first occurrence on each line.
def find_literals(data: bytes, compiled: Literals) -> List[Tuple[int, int]]: ...

# [[(start, stop)] per group]: table[byte] (256 bytes) has bit g set for group g's charset
# (g < 7) and bit 7 for a quote; groups are (min_length, quoted), at most 7.
def find_runs(data: bytes, table: bytes, groups: Sequence[Tuple[int, bool]]) -> List[List[Tuple[int, int]]]: ...

# find_literals' pass, each literal reported then judged as prefilter.search._Literals.hits says:
# hits gets (offset, plugins) for the plugins a literal makes candidates outright, and for those
# whose verify regex (called back: verify.match(data, at)) confirms it at its first occurrence on a
# line, or at one of its next `tries_a_line` occurrences there (past those, outright).
# meanings[offset + index] is (plugins, ((plugins, verify), ...), literal, folded), or None until
# meaning_of(offset + index) works it out (and returns it).
def find_heads(data: bytes, compiled: Literals, offset: int, meanings: List[Any], meaning_of: Callable[[int], Any],
               tries_a_line: int, hits: List[Tuple[int, FrozenSet[int]]]) -> None: ...
