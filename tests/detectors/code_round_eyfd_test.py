"""Forms read after blind rounds EY-FD (kinds/_code_calls.py, kinds/_key_material.py, kinds/literal_credential.py and
compat/detect_secrets/credential_keys.py): a form's field given as a pair's class (C#'s `new KeyValuePair<string,
string>("password", "…")`, Java's `BasicNameValuePair`, `SimpleEntry`); an `sk-` key of a vendor no detector owns under its
key's name; device and telephony SDKs given their secret by position (RainMachine's `load_local(host, password)`, an SIA
receiver's `SIAAccount(id, key)`, RingCentral's `SDK(id, secret, server)`); an alarm panel's drawn passcode under its code's
name; an xsd choice's `Item` beside its element's name (Authorize.Net's `ItemElementName = ItemChoiceType.transactionKey`);
a constant given by its name to a call that takes a key (`SecretKeySpec(KEY.toByteArray(), …)`). Each beside the decoys of
its form, through the engine. Every value here is generated."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
_HEX_UPPER = "0123456789ABCDEF"
_HEX = "0123456789abcdef"
_SYMBOLS = "!#*%@^"


def _chosen(seed: int) -> str:
    """A password as people choose one: a capitalised word, a symbol, a word, four digits."""
    generator = random.Random(seed)
    words = ("Beacon", "Pylon", "Harbor", "Cobalt", "Willow", "Granite", "Falcon", "Meadow", "Copper", "Lantern")
    return (generator.choice(words) + generator.choice(_SYMBOLS) + generator.choice(words)
            + str(generator.randrange(1000, 10000)))


def _passcode(seed: int) -> str:
    """A passcode drawn of letters in random case, digits and symbols (an alarm panel's automation code)."""
    generator = random.Random(seed)
    body = list(drawn_mixed(seed, 14))
    for _ in range(2):
        body.insert(generator.randrange(1, len(body)), generator.choice(_SYMBOLS))
    return "".join(body)


_FORM_PASSWORD = _chosen(1765000)
_FORM_PASSWORD_2 = _chosen(1765001)
_FORM_PASSWORD_3 = _chosen(1765002)
_FORM_SECRET = drawn_mixed(1765003, 32)
_VENDOR_KEY = "sk-" + drawn_mixed(1765010, 20)
_VENDOR_KEY_2 = "sk-" + drawn_mixed(1765011, 32)
_VENDOR_KEY_3 = "sk-" + drawn(1765012, 32, _HEX)
_DEVICE_PASSWORD = drawn_mixed(1765020, 14)
_DEVICE_PASSWORD_2 = _chosen(1765021)
_SIA_KEY = drawn(1765022, 32, _HEX_UPPER)
_SIA_KEY_2 = drawn(1765023, 64, _HEX_UPPER)
_CLIENT_ID = drawn_mixed(1765030, 22)
_CLIENT_SECRET = drawn_mixed(1765031, 40)
_CLIENT_SECRET_2 = drawn_mixed(1765032, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_PANEL_CODE = _passcode(1765040)
_PANEL_CODE_2 = _passcode(1765041)
_PANEL_CODE_3 = _passcode(1765042)
_TRANSACTION_KEY = drawn_mixed(1765050, 16)
_TRANSACTION_KEY_2 = drawn_mixed(1765051, 16)
_API_LOGIN = drawn_mixed(1765052, 10)
_SIGNING_KEY = drawn_mixed(1765060, 40)
_SIGNING_KEY_2 = drawn_mixed(1765061, 24)
_SIGNING_KEY_3 = drawn_mixed(1765062, 32)
_SIGNING_KEY_4 = drawn_mixed(1765063, 28)

_ANET = "using AuthorizeNet.Api.Contracts.V1;\nusing AuthorizeNet.Api.Controllers.Bases;\n\n"
_RAINMACHINE = "from regenmaschine import Client\n\n"
_RINGCENTRAL = "from ringcentral import SDK\n\n"


TRUE_FORMS = [
    # --- a form's field given as a pair's class: C#'s generic KeyValuePair, Java's name-value pair and map entry, Kotlin
    ("src/Access/Session.cs", "var form = new FormUrlEncodedContent(new[]\n{\n"
     '    new KeyValuePair<string, string>("username", "svc_bridge"),\n'
     f'    new KeyValuePair<string, string>("password", "{_FORM_PASSWORD}"),\n}});\n', 4, _FORM_PASSWORD, LITERAL),
    ("src/main/java/ops/Login.java", "List<NameValuePair> form = new ArrayList<>();\n"
     'form.add(new BasicNameValuePair("user", "ops"));\n'
     f'form.add(new BasicNameValuePair("password", "{_FORM_PASSWORD_2}"));\n', 3, _FORM_PASSWORD_2, LITERAL),
    ("src/main/java/ops/Token.java",
     f'var entry = new AbstractMap.SimpleEntry<>("client_secret", "{_FORM_SECRET}");\n', 1, _FORM_SECRET, LITERAL),
    ("app/src/main/kotlin/Auth.kt", f'val fields = listOf(Pair("login", "ops"), Pair("password", "{_FORM_PASSWORD_3}"))\n',
     1, _FORM_PASSWORD_3, LITERAL),
    # --- an `sk-` key of a vendor no detector owns, under its key's name
    ("site/server/plants.js", f"const PLANTS_KEY = '{_VENDOR_KEY}';\n", 1, _VENDOR_KEY, LITERAL),
    ("tools/llm.py", f'DEEPSEEK_KEY = "{_VENDOR_KEY_3}"\n', 1, _VENDOR_KEY_3, LITERAL),
    ("config/gateway.ts", f'export const gatewayKey = "{_VENDOR_KEY_2}";\n', 1, _VENDOR_KEY_2, LITERAL),
    # --- device and telephony SDKs given their secret by position, where the file names the SDK
    ("irrigation/zones.py", _RAINMACHINE + "async def main(session):\n    client = Client(session=session)\n"
     f'    await client.load_local("controller.lan", "{_DEVICE_PASSWORD}", port=8080)\n', 5, _DEVICE_PASSWORD, LITERAL),
    ("irrigation/cloud.py", _RAINMACHINE + "async def main(client):\n"
     f'    await client.load_remote("grounds@example.org", "{_DEVICE_PASSWORD_2}")\n', 4, _DEVICE_PASSWORD_2, LITERAL),
    ("receiver/accounts.py", "from pysiaalarm import SIAAccount\n\n"
     f'ACCOUNTS = [SIAAccount("AAA1", "{_SIA_KEY}"), SIAAccount("AAA2", "{_SIA_KEY_2}")]\n', 3, _SIA_KEY, LITERAL),
    ("receiver/accounts2.py", "from pysiaalarm.aio import SIAAccount, SIAClient\n\n"
     f'acct = SIAAccount(\n    "1234",\n    "{_SIA_KEY_2}",\n)\n', 5, _SIA_KEY_2, LITERAL),
    ("telephony/calls.py", _RINGCENTRAL + f'sdk = SDK("{_CLIENT_ID}", "{_CLIENT_SECRET}", SDK.SERVER_PRODUCTION)\n',
     3, _CLIENT_SECRET, LITERAL),
    ("telephony/calls2.py", "import ringcentral\n\n"
     f'rc = ringcentral.SDK(\n    "{_CLIENT_ID}",\n    "{_CLIENT_SECRET_2}",\n    "https://platform.ringcentral.com",\n)\n',
     5, _CLIENT_SECRET_2, LITERAL),
    ("Telephony/CallLog.cs", "using RingCentral;\n\n"
     f'var rc = new RestClient("{_CLIENT_ID}", "{_CLIENT_SECRET}", "https://platform.ringcentral.com");\n',
     3, _CLIENT_SECRET, LITERAL),
    # --- an alarm panel's passcode drawn, under its code's name
    ("panel/poll.py", f'PANEL_HOST = "10.0.0.40"\nAUTOMATION_CODE = "{_PANEL_CODE}"\n', 2, _PANEL_CODE, LITERAL),
    ("panel/settings.json", f'{{\n  "host": "10.0.0.41",\n  "installerCode": "{_PANEL_CODE_2}"\n}}\n', 3, _PANEL_CODE_2, LITERAL),
    ("panel/config.yaml", f"panel:\n  host: 10.0.0.42\n  alarm_code: '{_PANEL_CODE_3}'\n", 3, _PANEL_CODE_3, LITERAL),
    # --- an xsd choice's Item beside its element's name: in an initializer (either order), set apart
    ("src/Checkout/Gateway.cs", _ANET + "var auth = new merchantAuthenticationType\n{\n"
     f'    name = "{_API_LOGIN}",\n    ItemElementName = ItemChoiceType.transactionKey,\n    Item = "{_TRANSACTION_KEY}",\n}};\n',
     8, _TRANSACTION_KEY, LITERAL),
    ("src/Checkout/Gateway2.cs", _ANET + f'var auth = new merchantAuthenticationType();\nauth.name = "{_API_LOGIN}";\n'
     f'auth.Item = "{_TRANSACTION_KEY_2}";\nauth.ItemElementName = ItemChoiceType.transactionKey;\n', 6, _TRANSACTION_KEY_2, LITERAL),
    ("src/Checkout/Gateway3.cs", "var auth = new merchantAuthenticationType { name = \"" + _API_LOGIN
     + f'", Item = "{_TRANSACTION_KEY}", ItemElementName = ItemChoiceType.transactionKey }};\n', 1, _TRANSACTION_KEY, LITERAL),
    # --- a constant given by its name to a call that takes a key
    ("app/src/main/java/rink/Signer.kt", "object Signer {\n"
     f'    private const val KEY = "{_SIGNING_KEY}"\n\n    fun sign(body: String): ByteArray {{\n'
     '        val mac = Mac.getInstance("HmacSHA256")\n        mac.init(SecretKeySpec(KEY.toByteArray(), "HmacSHA256"))\n'
     "        return mac.doFinal(body.toByteArray())\n    }\n}\n", 2, _SIGNING_KEY, LITERAL),
    ("hooks/sign.py", f'import hashlib\nimport hmac\n\nK = b"{_SIGNING_KEY_2}"\n\n\ndef sign(body):\n'
     "    return hmac.new(K, body, hashlib.sha256).hexdigest()\n", 4, _SIGNING_KEY_2, LITERAL),
    ("src/sign.js", f"const crypto = require('crypto');\nconst SIGNER = '{_SIGNING_KEY_3}';\n"
     "module.exports = (body) => crypto.createHmac('sha256', SIGNER).update(body).digest('hex');\n", 2, _SIGNING_KEY_3, LITERAL),
    ("src/Webhooks/Verify.cs", "static class Verify\n{\n"
     f'    private const string Key = "{_SIGNING_KEY_4}";\n\n    public static byte[] Mac(byte[] body)\n    {{\n'
     "        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Key));\n        return hmac.ComputeHash(body);\n    }\n}\n",
     3, _SIGNING_KEY_4, LITERAL),
]

DECOYS = [
    # (a pair's field from the environment, a stand-in, a label's; a pair whose name is no credential's)
    ("src/Access/Session.cs", "var form = new FormUrlEncodedContent(new[]\n{\n"
     '    new KeyValuePair<string, string>("password", Environment.GetEnvironmentVariable("VICTOR_PASSWORD")),\n'
     '    new KeyValuePair<string, string>("grant_type", "password"),\n'
     f'    new KeyValuePair<string, string>("clientName", "{_FORM_PASSWORD}"),\n}});\n'),
    ("src/main/java/ops/Login.java", 'form.add(new BasicNameValuePair("password", "changeme"));\n'
     'form.add(new BasicNameValuePair("password", System.getenv("OPS_PASSWORD")));\n'),
    ("app/src/main/kotlin/Labels.kt", 'val labels = listOf(Pair("password", "Password"), Pair("token", "Enter your token"))\n'),
    # (an `sk-` value elided, a stand-in, under a name that is no credential's)
    ("tools/llm.py", 'OPENAI_API_KEY = "sk-..."\nDEEPSEEK_KEY = "sk-your-key-here"\nPLANTS_KEY = "sk-xxxxxxxxxxxxxxxxxxxx"\n'),
    ("site/server/models.js", f"const MODEL_NAME = '{_VENDOR_KEY}';\n"),
    # (an SDK's secret from the environment; the same calls where the file names no such SDK; an account with no key)
    ("irrigation/zones.py", _RAINMACHINE + "async def main(client):\n"
     '    await client.load_local("controller.lan", os.environ["RAINMACHINE_PASSWORD"], port=8080)\n'),
    ("cache/local.py", f'store.load_local("cache.lan", "{_DEVICE_PASSWORD}")\n'),
    ("receiver/accounts.py", "from pysiaalarm import SIAAccount\n\n"
     'ACCOUNTS = [SIAAccount("AAA1", None), SIAAccount("AAA2", os.environ["SIA_KEY"])]\n'),
    ("billing/sdk.py", f'from acme import SDK\n\nsdk = SDK("{_CLIENT_ID}", "{_CLIENT_SECRET}")\n'),
    ("telephony/calls.py", _RINGCENTRAL + 'sdk = SDK(os.environ["RC_CLIENT_ID"], os.environ["RC_CLIENT_SECRET"], SDK.SERVER_PRODUCTION)\n'),
    ("Http/Api.cs", 'var client = new RestClient("reports", "quarterly-summary", "https://api.example.net");\n'),
    # (a panel's code of a keypad's digits, a stand-in, words with a year, a mode's name, the environment's)
    ("panel/poll.py", 'AUTOMATION_CODE = "1234"\nINSTALLER_CODE = "ChangeMe!2024"\nALARM_CODE = os.environ["ALARM_CODE"]\n'
     'PANEL_CODE = "Bosch-Panel-2024"\n'),
    ("panel/config.yaml", "panel:\n  alarm_code: ARMED_AWAY\n  panel_code: '<automation passcode>'\n"),
    # (an xsd choice of an element naming no credential; the key from the settings; a stand-in)
    ("src/Checkout/Gateway.cs", _ANET + "var contact = new contactType\n{\n    ItemElementName = ItemChoiceType1.email,\n"
     '    Item = "payments@example.org",\n};\nvar auth = new merchantAuthenticationType\n{\n'
     '    ItemElementName = ItemChoiceType.transactionKey,\n    Item = ConfigurationManager.AppSettings["AnetTransactionKey"],\n};\n'),
    ("src/Checkout/Sandbox.cs", "var auth = new merchantAuthenticationType\n{\n    ItemElementName = ItemChoiceType.transactionKey,\n"
     '    Item = "YOUR_TRANSACTION_KEY",\n};\n'),
    # (a constant given as the data, not the key; a key from the environment; a stand-in; a digest's input)
    ("hooks/sign.py", f'import hashlib\nimport hmac\nimport os\n\nLABEL = "{_SIGNING_KEY_2}"\nK = os.environ["HOOK_KEY"].encode()\n\n\n'
     "def sign(body):\n    return hmac.new(K, LABEL.encode() + body, hashlib.sha256).hexdigest()\n"),
    ("app/src/main/java/rink/Signer.kt", 'object Signer {\n    private const val KEY = "changeme"\n'
     '    fun spec() = SecretKeySpec(KEY.toByteArray(), "HmacSHA256")\n}\n'),
    ("tools/digest.py", f'import hashlib\n\nSEED = "{_SIGNING_KEY}"\nprint(hashlib.sha256(SEED.encode()).hexdigest())\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
