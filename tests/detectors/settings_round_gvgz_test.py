"""Blind rounds GV-GZ, settings in code and data: a credential's name in Italian, Spanish, Portuguese or French word
order, the credential's word first (Nexi XPay's `chiave_mac`, `clave_hmac`; English's borrowed `password` before whose
it is, GLS Italy's `PASSWORD_CLIENTE`); a settings table's row naming a service's key by its path (`imei.sickw.key`)
beside a generated value; an OAuth JWT bearer grant's `assertion` (RFC 7523; Zettle's API key is one); a directory's
bulk import of people's accounts (Google Workspace's users CSV, `Password [Required]`; Moodle's upload of users). Decoys:
the same forms given variables, stand-ins, digests, MAC addresses, masked and stock values. Through the engine. Generated
fakes only (seeds 2650000-2659999)."""
from __future__ import annotations

import base64
import json
from typing import Dict, List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- a credential's name head first: the key's word before what it is for, `password` before whose it is ---------------

_MAC_KEY = drawn_mixed(2650000, 32)
_CHOSEN = drawn_mixed(2650001, 9) + "!"


@pytest.mark.parametrize("filename, text, secret", [
    # (Nexi XPay's MAC key in a PHP config array; its Spanish and Portuguese siblings)
    ("modules/pagamenti/config/nexi.php", "<?php\nreturn [\n    'alias'      => 'ALIAS_WEB_00012345',\n"
     "    'chiave_mac' => '{key}',\n];\n", _MAC_KEY),
    ("config/pasarela.php", "<?php\n$config['clave_hmac'] = '{key}';\n", _MAC_KEY),
    ("pagamentos/.env", "CHAVE_ASSINATURA={key}\n", _MAC_KEY),
    ("pagamenti/settings.yml", "xpay:\n  chiaveFirma: {key}\n", _MAC_KEY),
    # (English's `password` before whose it is: the customer's, the user's, the administrator's)
    ("modules/spedizioni/classes/Corriere.php", "<?php\nclass Corriere\n{\n    const CODICE_CLIENTE = '108233';\n"
     "    const PASSWORD_CLIENTE = '{pw}';\n}\n", _CHOSEN),
    ("app/config.php", "<?php\n$config['password_utente'] = '{pw}';\n", _CHOSEN),
    ("deploy/.env", "PASSWORD_USUARIO={pw}\n", _CHOSEN),
    ("tools/backup.py", 'PWD_AMMINISTRATORE = "{pw}"\n', _CHOSEN),
])
def test_credential_named_head_first_blocks(engine: Engine, filename: str, text: str, secret: str) -> None:
    text = text.replace("{key}", _MAC_KEY).replace("{pw}", _CHOSEN)
    assert [found for _, found in _blocked(engine, filename, text)] == [secret]


@pytest.mark.parametrize("text", [
    # (a variable, a stand-in, an example; a MAC address under the same words; a key file's path)
    "<?php\nreturn [\n    'chiave_mac' => getenv('NEXI_CHIAVE_MAC'),\n    'chiave_mac_esempio' => '{key}',\n];\n",
    "<?php\nreturn [\n    'chiave_mac' => 'inserire_qui_la_chiave_mac',\n    'mac_address' => '00:1A:2B:3C:4D:5E',\n];\n",
    "<?php\nreturn [\n    'chiave_mac' => '00:1A:2B:3C:4D:5E',\n    'chiave_firma_file' => '/etc/nexi/firma.key',\n];\n",
    # (a blank, a digest, a stand-in, a form's field read; English's own word after `password`)
    "<?php\nconst PASSWORD_CLIENTE = '';\nconst PASSWORD_CLIENTE_HASH = '5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8';\n",
    "<?php\nconst PASSWORD_UTENTE = 'inserisci_la_password';\n$password_cliente = $_POST['password_cliente'];\n",
    "<?php\nconst PASSWORD_RESET = '{pw}';\nconst PASSWORD_POLICY = '{pw}';\n",
    # (a catalogue's code under a key's word head first: Mexico's `clave` of a product or a customer)
    "<?php\n$clave_producto = '{key}';\n$clave_cliente = 'C00123';\n",
])
def test_credential_named_head_first_holding_none_does_not_block(engine: Engine, text: str) -> None:
    text = text.replace("{key}", _MAC_KEY).replace("{pw}", _CHOSEN)
    assert _blocked(engine, "modules/pagamenti/config/nexi.php", text) == []


# --- a settings table's row: a service's key named by the setting's path ---------------------------------------------

_DASHED_KEY = "-".join(drawn(2650100, 24, _UPPER_DIGITS)[at:at + 3] for at in range(0, 24, 3))
_SERVICE_KEY = drawn_mixed(2650101, 32)


@pytest.mark.parametrize("text, secret", [
    ("INSERT INTO integration_settings (branch_code, name, value, updated_by) VALUES\n"
     "  ('LDS', 'imei.provider',  'sickw',     'setup'),\n"
     "  ('LDS', 'imei.sickw.key', '{dashed}', 'setup'),\n"
     "  ('LDS', 'labels.printer', 'ZD421-FRONT', 'setup');\n", _DASHED_KEY),
    ("INSERT INTO app_settings (key, value) VALUES ('payments.acme.key', '{key}');\n", _SERVICE_KEY),
    ("INSERT INTO `core_config_data` VALUES (12,'default',0,'carriers/acme/key','{key}');\n", _SERVICE_KEY),
])
def test_settings_row_service_key_blocks(engine: Engine, text: str, secret: str) -> None:
    text = text.replace("{dashed}", _DASHED_KEY).replace("{key}", _SERVICE_KEY)
    assert [found for _, found in _blocked(engine, "db/seeds/settings.sql", text)] == [secret]


