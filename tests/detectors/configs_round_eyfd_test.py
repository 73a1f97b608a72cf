"""Forms and decoys read after blind rounds EY-FD (configuration files whose secret stands under a name the
keyword rules did not read as a credential's): a vendor's token headed `secret_` of any drawn length (Ecwid's 32,
Notion's 43); a CloudFormation parameter's literal `Default:` under a credential's name, without `NoEcho`, in
YAML and in pretty-printed JSON; an INI section's bare `key` where the section's name qualifies it (`[api]`,
`[account]`, `[auth]`); an OpenWrt UCI option named for a credential or for a key holding a generated value
(openNDS' `faskey`, `radius_key`, CoovaChilli's `uamsecret`); a RADIUS or TACACS+ key named so, glued or not
(pfSense's `<radiuskey>`); Z-Wave's security class keys and OSDP's Secure Channel Base Key (32 hex) under the
protocols' own names. And the decoys of the same forms: names and stand-ins after `secret_`, a parameter naming
a key pair, a path or a reference, a section naming a fingerprint's key, a public key's UCI option, zeros and
counting bytes and OSDP's published default key, a Shopify Storefront API token (public: the storefront's browser
sends it) and a vendor head before a nil UUID in a template. Through the engine. Every value here is generated
(seeds 1,760,000-1,760,199)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

HEX_UPPER = "0123456789ABCDEF"
HEX_LOWER = "0123456789abcdef"
PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#!%"

_ECWID = "secret_" + drawn_mixed(1760000, 32)
_NOTION = "secret_" + drawn_mixed(1760001, 43)
_VENDOR_40 = "secret_" + drawn_mixed(1760002, 40)
_CFN_PASSWORD = drawn_mixed(1760010, 14) + "#"
_CFN_TOKEN = drawn_mixed(1760011, 36)
_CFN_SECRET = drawn(1760012, 18, PASSWORD_ALPHABET) + "7a"
_INI_KEY = drawn_mixed(1760020, 28)
_INI_KEY_2 = drawn_mixed(1760021, 32)
_INI_KEY_3 = drawn_mixed(1760022, 40)
_FAS_KEY = drawn_mixed(1760030, 32)
_UCI_RADIUS = drawn_mixed(1760031, 24)
_UAM_SECRET = drawn_mixed(1760032, 20)
_RADIUS_XML = drawn_mixed(1760040, 20)
_RADIUS_YAML = drawn_mixed(1760041, 22)
_TACACS = drawn_mixed(1760042, 18)
_ZWAVE = [drawn(1760050 + number, 32, HEX_UPPER) for number in range(4)]
_ZWAVE_LOWER = drawn(1760055, 32, HEX_LOWER)
_SCBK = [drawn(1760060 + number, 32, HEX_UPPER) for number in range(3)]
_PRIVATE_STOREFRONT = drawn(1760070, 32, HEX_LOWER)

TRUE_FORMS = [
    # a vendor's `secret_` token: JSON, TOML, an environment file
    ("config/store.json", f'{{\n  "store_id": 77120931,\n  "token": "{_ECWID}"\n}}\n', 3, _ECWID, "Literal Credential"),
    ("pyproject.toml", f'[tool.notion-sync]\naccess_token = "{_NOTION}"\n', 2, _NOTION, "Service API Token"),
    ("deploy/sync.yaml", f"sync:\n  api_token: {_VENDOR_40}\n", 2, _VENDOR_40, "Literal Credential"),
    # a CloudFormation parameter's literal Default under a credential's name (no NoEcho): YAML, JSON, a SAM template
    ("cfn/app.yaml", "Parameters:\n  Env:\n    Type: String\n    Default: prod\n  AdminPassword:\n"
     f"    Type: String\n    MinLength: 12\n    Default: '{_CFN_PASSWORD}'\n", 8, _CFN_PASSWORD, "Literal Credential"),
    ("cfn/stack.template", '{\n  "Parameters": {\n    "ApiToken": {\n      "Type": "String",\n'
     f'      "Description": "the partner API token",\n      "Default": "{_CFN_TOKEN}"\n    }}\n  }}\n}}\n', 6, _CFN_TOKEN,
     "Literal Credential"),
    ("template.yaml", "Transform: AWS::Serverless-2016-10-31\nParameters:\n  WebhookSecret:\n    Type: String\n"
     f"    Description: signs the callbacks\n    Default: {_CFN_SECRET}\n", 6, _CFN_SECRET, "Literal Credential"),
    # an INI section's bare key, the section naming what it is
    ("client/settings.ini", f"[api]\nkey = {_INI_KEY}\ntimeout = 30\n", 2, _INI_KEY, "Literal Credential"),
    ("meters/push.cfg", f"[Account]\nkey: {_INI_KEY_2}\nmeters = 3001~3002\n", 2, _INI_KEY_2, "Literal Credential"),
    ("tool/config.toml", f'[auth]\nkey = "{_INI_KEY_3}"\n', 2, _INI_KEY_3, "Literal Credential"),
    # OpenWrt UCI options: a FAS key in another section layout, a RADIUS key, CoovaChilli's UAM secret
    ("etc/config/opennds", f"config opennds 'setup'\n\toption enabled '1'\n\toption faskey \"{_FAS_KEY}\"\n", 3, _FAS_KEY,
     "Literal Credential"),
    ("etc/config/hotspot", f"config portal 'main'\n\toption radius_key '{_UCI_RADIUS}'\n", 2, _UCI_RADIUS, "Literal Credential"),
    ("etc/config/chilli", f"config chilli\n\toption uamsecret '{_UAM_SECRET}'\n", 2, _UAM_SECRET, "Literal Credential"),
    # a RADIUS or TACACS+ key named so: an appliance's XML element, a YAML setting, an environment's
    ("conf/config.xml", f"<opnsense>\n  <captiveportal>\n    <radiuskey>{_RADIUS_XML}</radiuskey>\n  </captiveportal>\n</opnsense>\n",
     3, _RADIUS_XML, "Literal Credential"),
    ("controller/site.yaml", f"wlan:\n  ssid: Staff\n  radiusKey: {_RADIUS_YAML}\n", 3, _RADIUS_YAML, "Literal Credential"),
    ("switches/aaa.ini", f"[aaa]\nserver = 10.1.0.4\ntacacs_key = {_TACACS}\n", 3, _TACACS, "Literal Credential"),
    # Z-Wave's security class keys: the add-on's options, the container's environment, the driver's options, the
    # long-range keys of Z-Wave JS UI
    ("addons/zwave/options.yaml", f"device: /dev/ttyACM0\ns2_access_control_key: {_ZWAVE[0]}\n", 2, _ZWAVE[0], "Literal Credential"),
    ("zwave/.env", f"ZWAVEJS_EXTERNAL_CONFIG=/data/db\nKEY_S2_Authenticated={_ZWAVE[1]}\n", 2, _ZWAVE[1], "Literal Credential"),
    ("hub/driver.ts", f'const options = {{\n  securityKeys: {{\n    S0_Legacy: Buffer.from("{_ZWAVE[2]}", "hex"),\n  }},\n}};\n', 3,
     _ZWAVE[2], "Literal Credential"),
    ("store/settings.json", '{\n  "zwave": {\n    "securityKeysLongRange": {\n'
     f'      "S2_AccessControl": "{_ZWAVE_LOWER}",\n      "S2_Authenticated": "{_ZWAVE[3]}"\n    }}\n  }}\n}}\n', 4,
     _ZWAVE_LOWER, "Literal Credential"),
    # OSDP's Secure Channel Base Key: a panel's JSON, a command line, a library's call
    ("access/panel.json", f'{{"readers": [{{"address": 3, "scbk": "{_SCBK[0]}"}}]}}\n', 1, _SCBK[0], "Literal Credential"),
    ("access/start.sh", f"osdpctl start --address 0 --scbk {_SCBK[1]}\n", 1, _SCBK[1], "Literal Credential"),
    ("access/cp.py", f'pd = {{"address": 1, "SCBK": bytes.fromhex("{_SCBK[2]}")}}\n', 1, _SCBK[2], "Literal Credential"),
    # a storefront's private token (the server's, named so) still blocks
    ("storefront/.env", f"PRIVATE_STOREFRONT_API_TOKEN={_PRIVATE_STOREFRONT}\n", 1, _PRIVATE_STOREFRONT, "Literal Credential"),
]

DECOYS = [
    # names and stand-ins after `secret_`, a storefront's public token of the same vendor
    ("config/store.yaml", "store:\n  token: secret_token_for_local_development\n  alt_token: secret_abcdefghijklmnopqrstuvwxyz\n"
     f"  public_token: public_{drawn_mixed(1760100, 32)}\n"),
    # a parameter naming a key pair, a user, a path, a reference, an empty or stock default
    ("cfn/app.yaml", "Parameters:\n  KeyName:\n    Type: AWS::EC2::KeyPair::KeyName\n    Default: ops-keypair-2024\n"
     "  DBUser:\n    Type: String\n    Default: app_admin\n  DBPasswordParameter:\n    Type: AWS::SSM::Parameter::Value<String>\n"
     "    Default: /prod/app/db/password\n  AdminPassword:\n    Type: String\n    Default: ''\n"
     "  ApiToken:\n    Type: String\n    Default: changeme\n"),
    ("cfn/stack.template", '{\n  "Parameters": {\n    "DbPassword": {\n      "Type": "String",\n'
     '      "Default": "{{resolve:ssm-secure:/prod/db/password:1}}"\n    }\n  }\n}\n'),
    # an INI section's key where the section names no credential, a fingerprint, a reference, a placeholder
    ("client/settings.ini", f"[cache]\nkey = {drawn_mixed(1760110, 28)}\n[gpg]\nkey = {drawn(1760111, 40, HEX_UPPER)}\n"
     "[api]\nkey = ${API_KEY}\n[account]\nkey = your-account-key-here\n"),
    # UCI: a public key, a host's key, a key's file, a FAS key left to fill in
    ("etc/config/network", f"config interface 'wg0'\n\toption public_key '{drawn_mixed(1760120, 43)}='\n"
     f"\toption hostkey '{drawn_mixed(1760121, 32)}'\n\toption key_file '/etc/ssl/private/portal.key'\n"),
    ("etc/config/opennds", "config opennds\n\toption faskey 'CHANGE_THIS_KEY'\n"),
    # a RADIUS key from the environment, a placeholder
    ("controller/site.yaml", "wlan:\n  radius_key: ${RADIUS_SECRET}\n  tacacs_key: <tacacs-shared-key>\n"),
    # Z-Wave keys left zero or counting, OSDP's default key (a reader in install mode)
    ("store/settings.json", '{\n  "securityKeys": {\n    "S2_AccessControl": "00000000000000000000000000000000",\n'
     '    "S0_Legacy": "0102030405060708090A0B0C0D0E0F10",\n    "S2_Authenticated": ""\n  }\n}\n'),
    ("access/readers.yaml", "secure_channel:\n  install_mode: true\n  scbk: 303132333435363738393A3B3C3D3E3F\n"),
    # a Shopify Storefront API public token: a theme's Liquid template (rendered into every visitor's page), a public environment
    ("theme/snippets/shop.liquid", f'<script>\n  window.shop = {{ storefrontAccessToken: "{drawn(1760130, 32, HEX_LOWER)}" }};\n</script>\n'),
    ("web/.env", f"PUBLIC_STOREFRONT_API_TOKEN={drawn(1760131, 32, HEX_LOWER)}\nPUBLIC_STORE_DOMAIN=shop.myshopify.com\n"),
    # a vendor's head before a nil UUID, or a UUID of x's, in a template
    ("apps/api/.env.example", "KYC_API_KEY=kyc_live_00000000-0000-0000-0000-000000000000\n"
     "IDV_API_KEY=idv_sandbox_00000000-0000-0000-0000-000000000000\n"
     "PAYOUTS_TOKEN=sandbox-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
