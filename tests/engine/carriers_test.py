"""Carried secrets (secretfence.engine.carriers): each sample's secret blocks, at the outer
line of its carrier and saying how it was carried; each decoy passes."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine, carriers
from secretfence.findings import Finding
from tests.accuracy.labelled import blocking, reports


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocking(engine: Engine, sample: carriers.CarriedSample) -> List[Finding]:
    return blocking(engine.scan_text(sample.filename, sample.text))


@pytest.mark.parametrize("sample", carriers.TRUE_SAMPLES, ids=lambda s: s.note)
def test_true_sample_blocks(engine: Engine, sample: carriers.CarriedSample) -> None:
    assert sample.secret is not None
    found = [f for f in _blocking(engine, sample) if reports(f, sample.secret)]
    assert found, sample.note
    # Without the carriers (the lines as they are) nothing of it blocks: the carrier is the point.
    # (The literal-credential kind reads a name/value pair over two lines itself: not a carrier's.)
    plain = [f for f in blocking(engine._scan_lines(sample.filename, sample.text))
             if reports(f, sample.secret) and f.type != "Literal Credential"]
    assert not plain, sample.note


@pytest.mark.parametrize("sample", carriers.FALSE_SAMPLES, ids=lambda s: s.note)
def test_false_sample_passes(engine: Engine, sample: carriers.CarriedSample) -> None:
    assert sample.secret is None
    assert _blocking(engine, sample) == []


@pytest.mark.parametrize("pragma", ["  # pragma: allowlist secret", ""])
def test_a_pragma_on_the_carrying_line_covers_what_it_carries(engine: Engine, pragma: str) -> None:
    # A generated .env held in one string literal: the line's pragma speaks for the file it holds.
    password = "Xk7pQ2mZ9vLw4RtY"
    text = f'ENV_TEXT = "REDIS_URL=redis://:{password}@cache.internal:6379/0\\nDEBUG=1\\n"{pragma}\nOTHER = 1\n'
    found = [f for f in engine.scan_text("gen.py", text) if reports(f, password)]
    if pragma:
        assert found == []
    else:
        assert [(f.type, f.line_number) for f in found] == [("Redis Credentials", 1)]


def test_two_split_tokens_on_one_line_are_both_assembled() -> None:
    # Each concatenation on a line is assembled into the line's view (the view was rebuilt for
    # each, so only the last one on a line was kept).
    first, second = "ghp_" + "Qz8Lm2Vw9Xr4Tn7Bk1Pd5Hs3Jf6Yc0Ag2Ee", "7213808860:" + "AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
    text = f'TOKENS = ("{first[:18]}" "{first[18:]}", "{second[:20]}" "{second[20:]}")\n'
    found = {f.secret for f in Engine().scan_text("settings.py", text)}
    assert {first, second} <= found


@pytest.mark.parametrize("file_name, text, secret", [
    ("src/bot/_auth.py",
     '_PARTS = (\n    "ghp_p0GKjU",\n    "Qz8Lm2Vw9X",\n    "r4Tn7Bk1Pd",\n    "5Hs3Jf6Yc0",\n)\nTOKEN = "".join(_PARTS)\n',
     "ghp_p0GKjUQz8Lm2Vw9Xr4Tn7Bk1Pd5Hs3Jf6Yc0"),
    ("app/cache.py",
     'import redis\n_PASS_PARTS = ["fL5rUVKnpBM", "vXy8m9pMrRje"]\n\n\ndef client():\n'
     '    return redis.Redis(host="cache.internal", password="".join(_PASS_PARTS), ssl=True)\n',
     "fL5rUVKnpBMvXy8m9pMrRje"),
])
def test_a_sequence_of_literals_joined_by_its_name_is_read_where_it_is_joined(file_name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(file_name, text))
    assert any(reports(finding, secret) for finding in found), [f.secret for f in found]


@pytest.mark.parametrize("text", [
    '_URL_PARTS = ("https://docs.acme.io/", "guide/index.html")\nURL = "".join(_URL_PARTS)\n',
    'TOKEN = "".join(_UNDEFINED_PARTS)\n',
    '_WORDS = ("alpha", "beta")\nTITLE = " ".join(_WORDS)\n',
])
def test_a_join_by_name_of_no_token_blocks_nothing(text: str) -> None:
    assert blocking(Engine().scan_text("src/app/names.py", text)) == []


def test_a_literals_trailing_token_is_the_run_a_search_anchored_at_its_end_finds() -> None:
    """The run of token characters (a `%XX` escape counts) that ends a literal, walked back by hand, is the one an
    end-anchored search finds (which tried every start: quadratic on a long run a stray character ends)."""
    import random
    import re

    from secretfence.engine.carriers import _trailing_token_length

    anchored = re.compile(r"(?:[\w+/=.:-]|%[0-9A-Fa-f]{2})+$")
    pieces = ["a", "Z", "9", "_", "%", "%2B", "%2", "%zz", "!", " ", "é", ".", "=", "-", '"', "%%"]
    draw = random.Random(40)
    for _ in range(5000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randrange(0, 12)))
        found = anchored.search(text)
        assert _trailing_token_length(text, len(text) + 1) == (len(found.group(0)) if found else 0), text
    assert _trailing_token_length("x" * 100, 16) == 16  # (counted up to what is enough)


def test_literals_joined_over_windows_line_ends() -> None:
    """A token split over literals joins over CRLF as over LF (a Windows checkout's files)."""
    from secretfence.engine import Engine
    from tests.accuracy.labelled import blocking, reports

    token = "AAAAAAAAAAAAAAAAAAAAA" + "Vq8Rt2Wm6Kx4Lp9Nz3Hb7Dc5Fs" + "%2B" + "Jg0YeQm4Tx" + "%3D" + "Pk7Ws1Nd5Hb9Lc3Zr6Fv2Jt8Mx0Qy4Gd1Sk7Ah5Ue9Ro3Ci2"
    for end in ("\n", "\r\n"):
        text = f'BEARER = ("{token[:47]}"{end}          "{token[47:]}"){end}'
        assert [finding.line_number for finding in blocking(Engine().scan_text("x.py", text)) if reports(finding, token)] == [1]