@pytest.mark.parametrize("text", [
    # (a stand-in, a blank; a cache's, a product's, a hot key's setting; a name, a number)
    "INSERT INTO app_settings (key, value) VALUES ('imei.sickw.key', 'changeme'), ('imei.sickw.key', '');\n",
    "INSERT INTO app_settings (key, value) VALUES ('cache.key', '{key}'), ('shop.product_key', '{key}');\n",
    "INSERT INTO app_settings (key, value) VALUES ('ui.hotkey', 'ctrl+shift+k'), ('labels.printer', 'ZD421-FRONT');\n",
    "INSERT INTO app_settings (key, value) VALUES ('imei.sickw.service', '7'), ('sms.sender_id', 'NGMobile');\n",
])
def test_settings_row_holding_no_key_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "db/seeds/settings.sql", text.replace("{key}", _SERVICE_KEY)) == []


# --- an OAuth JWT bearer grant's assertion (RFC 7523): the signed JWT traded for access tokens ----------------------------


def _b64url(data: Dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def _jwt(seed: int, claims: Dict[str, object], alg: str = "RS256") -> str:
    return f"{_b64url({'alg': alg, 'typ': 'JWT'})}.{_b64url(claims)}.{drawn_mixed(seed, 86, _BASE64URL)}"


_ASSERTION = _jwt(2650200, {"iss": "pos-vendor", "sub": drawn(2650201, 12), "exp": 2660000000, "type": "user-assertion"})
_UNSIGNED = _jwt(2650202, {"iss": "pos-vendor", "sub": drawn(2650203, 12), "exp": 2660000000}, alg="none")
_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"


@pytest.mark.parametrize("filename, text", [
    ("integrations/pos.json", '{\n  "grant_type": "' + _GRANT + '",\n  "client_id": "pos-sync",\n  "assertion": "{jwt}"\n}\n'),
    ("scripts/token.sh", 'curl -s https://oauth.example.com/token -d "grant_type=' + _GRANT + '&assertion={jwt}"\n'),
    ("config/oauth.yaml", "oauth:\n  client_assertion_type: urn:ietf:params:oauth:client-assertion-type:jwt-bearer\n"
     "  client_assertion: {jwt}\n"),
    ("sync/client.py", 'TOKEN_REQUEST = {"grant_type": "' + _GRANT + '", "assertion": "{jwt}"}\n'),
])
def test_jwt_bearer_assertion_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [found for _, found in _blocked(engine, filename, text.replace("{jwt}", _ASSERTION))] == [_ASSERTION]


@pytest.mark.parametrize("filename, text", [
    # (a variable; an unsigned token; a test's made-up one; documentation's example)
    ("integrations/pos.json", '{\n  "grant_type": "' + _GRANT + '",\n  "assertion": "${POS_ASSERTION}"\n}\n'),
    ("integrations/pos.json", '{\n  "grant_type": "' + _GRANT + '",\n  "assertion": "' + _UNSIGNED + '"\n}\n'),
    ("sync/client.py", 'FAKE_ASSERTION = "{jwt}"\n'),
    ("docs/oauth.md", 'Send `{"grant_type": "' + _GRANT + '", "assertion": "{jwt}"}` to the token endpoint.\n'),
])
def test_jwt_bearer_assertion_holding_no_credential_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.replace("{jwt}", _ASSERTION)) == []


# --- a directory's bulk import of people's accounts: each row's initial password ----------------------------------------

_INITIAL = drawn_mixed(2650300, 6) + "*" + drawn(2650301, 4, "0123456789")
_GOOGLE_HEADER = ("First Name [Required],Last Name [Required],Email Address [Required],Password [Required],"
                  "Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],Change Password at Next Sign-In\n")


@pytest.mark.parametrize("filename, text", [
    ("it/gworkspace-upload.csv", _GOOGLE_HEADER + "Ada,Obi,ada@example.co.uk,{pw},,/Shop,TRUE\n"
     "Bo,Lind,bo@example.co.uk,,,/Shop,\n"),
    # (Moodle's upload of users; a template's `*` marking the required columns)
    ("moodle/upload_users.csv", "username,password,firstname,lastname,email\nadaobi,{pw},Ada,Obi,ada@school.example\n"),
    ("it/new-staff.csv", "Display Name*,User Name*,Password*\nAda Obi,ada.obi,{pw}\n"),
])
def test_bulk_account_import_password_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [found for _, found in _blocked(engine, filename, text.replace("{pw}", _INITIAL))] == [_INITIAL]


@pytest.mark.parametrize("text", [
    # (a digest with its hash function, as Google's template takes it; the template's `****`, kept as it is; blanks)
    _GOOGLE_HEADER + "Ada,Obi,ada@example.co.uk,5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8,SHA-1,/Shop,\n",
    _GOOGLE_HEADER + "Ada,Obi,ada@example.co.uk,****,,/Shop,\nBo,Lind,bo@example.co.uk,,,/Shop,\n",
    # (stock and stand-in passwords; a parenthesis saying the value is a digest)
    _GOOGLE_HEADER + "Ada,Obi,ada@example.co.uk,changeme,,/Shop,TRUE\nBo,Lind,bo@example.co.uk,Password123!,,/Shop,TRUE\n",
    "First Name,Last Name,Email Address,Password (SHA-1)\nAda,Obi,ada@example.co.uk,{pw}\n",
])
def test_bulk_account_import_holding_no_password_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "it/gworkspace-upload.csv", text.replace("{pw}", _INITIAL)) == []
