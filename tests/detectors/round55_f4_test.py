"""Blind round 55 (code and configs): an iOS Maps key whose comment says it has no app (or application, key, referrer)
restriction blocks as an unrestricted key does; the same call with no such comment, or one naming the restriction it has,
stays a warning. A what3words key given to its SDK's constructor (Python's, geopy's, JavaScript's, Android's, Swift's)
blocks; a placeholder there, or 8 characters given to another class, does not. A Postfix SASL password map written by
configuration management (Ansible's copy content, quoted or a block; Salt's contents; Puppet's content) blocks by its
entries' passwords; a template's variables there, or a transport map's entries, do not. Barion's POSKey (a point of
sale's secret key) under its names (`POSKey`, `BARION_POSKEY`, `poskey`) blocks; a template or a position's key does
not. Finnish's and Hungarian's key words (`avain`, `kulcs`) after a secret's qualifier or a service's name (an SQL
seed's `salainen_avain` column, Számlázz.hu's `SZAMLA_AGENT_KULCS`) block as `secret_key` and `<SERVICE>_KEY` do; a
public one (`julkinen_avain`, `nyilvanos_kulcs`) does not. An SQL UPDATE setting the key column of a token table (DRF's
`authtoken_token`, `partners_apitoken`, `api_keys`) to a literal blocks whatever its WHERE picks; a cache's or a
translation's key column, or a stand-in, does not. The accuracy measure's scorer takes an SMTP AUTH PLAIN message
labelled as written (its base64) as reported by the finding of its decoded password. Generated fakes only (seeds
3530000-3539999)."""
from __future__ import annotations

from typing import List

import base64

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking, reports
from tests.fakes import ALNUM, drawn, drawn_mixed

_BASE64URL = ALNUM + "-_"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, filename: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(filename, text))]


def _google_key(seed: int) -> str:
    return "AIza" + drawn_mixed(seed, 35, _BASE64URL)


# --- an iOS Maps key said to have no restriction of the console's kinds ----------------------------------------------

@pytest.mark.parametrize("comment", [
    "// server key pasted by mistake, no app restriction",
    "// NOTE: no application restrictions set on this key",
    "// no API restrictions and no key restriction yet",
    "// temporary: No iOS restriction until the bundle id is final",
    "// no referrer restriction (copied from the web project)",
])
def test_ios_maps_key_said_unrestricted_blocks(engine: Engine, comment: str) -> None:
    key = _google_key(3530010)
    text = f'import GoogleMaps\n\n{comment}\nGMSServices.provideAPIKey("{key}")\n'
    assert key in _blocked(engine, "ios/App/AppDelegate.swift", text)


@pytest.mark.parametrize("comment", [
    "// restricted to the app's bundle id in the console",
    "// app restriction: iOS apps (com.example.shop)",
    "// key restriction set to the Maps SDK for iOS only",
])
def test_ios_maps_key_with_its_restriction_passes(engine: Engine, comment: str) -> None:
    key = _google_key(3530011)
    text = f'import GoogleMaps\n\n{comment}\nGMSServices.provideAPIKey("{key}")\n'
    assert _blocked(engine, "ios/App/AppDelegate.swift", text) == []


# --- a what3words key given to its SDK ----------------------------------------------------------------------------------

