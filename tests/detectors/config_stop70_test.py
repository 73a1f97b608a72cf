"""Blind rounds of stop 70 (configuration files): an RS-signed JWT, longer than 512 characters, quoted under a token's
name (tfvars.json, JSON, YAML, PHP, Python, TOML); a client token a service issues as a UUID, kept in a setting
file (`clientToken`, `CLIENT_TOKEN`, `client_token:`), not AWS's idempotency `ClientToken` nor its CLI's `--client-token`; a
service's `<X>_PRIMARY_KEY` in hex (Azure API Management's subscription key), not a table's; a Home Assistant secrets
file's Wi-Fi password where the file names no SSID, in a chosen password's shape, not a network's name; the decoys: a
WordPress sample's translated salt placeholder (`mettez une phrase unique ici`) and a payment notification's signature
typed by hand in a fixture (a digest of a few digits short) or written as a PHP array. Through the engine. Generated
fakes only: seeds 9440000-9440999."""
from __future__ import annotations

import base64
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, uuid4

_B64URL = string.ascii_letters + string.digits + "-_"
_HEX = "0123456789abcdef"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in _blocked(engine, filename, text)]


def _rs512_jwt(seed: int) -> str:
    """A JWT of an RS512-signed token's length: a header, a drawn payload, a 2048-bit signature's 342 characters."""
    header = base64.urlsafe_b64encode(b'{"alg":"RS512","typ":"JWT","kid":"' + drawn(seed, 12).encode() + b'"}')
    return (header.decode().rstrip("=") + "." + drawn(seed + 1, 220, _B64URL) + "." + drawn(seed + 2, 342, _B64URL))


def _chosen(seed: int) -> str:
    """A password a person chose: a capitalised word, a symbol, another, four digits (`Kqzvbt@Mwpazr4821`)."""
    return (drawn(seed, 1, string.ascii_uppercase) + drawn(seed + 1, 6, string.ascii_lowercase) + drawn(seed + 2, 1, "@!#$%*")
            + drawn(seed + 3, 1, string.ascii_uppercase) + drawn(seed + 4, 6, string.ascii_lowercase)
            + drawn(seed + 5, 4, string.digits))


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    token = _rs512_jwt(9440000)
    assert token.startswith("eyJ") and len(token) > 512 and token.count(".") == 2
    assert all(len(_chosen(9440100 + step)) == 19 for step in range(4))


# --- a long JWT quoted under a token's name --------------------------------------------------------------------------

@pytest.mark.parametrize("filename,template", [
    ("infra/timeweb/provider.auto.tfvars.json", '{\n  "_comment": "reserve",\n  "twc_token": "%s",\n  "preset_id": 2447\n}\n'),
    ("deploy/settings.json", '{\n  "cloud": {\n    "apiToken": "%s"\n  }\n}\n'),
    ("deploy/values.yaml", 'cloud:\n  twc_token: "%s"\n'),
    ("deploy/values.yml", "cloud:\n  twc_token: '%s'\n"),
    ("config/cloud.php", "<?php\nreturn [\n    'twc_token' => '%s',\n];\n"),
    ("app/settings.py", 'TWC_TOKEN = "%s"\n'),
    ("infra/terraform.tfvars", 'twc_token = "%s"\n'),
])
def test_a_long_signed_jwt_quoted_under_a_token_s_name_blocks(engine: Engine, filename: str, template: str) -> None:
    token = _rs512_jwt(9440010)
    assert token in _secrets(engine, filename, template % token)


def test_a_long_quoted_value_that_is_no_credential_still_passes(engine: Engine) -> None:
    prose = " ".join(["the token is read from the environment at start"] * 14)
    assert _secrets(engine, "app/settings.json", '{\n  "token_help": "%s"\n}\n' % prose) == []
    assert _secrets(engine, "app/settings.json", '{\n  "api_token": "${TWC_TOKEN}"\n}\n') == []


# --- a client token issued as a UUID, kept as a setting ---------------------------------------------------------------

