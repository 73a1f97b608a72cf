"""Stop 59's blind round, decoys and sheets: what passes (PayFast's public sandbox merchant, an Afrikaans `.env.example`'s
placeholder, 1C's OData references by GUID, the google-services plugin's Android string resources) and what blocks
(a device inventory's password column headed in Afrikaans or Albanian, an integrations sheet's `key_or_login` column and
its `value` column beside a `key_type`'s). Each beside the nearest forms of the other side, through the engine. Every
value here is generated (seeds 5220000-5229999), but PayFast's sandbox merchant's, which its documentation publishes."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed, fake, uuid4

LITERAL = "Literal Credential"
TABULAR = "Tabular Data Credential"
SERVICE = "Service API Token"
DATABASE = "Database Credentials"
_LOWER_DIGITS = string.ascii_lowercase + string.digits

# PayFast's sandbox merchant, as its developer docs publish it for everyone's tests
_SANDBOX_ID = "10000100"
_SANDBOX_KEY = "46f0cd694581a"
_SANDBOX_PASSPHRASE = "jt7NOE43FZPn"


def _merchant_key(seed: int) -> str:
    """A merchant key as PayFast issues one: 13 lower-case letters and digits, both."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(_LOWER_DIGITS) for _ in range(13))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and len(set(value)) >= 9:
            return value


def _chosen_password(seed: int) -> str:
    """A password a person chooses: two capitalised words, a symbol and four digits."""
    generator = random.Random(seed)
    words = ("Kameel", "Doring", "Rivier", "Heuning", "Kumbull", "Bunker", "Volstruis", "Karoo", "Gjethe", "Mali")
    first, second = generator.sample(words, 2)
    return f"{first}{generator.choice('!$*#')}{second}{generator.randint(1000, 9999)}"


_MERCHANT_KEY = _merchant_key(5220000)
_PASSPHRASE = drawn_mixed(5220001, 16)
_DEVICE_PASSWORD = _chosen_password(5220010)
_OTHER_PASSWORD = _chosen_password(5220011)
_HEX_TOKEN = drawn(5220020, 40, "0123456789abcdef")
_GUIDS = [uuid4(5220030 + offset) for offset in range(4)]
_GOOGLE_KEY = fake("AIza", 35, 5220040)
_SENDER = "".join(random.Random(5220041).choice(string.digits[1:]) for _ in range(12))
_APP_HEX = drawn(5220042, 16, "0123456789abcdef")
_DRAWN_KEY = drawn_mixed(5220050, 32)


# --- PayFast's public sandbox merchant ----------------------------------------------------------------------------

@pytest.mark.parametrize(("filename", "text"), [
    ("config/payfast.sandbox.php", f"<?php\n// PayFast SANDBOX\nreturn [\n    'merchant_id'  => '{_SANDBOX_ID}',\n"
                                   f"    'merchant_key' => '{_SANDBOX_KEY}',\n    'testing' => true,\n];\n"),
    ("tests/test_payfast_signature.py", "import pytest\n\n\n@pytest.fixture\ndef data():\n"
                                        f'    return {{"merchant_id": "{_SANDBOX_ID}", "merchant_key": "{_SANDBOX_KEY}"}}\n'),
    ("payfast-itn/Dockerfile.test", f"FROM php:8.3-apache\nENV PAYFAST_HOST=sandbox.payfast.co.za \\\n"
                                    f"    PAYFAST_MERCHANT_ID={_SANDBOX_ID} \\\n    PAYFAST_MERCHANT_KEY={_SANDBOX_KEY}\n"),
    (".env.development", f"PAYFAST_MERCHANT_ID={_SANDBOX_ID}\nPAYFAST_MERCHANT_KEY={_SANDBOX_KEY}\n"
                         f"PAYFAST_PASSPHRASE={_SANDBOX_PASSPHRASE}\n"),
    ("src/payfast.js", f'const myPassphrase = "{_SANDBOX_PASSPHRASE}";\n'),
])
def test_payfasts_public_sandbox_merchant_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize(("filename", "text", "secrets"), [
    # (a merchant's own key beside the sandbox's id: the key is what the sandbox's is not)
    (".env", f"PAYFAST_MERCHANT_ID={_SANDBOX_ID}\nPAYFAST_MERCHANT_KEY={_MERCHANT_KEY}\n", [_MERCHANT_KEY]),
    ("config/payfast.php", f"<?php\nreturn [\n    'merchant_key' => '{_MERCHANT_KEY}',\n"
                           f"    'passphrase' => '{_PASSPHRASE}',\n];\n", [_MERCHANT_KEY, _PASSPHRASE]),
])
def test_a_merchants_own_payfast_credentials_block(engine: Engine, filename: str, text: str, secrets: list) -> None:
    assert sorted(secret for _, _, secret in _blocked(engine, filename, text)) == sorted(secrets)