def _what3words_key(seed: int) -> str:
    """8 upper-case letters and digits, both (as what3words issues them)."""
    while True:
        key = drawn(seed, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        if any(c.isdigit() for c in key) and any(c.isalpha() for c in key):
            return key
        seed += 1


@pytest.mark.parametrize("filename, template", [
    ("dispatch/w3w.py", 'import what3words\n\ngeocoder = what3words.Geocoder("{key}")\n'),
    ("geo/lookup.py", 'from geopy.geocoders import What3WordsV3\n\ngeolocator = What3WordsV3(api_key="{key}")\n'),
    ("geo/legacy.py", 'from geopy import geocoders\n\ng = geocoders.What3Words("{key}")\n'),
    ("src/w3w.ts", "import what3words from '@what3words/api';\n\nconst w3wService = what3words('{key}');\n"),
    ("app/src/main/java/Drop.kt", 'val wrapper = What3WordsV3("{key}", this)\n'),
    ("ios/Drop/Locator.swift", 'let api = What3WordsV3(apiKey: "{key}")\n'),
])
def test_what3words_key_given_to_its_sdk_blocks(engine: Engine, filename: str, template: str) -> None:
    key = _what3words_key(3530020)
    assert key in _blocked(engine, filename, template.format(key=key))


@pytest.mark.parametrize("filename, text", [
    ("dispatch/w3w.py", 'geocoder = what3words.Geocoder("YOURKEYS")\n'),
    ("dispatch/w3w.py", 'geocoder = what3words.Geocoder("AAAA1111")\n'),
    ("dispatch/w3w.py", 'geocoder = what3words.Geocoder(os.environ["W3W_API_KEY"])\n'),
    ("dispatch/w3w.py", 'spot = what3words.Coordinates("{key}")\n'),
    ("dispatch/geo.py", 'geocoder = Nominatim("{key}")\n'),
])
def test_what3words_lookalikes_pass(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.format(key=_what3words_key(3530021))) == []


# --- a Postfix SASL map written by configuration management -----------------------------------------------------------

def _relay_password(seed: int) -> str:
    return drawn_mixed(seed, 10) + "!" + drawn(seed + 1, 4, "0123456789")


@pytest.mark.parametrize("filename, template", [
    ("roles/postfix/tasks/main.yml", '- name: relay credentials\n  ansible.builtin.copy:\n    dest: /etc/postfix/sasl_passwd\n'
                                     '    mode: "0600"\n    content: "[smtp.relay.example]:587 alerts@shop.example:{pw}\\n"\n'),
    ("roles/postfix/tasks/main.yml", '- copy:\n    content: |\n      @shop.example   ops@shop.example:{pw}\n'
                                     '      [smtp.relay.example]:submission   relay-user:{pw}\n    dest: /etc/postfix/sasl_passwd\n'),
    ("salt/postfix/init.sls", '/etc/postfix/sasl_passwd:\n  file.managed:\n    - mode: "0600"\n    - contents: |\n'
                              '        [smtp.relay.example]:587 alerts@shop.example:{pw}\n'),
    ("modules/postfix/manifests/init.pp", "file {{ '/etc/postfix/sasl_passwd':\n  mode    => '0600',\n"
                                          "  content => '[smtp.relay.example]:587 alerts@shop.example:{pw}',\n}}\n"),
])
def test_sasl_map_written_by_configuration_management_blocks(engine: Engine, filename: str, template: str) -> None:
    password = _relay_password(3530030)
    assert password in _blocked(engine, filename, template.format(pw=password))


@pytest.mark.parametrize("filename, text", [
    ("roles/postfix/tasks/main.yml", '- copy:\n    dest: /etc/postfix/sasl_passwd\n'
                                     '    content: "[{{ relay_host }}]:587 {{ relay_user }}:{{ relay_password }}\\n"\n'),
    ("roles/postfix/tasks/main.yml", '- copy:\n    dest: /etc/postfix/sasl_passwd\n'
                                     '    content: "[smtp.relay.example]:587 YOUR_SMTP_USERNAME:YOUR_SMTP_PASSWORD\\n"\n'),
    ("roles/postfix/tasks/main.yml", '- copy:\n    dest: /etc/postfix/transport\n'
                                     '    content: "shop.example smtp:[smtp.relay.example]:587\\n"\n'),
])
def test_sasl_map_lookalikes_pass(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- Barion's POSKey under its names --------------------------------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("k8s/webshop/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\ntype: Opaque\ndata:\n"
                                "  BARION_POSKEY: {b64}\n"),
    (".env.production", "BARION_POSKEY={key}\n"),
    ("src/payments/barion.json", '{{"POSKey": "{key}", "PaymentType": "Immediate", "GuestCheckOut": true}}\n'),
    ("shop/settings.py", 'BARION = {{"poskey": "{key}", "payee": "shop@example.hu"}}\n'),
])
def test_barion_poskey_blocks(engine: Engine, filename: str, template: str) -> None:
    key = drawn(3530040, 32, "0123456789abcdef")
    text = template.format(key=key, b64=base64.b64encode(key.encode()).decode())
    assert any(key in secret or secret == base64.b64encode(key.encode()).decode() for secret in _blocked(engine, filename, text))


