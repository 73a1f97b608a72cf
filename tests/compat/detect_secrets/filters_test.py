"""detect-secrets 1.5's filters as secretfence knows and runs them: the list a baseline may name,
and the linear twins, each compared with detect-secrets' own on generated lines."""
from __future__ import annotations

import pytest


def test_native_indirect_reference_filter_agrees_with_detect_secrets() -> None:
    import random

    from detect_secrets.filters.heuristic import is_indirect_reference

    from secretfence.compat.detect_secrets.filters import _NATIVE_FILTERS

    native = _NATIVE_FILTERS["detect_secrets.filters.heuristic.is_indirect_reference"]
    pieces = ["a", "b_", ".", "-", "=", "==", "!==", ":=", ":", "!", " ", "\t", "\v", "(", ")", "[", "]", "['k']",
              "get(", "é", "\u00a0", "x1"]
    rng = random.Random(5)
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(20_000)]
    lines += ["secret = get_secret_key()", "secret = request.headers['apikey']", "a = b" + " (x)" * 300,
              "k = f(" + "x" * 996 + ")", "k = f(" + "x" * 995 + ")"]
    matched = 0
    for line in lines:
        assert native(line=line) == is_indirect_reference(line), repr(line)
        matched += native(line=line)
    assert 1000 < matched < len(lines) - 1000


def test_the_filters_a_baseline_may_name_are_exactly_detect_secrets_own() -> None:
    """BUILTIN_FILTERS is detect-secrets 1.5's list (every public is_*/should_exclude_* filter
    function of detect_secrets/filters/*), read from the installed package."""
    import importlib
    import inspect
    import pkgutil

    import detect_secrets.filters as package

    from secretfence.compat.detect_secrets.filters import BUILTIN_FILTERS

    found = set()
    for module_info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(module_info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            # A filter is injected what it names: a file name, a line, a secret (not is_feature_enabled()).
            injected = set(inspect.signature(function).parameters) & {"filename", "line", "secret"}
            if function.__module__ == module.__name__ and name.startswith(("is_", "should_exclude_")) and injected:
                found.add(f"{module.__name__}.{name}")
    assert found == BUILTIN_FILTERS


def test_filters_known_by_name_exist_in_detect_secrets() -> None:
    import importlib

    from detect_secrets.filters import heuristic

    from secretfence.compat.detect_secrets.filters import _LAZY_FILTERS, _LOCK_FILES, NATIVE_FILE_FILTERS

    for path in _LAZY_FILTERS | set(NATIVE_FILE_FILTERS):
        module, _, function = path.rpartition(".")
        assert callable(getattr(importlib.import_module(module), function)), path
    for name in ["poetry.lock", "Cargo.lock", "swagger.json", "api/swagger-ui.html", "app.py"]:
        assert NATIVE_FILE_FILTERS["detect_secrets.filters.heuristic.is_lock_file"](name) == heuristic.is_lock_file(name)
        assert NATIVE_FILE_FILTERS["detect_secrets.filters.heuristic.is_swagger_file"](name) == heuristic.is_swagger_file(name)
    assert _LOCK_FILES == {
        name for name in ["Brewfile.lock.json", "Cartfile.resolved", "composer.lock", "Gemfile.lock", "Package.resolved",
                          "package-lock.json", "Podfile.lock", "yarn.lock", "Pipfile.lock", "poetry.lock", "Cargo.lock",
                          "packages.lock.json"] if heuristic.is_lock_file(name)
    }


def test_native_likely_id_string_filter_agrees_with_detect_secrets() -> None:
    import random

    from detect_secrets.filters.heuristic import is_likely_id_string
    from detect_secrets.plugins.github_token import GitHubTokenDetector

    from secretfence.compat.detect_secrets.entropy import Base64HighEntropyString
    from secretfence.compat.detect_secrets.keyword import KeywordDetector
    from secretfence.compat.detect_secrets.filters import LikelyIdString

    native = LikelyIdString()
    pieces = ["id", "ID", "_id", "_ids", "_Id:", "myid", "userid", "ids", "\u0130d", "_\u0131d", "x", "9", " ", ":",
              "=", "'", "s3cret", "abc"]
    # Plugins report what they found in the line; a custom plugin (here: None, or a plain
    # object) may report anything.
    plugins = [KeywordDetector(), Base64HighEntropyString(), GitHubTokenDetector()]
    rng = random.Random(8)
    flagged = 0
    for _ in range(30_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        if line and rng.random() < 0.8:
            start = rng.randrange(len(line))
            secret = line[start : start + rng.randint(1, 6)]
            plugin = rng.choice(plugins + [None, object()])
        else:
            secret = rng.choice(["s3cret", "nothere", ""])
            plugin = rng.choice([None, object()])
        expected = is_likely_id_string(secret, line, plugin)
        assert native(secret=secret, line=line, plugin=plugin) == expected, (secret, line, plugin)
        flagged += expected
    assert 1000 < flagged < 25_000


@pytest.mark.parametrize("filename", ["app.py", "conf.yaml", "conf.yml", "page.html"])
def test_native_allowlist_filter_agrees_with_detect_secrets(filename: str) -> None:
    import random

    from detect_secrets.filters.allowlist import is_line_allowlisted
    from detect_secrets.util.code_snippet import CodeSnippet

    from secretfence.compat.detect_secrets.filters import is_line_allowlisted as native

    rng = random.Random(9 + len(filename))

    def some(*choices: str) -> str:
        return rng.choice(choices)

    def candidate() -> str:
        """Mostly pragma-shaped: every part present, absent or slightly off."""
        return "".join((
            some("", "", "x = 'v'", "  ", "\t", "a\n"), some("#", "//", "/*", "'", "--", "<!--", "<!--#", "", "x"),
            some("", " ", "  ", "\t", " # "), some("pragma:", "pragma: ", "pragma", "Pragma: "),
            some("allowlist", "whitelist", "allow"), some(" ", "-", ""), some("", "", "nextline ", "nextline-", "nextline"),
            some("secret", "secrets", "x"), some("", "", " x", " \t", "\n", "\nx"), some("", "", "*/", " */", "-->", " --> ", "--"),
        ))

    allowed = 0
    for _ in range(20_000):
        line, previous = candidate(), candidate()
        context = CodeSnippet([previous, line], 0, 1)
        expected = is_line_allowlisted(filename, line, context)
        assert native(filename=filename, line=line, context=context) == expected, (line, previous)
        allowed += expected
    for line in ("password = 'x'  # pragma: allowlist secret", "x = 1 /* pragma: allowlist secret */",
                 "<!-- pragma: allowlist secret -->", "# pragma: allowlist nextline secret"):
        context = CodeSnippet([line, line], 0, 1)
        assert native(filename=filename, line=line, context=context) == is_line_allowlisted(filename, line, context)
    assert 200 < allowed < 19_000
