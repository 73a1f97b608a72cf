"""detect-secrets' entropy plugins with the same arithmetic, done faster.

`HighEntropyStringsPlugin.calculate_shannon_entropy` calls `str.count` once per charset
character (66 passes over every candidate string). These subclasses count characters once and
then sum in the charset's order, term by term, exactly as the original does, so every entropy
value, and every comparison against the limit, is bit-for-bit the same. Class names are kept:
baselines record plugins by class name.
"""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Any, Dict, Set

from detect_secrets.core.potential_secret import PotentialSecret
from detect_secrets.plugins import high_entropy_strings as original

from secretfence.prefilter.spec import fewest_distinct


@lru_cache(maxsize=8)
def _order(charset: str) -> Dict[str, int]:
    return {character: index for index, character in enumerate(charset)}


def _entropy(data: str, charset: str) -> float:
    if not data:  # pragma: no cover - mirrors the original guard
        return 0
    order = _order(charset)
    length = len(data)
    entropy = 0.0
    # The terms of the original sum, in the original (charset) order; absent characters add 0.
    for character, count in sorted(Counter(data).items(), key=lambda item: order.get(item[0], len(order))):
        if character in order:
            p_x = float(count) / length
            entropy += - p_x * math.log(p_x, 2)
    return entropy


class _FastAnalyze:
    """analyze_line without building (and SHA-1 hashing) a PotentialSecret for every quoted
    string that is then dropped for low entropy: the survivors are the same."""

    entropy_limit: float
    secret_type: str

    def analyze_line(self, filename: str, line: str, line_number: int = 0, context: Any = None,
                     enable_eager_search: bool = False, **kwargs: Any) -> Set[PotentialSecret]:
        if enable_eager_search:  # ad-hoc string scanning: the original path
            return super().analyze_line(  # type: ignore[misc]
                filename=filename, line=line, line_number=line_number, context=context,
                enable_eager_search=True, **kwargs)
        # Shannon entropy of a string with k distinct characters is at most log2(k): with too
        # few distinct characters the exact sum cannot exceed the limit and is not computed.
        fewest = fewest_distinct(self.entropy_limit)
        return {
            PotentialSecret(type=self.secret_type, filename=filename, secret=match, line_number=line_number)
            for match in self.analyze_string(line)  # type: ignore[attr-defined]
            if len(set(match)) >= fewest
            if self.calculate_shannon_entropy(match) > self.entropy_limit  # type: ignore[attr-defined]
        }


class Base64HighEntropyString(_FastAnalyze, original.Base64HighEntropyString):
    def calculate_shannon_entropy(self, data: str) -> float:
        return _entropy(data, self.charset)


class HexHighEntropyString(_FastAnalyze, original.HexHighEntropyString):
    def calculate_shannon_entropy(self, data: str) -> float:
        entropy = _entropy(data, self.charset)
        # The digits-only adjustment of HexHighEntropyString, unchanged.
        if len(data) == 1:
            return entropy
        try:
            int(data)
            entropy -= 1.2 / math.log(len(data), 2)
        except ValueError:
            pass
        return entropy


FAST_CLASSES = {"Base64HighEntropyString": Base64HighEntropyString, "HexHighEntropyString": HexHighEntropyString}
