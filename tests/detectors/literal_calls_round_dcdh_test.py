"""Forms read after blind rounds DC-DH (kinds/_code_calls.py, kinds/_keyed_apis.py): an MQTT client's login by position
(PubSubClient's `connect(id, user, pw)`, M2Mqtt's, umqtt's `MQTTClient(id, server, port, user, pw)`, ArduinoMqttClient's
`setUsernamePassword`), an SDK's `authenticate(user, pw)`, an OpenAPI SDK's `Configuration` given its API key as the
user, Fastly VCL's `digest.hmac_*`/`awsv4_hmac` given its key, Go's `[]byte("…")` under a field's name, an auth tuple
of names assigned literals above (a notebook's cell), and a bare `key` header among an HTTP client's headers. Each
beside the decoys of its format, through the engine. Every value here is generated."""
from __future__ import annotations

import json

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
_PASSWORD = drawn_mixed(16101, 14)
_KEY = drawn_mixed(16102, 40)
# (an OpenAPI SDK's key of no known format: Lob's `live_…` is its own format, service_token's to report)
_SDK_KEY = drawn(16105, 32, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


TRUE_FORMS = [
    ("firmware/valves/valves.ino", "#include <PubSubClient.h>\nPubSubClient mqtt(espClient);\nvoid reconnect() {\n"
     f'  if (mqtt.connect("valve-2", "valves", "{_PASSWORD}")) {{}}\n}}\n', 4, _PASSWORD, LITERAL),
    ("firmware/main.py", f'from umqtt.simple import MQTTClient\nc = MQTTClient("esp-7", "10.4.0.2", 1883, "meter", "{_PASSWORD}")\n',
     2, _PASSWORD, LITERAL),
    ("probe/probe.ino", f'#include <ArduinoMqttClient.h>\nvoid setup() {{\n  mqttClient.setUsernamePassword("probe", "{_PASSWORD}");\n}}\n',
     3, _PASSWORD, LITERAL),
    ("energy/poll.py", f'from sense_energy import Senseable\nsense = Senseable()\nsense.authenticate("meter@plant.example", "{_PASSWORD}")\n',
     3, _PASSWORD, LITERAL),
    ("mail/send.py", f'import print_client\nconfiguration = print_client.Configuration(username="{_SDK_KEY}")\n', 2, _SDK_KEY,
     LITERAL),
    ("src/mail.ts", f'const config = new Configuration({{\n  basePath: BASE,\n  username: "{_SDK_KEY}",\n}});\n', 3, _SDK_KEY,
     LITERAL),
    ("edge/main.vcl", "sub vcl_recv {\n  if (digest.secure_is_equal(var.sig, "
     f'digest.hmac_sha256_base64("{_KEY}", var.payload))) {{\n    set req.http.X-Ok = "1";\n  }}\n}}\n', 2, _KEY, LITERAL),
    # (the region a variable: no region's literal beside the key, so the awsv4_hmac entry alone reads it)
    ("edge/s3.vcl", f'set var.sig = digest.awsv4_hmac("{_KEY}", var.date, var.region, "s3", var.string_to_sign);\n', 1, _KEY,
     LITERAL),
    ("internal/config/config.go", 'package config\n\nvar Default = Config{\n\tAddr:          ":8080",\n'
     f'\tJWTSigningKey: []byte("{_KEY}"),\n}}\n', 5, _KEY, LITERAL),
    ("internal/sign/keys.go", f'var keys = map[string][]byte{{"hmac_secret": []byte(`{_KEY}`)}}\n', 1, _KEY, LITERAL),
    ("analysis/pull.py", f"import os\nimport requests\nVENDOR = os.environ['VENDOR_KEY']\nUSER = '{_KEY}'\n"
     "r = requests.get(URL, auth=(VENDOR, USER))\n", 4, _KEY, LITERAL),
    # (a name beside a literal stand-in)
    ("analysis/pull2.py", f"import requests\nKEY = '{_KEY}'\nr = requests.get(URL, auth=(KEY, 'x'))\n", 2, _KEY, LITERAL),
    ("analysis/pull3.py", f"import requests\nKEY = '{_KEY}'\nS = 'x'\nr = requests.get(URL, auth=(KEY, S))\n", 2, _KEY, LITERAL),
    # (the blanks around `=` are any the language allows)
    ("analysis/pull4.py", f"import requests\nVENDOR = os.environ['VENDOR_KEY']\nUSER = '{_KEY}'\n"
     "r = requests.get(URL, auth\t=\t(VENDOR, USER))\nr = requests.get(URL, auth  =  (VENDOR, USER))\n", 3, _KEY, LITERAL),
    ("src/lib/shop.js", "const api = axios.create({\n  baseURL: 'https://api.shop.example',\n  headers: {\n    clientId: 'c-2291',\n"
     f"    key: '{_KEY}',\n  }},\n}});\n", 5, _KEY, LITERAL),
    ("sync/pull.py", f'r = requests.get(URL, headers={{"key": "{_KEY}"}})\n', 1, _KEY, LITERAL),
    ("app/Shop.php", f"<?php\n$c = new Client([\n    'headers' => [\n        'key' => '{_KEY}',\n    ],\n]);\n", 4, _KEY, LITERAL),
]

DECOYS = [
    ("firmware/mqtt.ino", "#include <PubSubClient.h>\nvoid r() {\n  mqtt.connect(\"dev-2\", MQTT_USER, MQTT_PASS);\n"
     "  mqtt.connect(\"dev-3\");\n  mqtt.connect(\"dev-4\", \"will/topic\", 1, true, \"offline\");\n"
     "  mqttClient.setUsernamePassword(SECRET_USER, SECRET_PASS);\n}\n"),
    ("bridge/bridge.py", 'import paho.mqtt.client as mqtt\nc = mqtt.Client("bridge")\nc.connect("broker.example.com", 1883, 60)\n'
     'from umqtt.simple import MQTTClient\nm = MQTTClient("esp-2", "10.0.0.5", 1883, "sensor", secrets.PW)\n'),
    ("src/bus.js", 'const mqtt = require("mqtt");\nconst c = mqtt.connect("mqtts://b.example.com", { username: u, password: p });\n'),
    ("app/auth.py", 'passport.authenticate("local", "session")\ns.authenticate(EMAIL, PASSWORD)\nauth.authenticate(request, "tok")\n'
     's.authenticate("ops@x.example", "changeme")\n'),
    ("mail/send.py", 'c = lob_python.Configuration(username=os.environ["LOB_API_KEY"])\n'
     'c2 = openapi_client.Configuration(host="https://api.example.com", username="svc-reporting", password=PW)\n'
     'c3 = lob_python.Configuration(username="YOUR_LOB_API_KEY")\n'),
    ("edge/main.vcl", '  set var.b = digest.hmac_sha1_base64(table.lookup(keys, "sig"), req.url);\n'
     '  set var.c = digest.hmac_sha256(var.key, req.url);\n  set var.d = digest.hmac_sha256("secret", req.url);\n'
     f'  set var.g = digest.hash_sha256("{_KEY}");\n'),
    ("internal/config/config.go", f'var c = Config{{\n\tName:  []byte("{_KEY}"),\n\tKey: []byte(os.Getenv("K")),\n'
     '\tSecret: []byte("changeme"),\n}\n'),
    ("analysis/pull.py", "A = os.environ['A']\nB = os.environ['B']\nr = requests.get(URL, auth=(A, B))\nC = 'admin'\nD = 'changeme'\n"
     "r = requests.get(URL, auth=(C, D))\ndef f(user, password):\n    return requests.get(URL, auth=(user, password))\n"),
    ("next.config.js", "module.exports = {\n  async headers() {\n    return [{ source: '/(.*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' },"
     " { key: 'Strict-Transport-Security', value: 'max-age=63072000' }] }];\n  },\n};\n"),
    ("src/lib/shop.js", "const api = axios.create({\n  headers: {\n    key: process.env.SHOP_KEY,\n  },\n});\n"
     f"const cache = {{ store: {{ key: '{_KEY}' }} }};\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_notebook_cell_s_literal_given_to_an_auth_tuple_by_its_name(engine: Engine) -> None:
    source = ["import os\n", "import requests\n", "VENDOR = os.environ['VENDOR_KEY']\n", f"USER = '{_KEY}'\n",
              "r = requests.get(URL, auth=(VENDOR, USER))\n"]
    notebook = {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": source}],
                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(notebook, indent=1)
    assert any(secret == _KEY for _, _, secret in _blocked(engine, "analysis/pull.ipynb", text))


# --- the review's fixes: a Configuration's password given any way, the one set of stand-in passwords, curl's key in
# documentation, the MQTT gate, a call's comments between its arguments -----------------------------------------------

REVIEWED_TRUE = [
    # (a stand-in password beside the key: the key is the credential)
    ("mail/send.py", f'import print_client\nc = print_client.Configuration(host=H, username="{_SDK_KEY}", password="x")\n', 2,
     _SDK_KEY),
    # (a comment between the arguments, a closing bracket in it: skipped as _arguments skips it)
    ("mail/send2.py", "import print_client\nconfiguration = print_client.Configuration(\n    host=HOST,  # the API's host :)\n"
     f'    username="{_SDK_KEY}",\n)\n', 4, _SDK_KEY),
    # ("MQTT" in a comment makes no connect an MQTT client's: the generic login reading reads it)
    ("etl/load.py", f'import vertica_python\n# the totals are published over MQTT\nc = vertica.connect("etl", "{_PASSWORD}", "warehouse")\n',
     3, _PASSWORD),
    # (a database client's connect(host, user, password, database): the host, a bare name, is no user)
    ("etl/mysql0.py", f'import MySQLdb\ndb = MySQLdb.connect("dbhost", "etl", "{_PASSWORD}", "warehouse")\n', 2, _PASSWORD),
    ("etl/mysql.py", f'import MySQLdb\n# publishes to MQTT\ndb = MySQLdb.connect("dbhost", "etl", "{_PASSWORD}", "warehouse")\n',
     3, _PASSWORD),
    ("etl/mysql2.py", f'import paho.mqtt.client as mqtt\nimport MySQLdb\ndb = MySQLdb.connect("dbhost", "etl", "{_PASSWORD}", "dw")\n',
     3, _PASSWORD),
    # (an MQTT client built in a name, no import line: PubSubClient's declaration)
    ("firmware/pump.ino", f'PubSubClient broker(espClient);\nvoid r() {{\n  broker.connect("pump-3", "pumps", "{_PASSWORD}");\n}}\n',
     3, _PASSWORD),
]

REVIEWED_DECOYS = [
    # (a password given, from the environment or a variable: the user is a login's name, whatever its shape)
    ("mail/send.py", f'c = openapi_client.Configuration(host=H, username="{_SDK_KEY}", password=os.environ["PW"])\n'
     f'c2 = openapi_client.Configuration(host=H, username="{_SDK_KEY}", password=PW)\n'
     f'c3 = openapi_client.Configuration(host=H,\n    username="{_SDK_KEY}",\n    password=settings.PW,\n)\n'),
    # (an MQTT client's will, "mqtt" imported: still no login)
    ("firmware/will.ino", '#include <MQTT.h>\nvoid r() {\n  client.connect("dev-4", "will/topic", 1, true, "offline");\n}\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), REVIEWED_TRUE, ids=[row[0] for row in REVIEWED_TRUE])
def test_the_reviewed_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), REVIEWED_DECOYS, ids=[row[0] for row in REVIEWED_DECOYS])
def test_the_reviewed_decoy_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
