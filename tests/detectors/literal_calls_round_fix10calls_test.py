"""Forms read after blind rounds BU-BX (kinds/_code_calls.py, kinds/_config_forms.py, engine/carriers.py):
calls whose parameters are known (Mirth's `createDatabaseConnection(driver, url, user, pw)`, HAPI FHIR's
`BasicAuthInterceptor(user, pw)`, Faraday's auth middleware, Guzzle's `'auth' => [key, 'X']`, Authorize.net's
`setTransactionKey`, a class the file defines given its token by position), Orthanc's users and peers,
an XStream map entry's value (Mirth's configurationMap.xml), code escaped in an XML element (a Mirth
channel's `<script>`) and sshpass' `-p` ending in a `$`. Each beside the decoys of its format, through the
engine. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
_KEY = drawn_mixed(10101, 20)
_TRANSACTION_KEY = drawn_mixed(10102, 16)
_TOKEN = "6e1b9d42-0f7a-4c3e-b8d5-93a7c21e4f60"
_HEX = drawn(10103, 32, "0123456789abcdef")


TRUE_FORMS = [
    ("code-templates/lab_lookup.js", "function q() {\n    var c = DatabaseConnectionFactory.createDatabaseConnection(\n"
     "        'com.microsoft.sqlserver.jdbc.SQLServerDriver',\n        'jdbc:sqlserver://lab01.corp.local:1433;databaseName=Lab',\n"
     "        'svc_lab',\n        'Quill8&Harbor');\n}\n", 6, "Quill8&Harbor", LITERAL),
    ("src/main/java/Fhir.java", 'c.registerInterceptor(new BasicAuthInterceptor("etl_user", "Garnet%Falcon3390"));\n', 1,
     "Garnet%Falcon3390", LITERAL),
    ("src/main/java/Rest.java", 'template.getInterceptors().add(new BasicAuthenticationInterceptor("api", "Otter4!Prairie"));\n',
     1, "Otter4!Prairie", LITERAL),
    ("app/clients/itsm.rb", 'Faraday.new(URL) do |f|\n  f.request :authorization, :basic, "svc_sync", "Pine&Harbor6621"\nend\n', 2,
     "Pine&Harbor6621", LITERAL),
    ("app/clients/crm.rb", f'conn = Faraday.new(URL) {{ |f| f.request :authorization, "Bearer", "{_KEY}" }}\n', 1, _KEY, LITERAL),
    ("app/Support/HelpdeskClient.php", "$this->http = new Client([\n    'base_uri' => 'https://acme.freshdesk.com/api/v2/',\n"
     f"    'auth' => ['{_KEY}', 'X'],\n]);\n", 3, _KEY, LITERAL),
    ("app/Support/Ledger.php", "$http = new Client(['auth' => ['ledger_sync', 'Fjord#Maple2207']]);\n", 1, "Fjord#Maple2207", LITERAL),
    ("src/Payments/Gateway.php", "$m = new AnetAPI\\MerchantAuthenticationType();\n$m->setName('5KpX9w2Q');\n"
     f"$m->setTransactionKey('{_TRANSACTION_KEY}');\n", 3, _TRANSACTION_KEY, LITERAL),
    ("garden/sprinkler.py", f'"""Example:\n\n    >>> s = Sprinkler("{_TOKEN}")\n"""\n\n\nclass Sprinkler:\n'
     "    def __init__(self, token: str) -> None:\n        self.token = token\n", 3, _TOKEN, LITERAL),
    ("pacs/orthanc.json", '{\n  // radiology\n  "RegisteredUsers" : {\n    "radiology" : "Heron%Quarry4412",\n'
     '    "admin" : "Basalt!Crane907"\n  },\n  "HttpPort" : 8042\n}\n', 5, "Basalt!Crane907", LITERAL),
    ("pacs/peers.json", '{\n  "OrthancPeers" : {\n    "archive" : [ "https://pacs.example.org/orthanc/", "replicator", "Tundra#Owl5820" ],\n'
     '    "other" : { "Url" : "https://b.example.org/" }\n  }\n}\n', 3, "Tundra#Owl5820", LITERAL),
    ("deploy/compose.yaml", "services:\n  orthanc:\n    environment:\n      ORTHANC_JSON: |\n        {\n"
     '          "RegisteredUsers": {\n            "tech": "Larch#Pebble318"\n          }\n        }\n', 7,
     "Larch#Pebble318", LITERAL),
    ("mirth/configurationMap.xml", "<map>\n  <entry>\n    <string>smtp.password</string>\n"
     "    <com.mirth.connect.util.ConfigurationProperty>\n      <value>Vq8Lm2Xz7Rt4Wn</value>\n"
     "      <comment></comment>\n    </com.mirth.connect.util.ConfigurationProperty>\n  </entry>\n</map>\n", 5,
     "Vq8Lm2Xz7Rt4Wn", LITERAL),
    ("jenkins/credentials-map.xml", "<map>\n  <entry>\n    <string>deploy.token</string>\n"
     f"    <string>{_HEX}</string>\n  </entry>\n</map>\n", 4, _HEX, LITERAL),
    ("deploy.php", "<?php\nnamespace Deployer;\nset('bin/ssh', 'sshpass -p \"Autumn2031$\" ssh');\n", 3, "Autumn2031$", LITERAL),
]

DECOYS = [
    ("code-templates/lookup.js", "var c = DatabaseConnectionFactory.createDatabaseConnection(\n    'org.postgresql.Driver',\n"
     "    'jdbc:postgresql://db:5432/app',\n    $('dbUser'),\n    $('dbPassword'));\n"),
    ("src/main/java/Fhir.java", 'c.registerInterceptor(new BasicAuthInterceptor(cfg.user(), System.getenv("FHIR_PW")));\n'),
    ("app/clients/itsm.rb", 'f.request :authorization, :basic, ENV["ITSM_USER"], ENV["ITSM_PASSWORD"]\n'
     'f.request :authorization, "Bearer", -> { TokenStore.fetch }\nf.request :json\n'),
    ("app/Support/Client.php", "    'auth' => [env('HELPDESK_KEY'), 'X'],\n    'auth' => ['admin', 'X'],\n"
     "    'auth' => ['username', 'password'],\n"),
    ("src/Gateway.php", "$a->setTransactionKey(getenv('ANET_TRANSACTION_KEY'));\n$a->setTransactionKey('YOUR_TRANSACTION_KEY');\n"),
    ("garden/sprinkler.py", 'class Sprinkler:\n    def __init__(self, token: str) -> None:\n        self.token = token\n\n\n'
     's = Sprinkler(os.environ["SPRINKLER_TOKEN"])\n'
     'class Zone:\n    def __init__(self, zone_id: str) -> None:\n        self.zone_id = zone_id\n\n\n'
     'z = Zone("7c1e2b9a-4d3f-4e8a-9b0c-1f2e3d4c5b6a")\n'),
    ("aws/service-2.json", '{"RegisteredUsers":{"shape":"RegisteredUserList","documentation":"<p>The users.</p>"}}\n'),
    ("orthanc.json", '{\n  "AuthenticationEnabled" : true,\n  "RegisteredUsers" : {\n    "alice" : "changeme"\n  },\n  "DicomModalities" : {\n'
     '    "ct" : [ "CT01", "10.0.4.21", 104 ]\n  },\n  "OrthancPeers" : {\n    "peer" : [ "http://127.0.0.1:8043/" ]\n  }\n}\n'),
    ("configurationMap.xml", "<map>\n  <entry>\n    <string>fhir.client.id</string>\n"
     "    <com.mirth.connect.util.ConfigurationProperty>\n      <value>mirth-rpm-integration</value>\n"
     "    </com.mirth.connect.util.ConfigurationProperty>\n  </entry>\n  <entry>\n    <string>smtp.password</string>\n"
     "    <com.mirth.connect.util.ConfigurationProperty>\n      <value>${SMTP_PASSWORD}</value>\n"
     "    </com.mirth.connect.util.ConfigurationProperty>\n  </entry>\n</map>\n"),
    ("values/strings.xml", "<list>\n  <string>password</string>\n  <string>Hunter-Lake-2291</string>\n</list>\n"),
    ("channels/Notify.xml", "<channel>\n  <script>var smtpPassword = $(&quot;smtpPassword&quot;);\n"
     "logger.info(&quot;sent &quot; + smtpPassword.length);</script>\n</channel>\n"),
    ("deploy.sh", 'sshpass -p "$SSH_PASS" ssh host\nsshpass -p "${PW}" ssh host\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_mirth_channel_s_escaped_script_is_read_as_javascript(engine: Engine) -> None:
    text = ("<channel>\n  <transformer>\n    <script>var accountSid = &quot;AC" + _HEX + "&quot;;\n"
            "var authToken = &quot;" + drawn(10104, 32, "0123456789abcdef") + "&quot;;\n"
            "var auth = accountSid + &quot;:&quot; + authToken;</script>\n  </transformer>\n</channel>\n")
    assert any(line == 4 and secret == drawn(10104, 32, "0123456789abcdef")
               for line, _, secret in _blocked(engine, "channels/SMS.xml", text))
