"""Issue 14, blind round of stop 58: payment gateways' and messaging vendors' keys (Easypaisa's and ECPay's hash keys,
JazzCash's integrity salt and merchant password), and the decoys nearest to each. Generated fakes only: every value is
built here from a seeded generator (seeds 4710000-4719999)."""
from __future__ import annotations

import base64
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
_SEED = 4710000

_random = fakes.drawn_mixed


def _alnum(seed: int, length: int) -> str:
    return _random(_SEED + seed, length, ALNUM)


def _upper(seed: int, length: int = 16) -> str:
    """Capitals and digits, as Easypaisa issues a store's hash key (16, an AES-128 key); a digit among them."""
    value = fakes.drawn(_SEED + seed, length, UPPER_DIGITS)
    return value if any(c.isdigit() for c in value) else value[:-1] + "7"


def _hex(seed: int, length: int) -> str:
    return fakes.drawn(_SEED + seed, length, HEX)


def _lower(seed: int) -> str:
    """A Bitrix24 webhook's code: 16 lower-case letters and digits, both."""
    return _random(_SEED + seed, 16, string.ascii_lowercase + string.digits)


def _jwt(seed: int) -> str:
    """An HS256 JWT as a courier's API issues one (its account in `sub`, no expiry), its signature drawn."""
    def part(data: str) -> str:
        return base64.urlsafe_b64encode(data.encode()).decode().rstrip("=")

    claims = f'{{"iss": "courier", "sub": "{fakes.drawn(_SEED + seed, 6, string.digits)}", "iat": 1709251200}}'
    header = part('{"typ":"JWT","alg":"HS256"}')
    return f'{header}.{part(claims)}.{fakes.drawn(_SEED + seed + 1, 43, ALNUM + "-_")}'