# --- a placeholder in Afrikaans -----------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["jou-wagwoord-hier", "sit-jou-wagwoord-hier", "jou_wagwoord", "vervang-my"])
def test_an_afrikaans_placeholder_does_not_block(engine: Engine, value: str) -> None:
    text = f"APP_ENV=local\nDB_HOST=127.0.0.1\nDB_PASSWORD={value}\n"
    assert _blocked(engine, "slaghuis-webwinkel/.env.example", text) == []


def test_a_chosen_password_in_an_afrikaans_teams_env_blocks(engine: Engine) -> None:
    text = f"DB_HOST=127.0.0.1\nDB_PASSWORD={_DEVICE_PASSWORD}\n"
    assert _blocked(engine, "slaghuis-webwinkel/.env", text) == [(2, DATABASE, _DEVICE_PASSWORD)]


# --- 1C's OData references by GUID --------------------------------------------------------------------------------

def _onec_row(names: tuple) -> str:
    return "{" + ", ".join(f'"{name}": "{guid}"' for name, guid in zip(names, _GUIDS)) + ', "Description": "Ala-kiyiz"}'


@pytest.mark.parametrize("names", [
    ("Ref_Key", "Parent_Key"),
    ("Parent_Key",),
    ("Ref_Key", "Owner_Key", "Parent_Key"),
    ("Ref_Key", "Номенклатура_Key", "Контрагент_Key"),
    ("parent_key",),
])
def test_onec_odata_references_do_not_block(engine: Engine, names: tuple) -> None:
    text = '{\n  "items": [\n    ' + _onec_row(names) + "\n  ]\n}\n"
    assert _blocked(engine, "integrations/onec_catalog_export.json", text) == []


@pytest.mark.parametrize(("text", "secret"), [
    # (a UUID under another key's name: a licence's or a vendor's key)
    (f'{{"license_key": "{_GUIDS[0]}"}}\n', _GUIDS[0]),
    (f'{{"Vendor_Key": "{_GUIDS[0]}"}}\n', _GUIDS[0]),
    # (a drawn key under a reference's name: no record's id)
    (f'{{"Parent_Key": "{_DRAWN_KEY}"}}\n', _DRAWN_KEY),
])
def test_a_key_that_is_no_record_reference_blocks(engine: Engine, text: str, secret: str) -> None:
    # (a line of JSON is read as a carrier's string too: the same value, its quotes escaped, may block beside it)
    assert secret in [found for _, _, found in _blocked(engine, "integrations/export.json", text)]


# --- the google-services plugin's Android string resources --------------------------------------------------------

def _resources(*strings: tuple) -> str:
    body = "".join(f'    <string name="{name}" translatable="false">{value}</string>\n' for name, value in strings)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<resources>\n{body}</resources>\n'


_APP_ID = f"1:{_SENDER}:android:{_APP_HEX}"


@pytest.mark.parametrize(("filename", "text"), [
    ("app/src/main/res/values/google_services.xml",
     _resources(("gcm_defaultSenderId", _SENDER), ("google_app_id", _APP_ID), ("google_api_key", _GOOGLE_KEY),
                ("project_id", "lokta-udhyog-app"))),
    ("app/build/generated/res/google-services/debug/values/values.xml",
     _resources(("google_api_key", _GOOGLE_KEY), ("google_app_id", _APP_ID),
                ("google_crash_reporting_api_key", _GOOGLE_KEY))),
])
def test_firebases_android_resources_key_warns(engine: Engine, filename: str, text: str) -> None:
    findings = engine.scan_text(filename, text)
    assert not blocking(findings)
    assert any(finding.type == SERVICE and finding.secret == _GOOGLE_KEY for finding in findings)


