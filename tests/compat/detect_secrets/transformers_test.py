"""detect-secrets' transformers, run in linear time: the same lines, and no alias bomb walked."""
from __future__ import annotations

import contextlib
from typing import Iterator

from secretfence.engine import Engine


def _alias_bomb(levels: int, token_line: str) -> str:
    """Billion laughs: each level's list holds nine aliases of the level below."""
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 9) + "]" for level in range(1, levels)]
    return "\n".join(lines + [token_line]) + "\n"


def test_yaml_alias_bomb_is_scanned_as_raw_lines() -> None:
    """detect-secrets' YAML transformer walks 9**9 nodes here (minutes, gigabytes); the file is
    scanned as it stands instead, and what its lines hold is found."""
    text = _alias_bomb(9, "token: 7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM")
    assert [(f.type, f.line_number) for f in Engine().scan_text("bomb.yaml", text)] == [("Telegram Bot API Token", 10)]


def test_yaml_with_a_few_aliases_still_goes_through_the_transformer() -> None:
    from secretfence.compat.detect_secrets.transformers import yaml_walk_is_bounded

    # The transformer quotes the unquoted value: only then does the entropy plugin see it.
    text = "defaults: &defaults\n  image: app\nweb:\n  <<: *defaults\n  key: Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdo\n"
    assert yaml_walk_is_bounded(text)
    assert [(f.type, f.line_number) for f in Engine().scan_text("compose.yaml", text)] == [("Base64 High Entropy String", 5)]


def test_yaml_walk_count_is_the_walk_that_expands_every_alias() -> None:
    """The event-based counts equal a walk of the composed document, aliases expanded, and
    the number of distinct nodes in it."""
    import random

    import yaml

    from secretfence.compat.detect_secrets.transformers import yaml_walk_size

    def children(node: "yaml.Node") -> list:
        if isinstance(node, yaml.ScalarNode):
            return []
        return [item for pair in node.value for item in pair] if isinstance(node, yaml.MappingNode) else node.value

    def walked(node: "yaml.Node") -> int:
        return 1 + sum(walked(child) for child in children(node))

    def distinct(node: "yaml.Node", seen: set) -> int:
        if id(node) in seen:
            return 0
        seen.add(id(node))
        return 1 + sum(distinct(child, seen) for child in children(node))

    rng = random.Random(3)
    aliased = 0
    for _ in range(300):
        lines = []
        for number in range(rng.randint(1, 6)):
            refs = [f"*a{rng.randrange(number)}" for _ in range(rng.randint(0, 4))] if number else []
            items = refs + [f"v{k}" for k in range(rng.randint(0 if refs else 1, 3))]
            lines.append(f"k{number}: &a{number} [" + ", ".join(items) + "]")
        text = "\n".join(lines) + "\n"
        document = yaml.compose(text, Loader=yaml.SafeLoader)
        assert yaml_walk_size(text) == (walked(document), distinct(document, set())), text
        aliased += "*" in text
    assert aliased > 100
    assert yaml_walk_size("a: [b\n") is None


def _ini_text(rng: "random.Random") -> str:
    """INI-ish files: sections, keys, values, continuations, comments, pragmas, signs."""
    def some(*choices: str) -> str:
        return rng.choice(choices)

    lines = [some("[main]", "[main]", "", "key = top", "# note")]
    for number in range(rng.randint(1, 12)):
        key = some("key", "password", "a.b", "k*", "x(y)", "db_pass", "with space") + str(number % 4)
        value = some("v4lue", "=x", ":=y", " z", "'quoted'", '"dq"', "=", ":", "", "%(key0)s", "100%", "a;b", "x # y",
                     "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdo")
        lines.append(key + some(" = ", "=", ": ", ":", " := ", "  =  ", " ") + value)
        for _ in range(rng.choice((0, 0, 0, 1, 2))):
            lines.append(some("  more", "\tcontinued", "  ", "", "  # comment", "  ; c"))
        if rng.random() < 0.15:
            lines.append(some("# pragma: allowlist nextline secret", "; pragma: allowlist nextline secret",
                              "  #  pragma:allowlist-nextline-secret  x", "# pragma: allowlist secret"))
        if rng.random() < 0.1:
            lines.append(some("[other]", "[main]", "[s" + str(number) + "]"))
    return "\n".join(lines) + some("\n", "")