@pytest.mark.parametrize("filename, text", [
    ("src/payments/barion.json", '{"POSKey": "{{ barion_poskey }}", "PaymentType": "Immediate"}\n'),
    ("game/board.py", 'pos_key = "row_3_col_4"\n'),
    ("src/payments/barion.php", "$posKey = getenv('BARION_POSKEY');\n"),
])
def test_barion_poskey_lookalikes_pass(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- Finnish's and Hungarian's key words -------------------------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("db/seed/merchant_settings.sql", "INSERT INTO maksut_asetus (palvelu, tunnus, salainen_avain, aktiivinen) VALUES\n"
                                      "  ('paytrail', '375917', '{key}', true);\n"),
    ("invoicing/agent.py", 'SZAMLA_AGENT_KULCS = "{key}"\n'),
    (".env", "BILLING_API_KULCS={key}\n"),
    ("config/payments.yml", "paytrail:\n  salainen_avain: {key}\n"),
])
def test_finnish_and_hungarian_keys_block(engine: Engine, filename: str, template: str) -> None:
    key = drawn(3530050, 40, "abcdefghijklmnopqrstuvwxyz0123456789")
    assert key in _blocked(engine, filename, template.format(key=key))


@pytest.mark.parametrize("filename, template", [
    ("config/payments.yml", "kassa:\n  julkinen_avain: {key}\n"),
    ("invoicing/agent.py", 'NYILVANOS_KULCS = "{key}"\n'),
    ("invoicing/agent.py", 'SZAMLA_AGENT_KULCS = os.environ["SZAMLA_AGENT_KULCS"]\n'),
])
def test_finnish_and_hungarian_public_keys_pass(engine: Engine, filename: str, template: str) -> None:
    key = drawn(3530051, 40, "abcdefghijklmnopqrstuvwxyz0123456789")
    assert _blocked(engine, filename, template.format(key=key)) == []


# --- a token table's key column set by an UPDATE --------------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("db/fixes/restore-token.sql", "BEGIN;\nUPDATE partners_apitoken\n   SET key = '{token}',\n       revoked = false\n"
                                   " WHERE partner_id = (SELECT id FROM partners_partner WHERE slug = 'acme');\nCOMMIT;\n"),
    ("db/fixes/drf.sql", "UPDATE authtoken_token SET key = '{hex}' WHERE user_id = 7;\n"),
    ("db/fixes/keys.sql", "UPDATE public.api_keys SET key = '{token}', updated_at = now() WHERE id = 3;\n"),
])
def test_token_table_key_set_by_update_blocks(engine: Engine, filename: str, template: str) -> None:
    token = "tk_live_" + drawn_mixed(3530060, 40)
    digest = drawn(3530061, 40, "0123456789abcdef")
    secret = digest if "{hex}" in template else token
    assert secret in _blocked(engine, filename, template.format(token=token, hex=digest))


@pytest.mark.parametrize("filename, text", [
    ("db/fixes/cache.sql", "UPDATE cache_keys SET key = 'user:42:profile' WHERE id = 1;\n"),
    ("db/fixes/i18n.sql", "UPDATE translations SET key = 'checkout.title' WHERE id = 9;\n"),
    ("db/fixes/drf.sql", "UPDATE authtoken_token SET key = 'changeme' WHERE user_id = 7;\n"),
])
def test_token_table_lookalikes_pass(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- the scorer: an AUTH PLAIN message labelled as written ----------------------------------------------------------

def test_auth_plain_message_labelled_as_written_is_reported_by_its_password(engine: Engine) -> None:
    password = drawn_mixed(3530070, 16)
    message = base64.b64encode(f"\0alarm@plant.example\0{password}".encode()).decode()
    text = f"send: 'AUTH PLAIN {message}\\r\\n'\nreply: b'235 2.7.0 Authentication successful'\n"
    found = blocking(engine.scan_text("logs/mailer-debug.log", text))
    assert any(reports(finding, message) for finding in found)
    other = base64.b64encode(f"\0alarm@plant.example\0{drawn_mixed(3530071, 16)}".encode()).decode()
    assert not any(reports(finding, other) for finding in found)
