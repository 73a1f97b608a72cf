"""secretfence's static knowledge of detect-secrets' plugins stays in step with detect-secrets."""
from __future__ import annotations

from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class

from secretfence.detectors.builtin import BUILTIN_MODULES, prefilter_for


def test_every_detect_secrets_plugin_is_known_with_its_module() -> None:
    discovered = {
        cls.__name__: cls.__module__.rsplit(".", 1)[1]
        for cls in get_mapping_from_secret_type_to_class().values()
        if cls.__module__.startswith("detect_secrets.plugins.")
    }
    assert discovered == BUILTIN_MODULES


def test_every_builtin_has_a_prefilter() -> None:
    for name in BUILTIN_MODULES:
        spec = prefilter_for(name, {})
        assert spec is not None and not spec.is_empty, name


def test_entropy_prefilter_follows_the_configured_limit() -> None:
    loose = prefilter_for("Base64HighEntropyString", {"limit": 3.0})
    strict = prefilter_for("Base64HighEntropyString", {"limit": 4.5})
    assert loose is not None and strict is not None
    nine = "'abcdefghi'"
    assert loose.accept is not None and [loose.accept(value) for value in loose.patterns[0].findall(nine)] == [True]
    assert not strict.patterns[0].search(nine)


def test_fewest_distinct_characters_bound() -> None:
    import math

    from secretfence.detectors.builtin import fewest_distinct

    assert fewest_distinct(4.5) == 23 and fewest_distinct(3.0) == 8
    for limit in (0.5, 2.0, 3.0, 3.3, 4.5, 5.0):
        k = fewest_distinct(limit)
        assert math.log2(k - 1) < limit - 1e-9 <= math.log2(k)


def test_keyword_line_check_on_the_folded_line_accepts_what_ignorecase_accepts() -> None:
    import re

    from secretfence.detectors.builtin import _KEYWORD_LINE

    ignorecase = re.compile(_KEYWORD_LINE.pattern, re.IGNORECASE)
    for text in ["PASSWORD=x", "Api_Key: y", "paſsword", "DB_PASS", "Contraseña", "nothing here", "\u212aey_pass"]:
        if ignorecase.search(text):
            assert _KEYWORD_LINE.search(text.casefold()), text
