"""The fast entropy plugins compute detect-secrets' entropy bit for bit and report what it reports."""
from __future__ import annotations


def test_fast_entropy_is_bit_for_bit_the_original() -> None:
    import random
    import string

    from detect_secrets.plugins import high_entropy_strings as original

    from secretfence.compat.detect_secrets.entropy import Base64HighEntropyString, HexHighEntropyString

    rng = random.Random(7)
    for fast, slow, alphabet in (
        (Base64HighEntropyString(), original.Base64HighEntropyString(), string.ascii_letters + string.digits + "+/=-_"),
        (HexHighEntropyString(), original.HexHighEntropyString(), string.hexdigits),
        (HexHighEntropyString(), original.HexHighEntropyString(), string.digits),
    ):
        for _ in range(500):
            data = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
            assert fast.calculate_shannon_entropy(data) == slow.calculate_shannon_entropy(data)
        assert fast.json() == slow.json()


def test_fast_entropy_plugins_report_what_the_originals_report() -> None:
    from detect_secrets.plugins import high_entropy_strings as original

    from secretfence.compat.detect_secrets.entropy import Base64HighEntropyString, HexHighEntropyString

    lines = [
        'x = "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdo" + "ListObjectsV2RequestShape"',
        "h = 'a1b2c3d4e5f6a7b8c9d0e1f2' 'deadbeef' '0123456789'",
        'nothing = "short" # "ab"',
    ]
    for fast, slow in ((Base64HighEntropyString(), original.Base64HighEntropyString()),
                       (HexHighEntropyString(), original.HexHighEntropyString())):
        for number, line in enumerate(lines, start=1):
            got = fast.analyze_line(filename="f.py", line=line, line_number=number)
            want = slow.analyze_line(filename="f.py", line=line, line_number=number)
            assert {(s.secret_hash, s.line_number) for s in got} == {(s.secret_hash, s.line_number) for s in want}