# (file, text, secret): each must block.
FORMS: List[Tuple[str, str, str]] = [
    # Easypaisa's hash key (AES key of merchantHashedReq) under the vendor's name: an env file, a PHP class constant,
    # a Spring bean's property, a Java constant
    ("fees/.env.live", f"EASYPAISA_STORE_ID=58231\nEASYPAISA_HASH_KEY={_upper(1)}\n", _upper(1)),
    ("app/Payments/Gateway.php", f"<?php\nclass Gateway\n{{\n    private const STORE_ID = '77410';\n    private const HASH_KEY = '{_upper(2)}';\n}}\n",
     _upper(2)),
    ("src/main/resources/gateways.xml", '<beans>\n  <bean id="ep" class="pk.pay.Gateway">\n    <property name="storeId" value="77410"/>\n'
     f'    <property name="hashKey" value="{_upper(3)}"/>\n  </bean>\n</beans>\n', _upper(3)),
    ("pay/EasypaisaConfig.java", f'    public static final String HASH_KEY = "{_upper(4)}";\n', _upper(4)),
    # ECPay's and NewebPay's HashKey and HashIV (CheckMacValue, the trade info's AES key and IV)
    ("ecpay.php", f"<?php\n$HashKey = '{_alnum(5, 16)}';\n", _alnum(5, 16)),
    ("ecpay.php", f"<?php\n$HashIV = '{_alnum(6, 16)}';\n", _alnum(6, 16)),
    (".env", f"NEWEBPAY_HASH_KEY={_alnum(7, 32)}\nNEWEBPAY_HASH_IV={_alnum(8, 16)}\n", _alnum(8, 16)),
    # JazzCash's integrity salt (pp_SecureHash's HMAC key) as code writes it: Java, C#, Kotlin, Go, JSON, a bean's property
    ("src/main/java/pk/pay/JazzCashConfig.java", f'public class JazzCashConfig {{\n    public static final String MERCHANT_ID = "MC50112";\n'
     f'    public static final String INTEGRITY_SALT = "{_alnum(10, 10)}";\n}}\n', _alnum(10, 10)),
    ("Pay/JazzCash.cs", f'    private const string IntegritySalt = "{_alnum(11, 10)}";\n', _alnum(11, 10)),
    ("pay/JazzCash.kt", f'const val INTEGRITY_SALT = "{_alnum(12, 10)}"\n', _alnum(12, 10)),
    ("pay/jazzcash.go", f'const integritySalt = "{_alnum(13, 10)}"\n', _alnum(13, 10)),
    ("config/jazzcash.json", f'{{"jazzcash": {{"merchantId": "MC50112", "integritySalt": "{_alnum(14, 10)}"}}}}\n', _alnum(14, 10)),
    ("beans.xml", f'<property name="integritySalt" value="{_alnum(15, 10)}"/>\n', _alnum(15, 10)),
    # PayU's merchant salt as a PHP constant
    ("payu.php", f"<?php\nconst MERCHANT_SALT = '{_alnum(16, 32)}';\n", _alnum(16, 32)),
    # a gateway's merchant password in a settings table's row beside the merchant's id (JazzCash's Merchant ID and
    # Password), and a sheet of merchant logins
    ("db/seeds/payment_gateways.sql", "INSERT INTO payment_gateways (code, merchant_id, password, salt, live) VALUES\n"
     f"  ('jazzcash', 'MC48217', '{_alnum(30, 10)}', '{_alnum(31, 10)}', true),\n  ('easypaisa', '58231', NULL, NULL, false);\n",
     _alnum(30, 10)),
    ("exports/merchants.csv", f"gateway,merchant_code,password\njazzcash,MC48217,{_alnum(32, 10)}\n", _alnum(32, 10)),
    # a courier's access token written with its scheme as a setting's bare value (dotenv, YAML): the token after it
    ("courier-bridge/.env", f"REDX_BASE_URL=https://openapi.example.com/v1\nREDX_API_ACCESS_TOKEN=Bearer {_jwt(40)}\n", _jwt(40)),
    (".env", f"PATHAO_ACCESS_TOKEN=Bearer {_alnum(41, 40)}  # prod\n", _alnum(41, 40)),
    ("config/courier.yaml", f"courier:\n  access_token: Bearer {_alnum(42, 40)}\n", _alnum(42, 40)),
    # Africa's Talking's API keys by their head (72 hex as the dashboard issues them, 64 too), wherever they stand: the
    # .NET gateway's constructor, a Python SDK's initialize, a Node client's options, an env file
    ("Lodge.Notify/SmsSender.cs", f'        new AfricasTalkingGateway("lodge", "atsk_{_hex(50, 64)}");\n', f"atsk_{_hex(50, 64)}"),
    ("sms.py", f'africastalking.initialize("sandbox", "atsk_{_hex(51, 72)}")\n', f"atsk_{_hex(51, 72)}"),
    ("otp.js", f'const at = AfricasTalking({{ username: "shop", apiKey: "atsk_{_hex(52, 72)}" }});\n', f"atsk_{_hex(52, 72)}"),
    (".env", f"AT_USERNAME=shop\nAT_API_KEY=atsk_{_hex(53, 72)}\n", f"atsk_{_hex(53, 72)}"),
    # ... and an older key of 64 hex without its head, given to the SDKs' constructors by position (after the username)
    ("Notify/SmsSender.cs", f'        new AfricasTalkingGateway("lodge", "{_hex(60, 64)}");\n', _hex(60, 64)),
    ("notify/sms.py", f'africastalking.initialize("sandbox", "{_hex(61, 64)}")\n', _hex(61, 64)),
    ("Sms.java", f'AfricasTalking.initialize(USERNAME, "{_hex(62, 64)}");\n', _hex(62, 64)),
    ("sms.php", f'<?php\n$AT = new AfricasTalking($username, "{_hex(63, 64)}");\n', _hex(63, 64)),
    # Bitrix24 inbound webhooks: the portal's REST URL with its user's id and the hook's code, a method after it or not
    ("crm/config/bitrix.yaml", f"bitrix24:\n  webhook_url: https://stone.bitrix24.ru/rest/12/{_lower(54)}/\n", _lower(54)),
    ("crm/leads.py", f'URL = "https://b24-k2x9.bitrix24.com/rest/1/{_lower(55)}/crm.lead.add.json"\n', _lower(55)),
    (".env", f"BITRIX_WEBHOOK=https://shop.bitrix24.de/rest/7/{_lower(56)}/\n", _lower(56)),
]

