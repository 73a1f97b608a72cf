"""Forms read after blind round 9 where a credential's name and its value sit apart
(kinds/_config_forms.py, kinds/_test_tooling.py, engine/carriers.py): an OCPP 2.0.1 device model
variable's attribute value, a header's name and value as settings of their own (SteVe's `webapi.key` /
`webapi.value`, YAML's `key:` / `value:`), a Salesforce custom metadata record's `<field>` and
`<value>`, a WLAN profile's unprotected `<keyMaterial>`, an AES key beside its algorithm, a Postman
variable declared `"type": "secret"`, and a namespaced XML element (`<wsse:Password>`) read by its local
name. Each beside the decoys of its format, through the engine. Every value here is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


TRUE_FORMS: List[Tuple[str, str, int, str]] = [
    # OCPP 2.0.1 device model (EVerest's component configs): named for a password, or typed passwordString
    ("device_model/component_config/standardized/SecurityCtrlr.json",
     '{\n  "name": "SecurityCtrlr",\n  "variables": {\n    "BasicAuthPassword": {\n      "variable_name": "BasicAuthPassword",\n'
     '      "characteristics": {"supportsMonitoring": false, "dataType": "passwordString", "maxLimit": 40},\n'
     '      "attributes": [{"type": "Actual", "mutability": "WriteOnly", "value": "Wn5hKq2Lz8Tr4Vx7Mc3P"}]\n    }\n  }\n}\n',
     7, "Wn5hKq2Lz8Tr4Vx7Mc3P"),
    ("component_config/custom/Backend.json",
     '{\n  "variables": {\n    "UplinkCredential": {\n      "variable_name": "UplinkCredential",\n'
     '      "characteristics": {"dataType": "passwordString"},\n      "attributes": [\n        {\n          "type": "Actual",\n'
     '          "value": "Gd7Rm2Xq9Kw4Lt8Vb3Nz"\n        }\n      ]\n    }\n  }\n}\n', 9, "Gd7Rm2Xq9Kw4Lt8Vb3Nz"),
    # a header's name and value as settings of their own
    ("steve/src/main/resources/config/prod/main.properties",
     "db.user = steve\n\n# The header key and value for Web API access using API key authorization.\nwebapi.key = OPS-API-KEY\n"
     "webapi.value = Pk4Zw8Lq2Xm7Tv3Rn9Hc6Jd1\n", 5, "Pk4Zw8Lq2Xm7Tv3Rn9Hc6Jd1"),
    ("settings.ini", "[partner]\npartner.header-name = X-Partner-Token\npartner.value = Tz3Kw8Lm2Qx7Vr4Np9Hb\n", 3, "Tz3Kw8Lm2Qx7Vr4Np9Hb"),
    ("checks/uptime.yml", "http:\n  headers:\n    - key: CORP-API-KEY\n      value: Hv2Lq7Zx4Kt9Wm3Rp8Nc\n", 4, "Hv2Lq7Zx4Kt9Wm3Rp8Nc"),
    # a Salesforce custom metadata record's secret field
    ("force-app/main/default/customMetadata/Gateway.Donations.md-meta.xml",
     '<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata">\n    <label>Donations</label>\n    <values>\n'
     '        <field>Client_Secret__c</field>\n        <value xsi:type="xsd:string">Xr8Kp3Wz7Lq2Tm9Vn4Hb6Jd1Fs5Gc0Ae</value>\n'
     '    </values>\n</CustomMetadata>\n', 5, "Xr8Kp3Wz7Lq2Tm9Vn4Hb6Jd1Fs5Gc0Ae"),
    # a WLAN profile's plain passphrase (netsh's key=clear export)
    ("kiosk/wifi/Lobby.xml", "<MSM>\n  <security>\n    <sharedKey>\n      <keyType>passPhrase</keyType>\n"
     "      <protected>false</protected>\n      <keyMaterial>Pelican#Marble4471</keyMaterial>\n    </sharedKey>\n"
     "  </security>\n</MSM>\n", 6, "Pelican#Marble4471"),
    # an AES key beside its algorithm (a SecOC key slot; a one-line object)
    ("hil/bench07/secoc_keys.json", '{\n  "keys": [\n    {\n      "keyId": 2,\n      "algorithm": "AES-128-CMAC",\n'
     '      "usage": ["0x1B0 WheelSpeed"],\n      "value": "7C3E91A04BD25F86E1A9C47D03B6F25E"\n    }\n  ]\n}\n',
     7, "7C3E91A04BD25F86E1A9C47D03B6F25E"),
    ("keys/storage.json", '[{"alg": "AES256", "key": "9be1c4a07d3f52e8b61a0c9f47d2e3b58a1f6c0d94e7b2a35c8d1f06e4a9b7c2"}]\n',
     1, "9be1c4a07d3f52e8b61a0c9f47d2e3b58a1f6c0d94e7b2a35c8d1f06e4a9b7c2"),
    # a Postman variable declared secret, whatever its name
    ("postman/Partner PROD.postman_environment.json",
     '{\n  "values": [\n    { "key": "pcc", "value": "K7QA", "type": "default", "enabled": true },\n'
     '    { "key": "basic_credentials", "value": "VmpFNk9EUTBNVHBMTjFGQk9rRkI6VkhvMFMzYzRUREk9", "type": "secret", "enabled": true }\n'
     '  ]\n}\n', 4, "VmpFNk9EUTBNVHBMTjFGQk9rRkI6VkhvMFMzYzRUREk9"),
    # namespaced XML elements, read by their local name (a WS-Security UsernameToken, a SOAP request's field)
    ("Templates/Gds/SessionCreateRQ.xml", '<wsse:Security xmlns:wsse="http://schemas.xmlsoap.org/ws/2002/12/secext">\n'
     "  <wsse:UsernameToken>\n    <wsse:Username>7731</wsse:Username>\n    <wsse:Password>QX4mvT8z</wsse:Password>\n"
     "  </wsse:UsernameToken>\n</wsse:Security>\n", 4, "QX4mvT8z"),
    ("client/src/test/resources/requests/Login.xml", "<tns:LoginRequest>\n  <ecf:Email>clerk@firm.example</ecf:Email>\n"
     "  <ecf:Password>Juniper2022.</ecf:Password>\n</tns:LoginRequest>\n", 3, "Juniper2022."),
]

DECOYS: List[Tuple[str, str]] = [
    ("component_config/standardized/SecurityCtrlr.json",
     '{\n  "variables": {\n    "BasicAuthPassword": {\n      "variable_name": "BasicAuthPassword",\n'
     '      "characteristics": {"dataType": "passwordString"},\n      "attributes": [{"type": "Actual", "value": ""}]\n    },\n'
     '    "Identity": {\n      "variable_name": "Identity",\n      "attributes": [{"type": "Actual", "value": "cs-dock-04"}]\n'
     "    }\n  }\n}\n"),
    ("docs/examples/main.properties.sample", "webapi.key = STEVE-API-KEY\nwebapi.value =\n"),
    ("config/app.properties", "cache.key = session-token\ncache.value = 3600\nrate.key = X-RateLimit-Limit\nrate.value = 120\n"),
    ("k8s/values.yaml", "tolerations:\n  - key: dedicated\n    value: gpu-workers-pool\n    effect: NoSchedule\n"),
    ("customMetadata/Gateway.List.md-meta.xml", "<values>\n    <field>Audience_Id__c</field>\n"
     '    <value xsi:type="xsd:string">7d2c91be40</value>\n</values>\n<values>\n    <field>Client_Secret__c</field>\n'
     '    <value xsi:nil="true"/>\n</values>\n'),
    ("kiosk/wifi/Staff.xml", "<sharedKey>\n  <keyType>passPhrase</keyType>\n  <protected>true</protected>\n"
     "  <keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB01000000A4F3B2C1D0E9F8A7B6C5D4E3F2A1B0C9D8E7F6A5</keyMaterial>\n"
     "</sharedKey>\n"),
    ("testvectors/aes_cmac_test.json", '{\n  "algorithm": "AES-CMAC",\n  "testGroups": [\n    {\n      "keySize": 128,\n'
     '      "tests": [\n        {\n          "tcId": 1,\n          "key": "7C3E91A04BD25F86E1A9C47D03B6F25E",\n'
     '          "msg": "",\n          "tag": "5a9e3c1b7d2f4e6a8c0b1d3f5e7a9c2b"\n        }\n      ]\n    }\n  ]\n}\n'),
    ("crypto/examples.json", '{"algorithm": "AES-128", "key": "2b7e151628aed2a6abf7158809cf4f3c"}\n'
     '{"algorithm": "AES-128", "key": "00112233445566778899aabbccddeeff"}\n'
     '{"algorithm": "AES-128", "value": "9be1c4a07d3f52e8b61a0c9f47d2e3b58a1f6c0d94e7b2a35c8d1f06e4a9b7c2"}\n'),
    ("postman/Partner.postman_environment.json",
     '{"values": [{"key": "basic_credentials", "value": "{{vault:partner-basic}}", "type": "secret"},'
     ' {"key": "access_token", "value": "", "type": "secret"}]}\n'),
    ("tests/fixtures/amadeus/Search_rq.xml", "<oas:UsernameToken>\n  <oas:Username>WSBENTRV</oas:Username>\n"
     '  <oas:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">'
     "Qk7TnV2zLr9WxE4mYs1bHd8cPfA=</oas:Password>\n</oas:UsernameToken>\n"),
    ("templates/OTA_Rq.xml", "<wsse:UsernameToken>\n  <wsse:Username>${pms.username}</wsse:Username>\n"
     "  <wsse:Password>${pms.password}</wsse:Password>\n</wsse:UsernameToken>\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_wlan_passphrase_in_a_readme_is_not_a_profile_block(engine: Engine) -> None:
    # (documentation holds none of these forms: the reader is not asked on a page)
    text = "Export with key=clear:\n\n    <keyMaterial>Pelican#Marble4471</keyMaterial>\n"
    assert _blocked(engine, "docs/wifi.md", text) == []
