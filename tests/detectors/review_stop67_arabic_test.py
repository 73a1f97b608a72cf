"""Review 67 of stop 66's Persian, Arabic and Urdu password words in a note's line (350db949):

- `رمز` alone is Arabic's word for a code of any kind: a shop's note's `- رمز المنتج: SKU-…` (a product's code),
  `- رمز التتبع: 1Z…` (a parcel's tracking number) and Persian's `رمز ارز` (a cryptocurrency) blocked as passwords.
- `ال?مرور` read `ا` then an optional `ل`: Arabic's most common construct, `كلمة مرور الراوتر: …` (the router's password),
  gave no finding.
- A sentence's `كلمة المرور هي …` (the commit's own example) gave none: no prefilter keyword held the line.

Generated fakes only (seeds 8290000-8290099)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8290000
_PASSWORD = f"{fakes.drawn_mixed(_SEED + 1, 10)}#{fakes.drawn(_SEED + 2, 3, '0123456789')}"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text("notes/shop.txt", text))]


def test_a_products_or_a_parcels_code_is_no_password(engine: Engine) -> None:
    text = ("ملاحظات المتجر\n- رمز المنتج: SKU-2024-000173-BLK\n- رمز التتبع: 1Z999AA10123456784\n"
            "- رمز الخصم: SUMMER2024SALE\n- رمز ارز: BTC-USDT-PERP-2024\n")
    assert _blocked(engine, text) == []


@pytest.mark.parametrize("line", [
    "- كلمة مرور الراوتر: {}",  # (the construct state, no article)
    "كلمة المرور هي {}",  # (a sentence, its copula)
    "- رمز الدخول: {}",  # (`رمز` before another noun: a login's code)
    "- رمز وای\u200cفای: {}",  # (Persian's Wi-Fi password)
])
def test_a_password_in_arabic_script_still_blocks(engine: Engine, line: str) -> None:
    assert _PASSWORD in _blocked(engine, "الخادم\n" + line.format(_PASSWORD) + "\n")


# --- a config's key (review 67): stop 66 read India's scripts' borrowed word as a key, not Persian's -------------------

@pytest.mark.parametrize("name,text", [
    ("config/db.yaml", "db:\n  host: db.internal\n  رمز_عبور: \"{}\"\n"),
    ("config/db.yaml", "db:\n  host: db.internal\n  گذرواژه: \"{}\"\n"),
    (".env", "DB_HOST=db.internal\nرمز_عبور={}\n"),
])
def test_a_persian_password_key_in_a_config_blocks(engine: Engine, name: str, text: str) -> None:
    assert _PASSWORD in [finding.secret for finding in blocking(engine.scan_text(name, text.format(_PASSWORD)))]


def test_a_products_code_key_in_a_config_passes(engine: Engine) -> None:
    text = "product:\n  رمز_المنتج: \"SKU-2024-000173-BLK\"\n  رمز_التتبع: \"1Z999AA10123456784\"\n"
    assert blocking(engine.scan_text("config/product.yaml", text)) == []
