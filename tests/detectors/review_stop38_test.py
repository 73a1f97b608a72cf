"""What the second reading of stop 38's round found, each checked on the form it broke."""
from __future__ import annotations

import hashlib

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


# What the adversarial pass of stop 38 found.

def test_an_ada_declaration_in_capitals_gives_its_literal_not_the_keyword() -> None:
    found = Engine().scan_text("src/db.ads", 'package Db is\n   DB_PASSWORD : CONSTANT STRING := "Rw8Lq3Zt6Vn9";\nend Db;\n')
    assert any(reports(finding, "Rw8Lq3Zt6Vn9") for finding in blocking(found))
    assert not any(reports(finding, "CONSTANT") for finding in found)


def test_an_ini_key_stands_beside_a_service_only_where_its_server_is_a_web_address() -> None:
    engine = Engine()
    assert engine.scan_text("settings.ini", "[cache]\nserver = redis://cache.internal:6379\nkey = session_prefix_v2\n") == []
    daemon = "[shotgun]\nserver: https://studio.shotgunstudio.com\nname: events\nkey: 4k)tq-29*zx7vbnm31wplr8d2c\n"
    assert any(reports(finding, "4k)tq-29*zx7vbnm31wplr8d2c") for finding in blocking(engine.scan_text("shotgunEventDaemon.conf", daemon)))


def test_a_credential_store_read_whole_skips_its_blank_lines_and_still_reads_its_entries() -> None:
    # (its blank lines cost nothing: every line of the file is a candidate, a blank one holds nothing)
    token = hashlib.sha256(b"review-stop38-ltoken").hexdigest()  # (a generated fake)
    text = "\n" * 5000 + "ci.example.lan;8080;svc-kw;" + token + "\n" + "   \n" * 5000
    found = blocking(Engine().scan_text("tools/klocwork/ltoken", text))
    assert [finding.line_number for finding in found] == [5001]


def test_a_chat_server_webhook_ends_at_a_trailing_slash_and_its_scheme_in_capitals() -> None:
    engine = Engine()
    hook = "8frbeauw0kynckwx7orjwz4rca"
    for url in (f"https://chat.acme.example/hooks/{hook}/", f"HTTPS://chat.acme.example/hooks/{hook}"):
        assert any(finding.type == "Service API Token" for finding in blocking(engine.scan_text("notify.py", f'URL = "{url}"\n'))), url
    assert engine.scan_text("notify.py", f'URL = "https://chat.acme.example/hooks/{hook}/extra"\n') == []  # (a path below it)
