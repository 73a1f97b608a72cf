"""Forms read after blind rounds Q, R and S: an element whose attribute names its text (Android's
string resources), a Zabbix template's macro and its value, C `#define`s and char arrays in embedded
code, Wi-Fi pre-shared keys and LoRaWAN keys, Nagios' `$USERn$` macros, Checkmk's password tuples,
Prometheus' `authorization: credentials:`, a logging handler's service key, cloud-init's
`chpasswd:` passwords, and a URL's password to a host with `example` deep in a registered name.
Each form beside the decoys of its format, through the engine. Every value here is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


LITERAL = "Literal Credential"
TRUE_FORMS = [
    # an element whose name attribute names its text
    ("app/src/main/res/values/keys.xml", '<resources>\n    <string name="maps_api_secret" translatable="false">'
     "Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1</string>\n</resources>\n", 2, "Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1"),
    ("app/src/main/res/values/strings.xml", "<resources>\n  <string name=\"app_name\">Tidewater</string>\n"
     "  <string translatable='false' name='mapbox_access_token'>Rk3Wz8Qm1Lx6Vt9Np2Hc</string>\n</resources>\n",
     3, "Rk3Wz8Qm1Lx6Vt9Np2Hc"),
    ("src/main/resources/hibernate.cfg.xml", '<session-factory>\n  <property name="hibernate.connection.password">'
     "Osprey!Lattice4821</property>\n</session-factory>\n", 2, "Osprey!Lattice4821"),
    ("conf/props.xml", '<properties>\n  <entry key="smtp.password">Quarry-Ember7730</entry>\n</properties>\n',
     2, "Quarry-Ember7730"),
    # a Zabbix template's macro then its value (XML and YAML exports)
    ("zabbix/templates/app.xml", "<macros>\n  <macro>\n    <macro>{$APP.API.TOKEN}</macro>\n"
     "    <value>Zt8Qm2Lx9Vw4Kr7Np3Yb</value>\n  </macro>\n</macros>\n", 4, "Zt8Qm2Lx9Vw4Kr7Np3Yb"),
    ("zabbix/templates/app.yaml", "      macros:\n        - macro: '{$MYSQL.PASSWORD}'\n          value: Basalt.Heron5512\n",
     3, "Basalt.Heron5512"),
    # C #defines and char arrays
    ("sketches/probe/arduino_secrets.h", '#define SECRET_SSID "Barn-Net"\n#define SECRET_PASS "Lichen-Harbor47%"\n',
     2, "Lichen-Harbor47%"),
    ("src/config.h", '#ifndef CONFIG_H\n#  define MQTT_PASSWORD  "Cobalt!Marsh9021"  // broker\n#endif\n',
     2, "Cobalt!Marsh9021"),
    ("firmware/wifi.ino", 'const char ssid[] = "Barn-Net";\nconst char pass[] = "Orchid-Falcon2290";\n',
     2, "Orchid-Falcon2290"),
    ("src/main.cpp", 'static const char mqtt_password[] PROGMEM = "Fennel#Quartz6603";\n', 1, "Fennel#Quartz6603"),
    # Wi-Fi pre-shared keys: wpa_supplicant (a passphrase or its derived 64 hex), NetworkManager
    ("boot/wpa_supplicant.conf", 'network={\n    ssid="Greenhouse"\n    psk="amber-willow-falcon-tundra4"\n'
     "    key_mgmt=WPA-PSK\n}\n", 3, "amber-willow-falcon-tundra4"),
    ("etc/wpa_supplicant/wpa_supplicant-wlan0.conf", "network={\n\tssid=\"Lab\"\n"
     "\tpsk=3f9c1b7e25a04d88c6e1f02a9b7d34c5e8f61a2b0c9d7e4f3a1b6c8d2e5f7091\n}\n",
     3, "3f9c1b7e25a04d88c6e1f02a9b7d34c5e8f61a2b0c9d7e4f3a1b6c8d2e5f7091"),
    ("system-connections/Lab.nmconnection", "[wifi-security]\nkey-mgmt=wpa-psk\npsk=Meadow.Kestrel8814\n",
     3, "Meadow.Kestrel8814"),
    # ... given to a configuration command (Raspberry Pi Imager's firstrun.sh, raspi-config, nmcli)
    ("boot/firstrun.sh", "   /usr/lib/raspberrypi-sys-mods/imager_custom set_wlan -h 'Plant Lab' "
     "'9a1c7e3f5b2d4068a1c3e5f7b9d0214365877a9cbedf0123456789abcdef0123' 'GB'\n", 1,
     "9a1c7e3f5b2d4068a1c3e5f7b9d0214365877a9cbedf0123456789abcdef0123"),
    ("setup/wifi.sh", "raspi-config nonint do_wifi_ssid_passphrase Greenhouse 'Tundra-Orchid5530'\n", 1, "Tundra-Orchid5530"),
    ("setup/wifi.sh", 'nmcli dev wifi connect Greenhouse password "Saffron!Basin3317"\n', 1, "Saffron!Basin3317"),
    # LoRaWAN keys: a hex string, a byte array on its line or the next
    ("firmware/node/node.ino", 'static const char APPKEY_HEX[] = "8E2F6A0C4B1D93E7A5F0C28B6D4E1A97";\n',
     1, "8E2F6A0C4B1D93E7A5F0C28B6D4E1A97"),
    ("firmware/node/node.ino", "static const u1_t PROGMEM APPKEY[16] = { 0x8E, 0x2F, 0x6A, 0x0C, 0x4B, 0x1D, 0x93, 0xE7, "
     "0xA5, 0xF0, 0xC2, 0x8B, 0x6D, 0x4E, 0x1A, 0x97 };\n", 1,
     "0x8E, 0x2F, 0x6A, 0x0C, 0x4B, 0x1D, 0x93, 0xE7, 0xA5, 0xF0, 0xC2, 0x8B, 0x6D, 0x4E, 0x1A, 0x97"),
    ("src/radio.cpp", "uint8_t nwkKey[] = {\n  0x1F, 0x3B, 0x5D, 0x7A, 0x92, 0xB4, 0xC6, 0xD8, 0xE1, 0x02, 0x24, 0x46, 0x68, 0x8A, "
     "0xAC, 0xCE };\n", 2, "0x1F, 0x3B, 0x5D, 0x7A, 0x92, 0xB4, 0xC6, 0xD8, 0xE1, 0x02, 0x24, 0x46, 0x68, 0x8A, 0xAC, 0xCE"),
    ("firmware/abp/lorawan_keys.h", '#define LORAWAN_NWKSKEY "5B7D9F1A3C5E7092B4D6F8A1C3E50729"\n', 1, "5B7D9F1A3C5E7092B4D6F8A1C3E50729"),
    # Nagios' resource.cfg user macros
    ("etc/nagios/resource.cfg", "$USER1$=/usr/lib/nagios/plugins\n$USER5$=monitor\n$USER6$=Juniper_Crest8830\n",
     3, "Juniper_Crest8830"),
    ("etc/icinga/resource.cfg", "$USER12$ = Rq7!vLm2Xz9Kt4\n", 1, "Rq7!vLm2Xz9Kt4"),
    # Checkmk's password tuples (2.2 and 2.3)
    ("etc/check_mk/conf.d/wato/rules.mk", "special_agent_info['vsphere'] = [{'value': {'user': 'cmk', "
     "'secret': ('password', 'Tq4Wz8Lm2Xv9'), 'ssl': False}}]\n", 1, "Tq4Wz8Lm2Xv9"),
    ("etc/check_mk/conf.d/wato/rules.mk", "{'value': {'password': ('cmk_postprocessed', 'explicit_password', "
     "('uuid9f1c2a', 'Marigold!Flint2206'))}}\n", 1, "Marigold!Flint2206"),
    # Prometheus' authorization block
    ("prometheus/prometheus.yml", "scrape_configs:\n  - job_name: api\n    authorization:\n      type: Bearer\n"
     "      credentials: -Zx9Lm2Qv7Tk4Wr8Np3Hb6\n", 5, "-Zx9Lm2Qv7Tk4Wr8Np3Hb6"),
    ("alertmanager/alertmanager.yml", "receivers:\n  - name: ops\n    webhook_configs:\n      - url: https://hooks.acme.io/am\n"
     "        http_config:\n          authorization:\n            credentials: 'Kq8Zt2Lm9Xw4Vr7Np3Yb6Hc1'\n",
     7, "Kq8Zt2Lm9Xw4Vr7Np3Yb6Hc1"),
    # a logging handler of a service beside its key
    ("settings/logging.py", 'LOGGING = {\n    "handlers": {\n        "ingest": {\n            "()": "acme_logs.IngestHandler",\n'
     '            "key": "qW3rT7yU9iO1pA5sD8fG2hJ4",\n        },\n    },\n}\n', 5, "qW3rT7yU9iO1pA5sD8fG2hJ4"),
    ("logging.yaml", "handlers:\n  loggly:\n    key: 7c1e9a3f5b2d4e6a8c0b1d3f5a7e9c2b\n    class: loggly.handlers.HTTPSHandler\n",
     3, "7c1e9a3f5b2d4e6a8c0b1d3f5a7e9c2b"),
    # cloud-init's chpasswd: users' text passwords, the list form
    ("cloud-init/user-data", "#cloud-config\nchpasswd:\n  expire: false\n  users:\n    - name: ops\n"
     "      password: Cinder_Lagoon58!\n      type: text\n", 6, "Cinder_Lagoon58!"),
    ("cloud-init/user-data.yaml", "chpasswd:\n  list:\n    - pi:Velvet.Canyon4410\n", 3, "Velvet.Canyon4410"),
    # a URL's password to a host under a registered name with an `example` label
    ("cluster/condarc", "proxy_servers:\n  http: http://svc-conda:Lantern_Moss81#@proxy.example.ac.uk:3128\n",
     2, "Lantern_Moss81#"),
    ("ops/proxy.sh", "export PROXY_URL=http://ci:Quince#Raven42@gw.examplecorp.de:8080\n", 1, "Quince#Raven42"),
    # a reserved documentation host in a configuration: a carefully chosen password is no example's
    ("cluster/condarc", "proxy_servers:\n  http: http://svc-conda:Lantern_Moss81#@proxy.corp.example:3128\n",
     2, "Lantern_Moss81#"),
]
DECOYS = [
    # elements: names that are no credential, references, placeholders
    ("app/src/main/res/values/strings.xml", '<resources>\n  <string name="password_hint">Enter your password here</string>\n'
     '  <string name="token_label">Access token</string>\n  <string name="api_key">@string/default_api_key</string>\n'
     '  <string name="client_secret">YOUR_CLIENT_SECRET</string>\n</resources>\n'),
    ("conf/props.xml", '<entry key="smtp.password">${SMTP_PASSWORD}</entry>\n<entry key="keystore.path">conf/keystore.jks</entry>\n'),
    # Zabbix: a macro's value that is another macro, a secret macro without a value, a URL
    ("zabbix/templates/app.xml", "<macro>\n  <macro>{$APP.PASSWORD}</macro>\n  <value>{$GLOBAL.APP.PASSWORD}</value>\n</macro>\n"
     "<macro>\n  <macro>{$APP.TOKEN}</macro>\n  <type>SECRET_TEXT</type>\n</macro>\n"
     "<macro>\n  <macro>{$APP.URL}</macro>\n  <value>https://{HOST.CONN}/healthz/</value>\n</macro>\n"),
    # #defines: placeholders, names, lengths, references
    ("sketches/probe/arduino_secrets.h", '#define SECRET_SSID "Barn-Net"\n#define SECRET_PASS "YOUR_WIFI_PASSWORD"\n'
     '#define SECRET_TOKEN ""\n#define PASSWORD_LEN 64\n#define TOKEN_HEADER "Authorization"\n'),
    ("src/main.cpp", "const char pass[] = SECRET_PASS;\nchar password[32];\nstrcpy(password, WIFI_PASS);\n"),
    # Wi-Fi: a reference, a placeholder, key management, flags
    ("boot/wpa_supplicant.conf", 'network={\n  ssid="Lab"\n  psk="YOUR_WIFI_PASSWORD"\n  key_mgmt=WPA-PSK\n}\n'),
    ("system-connections/Lab.nmconnection", "[wifi-security]\nkey-mgmt=wpa-psk\npsk-flags=1\n"),
    ("boot/firstrun.sh", "imager_custom set_wlan 'Lab' \"$WIFI_PSK\" 'GB'\nnmcli dev wifi connect Lab password \"$WIFI_PASS\"\n"),
    # a pre-shared key in code is a protocol's test vector (HPKE, TLS-PSK), no Wi-Fi's
    ("tests/test_hpke.py", 'psk_hex = "0b1e4f7a2d9c3e8f6a5b4c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f"\npsk = bytes.fromhex(psk_hex)\n'),
    # LoRaWAN: an EUI (an identifier), a zeroed key, a key read from elsewhere
    ("firmware/node/node.ino", "static const u1_t PROGMEM DEVEUI[8] = { 0x3B, 0x5A, 0x06, 0xD0, 0x7E, 0xD5, 0xB3, 0x70 };\n"
     "static const u1_t PROGMEM APPKEY[16] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, "
     "0x00, 0x00, 0x00, 0x00 };\nconst char *appKey = APP_KEY_FROM_NVS;\n"),
    # Nagios: plugin paths, a user, host names
    ("etc/nagios/resource.cfg", "$USER1$=/usr/lib/nagios/plugins\n$USER3$=nagios_mon\n$USER4$=db01.acme.internal\n"
     "#$USER5$=changeme\n"),
    # Checkmk: a password from the store
    ("etc/check_mk/conf.d/wato/rules.mk", "{'value': {'user': 'cmk', 'password': ('store', 'elastic_monitoring_pw')}}\n"),
    # Prometheus: a file, a reference; a `credentials:` that is no authorization's
    ("prometheus/prometheus.yml", "    authorization:\n      type: Bearer\n      credentials_file: /etc/prometheus/token\n"
     "    basic_auth:\n      username: prom\n      password_file: /etc/prometheus/pw\n"),
    ("prometheus/prometheus.yml", "    authorization:\n      credentials: ${PROM_TOKEN}\n"),
    ("deploy/values.yaml", "gcp:\n  credentials: Zt8Qm2Lx9Vw4Kr7Np3Yb6Hc\n"),
    # logging: a stock handler's key, a key that names a format
    ("settings/logging.py", 'LOGGING = {\n    "handlers": {\n        "file": {\n            "class": "logging.handlers.RotatingFileHandler",\n'
     '            "key": "a1b2c3d4e5f6a7b8c9d0e1f2",\n        },\n    },\n}\n'),
    ("settings/logging.py", 'LOGGING = {\n    "handlers": {\n        "logdna": {\n            "class": "logdna.LogDNAHandler",\n'
     '            "key": os.environ["LOGDNA_KEY"],\n        },\n    },\n}\n'),
    # cloud-init: generated and hashed passwords
    ("cloud-init/user-data", "#cloud-config\nchpasswd:\n  expire: true\n  users:\n    - name: ops\n      type: RANDOM\n"
     "    - name: pi\n      password: $6$rounds=4096$Hq3ZtYx1$0s6Qe2Vb8GkRn4pWcD1yJ7aFhU9xTzE3iKoL5mN.Ap/Xq8Lm2Vt4Rz8Np3Yb6Hc1Jd5Fg0As\n"
     "      type: hash\n"),
    ("cloud-init/user-data.yaml", "chpasswd:\n  list:\n    - root:RANDOM\n    - ops:R\n  expire: False\n"),
    # URL passwords an example shows, to reserved documentation hosts
    ("cluster/condarc", "proxy_servers:\n  http: http://user:s3cr3tpass@proxy.example.com:3128\n"
     "  https: http://user:Moss8142@proxy.corp.example:3128\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
