"""Issue 14, blind rounds AI-AN: service tokens by format (Langfuse `sk-lf-`, Amazon Bedrock `ABSK…`,
OpenRouter `sk-or-v1-`, Cerebras `csk-`, Apify `apify_api_`, Flutterwave `FLWSECK…-X`, Stripe test-mode
`sk_test_`, Checkout.com `sk_sbox_`, Salesforce session ids `00D…!…`, eBay cert ids `PRD-…`, Cloudflare
Tunnel tokens, Facebook / Meta `EAA…`), by the service the text names (Checkout.com `sk_…`, Mollie
`live_`/`test_`, Klaviyo `pk_…`, Plex `claim-…`, LiteLLM master keys, PayPal API signatures), and the
decoys of those worlds: public keys, documentation keys, made-up test keys, ids. Generated fakes only:
every value is built here from a seeded generator."""
from __future__ import annotations

import base64
import json
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import HIGH
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"

_random = fakes.drawn_mixed
_uuid = fakes.uuid4


def bedrock(seed: int) -> str:
    raw = f"BedrockAPIKey-{_random(seed, 4, LOWER_ALNUM)}-at-{_random(seed + 1, 12, '0123456789')}:{_random(seed + 2, 40)}"
    return "ABSK" + base64.b64encode(raw.encode()).decode()


def tunnel(seed: int, secret: str = "") -> str:
    fields = {"a": _random(seed, 32, HEX), "t": _uuid(seed + 1), "s": secret or base64.b64encode(_random(seed + 2, 32).encode()).decode()}
    return base64.b64encode(json.dumps(fields, separators=(",", ":")).encode()).decode()


def salesforce(seed: int) -> str:
    return f"00D{_random(seed, 12)}!{_random(seed + 1, 96, ALNUM + '._')}"


def ebay(seed: int) -> str:
    return f"PRD-{_random(seed, 12, HEX)}-{_random(seed + 1, 4, HEX)}-{_random(seed + 2, 4, HEX)}-{_random(seed + 3, 4, HEX)}-{_random(seed + 4, 4, HEX)}"


def paypal_signature(seed: int) -> str:
    return "A" + _random(seed, 55, ALNUM + ".-")