@pytest.mark.parametrize("text", [
    # (no Firebase app id beside it)
    _resources(("app_name", "Lokta"), ("google_api_key", _GOOGLE_KEY)),
    # (another name beside the Firebase app id: a Gemini or a Maps key)
    _resources(("google_app_id", _APP_ID), ("gemini_api_key", _GOOGLE_KEY)),
    _resources(("google_app_id", _APP_ID), ("google_maps_key", _GOOGLE_KEY)),
])
def test_another_google_key_in_android_resources_blocks(engine: Engine, text: str) -> None:
    assert [(kind, found) for _, kind, found in _blocked(engine, "app/src/main/res/values/strings.xml", text)] == [
        (SERVICE, _GOOGLE_KEY)]


@pytest.mark.parametrize(("filename", "text"), [
    # (review: a server's XML, no Android resource file, naming the same strings)
    ("server/config.xml", _resources(("google_app_id", _APP_ID), ("google_api_key", _GOOGLE_KEY))),
    # (review: the app id named in a comment only, no string of it)
    ("app/src/main/res/values/keys.xml", '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n'
                                         '    <!-- no name="google_app_id": Firebase is not used -->\n'
                                         f'    <string name="google_api_key">{_GOOGLE_KEY}</string>\n</resources>\n'),
])
def test_a_google_api_key_string_outside_firebases_resources_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [(kind, found) for _, kind, found in _blocked(engine, filename, text)] == [(SERVICE, _GOOGLE_KEY)]


# --- a device inventory headed in Afrikaans or Albanian -----------------------------------------------------------

@pytest.mark.parametrize(("filename", "header"), [
    ("exports/toestelle_2024.csv", "toestel,ligging,ip,gebruiker,wagwoord,notas"),
    ("exports/toestelle_2024.csv", "toestel,ligging,ip,gebruikersnaam,wagwoorde,notas"),
    ("ops/inventory/pajisjet.csv", "pajisja,ligging,ip,perdoruesi,fjalekalimi,shenime"),
    ("ops/inventory/pajisjet.csv", "pajisje,vendi,ip,përdoruesi,fjalëkalimi,shënime"),
])
def test_a_device_inventorys_password_column_blocks(engine: Engine, filename: str, header: str) -> None:
    text = (f"{header}\nTru-Test XR5000,weegkraal 1,192.168.20.11,admin,{_DEVICE_PASSWORD},2024-03\n"
            "Gallagher TW-3,weegkraal 2,192.168.20.12,admin,sien kluis,\n"
            "Hikvision DS-2CD2143,slagvloer,192.168.10.64,admin,(shih Bitwarden),\n")
    assert _blocked(engine, filename, text) == [(2, TABULAR, _DEVICE_PASSWORD)]


@pytest.mark.parametrize(("filename", "text"), [
    # (references, masks and a placeholder in the password column)
    ("exports/toestelle.csv", "toestel,ip,gebruiker,wagwoord\nRUT240,192.168.30.1,admin,sien kluis\n"
                              "RUT241,192.168.30.2,admin,********\nRUT242,192.168.30.3,admin,jou-wagwoord-hier\n"),
    # (a user table's password digests)
    ("exports/gebruikers.csv", f"gebruiker,wagwoord\nanelda,{_HEX_TOKEN}\n"),
])
def test_a_sheets_stand_ins_in_afrikaans_do_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- an integrations sheet's key column holding a login or a key --------------------------------------------------

@pytest.mark.parametrize("column", ["key_or_login", "key/login", "login or key", "token_or_password"])
def test_a_key_or_login_columns_key_blocks(engine: Engine, column: str) -> None:
    text = (f"vendor,purpose,account,{column},owner,renewed\n"
            "Shiprocket,saree parcels,api.dispatch@silks.example.in,in Bitwarden,Senthil,2024-04\n"
            f"Delhivery,bronze crates,SWAMIBRONZE,{_HEX_TOKEN},Ganesh,2024-06\n")
    assert _blocked(engine, "docs/notes/vendor_accounts.csv", text) == [(3, TABULAR, _HEX_TOKEN)]


@pytest.mark.parametrize("text", [
    # (logins' users and a note in the column)
    "vendor,purpose,account,key_or_login,owner\nShiprocket,parcels,api.dispatch@silks.example.in,dispatch.team@silks.example.in,S\n"
    "Delhivery,crates,SWAMIBRONZE,SWAMIBRONZE01,G\nMSG91,sms,kanchi,kanchi_weavers_2024,S\n",
    # (no column naming each row's vendor and its account: no integrations sheet)
    f"name,purpose,key_or_login,owner\nDelhivery,crates,{_HEX_TOKEN},G\n",
])
def test_a_key_or_login_column_without_a_key_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "docs/notes/vendor_accounts.csv", text) == []