def test_linear_transformers_give_detect_secrets_lines() -> None:
    import random

    from detect_secrets.transformers import get_transformed_file

    from secretfence.compat.detect_secrets.transformers import transformed_lines
    from secretfence.engine.scan import _NamedStringIO

    rng = random.Random(13)
    transformed = read_raw = 0
    for _ in range(3000):
        text = _ini_text(rng)
        for filename, eager in (("app.ini", False), ("notes.txt", True), ("settings.yaml", False)):
            def run(transform):  # type: ignore[no-untyped-def]
                try:
                    return transform(_NamedStringIO(text, filename))
                except Exception as error:  # the engine treats any failure as "no transform"
                    return type(error).__name__
            want = run(lambda file: get_transformed_file(file, use_eager_transformers=eager))
            got = run(lambda file: transformed_lines(file, eager=eager))
            if got != want and "%" in text:
                # configparser could not interpolate a `%`: detect-secrets read nothing of the
                # file, secretfence reads it raw, as detect-secrets would without interpolation.
                with _without_interpolation():
                    want = run(lambda file: get_transformed_file(file, use_eager_transformers=eager))
                read_raw += 1
            assert got == want, (filename, text)
            transformed += isinstance(want, list) and bool(want)
    assert transformed > 1000
    assert read_raw > 100


@contextlib.contextmanager
def _without_interpolation() -> Iterator[None]:
    """detect-secrets' INI parser with configparser's interpolation off (its values raw)."""
    import configparser

    from detect_secrets.transformers import config

    class RawParser(configparser.ConfigParser):
        def __init__(self) -> None:
            super().__init__(interpolation=None)

    original = config.configparser.ConfigParser
    config.configparser.ConfigParser = RawParser  # type: ignore[misc]
    try:
        yield
    finally:
        config.configparser.ConfigParser = original  # type: ignore[misc]


def test_a_percent_sign_no_longer_hides_a_dotenv_file() -> None:
    """configparser's `%` interpolation failed on a Django key (its alphabet holds `%`) and took
    every value of the file with it: the unquoted password beside it went unseen."""
    from secretfence.engine import Engine

    text = "DJANGO_SECRET_KEY=k2%w!x9@q^z7m(r5t+v8b&n1c-j6h=y4u0e\nSMTP_PASSWORD=Harbor.cedar2291!\n"
    findings = Engine().scan_text(".env", text)
    assert sorted((f.line_number, f.type, f.secret, f.confidence.value) for f in findings) == [
        (1, "Secret Keyword", "k2%w!x9@q^z7m(r5t+v8b&n1c-j6h=y4u0e", "medium"),
        (2, "Secret Keyword", "Harbor.cedar2291!", "medium"),
    ]


def test_the_yaml_comment_is_what_detect_secrets_regex_finds() -> None:
    """`yaml_comment` gives `_yaml_comment_regex().search(line)`'s match on every line of an
    alphabet of blanks (a space, a tab, a no-break space, a newline, a form feed), `#` and text."""
    import random

    from detect_secrets.transformers.yaml import _yaml_comment_regex

    from secretfence.compat.detect_secrets.transformers import yaml_comment

    alphabet = [" ", "\t", "\u00a0", "\n", "\x0c", "#", "a", "é", ":", '"']
    generator = random.Random(20261202)
    lines = ["", "#", " #", "a #b c", "a#b", "a # b\tc", "\t #\u00a0x"]
    lines += ["".join(generator.choice(alphabet) for _ in range(generator.randrange(1, 14))) for _ in range(20_000)]
    for line in lines:
        found = _yaml_comment_regex().search(line)
        assert yaml_comment(line) == (found.group(0) if found else ""), repr(line)


def test_a_long_blank_run_in_a_yaml_value_is_read_in_linear_time() -> None:
    """A 100 KB run of blanks inside a value (detect-secrets' comment regex took 15 s on it):
    the token after it is still found (the time is measured by benchmarks/hostile.py)."""
    text = "note: a" + " " * 100_000 + "b  # the comment\ntoken: 7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM\n"
    assert [(f.type, f.line_number) for f in Engine().scan_text("values.yaml", text)] == [("Telegram Bot API Token", 2)]


def test_the_config_transforms_escaped_quote_cuts_no_value() -> None:
    """A file detect-secrets knows no type of is re-read as a config file when nothing was found, its values quoted and
    their quotes escaped: Kotlin's `val password = getString("key")` became `getString(\\`, cut at the escaped quote,
    and blocked. Such a cut value is the transform's artifact; a config file's own password still blocks so."""
    engine = Engine()
    for line in ('val password = getString("pref_password", "")', 'val password = setOf("a1", "b2")',
                 'password = prefs.get("password", "x")'):
        assert [f.secret for f in engine.scan_text("Settings.kt", line + "\n")] == []
    found = engine.scan_text("settings.conf2", "password = Tr0ub4dor&3xKq\n")
    assert [(f.type, f.secret) for f in found] == [("Secret Keyword", "Tr0ub4dor&3xKq")]
