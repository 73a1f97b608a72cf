"""Blind sets IS and IV: Vietnamese and Thai payment and messaging vendors' secrets in code and configurations.

- VNPay's hash secret (`vnp_HashSecret`: the HMAC-SHA512 key that signs every payment URL and checks every return),
  as its samples and SDKs name it in Python, Java, C# and PHP (`VNP_HASH_SECRET`, `HASH_SECRET`, `HashSecret`,
  `$vnp_HashSecret`): `hash` before `secret` names the secret keying a hash (compat/detect_secrets/credential_keys.py);
  a hash of a secret is named the other way round (`secret_hash`, `hashed_secret`) and stays none.

Through the engine; every value here is generated (seeds 3870000-3879999).
"""
from __future__ import annotations

import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn

# (VNPay's merchant portal issues 32 upper-case letters and digits)
_VNPAY_SECRET = drawn(3870000, 32, string.ascii_uppercase + string.digits)
_VNPAY_LETTERS = drawn(3870001, 32, string.ascii_uppercase)
_HEX_DIGEST = drawn(3870002, 64, "0123456789abcdef")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert len(_VNPAY_SECRET) == 32 and _VNPAY_SECRET.isupper()
    assert len(_VNPAY_LETTERS) == 32 and _VNPAY_LETTERS.isalpha()


@pytest.mark.parametrize("filename,text,line,secret", [
    ("booking/payments/vnpay.py",
     'VNP_TMN_CODE = "SHOPVN01"\nVNP_HASH_SECRET = "{secret}"\nVNP_URL = "https://pay.vnpay.vn/vpcpay.html"\n', 2, _VNPAY_SECRET),
    ("booking/payments/vnpay.py", 'vnp_hash_secret = "{letters}"\n', 1, _VNPAY_LETTERS),
    ("src/main/java/vn/shop/pay/VnpayConfig.java",
     'public final class VnpayConfig {{\n    private static final String HASH_SECRET = "{secret}";\n}}\n', 2, _VNPAY_SECRET),
    ("Shop.Crm/Payments/VnpayOptions.cs",
     'public sealed class VnpayOptions\n{{\n    public string HashSecret {{ get; init; }} = "{secret}";\n}}\n', 3, _VNPAY_SECRET),
    ("vnpay_php/config.php", '<?php\n$vnp_TmnCode = "SHOPVN01";\n$vnp_HashSecret = "{secret}";\n', 3, _VNPAY_SECRET),
    ("config/vnpay.json", '{{\n  "vnp_HashSecret": "{letters}"\n}}\n', 2, _VNPAY_LETTERS),
])
def test_vnpays_hash_secret_blocks(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert _secrets(engine, filename, text.format(secret=_VNPAY_SECRET, letters=_VNPAY_LETTERS)) == [(line, secret)]


@pytest.mark.parametrize("filename,text", [
    ("booking/payments/vnpay.py", 'VNP_HASH_SECRET = os.environ["VNP_HASH_SECRET"]\n'),
    ("booking/payments/vnpay.py", 'VNP_HASH_SECRET = "YOUR_HASH_SECRET"\n'),
    ("Shop.Crm/appsettings.json", '{{\n  "Vnpay": {{ "HashSecret": "" }}\n}}\n'),
    # (a hash of a secret, named so)
    ("accounts/models.py", 'hashed_secret = "{digest}"\n'),
    ("accounts/models.py", 'HASH_SECRET_FILE = "/run/secrets/vnp_hash_secret"\n'),
])
def test_vnpays_hash_secret_from_elsewhere_or_a_hash_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.format(digest=_HEX_DIGEST)) == []