@pytest.mark.parametrize("column", ["key_type", "credential_kind", "token_type"])
def test_a_value_column_beside_a_key_kind_blocks(engine: Engine, column: str) -> None:
    text = (f"service,account,{column},value,owner,rotated\nSparrow SMS,Lokta,token,(in Bitwarden),Sita,2081-04\n"
            f"Nepal Can Move,lokta,api token,{_HEX_TOKEN},Ram,2081-06\n")
    assert _blocked(engine, "exports/integrations-2081.csv", text) == [(3, TABULAR, _HEX_TOKEN)]


@pytest.mark.parametrize("text", [
    # (a key its kind says is public by design: a payment page's public key, a browser's restricted key)
    f"service,account,key_type,value,owner\nKhalti,merchant 9841,public key,live_public_key_{_APP_HEX}{_APP_HEX},Sita\n"
    "Google Maps,lokta-web,browser key (restricted),see console,Ram\n",
    f"service,account,key_name,value,owner\nStripe,shop,STRIPE_PUBLISHABLE_KEY,pk_live_{_DRAWN_KEY},Sita\n",
    # (a `value` column beside a type's, with no column naming each row's system: a settings export)
    f"setting,key_type,value\nsmtp,string,{_HEX_TOKEN}\n",
])
def test_a_value_column_of_public_keys_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "exports/integrations-2081.csv", text) == []


@pytest.mark.parametrize(("head", "row"), [
    # (review: a kind naming the secret beside the public word, or saying the key is not public)
    ("service,account,key_name,value,owner", "Zoho,shop,client_id:client_secret,{token},Sita"),
    ("service,account,key_name,value,owner", "Zoho,shop,CLIENT_SECRET (client id in vault),{token},Sita"),
    ("service,account,key_type,value,owner", "Paystack,shop,secret key (public site),{token},Sita"),
    ("service,account,key_type,value,owner", "Mailgun,shop,non-public api key,{token},Sita"),
    ("service,account,key_name,key_type,value,owner", "Stripe,shop,STRIPE_SECRET_KEY,replaces publishable,{token},Sita"),
])
def test_a_value_column_whose_kind_names_a_secret_beside_public_blocks(engine: Engine, head: str, row: str) -> None:
    text = f"{head}\n{row.format(token=_HEX_TOKEN)}\n"
    assert _blocked(engine, "exports/integrations-2081.csv", text) == [(2, TABULAR, _HEX_TOKEN)]


# --- review (seeds 5330000-5339999): the decoys' rules kept to their forms ------------------------------------------

_REVIEW_UUID = uuid4(5330000)  # (Heroku's API key and Postmark's server token are UUIDs)


@pytest.mark.parametrize(("filename", "text"), [
    # (a key's name of any schema or an environment's, not 1C's nor a tree's spelling)
    (".env", f"OWNER_KEY={_REVIEW_UUID}\n"),
    ("app/settings.py", f'owner_key = "{_REVIEW_UUID}"\n'),
    ("src/config.js", f'const ownerKey = "{_REVIEW_UUID}";\n'),
    ("integrations/export.json", f'{{"parentKey": "{_REVIEW_UUID}"}}\n'),
    # (another script's words than 1C's Cyrillic: Chinese's secret key, Japanese's API key)
    ("integrations/export.json", f'{{"密钥_Key": "{_REVIEW_UUID}"}}\n'),
    ("app/settings.py", f'APIキー_Key = "{_REVIEW_UUID}"\n'),
])
def test_a_uuid_under_a_name_that_is_no_record_reference_blocks(engine: Engine, filename: str, text: str) -> None:
    assert _REVIEW_UUID in [found for _, _, found in _blocked(engine, filename, text)]


@pytest.mark.parametrize("value", ["Kameel-Verander-Doringboom", "vervang.Rivier.Heuning.Karoo", "Fjalekalimi_Gjethe_Mali_Bunker",
                                   "Wagwoord-Volstruis-Karoo"])
def test_a_passphrase_holding_an_afrikaans_or_albanian_word_blocks(engine: Engine, value: str) -> None:
    # (a passphrase of words, one of them the password's word or an instruction: no placeholder's other words beside it)
    assert _blocked(engine, "slaghuis-webwinkel/.env", f"DB_HOST=10.0.3.4\nDB_PASSWORD={value}\n") == [(2, DATABASE, value)]