# (file, text, secret, line): each must block, as a HIGH finding on its line.
FORMS: List[Tuple[str, str, str, int]] = [
    # by their own heads, anywhere
    (".env.prod", f"LANGFUSE_PUBLIC_KEY=pk-lf-{_uuid(1)}\nLANGFUSE_SECRET_KEY=sk-lf-{_uuid(2)}\n", f"sk-lf-{_uuid(2)}", 2),
    ("tracing.py", f'lf = Langfuse(public_key="pk-lf-{_uuid(3)}", secret_key="sk-lf-{_uuid(4)}")\n', f"sk-lf-{_uuid(4)}", 1),
    ("bedrock/.env", f"AWS_REGION=us-east-1\nAWS_BEARER_TOKEN_BEDROCK={bedrock(5)}\n", bedrock(5), 2),
    ("notebook.py", f'os.environ["AWS_BEARER_TOKEN_BEDROCK"] = "{bedrock(8)}"\n', bedrock(8), 1),
    ("agent.py", f'provider = OpenRouterProvider(api_key="sk-or-v1-{_random(11, 64, HEX)}")\n', f"sk-or-v1-{_random(11, 64, HEX)}", 1),
    ("docs/access.md", f"```\nCEREBRAS_API_KEY=csk-{_random(12, 48, LOWER_ALNUM)}\n```\n", f"csk-{_random(12, 48, LOWER_ALNUM)}", 2),
    ("actors/run.py", f'client = ApifyClient("apify_api_{_random(13, 36)}")\n', f"apify_api_{_random(13, 36)}", 1),
    ("payments/flw.py", f'rave = Rave("FLWPUBK-{_random(14, 32, HEX)}-X", "FLWSECK-{_random(15, 32, HEX)}-X")\n',
     f"FLWSECK-{_random(15, 32, HEX)}-X", 1),
    ("config/providers.yaml", f"flutterwave:\n  secret_key: FLWSECK_TEST-{_random(16, 32, HEX)}-X\n",
     f"FLWSECK_TEST-{_random(16, 32, HEX)}-X", 2),
    (".github/workflows/e2e.yml", f"env:\n  STRIPE_SECRET_KEY: sk_test_51{_random(17, 97)}\n", f"sk_test_51{_random(17, 97)}", 2),
    ("tests/cassettes/test_customer.yaml", f"    headers:\n      Authorization:\n      - Bearer sk_test_51{_random(18, 97)}\n",
     f"sk_test_51{_random(18, 97)}", 3),
    ("pytest.ini", f"[pytest]\nenv =\n    STRIPE_SECRET_KEY=rk_test_{_random(19, 24)}\n", f"rk_test_{_random(19, 24)}", 3),
    (".env.sandbox", f"CKO_SECRET_KEY=sk_sbox_{_random(20, 28, LOWER_ALNUM)}\n", f"sk_sbox_{_random(20, 28, LOWER_ALNUM)}", 1),
    ("analysis/leads.ipynb", f'{{"text/plain": ["(\'{salesforce(21)}\',\\n", " \'acme.my.salesforce.com\')"]}}\n', salesforce(21), 1),
    ("ebay.yaml", f"api.ebay.com:\n    appid: Acme-Feed-PRD-{_random(23, 9, HEX)}-{_random(24, 8, HEX)}\n    certid: {ebay(25)}\n", ebay(25), 3),
    ("cloudflared/docker-compose.yml", f"    command: tunnel --no-autoupdate run --token {tunnel(30)}\n", tunnel(30), 1),
    ("cloudflared/.env", f"TUNNEL_TOKEN={tunnel(33)}\n", tunnel(33), 1),
    ("social/.env", f"FB_PAGE_ID=108233471965214\nFB_PAGE_ACCESS_TOKEN=EAA{_random(36, 180)}\n", f"EAA{_random(36, 180)}", 2),
    ("ads/insights.py", f'ACCESS_TOKEN = "EAAJ{_random(37, 150)}"\n', f"EAAJ{_random(37, 150)}", 1),
    # where the text (or the path) names the service
    ("payments/cko/client.py", "import checkout_sdk\n\napi = (\n    checkout_sdk.CheckoutSdk.builder()\n"
     f'    .secret_key("sk_{_random(40, 30, LOWER_ALNUM)}")\n    .build()\n)\n', f"sk_{_random(40, 30, LOWER_ALNUM)}", 5),
    ("config/cko.json", f'{{"SecretKey": "sk_{_uuid(41)}", "PublicKey": "pk_{_uuid(42)}"}}\n', f"sk_{_uuid(41)}", 1),
    ("shop/payments/mollie_client.py", f'"""Example::\n\n    >>> client.set_api_key("live_{_random(43, 30)}")\n"""\n'
     "from mollie.api.client import Client\n", f"live_{_random(43, 30)}", 3),
    ("plugins/config.py", f"@dataclass\nclass MollieConfig:\n    api_key: str\n\nDEFAULT = MollieConfig(api_key='test_{_random(44, 30)}')\n",
     f"test_{_random(44, 30)}", 5),
    ("marketing/events.py", f'from klaviyo_api import KlaviyoAPI\n\nklaviyo = KlaviyoAPI("pk_{_random(45, 34, HEX)}", max_retries=3)\n',
     f"pk_{_random(45, 34, HEX)}", 3),
    ("docs/check.sh", "curl --url 'https://a.klaviyo.com/api/lists/' \\\n"
     f"     --header 'Authorization: Klaviyo-API-Key pk_{_random(46, 34, HEX)}'\n", f"pk_{_random(46, 34, HEX)}", 2),
    ("media/docker-compose.yml", "services:\n  plex:\n    image: lscr.io/linuxserver/plex:latest\n    environment:\n"
     f"      - PLEX_CLAIM=claim-{_random(47, 20)}\n", f"claim-{_random(47, 20)}", 5),
    ("gateway/docker-compose.yml", "services:\n  proxy:\n    environment:\n"
     f'      LITELLM_MASTER_KEY: "sk-{_random(48, 22)}"\n', f"sk-{_random(48, 22)}", 4),
    ("proxy/config.yaml", f"general_settings:\n  master_key: sk-{_random(49, 32)}\n", f"sk-{_random(49, 32)}", 2),
    ("legacy/nvp.py", 'NVP = "https://api-3t.paypal.com/nvp"\nCREDS = {\n    "USER": "billing_api1.acme.example",\n'
     f'    "SIGNATURE": "{paypal_signature(50)}",\n}}\n', paypal_signature(50), 4),
    ("app/Payments.php", f"$gateway->setUsername('shop_api1.acme.example');\n$gateway->setSignature('{paypal_signature(51)}');\n",
     paypal_signature(51), 2),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_a_service_token_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in blocking(Engine().scan_text(name, text)) if finding.secret == secret]
    assert [(finding.line_number, finding.confidence) for finding in found] == [(line, HIGH)]


