"""The prefilter specs are necessary conditions: every line a plugin can report on passes its own."""
from __future__ import annotations

from secretfence.compat.detect_secrets.plugins import BUILTIN_MODULES
from secretfence.prefilter.spec import prefilter_for


def test_every_builtin_has_a_prefilter() -> None:
    for name in BUILTIN_MODULES:
        spec = prefilter_for(name, {})
        assert spec is not None and not spec.is_empty, name


def test_entropy_prefilter_follows_the_configured_limit() -> None:
    from secretfence.engine import Engine, EngineConfig

    nine = "x = 'abcdefghi'\n"
    for limit, expected in ((3.0, {0: {0}}), (4.5, {})):
        engine = Engine(EngineConfig(plugins=[{"name": "Base64HighEntropyString", "limit": limit}]))
        assert engine._prefilters.candidates(nine, "x.py")[0] == expected, limit


def test_fewest_distinct_characters_bound() -> None:
    import math

    from secretfence.prefilter.spec import fewest_distinct

    assert fewest_distinct(4.5) == 23 and fewest_distinct(3.0) == 8
    for limit in (0.5, 2.0, 3.0, 3.3, 4.5, 5.0):
        k = fewest_distinct(limit)
        assert math.log2(k - 1) < limit - 1e-9 <= math.log2(k)


def test_keyword_prefilter_finds_every_line_ignorecase_finds() -> None:
    import random
    import re

    from detect_secrets.plugins.keyword import DENYLIST

    from secretfence.prefilter.spec import fold_bytes, prefilter_for

    spec = prefilter_for("KeywordDetector", {})
    assert spec is not None and spec.folded_patterns
    ignorecase = re.compile("|".join(DENYLIST), re.IGNORECASE)
    texts = ["PASSWORD=x", "Api_Key: y", "paſsword", "DB_PASS", "Contraseña", "CONTRASEÑA", "nothing here",
             "\u212aey_pass", "pr\u0130vate_key", "pr\u0131vate_key", "keypass", "the key, the pass", "monkey",
             "passage"]
    pieces = ["api", "auth", "db", "data", "base", "priv", "ate", "client", "key", "pass", "word", "wd", "pwd",
              "secret", "contra", "seña", "sena", "_", " ", "K", "Y", "P", "S", "x", "\u0131", "\u017f"]
    rng = random.Random(5)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(5000)]
    found = 0
    for text in texts:
        expected = bool(ignorecase.search(text))
        folded = fold_bytes(text.encode("utf-8"))
        got = any(pattern.search(folded) for pattern in spec.folded_patterns)
        # The compiled scanner looks for the patterns' heads instead: the same lines.
        assert got == any(head.encode() in folded for pattern in spec.folded_patterns for head in pattern.heads), text
        if expected:
            assert got, text
        elif text.isascii():
            assert not got, text  # and no wider than the denylist on ASCII text
        found += expected
    assert 500 < found < len(texts) - 500  # both outcomes are exercised


def test_fold_covers_every_character_ignorecase_equates_with_an_ascii_letter() -> None:
    import re
    import sys

    from secretfence.prefilter.spec import fold, fold_bytes

    letters = re.compile("[a-z]", re.IGNORECASE)
    extras = [chr(code) for code in range(128, sys.maxunicode + 1) if letters.fullmatch(chr(code))]
    assert extras  # Kelvin sign, long s, dotted and dotless i
    for character in extras:
        folded = fold(character)
        assert folded.isascii() and re.fullmatch(folded, character, re.IGNORECASE), hex(ord(character))
        assert fold_bytes(character.encode("utf-8")) == folded.encode("ascii"), hex(ord(character))


def test_the_charsets_spelled_out_are_the_string_modules() -> None:
    """prefilter.spec spells out string's constants (importing `string` costs every hook run)."""
    import string

    from secretfence.prefilter import spec

    assert spec._TOKEN_CHARSET == string.ascii_letters + string.digits + "_-\\."
    assert spec._ENTROPY_CHARSETS == {
        "Base64HighEntropyString": string.ascii_letters + string.digits + "+/" + "\\-_" + "=",
        "HexHighEntropyString": string.hexdigits,
    }


def test_separated_alternation_matches_the_names_the_plain_join_does() -> None:
    """The literal kind's file-name branches written under one `(?:^|[/\\!])`: the same names."""
    import random
    import re

    from secretfence.kinds import _config_forms, _network_keys, _proxy_and_sessions, _tool_outputs, _web_forms
    from secretfence.kinds._literal_reading import ROLE_FILES
    from secretfence.prefilter.spec import separated_alternation

    sources = (ROLE_FILES.pattern, _config_forms.WHOLE_FILES, _web_forms.WHOLE_FILES, _network_keys.WHOLE_FILES,
               _tool_outputs.WHOLE_FILES, _tool_outputs.WORKING_TABLES, _proxy_and_sessions.WHOLE_FILES)
    plain = re.compile("|".join(sources))
    factored = re.compile(separated_alternation(*sources))
    assert factored.pattern != plain.pattern  # (every branch opens with the separator: factored)
    pieces = ("vpn", "auth", "Pass", "/", "\\", "!", ".txt", ".conf", "notes", "loot", "proxy", "proxies", ".lst",
              "credentials", ".key", "chrony", "ntp", "router.db", ".panrc", "sasl_passwd", "vault-pass",
              "fetchmailrc", ".lftp", "master.key", "config.ini.php", "proxychains", ".pot", "cracked", "red-team",
              ".md", "a", "B", "x.y", "\n", "VPN", "servlist_.conf", "lftprc", "keys", ".cracked", "requirements")
    rng = random.Random(17)
    names = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(20_000)]
    matched = 0
    for name in names:
        assert bool(factored.search(name)) == bool(plain.search(name)), name
        matched += bool(plain.search(name))
    assert 1_000 < matched < len(names) - 1_000
    # Branches that do not all open with the separator are joined as they are.
    assert separated_alternation(r"(?i)(?:^|[/\\!])a$", r"b$") == r"(?i)(?:^|[/\\!])a$|b$"
    assert separated_alternation(r"(?:^|[/\\!])(?:a|[|)]b)$", r"(?:^|[/\\!])c$") == r"(?:^|[/\\!])(?:(?:a|[|)]b)$|c$)"