@pytest.mark.parametrize("filename,template", [
    ("marking/suz_config.json", '{\n  "omsUrl": "https://suz.example.ru/api/v2/",\n  "omsId": "%s",\n  "clientToken": "%%s"\n}\n'),
    ("marking/.env", "OMS_ID=%s\nSUZ_CLIENT_TOKEN=%%s\n"),
    ("marking/config.yaml", "suz:\n  oms_id: %s\n  client_token: %%s\n"),
    ("marking/config.properties", "suz.omsId=%s\nsuz.clientToken=%%s\n"),
])
def test_a_client_token_kept_as_a_setting_blocks(engine: Engine, filename: str, template: str) -> None:
    token = uuid4(9440020)
    text = (template % uuid4(9440021)) % token
    assert _secrets(engine, filename, text) == [token]


@pytest.mark.parametrize("filename,template", [
    # AWS's idempotency token, as its APIs and CLI name it
    ("aws/run-instances.json", '{\n  "ClientToken": "%s",\n  "InstanceType": "t3.micro",\n  "MinCount": 1\n}\n'),
    ("aws/launch.sh", "aws ec2 run-instances --client-token %s --image-id ami-0abc1234 --count 1\n"),
    # a request's own words in code (the Ruby SDK's keyword argument)
    ("lib/launcher.rb", 'ec2.run_instances(client_token: "%s", min_count: 1, max_count: 1)\n'),
    # a script's fixed idempotency token, so that its re-runs create nothing twice (stop 67's decoy)
    ("aws/run.py", 'CLIENT_TOKEN = "%s"\n'),
    # a request's or a cursor's token beside `client`
    ("app/.env", "CLIENT_REQUEST_TOKEN=%s\n"),
])
def test_an_idempotency_token_stays_no_credential(engine: Engine, filename: str, template: str) -> None:
    assert _secrets(engine, filename, template % uuid4(9440030)) == []