DECOYS: List[Tuple[str, str]] = [
    # a DynamoDB table's hash key names its partition attribute; a digest's hex under the name
    ("main.tf", 'resource "aws_dynamodb_table" "locks" {\n  hash_key = "LockID"\n}\n'),
    ("models.py", 'class Order(Model):\n    HASH_KEY = "customerAccount2024"\n'),
    ("cache.py", f'hash_key = "{_hex(20, 32)}"\nHASH_KEY = "{_hex(21, 64)}"\n'),
    ("cache.rb", f'hash_key = "{_hex(22, 24)}"\n'),
    # a salt alone is a hash's or a signer's (no gateway's), and a merchant's salt that names itself in words
    ("settings.py", f'SALT = "{_alnum(23, 12)}"\nSIGNING_SALT = "{_alnum(24, 12)}"\n'),
    ("pay.py", 'PRIVATE_SALT = "accountsSigning"\nINTEGRITY_SALT = os.environ["JAZZCASH_INTEGRITY_SALT"]\n'),
    ("Config.java", 'public static final String INTEGRITY_SALT = System.getenv("JC_SALT");\n'),
    ("config/jazzcash.json", '{"integritySalt": "DUMMY_SALT", "hashKey": "XXXXXXXXXXXXXXXX"}\n'),
    # a shop's seed of its merchants' app logins with stock passwords, and their digests
    ("db/seeds/merchants.sql", "INSERT INTO merchants (merchant_id, name, password) VALUES (1, 'Shop', 'password'), (2, 'Shop2', 'secret123');\n"),
    ("db/seeds/merchants2.sql", f"INSERT INTO merchants (merchant_id, password) VALUES (1, '{_hex(33, 64)}');\n"),
    # a scheme's word alone, a reference or a form to fill after it
    (".env", "TOKEN_TYPE=Bearer\nAUTH_SCHEME=Bearer token\nAPI_TOKEN=Bearer ${REDX_TOKEN}\nAPI_ACCESS_TOKEN=Bearer your-token-here\n"),
    # Africa's Talking's documented placeholders; a head with too few hex digits
    (".env", "AT_API_KEY=atsk_xxxxxxxxxxxxxxxxxxxx\n"),
    ("sms.py", f'KEY = "atsk_{_hex(57, 20)}"\n'),
    # the SDKs given names, the documentation's placeholder, a Node client's options read from the environment
    ("sms.py", 'africastalking.initialize(username, api_key)\nafricastalking.initialize("sandbox", "YOUR_API_KEY")\n'),
    ("otp.js", 'const at = AfricasTalking({ username: "shop", apiKey: process.env.AT_API_KEY });\n'),
    ("Sms.cs", 'var gateway = new AfricasTalkingGateway(Username, ApiKey);\n'),
    # Bitrix24's documented forms to fill, a template, a REST path that is no hook's, a self-hosted portal's path
    ("docs/bitrix.md", "https://your-portal.bitrix24.com/rest/1/xxxxxxxxxxxxxxxx/\nhttps://portal.bitrix24.com/rest/1/webhookcodehere/\n"),
    ("crm.py", 'URL = f"https://{portal}.bitrix24.com/rest/{user_id}/{token}/"\nAPI = "https://portal.bitrix24.com/rest/api/v1/"\n'),
    ("crm.yaml", f"url: https://crm.example.com/rest/1/{_lower(58)}/\n"),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_vendor_keys_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret in finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []


# (review rev58_a) ECPay's published stage merchants' HashKey and HashIV (its documentation's, every SDK's quick-start)
@pytest.mark.parametrize("name, text", [
    ("ecpay.php", "<?php\n$MerchantID = '2000132';\n$HashKey = '5294y06JbISpM5x9';\n$HashIV = 'v77hoKGq4kWxNNIS';\n"),
    (".env", "ECPAY_MERCHANT_ID=3002607\nECPAY_HASH_KEY=pwFHCqoQZGmho4w6\nECPAY_HASH_IV=EkRm7iFT261dpevs\n"),
    ("config/ecpay.json", '{"MerchantID": "2000933", "HashKey": "XBERn1YOvpM9nfZc", "HashIV": "h1ONHk4P4yqbl5LK"}\n'),
])
def test_ecpay_published_stage_keys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
