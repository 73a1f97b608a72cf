"""Credential headers a web server sets on the request it passes on and an API test file declares
(kinds/_web_forms.py): nginx's `proxy_set_header` whatever the header's spelling, headers-more's
`more_set_input_headers`, a REST client file's header lines, a header's name and value as fields of
one object, Postman's, Insomnia's and Bruno's API-key auth; transfer endpoints' credentials
(kinds/_network_keys.py): Apache Camel's raw URI options, BizTalk's escaped adapter settings; an
element's HMAC key by its algorithm attribute and Syn's static tokens (kinds/_key_material.py).
Each beside the decoys of its format, through the engine. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

TRUE_FORMS = [
    ("deploy/nginx/conf.d/carrier.conf", 'location /c/ {\n    proxy_set_header x-apikey "Tn5Wq8Lm2Xk7Vr4Zp9Hb3Jd6";\n}\n', 2,
     "Tn5Wq8Lm2Xk7Vr4Zp9Hb3Jd6"),
    ("nginx/carrier.conf", "location /c/ {\n    proxy_set_header KeyId Zp9Hb3Jd6Tn5Wq8Lm2Xk7Vr4;\n}\n", 2, "Zp9Hb3Jd6Tn5Wq8Lm2Xk7Vr4"),
    ("nginx/carrier.conf", "location /c/ {\n    more_set_input_headers 'X-Auth-Key: Lm2Xk7Vr4Zp9Hb3Jd6Tn5Wq8';\n}\n", 2,
     "Lm2Xk7Vr4Zp9Hb3Jd6Tn5Wq8"),
    ("api-tests/carrier.http", "### events\nGET https://apis.carrier.example/v1/events?ref=ABCU1234567\nAccept: application/json\n"
     "KeyId: Vr4Zp9Hb3Jd6Tn5Wq8Lm2Xk7\n", 4, "Vr4Zp9Hb3Jd6Tn5Wq8Lm2Xk7"),
    ("requests/ops.rest", "POST https://api.example.net/v2/jobs HTTP/1.1\nContent-Type: application/json\nX-Client-Key: Hb3Jd6Tn5Wq8Lm2Xk7Vr4Zp9\n\n"
     '{"a": 1}\n', 3, "Hb3Jd6Tn5Wq8Lm2Xk7Vr4Zp9"),
    ("config/carriers.prod.json", '{\n  "c": {\n    "auth": { "header": "KeyId", "value": "Jd6Tn5Wq8Lm2Xk7Vr4Zp9Hb3" }\n  }\n}\n', 3,
     "Jd6Tn5Wq8Lm2Xk7Vr4Zp9Hb3"),
    ("config/carriers.yaml", "carriers:\n  - name: c\n    auth:\n      header: KeyId\n      value: Wq8Lm2Xk7Vr4Zp9Hb3Jd6Tn5\n", 5,
     "Wq8Lm2Xk7Vr4Zp9Hb3Jd6Tn5"),
    ("postman/Carrier.postman_collection.json", '{\n  "auth": {\n    "type": "apikey",\n    "apikey": [\n      {\n        "key": "value",\n'
     '        "value": "Token Xk7Vr4Zp9Hb3Jd6Tn5",\n        "type": "string"\n      },\n      {\n        "key": "key",\n'
     '        "value": "Authorization",\n        "type": "string"\n      }\n    ]\n  }\n}\n', 7, "Xk7Vr4Zp9Hb3Jd6Tn5"),
    ("postman/v2.postman_collection.json", '{\n "auth": {\n  "type": "apikey",\n  "apikey": {\n   "key": "Key",\n'
     '   "value": "Jd6Tn5Wq8Lm2Xk7Vr4Zp9"\n  }\n }\n}\n', 6, "Jd6Tn5Wq8Lm2Xk7Vr4Zp9"),
    ("integration/src/main/resources/routes/out.yaml", '- to:\n    uri: "sftp://edi@mailbox.example:22/in?password=RAW(Quartz!Meadow4471)'
     '&knownHostsFile=/etc/k&tempFileName=${file:name}.part"\n', 2, "Quartz!Meadow4471"),
    ("src/main/java/Route.java", 'to("ftp://edi@h/in?username=edi&password=RAW(Lq8)Zt2&Wx9Km)&binary=true");\n', 1, "Lq8)Zt2&Wx9Km"),
    ("BizTalk/Bindings/App.BindingInfo.xml", '<BindingInfo>\n  <TransportTypeData>&lt;CustomProps&gt;&lt;UserName vt="8"&gt;edi01'
     '&lt;/UserName&gt;&lt;Password vt="8"&gt;Cobalt!Wharf6620&lt;/Password&gt;&lt;/CustomProps&gt;</TransportTypeData>\n</BindingInfo>\n',
     2, "Cobalt!Wharf6620"),
    ("islandora/syn/syn-settings.xml", "<config version='1' header='X-Islandora'>\n  <site url='https://repo.example.org' algorithm='HS256'"
     " encoding='plain'>Kd4Wz9Lq2Vx7Nm3Rb8Tp5Hc1Jf6Gs0</site>\n</config>\n", 2, "Kd4Wz9Lq2Vx7Nm3Rb8Tp5Hc1Jf6Gs0"),
    ("syn/syn-settings.xml", "<config version='1' header='X-Islandora'>\n  <token user='ingest' roles='fedoraAdmin'>Rb8Tp5Hc1Jf6Gs0Kd4Wz9Lq2</token>\n"
     "</config>\n", 2, "Rb8Tp5Hc1Jf6Gs0Kd4Wz9Lq2"),
]

DECOYS = [
    ("nginx/carrier.conf", "location /c/ {\n    proxy_set_header x-apikey $http_x_apikey;\n    proxy_set_header KeyId \"4f9b2c1e-7a3d-4e8f-9b0c-2d6e1a5f8c3b\";\n"
     "    proxy_set_header X-Request-Id $request_id;\n    more_set_input_headers \"X-Api-Key: $carrier_key\";\n}\n"),
    ("api-tests/carrier.http", "@key = {{$dotenv CARRIER_KEY}}\n###\nGET https://apis.carrier.example/v1/events\nKeyId: {{key}}\n"
     "X-Api-Key: {{apiKey}}\nIdempotency-Key: Vb9Hm6JcPw3Rk8Zt2Nx7Lq4\nX-Request-Id: Vb9Hm6JcPw3Rk8Zt2Nx7Lq4\n"),
    ("config/carriers.json", '{"a": { "header": "KeyId", "valueFrom": "CARRIER_KEY" }, "b": { "header": "KeyId", "value": "${CARRIER_KEY}" },'
     ' "c": { "header": "Accept", "value": "application/json" }}\n'),
    ("postman/Carrier.postman_collection.json", '{\n  "auth": {\n    "type": "apikey",\n    "apikey": [\n'
     '      {"key": "value", "value": "{{carrier_token}}", "type": "string"},\n      {"key": "key", "value": "Authorization", "type": "string"}\n'
     '    ]\n  }\n}\n'),
    ("src/main/resources/routes/out.yaml", '- to:\n    uri: "sftp://edi@h/in?password=RAW({{van.password}})"\n- to:\n'
     '    uri: "ftp://h/in?password=RAW(${env:VAN_PW})"\n- to:\n    uri: "ftp://h/in?password=RAW(changeme)"\n'),
    ("BizTalk/Bindings/App.BindingInfo.xml", '<TransportTypeData>&lt;CustomProps&gt;&lt;UserName vt="8"&gt;edi01&lt;/UserName&gt;'
     '&lt;Password vt="1" /&gt;&lt;ProxyPassword vt="8"&gt;******&lt;/ProxyPassword&gt;&lt;/CustomProps&gt;</TransportTypeData>\n'),
    ("syn/syn-settings.xml", "<config version='1' header='X-Islandora'>\n  <site url='https://a.example.org' algorithm='RS256' encoding='PEM'"
     " path='/opt/keys/public.key'/>\n  <site url='https://b.example.org' algorithm='HS256' encoding='plain'>${SYN_SECRET}</site>\n"
     "  <token user='admin' roles='a'>changeme</token>\n</config>\n"),
    ("msg/signed.xml", '<Signature algorithm="HmacSHA256">3q2+7w8Zt2Lm9Kx4Vr7NpYb3Hd8=</Signature>\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_header_values_in_documentation_stay_warnings(engine: Engine) -> None:
    text = "Set the key:\n\n    proxy_set_header KeyId \"Zp9Hb3Jd6Tn5Wq8Lm2Xk7Vr4\";\n"
    assert _blocked(engine, "docs/proxy.md", text) == []
