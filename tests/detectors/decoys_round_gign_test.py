"""Blind rounds GI-GN, through the engine: values a form or a vendor says are no secret the file holds (a notebook
cell's column of hashed ids, Segment's write key given to its browser library, SumUp's affiliate key) and, beside each,
the secret of the same place that still blocks. Generated fakes only (seeds 2390000-2399999)."""
from __future__ import annotations

import json
from typing import List, Sequence, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


def _blocked_values(engine: Engine, filename: str, text: str) -> List[str]:
    return sorted({finding.secret for finding in blocking(engine.scan_text(filename, text))})




# --- SumUp's affiliate key ---------------------------------------------------------------------------------

_AFFILIATE_KEY = "sup_afk_" + drawn_mixed(2390200, 32)
_SECRET_KEY = "sup_sk_" + drawn_mixed(2390201, 32)


@pytest.mark.parametrize(("filename", "form"), [
    ("crew-app-android/app/src/main/java/com/acme/crew/pay/CardReader.kt",
     'object CardReader {{\n    // Affiliate key: identifies this app (package name registered with SumUp).\n'
     '    private const val AFFILIATE_KEY = "{key}"\n\n    fun login(activity: Activity) {{\n'
     '        SumUpAPI.openLoginActivity(activity, SumUpLogin.builder(AFFILIATE_KEY).build(), 1)\n    }}\n}}\n'),
    ("app/src/main/java/com/acme/pos/Pay.java", 'SumUpLogin login = SumUpLogin.builder("{key}").build();\n'),
    ("Pos/AppDelegate.swift", 'SMPSumUpSDK.setup(withAPIKey: "{key}")\n'),
    ("kiosk/.env", "SUMUP_AFFILIATE_KEY={key}\nSUMUP_MERCHANT_CODE=MC7QX2KD\n"),
    ("kiosk/src/checkout.ts", 'const body = {{\n  total_amount: {{ value: 1500, currency: "EUR", minor_unit: 2 }},\n'
                              '  affiliate: {{ app_id: "com.acme.kiosk", key: "{key}" }},\n}};\n'),
    ("config/sumup.json", '{{\n  "affiliateKey": "{key}",\n  "appId": "com.acme.kiosk"\n}}\n'),
])
def test_sumup_s_affiliate_key_ships_in_the_app(engine: Engine, filename: str, form: str) -> None:
    assert _blocked(engine, filename, form.format(key=_AFFILIATE_KEY)) == []


def test_sumup_s_secret_key_still_blocks(engine: Engine) -> None:
    # (the secret API key beside the affiliate key, and under the affiliate key's name by mistake)
    text = f'private const val AFFILIATE_KEY = "{_AFFILIATE_KEY}"\nprivate const val SUMUP_API_KEY = "{_SECRET_KEY}"\n'
    assert _blocked(engine, "app/src/main/java/com/acme/Pay.kt", text) == [(2, _SECRET_KEY)]
    assert _blocked(engine, "app/src/main/java/com/acme/Pay.kt", f'private const val AFFILIATE_KEY = "{_SECRET_KEY}"\n') == [
        (1, _SECRET_KEY)]
    assert _blocked(engine, "kiosk/.env", f"SUMUP_AFFILIATE_KEY={_AFFILIATE_KEY}\nSUMUP_API_KEY={_SECRET_KEY}\n") == [(2, _SECRET_KEY)]
    # (an affiliate key's name holding a drawn value of no SumUp head: judged as any key)
    drawn_key = drawn_mixed(2390202, 32)
    assert _blocked(engine, "app/src/main/java/com/acme/Pay.kt", f'private const val AFFILIATE_KEY = "{drawn_key}"\n') == [
        (1, drawn_key)]
    # (the affiliate key's head before a body longer than SumUp's: no affiliate key's shape)
    glued = "sup_afk_" + drawn_mixed(2390203, 64)
    assert _blocked_values(engine, "app/src/main/java/com/acme/Pay.kt", f'private const val AFFILIATE_KEY = "{glued}"\n') == [glued]
