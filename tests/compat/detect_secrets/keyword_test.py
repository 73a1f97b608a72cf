"""The fast KeywordDetector reports what detect-secrets' own reports, on every kind of line."""
from __future__ import annotations

import re

from tests.engine_test import BUILTIN_LINES, PREFILTER_EDGE_LINES


def test_no_denylist_word_lies_inside_another_ending_before_it() -> None:
    """What lets the fast KeywordDetector try only the first denylist word of each word: a
    later start in the same word can never end its denylist word earlier."""
    import itertools

    from detect_secrets.plugins.keyword import DENYLIST

    words = {"".join(parts) for pattern in DENYLIST
             for parts in itertools.product(*[("_", "") if piece == "_?" else (piece,)
                                               for piece in re.split(r"(_\?)", pattern) if piece])}
    assert "apikey" in words and "api_key" in words and "contrase\u00f1a" in words
    for outer, inner in itertools.permutations(words, 2):
        at = outer.find(inner, 1)
        while at >= 0:
            assert at + len(inner) >= len(outer), (outer, inner)
            at = outer.find(inner, at + 1)


def test_fast_keyword_detector_reports_what_the_original_reports() -> None:
    import random

    from detect_secrets.plugins.keyword import KeywordDetector as Original

    from secretfence.compat.detect_secrets.keyword import KeywordDetector

    fragments = ["password", "PASSWORD", "api_key", "ApiKey", "db_pass", "secret", "my_secret_value", "pwd",
                 "contrasena", " = ", ":", ": ", ":=", "==", "!=", "=>", "(", ".assign(", '"', "'", "`", ";",
                 "[0]", "hunter2", "s3cr3t-Value", "x", " ", "# ", "<p>", "&quot;", "\u00f1", "\u212a", "\u017f",
                 "\u0130", "\u0131", "pa\u017f\u017fword", "PRIVATE_\u212aEY", "passwordpassword", "_", "-", "`"]
    rng = random.Random(11)
    lines = [
        "".join(rng.choice(fragments) for _ in range(rng.randint(1, 12))) for _ in range(3000)
    ] + BUILTIN_LINES + PREFILTER_EDGE_LINES + [
        'if "hunter2s3cret" == password:', "assert 'Zq8mX3vT' != my_db_pass", 'x = "abc" === clientSecret',
        'String password = "s3cr3tValue";', 'secret.assign("s3cr3tValue")', 'password("s3cr3tValue")',
        'char api_key[16] = @"s3cr3tValue"', 'pwd := "s3cr3tValue"', "password: s3cr3tValue",
    ]
    reported = 0
    for filename in ("app.py", "main.go", "x.cpp", "lib.c", "conf.yaml", "notes.txt", "app.js"):
        for exclude in ("", "hunter"):
            fast, slow = KeywordDetector(keyword_exclude=exclude), Original(keyword_exclude=exclude)
            for line in lines:
                got = {s.secret_value for s in fast.analyze_line(filename=filename, line=line)}
                want = {s.secret_value for s in slow.analyze_line(filename=filename, line=line)}
                assert got == want, (filename, line)
                reported += bool(want)
    assert reported > 1000


def _keyword_line(rng: "random.Random") -> str:
    """Assignments and comparisons as the keyword regexes read them, every part varied."""
    def some(*choices: str) -> str:
        return rng.choice(choices)

    parts = []
    for _ in range(rng.randint(1, 3)):
        word = some("password", "PASSWORD", "my_secret", "apiKey", "db_pass", "pa\u017f\u017fword", "x_pwd_y", "passwordpassword",
                    "secretsecret", "contrase\u00f1a", "token")
        assignment = some("", " ", "=", " = ", "==", "===", "!=", "!==", ":", ": ", ":=", " := ", "=>", " => ", "(",
                          ".assign(", "Xassign(", "[0]", "[] = ", "[25] =", " = @", '"]:', "']=", "\t=\t", " \u00a0= ")
        quote = some('"', "'", "`", "", "`", '"')
        value = some("v4lue", "s3cr3t-Value", "a,", "a`b", "a`", "x y", ",x", "\u00e9t\u00e9", "a\vb", "a'b", "")
        closing = some(quote, quote, "`", "'", '"', "")
        tail = some("", "", ";", " ;", ",", ")", " == password", "==my_secret", " != x", " // note", "`;", '";')
        parts.append(some("", "", " ", "x = ", "if (", "`", "'a' == ") + word + assignment + quote + value + closing + tail)
    return some("", " ", "\t") + some(" ", "; ", "") .join(parts)


def test_fast_keyword_detector_on_structured_lines() -> None:
    """Lines built to reach every branch of the keyword regexes: the fast detector reports what
    the original does, and predicts exactly where each regex matches."""
    import random

    from detect_secrets.plugins import keyword as original

    from secretfence.compat.detect_secrets import keyword as fast_module
    from secretfence.prefilter.spec import fold

    rng = random.Random(12)
    lines = [_keyword_line(rng) for _ in range(6000)]
    reported = 0
    for filename in ("app.py", "main.go", "x.cpp", "lib.c", "conf.yaml", "notes.txt", "app.js"):
        fast, slow = fast_module.KeywordDetector(), original.KeywordDetector()
        for line in lines:
            got = {s.secret_value for s in fast.analyze_line(filename=filename, line=line)}
            want = {s.secret_value for s in slow.analyze_line(filename=filename, line=line)}
            assert got == want, (filename, line)
            reported += bool(want)
    assert reported > 10_000
    # The look-ups predict the regexes exactly: no match is skipped, none is tried in vain.
    predicted = compared = 0
    for line in lines:
        view = fast_module._Line(line)
        for regex, (candidates, after) in fast_module._AFTER_WORD.items():
            folded = bool(regex.flags & re.IGNORECASE)
            word_end = -1
            for found in fast_module._WORD_STARTS.finditer(fold(line) if folded else line):
                if found.start() < word_end:
                    continue
                word_end = fast_module._WORD_REST.match(line, found.start()).end()  # type: ignore[union-attr]
                prediction = fast_module._head(regex).match(line, found.start()) is not None and any(
                    view.value_closes(v, q, after) for v, q in candidates(view, word_end)
                )
                assert prediction == bool(fast_module._without_backtracking(regex).match(line, found.start())), (regex.pattern, line)
                predicted += prediction
        regex = original.PRECEDED_BY_EQUAL_COMPARISON_SIGNS_QUOTES_REQUIRED_REGEX
        for position, character in enumerate(line):
            if character in "'\"`":
                prediction = view.value_closes(position + 1, character, "==")
                assert prediction == bool(regex.match(line, position)), line
        found, expected = fast_module._first_compared(regex, view), regex.search(line)
        assert (found and found.span()) == (expected and expected.span()), line
        compared += expected is not None
    assert predicted > 3000 and compared > 300