def test_a_client_token_s_stand_ins_and_public_tokens_pass(engine: Engine) -> None:
    for value in ("00000000-0000-0000-0000-000000000000", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"):
        assert _secrets(engine, "marking/suz_config.json", '{\n  "clientToken": "%s"\n}\n' % value) == []
    # Datadog's browser client token: public by design, and no UUID
    public = "pub" + drawn(9440040, 32, _HEX)
    assert _secrets(engine, "web/.env", "DD_CLIENT_TOKEN=%s\n" % public) == []
    assert _secrets(engine, "web/rum.js", 'datadogRum.init({ clientToken: "%s", site: "datadoghq.eu" });\n' % public) == []


# --- a service's primary key in hex ---------------------------------------------------------------------------------

@pytest.mark.parametrize("filename,template", [
    ("api/.env", "MOMO_BASE_URL=https://sandbox.momodeveloper.example\nMOMO_COLLECTION_PRIMARY_KEY=%s\n"),
    ("api/appsettings.json", '{\n  "MoMo": {\n    "CollectionPrimaryKey": "%s"\n  }\n}\n'),
    ("api/config.yaml", "momo:\n  disbursement_primary_key: %s\n"),
    ("api/settings.py", 'APIM_PRIMARY_KEY = "%s"\n'),
])
def test_a_service_s_primary_key_in_hex_blocks(engine: Engine, filename: str, template: str) -> None:
    key = drawn(9440050, 32, _HEX)
    assert _secrets(engine, filename, template % key) == [key]


def test_a_table_s_primary_key_passes(engine: Engine) -> None:
    key = drawn(9440051, 32, _HEX)
    assert _secrets(engine, "db/schema.json", '{"table": "orders", "primary_key": "order_id"}\n') == []
    assert _secrets(engine, "db/models.py", 'ORDERS_PRIMARY_KEY = "order_id"\n') == []
    assert _secrets(engine, "db/fixture.json", '{\n  "table_primary_key": "%s"\n}\n' % key) == []
    assert _secrets(engine, "db/.env", "PRIMARY_KEY=%s\n" % key) == []
    assert _secrets(engine, "api/.env", "MOMO_COLLECTION_PRIMARY_KEY=your_primary_key_here\n") == []


# --- a Home Assistant secrets file's Wi-Fi password, no SSID named ----------------------------------------------------

@pytest.mark.parametrize("template", [
    '# Home Assistant\nwifi_roastery: "%s"\nlatitude_shop: 5.5483\nmqtt_user: ha-roastery\n',
    "wlan_werkstatt: '%s'\nelevation: 12\n",
    "wifi_gudang: %s\n",
])
def test_a_wifi_password_in_a_home_secrets_file_without_an_ssid_blocks(engine: Engine, template: str) -> None:
    password = _chosen(9440060)
    assert _secrets(engine, "homeassistant/secrets.yaml", template % password) == [password]


def test_a_network_s_name_in_a_home_secrets_file_passes(engine: Engine) -> None:
    for value in ("Roastery_5G-Guest", "RoasteryNet", "Kopi Gayo 2.4"):
        assert _secrets(engine, "homeassistant/secrets.yaml", 'wifi_roastery: "%s"\n' % value) == []
    # (elsewhere than the secrets file, a Wi-Fi name's value is not read so)
    assert _secrets(engine, "homeassistant/configuration.yaml", 'wifi_roastery: "%s"\n' % _chosen(9440070)) == []


# --- decoys: a translated sample placeholder, a notification's signature ----------------------------------------------

@pytest.mark.parametrize("value", ["mettez une phrase unique ici", "inserez votre phrase unique ici",
                                   "ecrivez une phrase unique", "Mettere la vostra frase unica qui"])
def test_a_wordpress_sample_s_translated_placeholder_passes(engine: Engine, value: str) -> None:
    text = ("<?php\ndefine( 'DB_PASSWORD', 'mot_de_passe' );\ndefine( 'AUTH_KEY',         '%s' );\n"
            "define( 'NONCE_SALT',       '%s' );\n" % (value, value))
    assert _secrets(engine, "site/wp-config-sample.php", text) == []
    assert _secrets(engine, "app/.env", "APP_SECRET='%s'\n" % value) == []


def test_a_passphrase_of_words_still_blocks(engine: Engine) -> None:
    words = " ".join(drawn(9440080 + step, 6, string.ascii_lowercase) for step in range(4))
    assert _secrets(engine, "app/.env", "APP_SECRET='%s'\n" % words) == [words]


@pytest.mark.parametrize("filename,template", [
    ("shop/tests/fixtures/notification_settlement.json",
     '{\n  "transaction_status": "settlement",\n  "status_code": "200",\n  "signature_key": "%s",\n'
     '  "order_id": "RBS-TES-0042",\n  "gross_amount": "370000.00"\n}\n'),
    ("shop/tests/NotificationTest.php",
     "$body = [\n    'order_id' => 'INV-2024-0042',\n    'status_code' => '200',\n    'signature_key' => '%s',\n];\n"),
    ("shop/tests/test_notify.py", 'payload = {\n    "order_id": "INV-0042",\n    "signature_key": "%s",\n}\n'),
])
@pytest.mark.parametrize("length", [124, 128, 96])
def test_a_notification_s_signature_typed_by_hand_passes(engine: Engine, filename: str, template: str, length: int) -> None:
    assert _secrets(engine, filename, template % drawn(9440090, length, _HEX)) == []


def test_a_signature_key_outside_a_notification_still_blocks(engine: Engine) -> None:
    long_key, short_key = drawn(9440091, 124, _HEX), drawn(9440092, 32, _HEX)
    assert _secrets(engine, "shop/config.json", '{\n  "signature_key": "%s"\n}\n' % long_key) == [long_key]
    # PayU Polska's second key (32 hex) beside an order id is judged as before
    assert _secrets(engine, "shop/payu.json",
                    '{\n  "pos_id": "300746",\n  "order_id": "A-1",\n  "signature_key": "%s"\n}\n' % short_key) == [short_key]
