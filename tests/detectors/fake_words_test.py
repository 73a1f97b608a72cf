"""A word saying a token is made up counts as its author writes it (kinds/_helpers.fake_words): in one case and
standing as a word. A long random body holds such a word in mixed case by chance (`…q9YoURk…`), and a real token
holding one must still block."""
from __future__ import annotations

import random
import re
import string

import pytest
from secretfence.engine import Engine
from secretfence.kinds._helpers import fake_words

from tests.accuracy.labelled import blocking

_BASE64 = string.ascii_letters + string.digits + "+/"
_ALNUM = string.ascii_letters + string.digits


def _drawn(seed: int, length: int, alphabet: str) -> str:
    generator = random.Random(seed)
    return "".join(generator.choice(alphabet) for _ in range(length))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


FAKE = re.compile(fake_words("fake", "your", "example"))


@pytest.mark.parametrize("text", [
    "your_token_here", "YOUR-API-KEY", "fake1234", "ghp_fake", "myFakeToken", "MYFAKEKEY", "keyexamplevalue",
    "Example", "token-FAKE", "x.your.y",
])
def test_a_made_up_token_s_word_as_people_write_it(text: str) -> None:
    assert FAKE.search(text), text


@pytest.mark.parametrize("text", ["q9YoURk", "AfAKEz", "3yOuRb", "xExAmPlEy", "QfakeZ", "wFAKEq"])
def test_a_word_in_mixed_case_or_half_run_into_random_characters_is_chance(text: str) -> None:
    assert not FAKE.search(text), text


def test_an_ebay_token_whose_random_body_holds_your_in_mixed_case_blocks(engine: Engine) -> None:
    body = _drawn(2300001, 300, _BASE64) + "q9YoURk" + _drawn(2300002, 300, _BASE64)
    token = "v^1.1#i^1#p^3#r^1#f^0#I^3#t^H4sIAAAAAAAAA" + body
    for name, text in (("ebay/config.py", f'EBAY_USER_TOKEN = "{token}"\n'),
                       ("ebay/ebay.toml", f'[ebay]\nuser_token = "{token}"\n')):
        found = blocking(engine.scan_text(name, text))
        assert any(token in finding.secret for finding in found), name


def test_a_github_token_whose_random_body_holds_fake_in_mixed_case_blocks(engine: Engine) -> None:
    secret = _drawn(2300003, 25, _ALNUM) + "FaKe" + _drawn(2300004, 30, _ALNUM)
    token = "github_pat_" + _drawn(2300005, 22, _ALNUM) + "_" + secret
    found = blocking(engine.scan_text("deploy.sh", f"export GH_TOKEN={token}\n"))
    assert any(token in finding.secret or finding.secret in token for finding in found)


def test_placeholders_saying_so_still_do_not_block(engine: Engine) -> None:
    ebay = "v^1.1#i^1#p^3#r^1#f^0#I^3#t^YOUR_USER_TOKEN_" + "A" * 8 + _drawn(2300006, 40, _ALNUM)
    pat = "github_pat_" + _drawn(2300007, 22, _ALNUM) + "_" + "fakeToken" + _drawn(2300008, 50, _ALNUM)
    for name, text in (("ebay/config.py", f'EBAY_USER_TOKEN = "{ebay}"\n'), ("deploy.sh", f"export GH_TOKEN={pat}\n")):
        assert not blocking(engine.scan_text(name, text)), name