# What must not block: public keys, documentation keys, made-up test keys, ids, and the shapes where
# nothing says their service.
DECOYS: List[Tuple[str, str]] = [
    ("web/.env.local.example", f"NEXT_PUBLIC_LANGFUSE_PUBLIC_KEY=pk-lf-{_uuid(60)}\n"),
    ("tests/test_billing.py", 'stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"\n'),
    ("tests/conftest.py", 'monkeypatch.setattr(stripe, "api_key", "sk_test_123")\n'),
    ("tests/settings_test.py", 'os.environ.setdefault("STRIPE_SECRET_KEY", "sk_test_dummy")\n'
     'os.environ.setdefault("PAYSTACK_SECRET_KEY", "sk_test_' + "0" * 40 + '")\n'),
    (".env.example", "STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nSTRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx\n"),
    ("settings.py", f'STRIPE_SECRET_KEY = "sk_test_{_random(61, 30, string.ascii_lowercase)}"\n'),
    ("templates/pay.html", f'const stripe = Stripe("pk_live_51{_random(62, 97)}");\n'),
    (".env.sample", "FLW_SECRET_KEY=FLWSECK_TEST-" + "x" * 32 + "-X\n"),
    # (a Salesforce consumer key `3MVG…` and a Plaid `link-sandbox-…` token are ids the credential names
    # read under their names: that kind's decoys, not a format's)
    ("crm/sf_jwt.py", f'sf = connect(client_id="3MVG9{_random(63, 80, ALNUM + "._")}")\n'),
    ("storefront/frames.py", f'FRAMES = {{"sandbox": {{"publicKey": "pk_sbox_{_random(65, 28, LOWER_ALNUM)}"}}, '
     f'"production": {{"publicKey": "pk_{_random(66, 28, LOWER_ALNUM)}"}}}}  # checkout.com\n'),
    ("ebay.yaml", f"appid: Acme-Feed-PRD-{_random(67, 9, HEX)}-{_random(68, 8, HEX)}\n"),
    ("image.py", f'PNG = "iVBORw0KGgo{_random(69, 40)}+EAA{_random(70, 150)}/{_random(71, 20)}=="\n'),
    ("cloudflared/config.yml", f"tunnel: {_uuid(72)}\ncredentials-file: /etc/cloudflared/{_uuid(72)}.json\n"),
    ("fixture.py", f'HEADER = "{base64.b64encode(json.dumps({"a": "bar", "b": 1}).encode()).decode()}"\n'),
    ("docs/gateway.md", "```yaml\ngeneral_settings:\n  master_key: sk-1234\n```\n"),
    # the shapes where nothing says their service
    ("tasks.py", f'TASK = "sk_{_random(73, 30, LOWER_ALNUM)}"\n'),
    ("ids.py", f'ID = "pk_{_random(74, 34, HEX)}"\nLIVE = "live_{_random(75, 30)}"\n'),
    ("claims/api.py", f'ROUTE = "claim-{_random(76, 20)}"\n'),
    ("models.py", f'MODEL = "sk-{_random(77, 22)}"\n'),
    ("webhooks.py", f'    signature="{paypal_signature(78)}",\n'),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_public_keys_and_unnamed_shapes_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
