"""Blind round IJ: LiqPay's SDKs given the public key, then the private key that signs each request (PHP's, Node's and
Java's `new LiqPay(public_key, private_key)`, Python's `LiqPay(public_key, private_key)`; kinds/_code_calls.py's
documented_slots). Keys from the environment or a configuration, and the documentation's stand-ins, stay none. Through
the engine; every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_PUBLIC = "i" + drawn(3570300, 11, "0123456789")
_PRIVATE = drawn_mixed(3570301, 40)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert len(_PUBLIC) == 12 and _PUBLIC[1:].isdigit()
    assert len(_PRIVATE) == 40


@pytest.mark.parametrize("filename,text,line", [
    ("wp-content/plugins/tickets/includes/class-payment.php",
     "<?php\nrequire_once __DIR__ . '/LiqPay.php';\n\n$liqpay = new LiqPay('{public}', '{private}');\n", 4),
    ("payments/liqpay_form.py", "from liqpay import LiqPay\n\nliqpay = LiqPay(\"{public}\", \"{private}\")\n", 3),
    ("server/pay.js", "const LiqPay = require('liqpay');\nconst liqpay = new LiqPay('{public}', '{private}');\n", 2),
    ("src/main/java/ua/arena/Pay.java",
     "import com.liqpay.LiqPay;\n\nclass Pay {{\n    LiqPay liqpay = new LiqPay(\"{public}\", \"{private}\");\n}}\n", 4),
])
def test_liqpays_private_key_given_to_its_sdk_blocks(engine: Engine, filename: str, text: str, line: int) -> None:
    assert _secrets(engine, filename, text.format(public=_PUBLIC, private=_PRIVATE)) == [(line, _PRIVATE)]


@pytest.mark.parametrize("filename,text", [
    ("includes/class-payment.php", "<?php\n$liqpay = new LiqPay(getenv('LIQPAY_PUBLIC_KEY'), getenv('LIQPAY_PRIVATE_KEY'));\n"),
    ("includes/class-payment.php", "<?php\n$liqpay = new LiqPay($public_key, $private_key);\n"),
    ("includes/class-payment.php", "<?php\n$liqpay = new LiqPay('your_public_key', 'your_private_key');\n"),
    ("payments/liqpay_form.py", "liqpay = LiqPay(settings.LIQPAY_PUBLIC_KEY, settings.LIQPAY_PRIVATE_KEY)\n"),
    ("server/pay.js", "const liqpay = new LiqPay(process.env.LIQPAY_PUBLIC, process.env.LIQPAY_PRIVATE);\n"),
])
def test_liqpays_sdk_given_references_or_stand_ins_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
