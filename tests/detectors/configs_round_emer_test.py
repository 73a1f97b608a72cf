"""Forms and decoys read after blind rounds EM-ER (configurations, device code, scripts): a Wi-Fi key named only
`PSK` in a device's code beside its SSID (MicroPython, CircuitPython, Arduino); NodeMCU's Lua `mqtt.Client(id,
keepalive, user, password)`; a registry value written under a password's name (`reg add … /v DefaultPassword /d …`,
PowerShell's `Set-ItemProperty`/`New-ItemProperty … -Name … -Value …`); a messaging gateway's `security_code`; a
header's value with its scheme under a key named for the header (`auth_header: "Token token=…"`, Rails' token
scheme); a Wi-Fi key named in words in a YAML inventory (`- WPA2 key: …`); a RADIUS server's bare `key` in a minified one-line JSON tree. And the decoys of the same forms: a protocol's PSK with no SSID near, a PSK read or written in hex,
an MQTT client with no literal login, registry values that are references or no secret's, a card's security code,
a header's name or template, a YAML Wi-Fi key's template or stand-in, a minified tree's `key` under no AAA server, wpa_supplicant's `ext:NAME` references under every key that takes one. Through the
engine. Every value here is generated (seeds 1,550,000-1,550,099)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

HEX = "0123456789abcdef"
DIGITS = "0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"


def _chosen(seed: int) -> str:
    """A password as people choose one: two drawn words, a symbol, four digits."""
    return (drawn(seed, 7, LOWER).capitalize() + "&" + drawn(seed + 50, 6, LOWER).capitalize()
            + drawn(seed + 90, 4, DIGITS))


def _passphrase(seed: int) -> str:
    """A Wi-Fi passphrase of words and a number (`word-word-word-word86`)."""
    return "-".join(drawn(seed + step, 7, LOWER) for step in range(4)) + drawn(seed + 9, 2, DIGITS)


_PSK_PY = _passphrase(1550000)
_PSK_CIRCUIT = drawn_mixed(1550001, 16)
_PSK_INO = _chosen(1550002)
_MQTT_PW = drawn_mixed(1550003, 16)
_MQTT_PW_2 = drawn_mixed(1550004, 14)
_AUTOLOGON = _chosen(1550005)
_AUTOLOGON_2 = _chosen(1550006)
_AUTOLOGON_3 = _chosen(1550007)
_AGENT_KEY = drawn_mixed(1550008, 24)
# (drawn: two runs of digits at 10-15 characters, as credential_keys._drawn_key reads a short key, or 16 and more)
_WCTP = drawn_mixed(1550009, 16)
_WCTP_2 = drawn_mixed(1550010, 14)
_WCTP_3 = drawn_mixed(1550011, 16)
_RAILS_TOKEN = drawn(1550012, 40, HEX)
_RAILS_TOKEN_2 = drawn_mixed(1550013, 24)
_SCHEMED_TOKEN = drawn_mixed(1550014, 32)
_TLS_PSK = drawn_mixed(1550015, 20)
_PSK_HEX = drawn(1550016, 64, HEX)
_EAP_KEY_PW = _chosen(1550017)
_RADIUS_INLINE = drawn_mixed(1550018, 18)
_RADIUS_INLINE_2 = drawn_mixed(1550019, 22)
_RADIUS_INLINE_3 = drawn_mixed(1550020, 16)
_DRAWN = drawn_mixed(1550021, 20)
_WIFI_YAML = _passphrase(1550022)
_WIFI_YAML_2 = drawn_mixed(1550023, 16)
_WIFI_YAML_3 = _chosen(1550024)

TRUE_FORMS = [
    # a Wi-Fi key under `PSK` alone, in a device's code that joins it with its SSID
    ("sensors/mast/main.py", 'import network\n\nSSID = "STAGE-NET"\n' f'PSK = "{_PSK_PY}"\n\n'
     "wlan = network.WLAN(network.STA_IF)\nwlan.connect(SSID, PSK)\n", 4, _PSK_PY, "Literal Credential"),
    ("code.py", 'import wifi\n\nwifi_ssid = "Greenhouse"\n' f'wifi_psk = "{_PSK_CIRCUIT}"\n'
     "wifi.radio.connect(wifi_ssid, wifi_psk)\n", 4, _PSK_CIRCUIT, "Literal Credential"),
    ("firmware/probe/src/main.cpp", '#include <WiFi.h>\n\nconst char* WIFI_SSID = "Barn-AP";\n'
     f'const char* WIFI_PSK = "{_PSK_INO}";\n\nvoid setup() {{ WiFi.begin(WIFI_SSID, WIFI_PSK); }}\n',
     4, _PSK_INO, "Literal Credential"),
    # NodeMCU's MQTT client built with its login, on its line or one argument a line
    ("props/totem/init.lua", f'local m = mqtt.Client("totem-7", 60, "props", "{_MQTT_PW}")\nm:connect(BROKER, 1883)\n',
     1, _MQTT_PW, "Literal Credential"),
    ("lua/mqtt_setup.lua", 'm = mqtt.Client(node.chipid(), 120,\n    "sensor",\n' f'    "{_MQTT_PW_2}")\n',
     3, _MQTT_PW_2, "Literal Credential"),
    # a registry value written under a password's or a key's name: reg.exe and PowerShell
    ("ops/kiosk/autologon.cmd", '@echo off\nset WL=HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\n'
     f'REG ADD "%WL%" /V DefaultPassword /D "{_AUTOLOGON}" /T REG_SZ /F\n', 3, _AUTOLOGON, "Literal Credential"),
    ("setup/kiosk.bat", '%SystemRoot%\\System32\\reg.exe add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"'
     f' /f /t REG_SZ /v DefaultPassword /d "{_AUTOLOGON_2}"\n', 1, _AUTOLOGON_2, "Literal Credential"),
    ("setup/Enable-Autologon.ps1", '$wl = "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"\n'
     "Set-ItemProperty -Path $wl -Name AutoAdminLogon -Value 1\n"
     f"New-ItemProperty -Path $wl -Name 'DefaultPassword' -Value '{_AUTOLOGON_3}' -PropertyType String -Force\n",
     3, _AUTOLOGON_3, "Literal Credential"),
    ("deploy/agent.ps1", f'Set-ItemProperty -Path "HKLM:\\SOFTWARE\\Acme\\Agent" -Value "{_AGENT_KEY}" -Name ApiKey\n',
     1, _AGENT_KEY, "Literal Credential"),
    # a messaging gateway's security code (WCTP's securityCode) as INI, JSON and YAML write it
    ("paging/gateway.ini", f"[wctp]\nendpoint = https://wctp.pager.invalid/wctp\nsender_id = triage\nsecurity_code = {_WCTP}\n",
     4, _WCTP, "Literal Credential"),
    ("paging/gateway.json", f'{{\n  "senderID": "nightdesk",\n  "securityCode": "{_WCTP_2}"\n}}\n', 3, _WCTP_2, "Literal Credential"),
    ("config/paging.yml", f"wctp:\n  sender: oncall\n  security-code: '{_WCTP_3}'\n", 3, _WCTP_3, "Literal Credential"),
    # a header's value with its scheme under the header's own name
    ("bridge/config/production.yml", "api:\n  base_url: https://api.platform.invalid/v2\n"
     f'  auth_header: "Token token={_RAILS_TOKEN}"\n', 3, _RAILS_TOKEN, "Literal Credential"),
    ("bridge/settings.json", f'{{"authHeader": "Token token={_RAILS_TOKEN_2}"}}\n', 1, _RAILS_TOKEN_2, "Literal Credential"),
    ("bridge/.env", f'AUTH_HEADER="Token token={_RAILS_TOKEN}"\n', 1, _RAILS_TOKEN, "Literal Credential"),
    ("client/config.toml", f'[remote]\nauthorization_header = "Bearer {_SCHEMED_TOKEN}"\n', 2, _SCHEMED_TOKEN, "Literal Credential"),
    # a RADIUS server's bare `key` in a minified JSON tree (one line), as a controller exports it
    ("network/unifi/config.gateway.json", '{"service":{"radius-server":{"10.40.0.5":{"key":"' + _RADIUS_INLINE + '","port":"1812"}}}}\n',
     1, _RADIUS_INLINE, "Literal Credential"),
    ("network/vyos/hq.json", '{"system":{"login":{"radius":{"server":{"nps01.corp.invalid":{"port":"1812","key":"'
     + _RADIUS_INLINE_2 + '"}}}}}}\n', 1, _RADIUS_INLINE_2, "Literal Credential"),
    ("network/ap.json", '{"wlan":{"radius":{"a":{"b":1},"acct":[1,{"c":2}],"key":"' + _RADIUS_INLINE_3 + '"}}}\n',
     1, _RADIUS_INLINE_3, "Literal Credential"),
    # a Wi-Fi network's key named in words in a YAML inventory (a list item, a member, quoted or bare)
    ("site/networks.yaml", f"networks:\n  - SSID: Warehouse\n  - WPA2 key: {_WIFI_YAML}\n", 3, _WIFI_YAML, "Literal Credential"),
    ("inventory/host_vars/ap01.yml", f'wifi:\n  - ssid: Shop\n    Wi-Fi key: {_WIFI_YAML_2}\n', 3, _WIFI_YAML_2,
     "Literal Credential"),
    ("site/ap.yaml", f"guest:\n  wpa3 key: '{_WIFI_YAML_3}'  # rotated quarterly\n", 2, _WIFI_YAML_3, "Literal Credential"),
    # beside wpa_supplicant's references, a clear key password still blocks
    ("devices/wpa_supplicant.conf", 'network={\n    ssid="Ward-5"\n    key_mgmt=WPA-EAP\n    private_key="/etc/wpa/t.key"\n'
     f'    private_key_passwd="{_EAP_KEY_PW}"\n}}\n', 5, _EAP_KEY_PW, "Secret Keyword"),
]

DECOYS = [
    # a protocol's PSK in code with no SSID near; a PSK in hex (a test vector's) or read, beside one
    ("tests/test_tls_psk.py", f'PSK_IDENTITY = "client1"\nPSK = "{_TLS_PSK}"\n\ndef test_handshake():\n    run(PSK)\n'),
    ("wifi/main.py", f'SSID = "Lab"\nPSK_HEX = "{_PSK_HEX}"\n'),
    ("sensors/main.py", 'SSID = "Lab"\nPSK = os.getenv("WIFI_PSK")\nwlan.connect(SSID, PSK)\n'),
    ("sensors/boot.py", 'SSID = "Lab"\nPSK = "your-wifi-password"\n'),
    # an MQTT client with no literal login, and paho's constructor
    ("props/init.lua", 'm = mqtt.Client("totem", 60, MQTT_USER, MQTT_PASS)\nm2 = mqtt.Client("totem-2", 60)\n'),
    ("edge/pub.py", 'import paho.mqtt.client as mqtt\nc = mqtt.Client("edge-1", True, None, mqtt.MQTTv311)\n'),
    # registry values that are references, read, or no secret's
    ("ops/autologon.bat", 'reg add "%WL%" /v DefaultPassword /t REG_SZ /d %KIOSK_PW% /f\n'
     'reg add "%WL%" /v DefaultUserName /t REG_SZ /d KioskOperator7 /f\nreg query "%WL%" /v DefaultPassword\n'),
    ("ops/autologon.ps1", "Set-ItemProperty -Path $wl -Name DefaultPassword -Value $plain\n"
     "Set-ItemProperty -Path $wl -Name DefaultPassword -Value $env:KIOSK_PW\n"
     "New-ItemProperty -Path $wl -Name AutoAdminLogon -Value 1 -PropertyType String\n"),
    # a card's security code, a code's length, a template
    ("shop/checkout.yml", "card:\n  security_code: 4417\n  security_code_length: 3\n"),
    ("paging/gateway.ini", "[wctp]\nsecurity_code = ${WCTP_SECURITY_CODE}\n"),
    ("paging/sender.ini", "[wctp]\nsecurity_code = Nightdesk2024\n"),
    # a header's name, a template, a scheme alone
    ("bridge/config/staging.yml", 'api:\n  auth_header: "X-Api-Token"\n  authorization_header: "Token token=${API_TOKEN}"\n'
     '  auth_headers: "Bearer"\n'),
    # a YAML Wi-Fi key's template or stand-in, a minified tree's `key` under no AAA server, under an AAA member's attributes, in an anonymous array, a template
    ("network/dns.json", '{"dns-servers":{"10.0.0.2":{"key":"' + _DRAWN + '"}}}\n'),
    ("network/radius.json", '{"radius":{"attributes":{"key":"' + _DRAWN + '"}}}\n'),
    ("network/radius-list.json", '{"radius-server":[{"key":"' + _DRAWN + '"}]}\n'),
    ("network/unifi/config.gateway.json", '{"radius-server":{"10.1.1.1":{"key":"{{ radius_key }}"}}}\n'),
    # a YAML Wi-Fi key that is a template, a reference, a stand-in or the security's own name
    ("site/networks.yaml", '- WPA2 key: "{{ vault_wifi_key }}"\n- WPA2 key: ${WIFI_KEY}\n- WPA2 key: changeme\n- WPA key: wpa2-personal\n- WLAN key: WPA2/WPA3\n'),
    # wpa_supplicant's ext_password_backend references under every key that takes one
    ("devices/tablets/wpa_supplicant-eap.conf", 'network={\n    ssid="Ward-5"\n    key_mgmt=WPA-EAP\n'
     '    identity="tablet-07@hospice.invalid"\n    private_key="/etc/wpa/tablet.key"\n'
     "    private_key_passwd=ext:TABLET_KEY_PW\n    password=ext:EAP_PASSWORD\n}\n"),
    ("devices/wpa_supplicant.conf", "network={\n    ssid=\"Home\"\n    psk=ext:HOME_PSK\n    sae_password=ext:home_sae\n}\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
