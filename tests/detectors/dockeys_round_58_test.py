"""Keys on a team's own documentation pages read after stop 58's blind round: a key, a secret, a token or a salt listed
beside the number its vendor issued the team's shop (`- Store ID: …` then `- Hash key (live): …`, `- POS no: …` then
`- API key (…): `…``), and a key's secret in a span beside its identifier's (`Api-Key `…` / Secret-Key `…``). Each
beside the decoys of its form (a vendor's page's stand-ins, a typed number, a key alone), through the engine. Every value
here is generated (seeds 4760000-4769999)."""
from __future__ import annotations

import random
import re
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

LITERAL = "Literal Credential"
_UPPER_DIGITS = string.ascii_uppercase + string.digits
_LOWER_DIGITS = string.ascii_lowercase + string.digits


def _issued_number(seed: int, digits: int) -> str:
    """A shop's number as a vendor counts it: no run up or down of four, no digit alone repeated."""
    generator = random.Random(seed)
    while True:
        number = str(generator.randint(10 ** (digits - 1), 10 ** digits - 1))
        runs = ("0123", "1234", "2345", "3456", "4567", "5678", "6789", "9876", "8765", "7654", "6543", "5432", "4321",
                "3210")
        if len(set(number)) >= 3 and not any(run in number for run in runs):
            return number


def _one_case_key(seed: int, length: int, alphabet: str) -> str:
    """A key of one case and digits as a vendor draws it, its digits in three runs or more (a rare draw with fewer is
    drawn again from the same generator)."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if len(re.findall("[0-9]+", value)) >= 3 and len(set(value)) >= 10:
            return value


_HASH_KEY = _one_case_key(4760000, 16, _UPPER_DIGITS)
_POS_KEY = drawn_mixed(4760001, 32)
_SECRET_KEY = drawn_mixed(4760002, 24)
_STORE = _issued_number(4760010, 5)
_POS = _issued_number(4760011, 8)
_MERCHANT = _issued_number(4760012, 7)
_API_KEY = _one_case_key(4760020, 32, _LOWER_DIGITS)
_PAIR_SECRET = _one_case_key(4760021, 24, _LOWER_DIGITS)
_CLIENT_ID = _one_case_key(4760022, 20, _LOWER_DIGITS)


# --- a key listed beside its shop's issued number ---------------------------------------------------------------

@pytest.mark.parametrize(("filename", "text", "line", "secret"), [
    ("docs/vendors/wallet.md", f"# Wallet OPG - notes\n\n- Merchant portal: https://pay.wallet.pk/merchant/\n"
                               f"- Store ID: {_STORE}\n- Hash key (live): {_HASH_KEY}\n- Account manager: Lahore office\n",
     5, _HASH_KEY),
    ("docs/tills.md", f"# Till receipts\n\n- Merchant: Gobi Trade LLC\n- POS no: {_POS}\n"
                      f"- API key (posapi.tax.mn): `{_POS_KEY}`\n", 5, _POS_KEY),
    ("docs/payments/card.md", f"- Merchant number: `{_MERCHANT}`\n- Secret key: `{_SECRET_KEY}`\n", 2, _SECRET_KEY),
    ("docs/payments/card.md", f"- Terminal ID: {_MERCHANT}\n- Integrity salt: {_SECRET_KEY}\n", 2, _SECRET_KEY),
])
def test_a_key_beside_its_shops_number_blocks(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert _blocked(engine, filename, text) == [(line, LITERAL, secret)]


@pytest.mark.parametrize(("filename", "text"), [
    # (a typed number, a run: a vendor's example's)
    ("docs/vendors/wallet.md", f"- Store ID: 12345\n- Hash key (live): {_HASH_KEY}\n"),
    # (a stand-in for the shop's number)
    ("docs/vendors/wallet.md", f"- Store ID: <your-store-id>\n- Hash key (live): {_HASH_KEY}\n"),
    # (a vendor's page telling its reader what to fill in)
    ("docs/integration.md", f"Fill in your shop's values:\n\n- Store ID: {_STORE}\n- Hash key: {_HASH_KEY}\n"),
    ("docs/integration.md", f"- Store ID: {_STORE} (your store)\n- Hash key: {_HASH_KEY}\n"),
    # (a key alone on a documentation page, no shop's number beside it: the docs' example, as before)
    ("docs/vendors/wallet.md", f"- Hash key (live): {_HASH_KEY}\n"),
    # (the shop's number a blank line away: another list's)
    ("docs/vendors/wallet.md", f"- Store ID: {_STORE}\n\n- Hash key (live): {_HASH_KEY}\n"),
    # (a number of a thing the shop sells, no shop's)
    ("docs/vendors/wallet.md", f"- Product ID: {_STORE}\n- Hash key (live): {_HASH_KEY}\n"),
    # (a stand-in key beside the number)
    ("docs/vendors/wallet.md", f"- Store ID: {_STORE}\n- Hash key (live): YOUR_HASH_KEY_HERE\n"),
])
def test_a_key_beside_no_issued_shop_number_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a key's secret in a span beside its identifier's -------------------------------------------------------------

@pytest.mark.parametrize(("filename", "text", "line", "secret"), [
    ("docs/onboarding/dispatch.md", "| Courier | Portal | API |\n|---|---|---|\n"
                                    f"| Fastship | portal.fastship.com | Api-Key `{_API_KEY}` / Secret-Key `{_PAIR_SECRET}` |\n",
     3, _PAIR_SECRET),
    ("docs/couriers.md", f"- Fastship: Client ID `{_CLIENT_ID}` / Client secret `{_PAIR_SECRET}`\n", 1, _PAIR_SECRET),
    ("docs/couriers.md", f"- Fastship: App key `{_API_KEY}` / App secret `{_PAIR_SECRET}`\n", 1, _PAIR_SECRET),
])
def test_a_secret_beside_its_identifier_in_spans_blocks(engine: Engine, filename: str, text: str, line: int,
                                                        secret: str) -> None:
    assert _blocked(engine, filename, text) == [(line, LITERAL, secret)]


@pytest.mark.parametrize(("filename", "text"), [
    # (the identifier a stand-in)
    ("docs/couriers.md", f"| Fastship | Api-Key `your-api-key-here` / Secret-Key `{_PAIR_SECRET}` |\n"),
    ("docs/couriers.md", f"- Client ID `<client id>` / Client secret `{_PAIR_SECRET}`\n"),
    # (a page writing to its reader, or naming the vendor's sandbox)
    ("docs/couriers.md", f"- Your Client ID `{_CLIENT_ID}` / Client secret `{_PAIR_SECRET}`\n"),
    ("docs/couriers.md", f"- Sandbox: Client ID `{_CLIENT_ID}` / Client secret `{_PAIR_SECRET}`\n"),
    # (two paths, two identifiers: no secret)
    ("docs/couriers.md", f"- Files `{_CLIENT_ID}` / Folder `{_API_KEY}`\n"),
    # (a secret's stand-in)
    ("docs/couriers.md", f"- Client ID `{_CLIENT_ID}` / Client secret `xxxxxxxxxxxxxxxxxxxx`\n"),
])
def test_a_pair_of_spans_with_a_stand_in_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
