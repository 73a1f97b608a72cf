"""What the second reading of stop 38's round found, each checked on the form it broke."""
from __future__ import annotations

from secretfence.engine import Engine
from secretfence.kinds._command_lines import _dollar_in_literal
from secretfence.kinds._web3_keys import _SPLIT_PART
from tests.accuracy.labelled import blocking, reports


def test_a_literal_alone_below_its_name_keeps_a_double_slash_it_holds() -> None:
    # (a `//` inside the literal is the value's, not a comment: base64 and URLs hold one)
    for name, text in (("src/auth.ts", 'const CLIENT_SECRET =\n  "Qm8Vx2Lk//9Tz4Rw7Np3Hb";  // rotated\n'),
                       ("app/settings.py", 'CLIENT_SECRET = \\\n    "Qm8Vx2Lk//9Tz4Rw7Np3Hb"\n')):
        found = blocking(Engine().scan_text(name, text))
        assert any(reports(finding, "Qm8Vx2Lk//9Tz4Rw7Np3Hb") for finding in found), name


def test_a_dollar_before_digits_counts_only_where_no_letter_follows_them() -> None:
    assert _dollar_in_literal("B21minuteman$97")
    assert not _dollar_in_literal("Copper$12abc")  # (not `$1` then `2abc`: the digits run into a word)
    assert not _dollar_in_literal("Copper$1abc")


def test_a_split_key_part_reads_its_close_and_blanks_either_way() -> None:
    for line in ('    "abcd1234")', '    "abcd1234" ) ,', '    "abcd1234",  # part two', '    "abcd1234"' + " " * 64):
        found = _SPLIT_PART.match(line)
        assert found is not None and found.group("part") == "abcd1234", line
    assert _SPLIT_PART.match('    "abcd1234" ) x') is None
