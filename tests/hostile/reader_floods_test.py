"""The literal kind's readers on floods of their forms (tests/hostile/reader_floods_cases.py)."""
from __future__ import annotations

from pathlib import Path
from typing import List

import pytest

from tests.hostile.case import HostileCase, check_case
from tests.hostile.reader_floods_cases import CASES, generated_value


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_reader_flood(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)


# A line's findings are capped (kinds._helpers.LineCap), whichever reader finds them; before, each
# of a line's values was a finding (the flood's 20,000 went on to the report and every check after it).
CAP = 64  # kinds._helpers.MAX_FINDINGS_A_LINE


@pytest.mark.parametrize("filename, form", [
    ("profiles.clj", ':password "{}" '),
    (".fetchmailrc", "password '{}' "),
    ("NuGet.Config", '<add key="ClearTextPassword" value="{}" />'),
    ("lib/Conf.pm", "password => q{{{}}}, "),
    ("etl/load.dtsx", '<DTS:Property DTS:Name="Password">{}</DTS:Property>'),
    ("mqtt_client.py", 'c.username_pw_set("ops", "{}"); '),
    ("samconfig.toml", "DbPassword=\\\"{}\\\" "),
    ("jobs/nightly.jcl", ",PASSWORD={}"),
])
def test_a_line_of_values_reports_at_most_the_cap(filename: str, form: str) -> None:
    from secretfence.kinds.literal_credential import SecretfenceLiteralCredentialDetector

    jcl = filename.endswith(".jcl")
    values = [f"P{number:05d}XY" if jcl else generated_value(number) for number in range(3 * CAP)]
    line = "".join(form.format(value) for value in values)
    line = {"samconfig.toml": 'parameter_overrides = "' + line + '"', "jobs/nightly.jcl": "//NIGHTLY JOB (ACCT)" + line}.get(
        filename, line)
    matches = list(SecretfenceLiteralCredentialDetector().find([line + "\n"], 0, filename))
    assert [match.line_offset for match in matches] == [0] * CAP
    # (the first values of the line, as one reader or another reads them: `q{…` is the assignment's)
    assert sorted(match.secret.lstrip("q{") for match in matches) == values[:CAP]


def test_a_line_cap_counts_each_line() -> None:
    from secretfence.kinds._helpers import MAX_FINDINGS_A_LINE, LineCap

    assert MAX_FINDINGS_A_LINE == CAP
    cap = LineCap(limit=2)
    assert [cap.take(0), cap.take(0), cap.take(0), cap.take(1)] == [True, True, False, True]
    assert (cap.full(0), cap.full(1)) == (True, False)
    assert list(cap.within([(0, "a"), (1, "b"), (2, "c")])) == [(1, "b"), (2, "c")]


# Engine.scan_text is given text whose lone `\r` the command line's own line splitting would have
# broken: the CSV reader raised on it (a header's or a row's), the whole scan with it.
@pytest.mark.parametrize("text", [
    "id,note\r,api_key\n1,x,3f9a61c0d2e84b7f95a0c6d1e2b3f4a5\n",
    "id,note,api_key\n1,x\r,3f9a61c0d2e84b7f95a0c6d1e2b3f4a5\n",
])
def test_a_table_with_a_lone_carriage_return(text: str) -> None:
    from secretfence.engine import Engine

    findings = [(f.type, f.line_number, f.secret) for f in Engine().scan_text("seed/keys.csv", text)
                if f.type == "Tabular Data Credential"]
    assert findings == [("Tabular Data Credential", 2, "3f9a61c0d2e84b7f95a0c6d1e2b3f4a5")]


# Where a call's arguments end is looked up in the line's nesting (_code_calls._Nesting), read
# once for its calls; it must agree with the walk it replaces, at each argument of each call.
@pytest.mark.parametrize("text", [
    "x = NetworkCredential(" * 16 + "\n" + "NetworkCredential(" * 16,  # none closed
    'c = NetworkCredential(f(a, "b)"), "Qx7Lm2Vt9Rz4Kw8PnY") ; d = x.auth(u, [1, 2], "pw")',
    "a = connect('u', 'p'" + ", (" * 300 + "'" + "q" * 900 + "'" + ") " * 300,  # a string cut by a window
    "NetworkCredential('NetworkCredential('NetworkCredential(" + "('x', y)," * 250,  # heads inside strings
    "DBI->connect($dsn, 'u', 'p')\n  , 'more',\n  ')', q(" + ",]" * 900,
])
def test_argument_ends_agree_with_the_walk(text: str) -> None:
    from secretfence.kinds import _code_calls

    lines = text.split("\n")
    for index, line in enumerate(lines):
        calls = [found for _, found in zip(range(_code_calls._CALLS_A_LINE), _code_calls._CALL.finditer(line))]
        if not calls:
            continue
        nesting = _code_calls._Nesting(lines, index, calls[0].end(), calls[-1].end())
        for found in calls:
            walked = _code_calls._arguments(lines, index, found.end())
            assert _code_calls._arguments(lines, index, found.end(), nesting) == walked, (index, found.start())


def _plain_ancestor_walk(lines: List[str], index: int, limit: int) -> List[str]:
    """The walk yaml_ancestor_keys memoises: every line above, one at a time."""
    from secretfence.kinds._helpers import _YAML_KEY, line_text

    line = line_text(lines, index)
    indent, keys = len(line) - len(line.lstrip(" \t")), []
    for other in range(index - 1, max(-1, index - limit), -1):
        if indent == 0:
            break
        found = _YAML_KEY.match(line_text(lines, other))
        if found is not None and len(found.group("indent")) < indent:
            indent = len(found.group("indent"))
            keys.append(found.group("key"))
    return keys


# A YAML list's items each ask for their parents (a thousand `- name: … password: …` items); the walk
# jumps over siblings it has already passed, and must agree with the plain walk whatever order lines
# ask in, whatever their window, and when a caller stops reading early.
@pytest.mark.parametrize("seed", range(40))
def test_yaml_parents_agree_with_the_plain_walk(seed: int) -> None:
    import itertools
    import random

    from secretfence.kinds._helpers import yaml_ancestor_keys

    drawn = random.Random(seed)
    lines = []
    for number in range(drawn.randint(1, 150)):
        indent = drawn.choice(["", " ", "  ", "  ", "    ", "    ", "      ", "\t"])
        form = drawn.choice([f"k{number}: v", f"- k{number}: v", f"k{number}:", f"plain text {number}", ""])
        lines.append(indent + form + drawn.choice(["\n", "\r\n", ""]))
    order = list(range(len(lines)))
    drawn.shuffle(order)
    for index in order:
        limit, read = drawn.choice([5, 20, 40, 200]), drawn.choice([1, 2, 99])
        walked = _plain_ancestor_walk(lines, index, limit)[:read]
        assert list(itertools.islice(yaml_ancestor_keys(lines, index, limit), read)) == walked, (seed, index, limit)
